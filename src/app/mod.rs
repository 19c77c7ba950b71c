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

#[cfg(feature = "dev")]
mod bare;
mod idle;
mod launch;
mod loader;
mod options;
pub mod screenshot;
#[cfg(feature = "dev")]
pub mod timing;

use bevy::prelude::*;

pub use launch::run;
pub use options::Options;

/// The screens of the app.
#[derive(States, Debug, Clone, Copy, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
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
        audience::plugin,
    ));
    #[cfg(feature = "dev")]
    app.add_plugins(timing::plugin);
}
