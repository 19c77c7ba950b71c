//! The Bevy app: state changed by one ordered chain of intents, and egui screens that draw it.

// Systems take their inputs as injected parameters, so long lists and nested types are normal.
#![allow(clippy::too_many_arguments, clippy::type_complexity)]

pub mod audience;
pub mod file_watch;
pub mod intent;
pub mod keymap;
pub mod lang;
pub mod launch;
pub mod options;
pub mod screen;
pub mod screens;
pub mod screenshot;
pub mod state;
pub mod theme;
pub mod widgets;

#[cfg(feature = "dev")]
mod bare;
mod idle;
#[cfg(feature = "dev")]
pub mod timing;
pub mod wake;

use bevy::prelude::*;

/// Everything that works without a window: the screen state, intents and the state they change.
/// Headless tests add this with `MinimalPlugins` and `StatesPlugin`.
pub fn logic_plugin(app: &mut App) {
    app.init_state::<screen::Screen>();
    app.add_plugins((intent::plugin, state::plugin));
}

/// Drawing and windowing: egui screens, theme, idle and screenshots.
pub(crate) fn ui_plugin(app: &mut App) {
    app.add_plugins((
        theme::plugin,
        idle::plugin,
        wake::plugin,
        screens::plugin,
        screenshot::plugin,
        audience::plugin,
        lang::plugin,
    ));
    #[cfg(feature = "dev")]
    app.add_plugins(timing::plugin);
}
