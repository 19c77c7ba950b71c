//! What the app knows, and the one ordered chain of systems that changes it from intents.
//!
//! Each frame, [`ApplyIntents::Route`] reads every `Intent` and writes a command for the
//! concern it is about; in [`ApplyIntents::Handle`] each concern's handler applies its own
//! commands; in [`ApplyIntents::Navigate`] the screen changes if a handler asked. After the
//! handlers, a reloaded scenario is replayed and a finished search for advice lands.

pub mod advice;
pub mod bundle;
pub mod debrief;
pub mod export;
pub mod language;
pub mod library;
pub mod loading;
pub mod navigate;
pub mod pairs;
pub mod prefs;
pub mod review;
pub mod room;
pub mod route;
pub mod saying;
pub mod session;
pub mod storage;
pub mod ui;
pub mod vote;
pub mod watch;
pub mod workshop;

use bevy::prelude::*;

/// The stages of applying intents, run in this order in `Update`.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApplyIntents {
    /// Intents become commands for one concern each.
    Route,
    /// Each concern applies its commands.
    Handle,
    /// The screen changes.
    Navigate,
}

pub(super) fn plugin(app: &mut App) {
    app.configure_sets(
        Update,
        (
            ApplyIntents::Route,
            ApplyIntents::Handle,
            ApplyIntents::Navigate,
        )
            .chain(),
    );
    app.add_plugins((
        library::plugin,
        loading::plugin,
        route::plugin,
        navigate::plugin,
        session::plugin,
        debrief::plugin,
        (prefs::plugin, language::plugin),
        review::plugin,
        storage::plugin,
        workshop::plugin,
        watch::plugin,
        pairs::plugin,
        ui::plugin,
        room::plugin,
        bundle::plugin,
    ));
}
