//! The screens of the app, as a Bevy state.

use bevy::prelude::*;

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
    /// Room results: a workshop's bundles, gathered from a folder.
    Room,
}
