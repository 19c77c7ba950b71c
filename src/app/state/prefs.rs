//! Preferences (the difficulty, saying it yourself, the step tracker, the airtime meter, the UI
//! scale, the language) and their handler. `storage.rs` reads and saves them.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::ApplyIntents;
use crate::i18n::Language;
use crate::store::history::Difficulty;

/// Preferences, read from the data folder at start and saved when they change.
#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub difficulty: Difficulty,
    /// Say it yourself: the trainee types each line instead of choosing one (alone; the
    /// room on a projector always votes on the options).
    pub free_text: bool,
    pub show_tracker: bool,
    pub show_airtime: bool,
    pub scale: f32,
    /// The interface's language; None follows the operating system.
    pub language: Option<Language>,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            difficulty: Difficulty::Practice,
            free_text: false,
            show_tracker: true,
            show_airtime: true,
            scale: 1.0,
            language: None,
        }
    }
}

impl Prefs {
    /// Whether the five-step tracker shows: the trainee's choice, if the difficulty allows it.
    pub fn tracker_on(&self) -> bool {
        self.show_tracker && self.difficulty.shows_tracker()
    }

    /// Whether the live airtime meter shows.
    pub fn meter_on(&self) -> bool {
        self.show_airtime && self.difficulty.shows_meter()
    }
}

/// A change to the preferences.
#[derive(Message, Debug, Clone, Copy, PartialEq)]
pub(crate) enum PrefsCommand {
    ToggleTracker,
    ToggleAirtime,
    /// UI scale, 1.0 = 100%; kept within 75%–250%.
    SetScale(f32),
    SetDifficulty(Difficulty),
    ToggleFreeText,
    /// Chosen on the menu: saved, and it replaces this run's `--lang`.
    SetLanguage(Language),
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Prefs>();
    app.add_message::<PrefsCommand>();
    app.add_systems(Update, handle_prefs_commands.in_set(ApplyIntents::Handle));
}

fn handle_prefs_commands(mut received: MessageReader<PrefsCommand>, mut prefs: ResMut<Prefs>) {
    for command in received.read() {
        match *command {
            PrefsCommand::ToggleTracker => prefs.show_tracker = !prefs.show_tracker,
            PrefsCommand::ToggleAirtime => prefs.show_airtime = !prefs.show_airtime,
            PrefsCommand::SetScale(scale) => prefs.scale = scale.clamp(0.75, 2.5),
            PrefsCommand::SetDifficulty(difficulty) => prefs.difficulty = difficulty,
            PrefsCommand::ToggleFreeText => prefs.free_text = !prefs.free_text,
            PrefsCommand::SetLanguage(language) => prefs.language = Some(language),
        }
    }
}
