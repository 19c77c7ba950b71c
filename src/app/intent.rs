//! What the user asked for. egui views return intents; `apply_intents` is the one place that acts.

use bevy::prelude::*;

use crate::scenario::Assessment;

/// A user request, from a view, a key or a test.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Intent {
    /// Start a conversation with a scenario from the library (by its path).
    Open(String),
    /// Pick an offered option (1-based).
    Choose(usize),
    /// Go back to just before this turn (1-based); the attempt becomes practice.
    Rewind(usize),
    ToggleTracker,
    ToggleAirtime,
    /// Finish the assessment and see the debrief.
    Assess {
        assessment: Assessment,
        note: String,
    },
    /// Play the same scenario again from the start.
    TryAgain,
    ToMenu,
    ShowHistory,
    Export(ExportFormat),
    /// UI scale, 1.0 = 100%.
    SetScale(f32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    Json,
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Intent>();
}
