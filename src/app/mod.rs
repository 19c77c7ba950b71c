//! The Bevy app: one plugin per screen over the engine-agnostic core, drawn with egui.

// Systems take their inputs as injected parameters, so long lists and nested types are normal.
#![allow(clippy::too_many_arguments, clippy::type_complexity)]

pub mod audience;
pub mod charts;
pub mod intent;
pub mod library;
pub mod screens;
pub mod session;
pub mod theme;
pub mod workshop;

mod bare;
mod idle;
mod launch;
mod loader;
pub mod screenshot;
pub mod timing;

use bevy::prelude::*;

pub use bare::run_bare;
pub use launch::{AppOptions, run};

/// The screens of the app.
#[derive(States, Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    #[default]
    Menu,
    Play,
    Assess,
    Debrief,
    History,
    /// A scripted path played line by line, then "what went wrong?".
    Watch,
    /// Pairs practice: card, timer, observer's tally.
    Pairs,
}

/// Everything that works without a window: state, intents, the library, the session.
/// Headless tests add this with `MinimalPlugins` and `StatesPlugin`.
pub fn logic_plugin(app: &mut App) {
    app.init_state::<Screen>();
    app.add_plugins((
        intent::plugin,
        library::plugin,
        session::plugin,
        workshop::plugin,
        screens::watch::logic_plugin,
        screens::pairs::logic_plugin,
    ));
}

/// Drawing and windowing: egui screens, theme, asset loading, idle and screenshots.
pub(crate) fn ui_plugin(app: &mut App) {
    app.add_plugins((
        theme::plugin,
        idle::plugin,
        loader::plugin,
        screens::plugin,
        screenshot::plugin,
        timing::plugin,
        audience::plugin,
    ));
}

/// Turns the command line's app options into launch options.
pub fn options_from(args: crate::cli::AppArgs) -> AppOptions {
    use crate::cli::ScreenArg;
    let screen = match args.screen {
        ScreenArg::Menu => Screen::Menu,
        ScreenArg::Play => Screen::Play,
        ScreenArg::Assess => Screen::Assess,
        ScreenArg::Debrief => Screen::Debrief,
        ScreenArg::History => Screen::History,
        ScreenArg::Watch => Screen::Watch,
        ScreenArg::Pairs => Screen::Pairs,
    };
    AppOptions {
        scenarios_dir: args
            .scenarios
            .unwrap_or_else(|| launch::find_dir("scenarios")),
        assets_dir: launch::find_dir("assets"),
        data_dir: crate::store::data_dir(),
        open: args.open,
        screenshot: args.screenshot.map(|out| screenshot::ScreenshotPlan {
            out,
            screen,
            scenario: args.scenario,
            path: args.script,
            stage: args.stage,
            projector: args.projector,
            audience: args.audience || args.audience_view,
            capture_audience: args.audience_view,
        }),
        size: args.size,
        scale: args.scale,
    }
}
