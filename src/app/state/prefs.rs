//! Display preferences (the step tracker, the airtime meter, the UI scale) and their handler.

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::ApplyIntents;

/// Display preferences, read from the data folder at start.
#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub show_tracker: bool,
    pub show_airtime: bool,
    pub scale: f32,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            show_tracker: true,
            show_airtime: true,
            scale: 1.0,
        }
    }
}

/// A change to the preferences.
#[derive(Message, Debug, Clone, Copy, PartialEq)]
pub(crate) enum PrefsCommand {
    ToggleTracker,
    ToggleAirtime,
    /// UI scale, 1.0 = 100%; kept within 75%–250%.
    SetScale(f32),
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
        }
    }
}
