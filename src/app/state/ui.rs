//! What the user is partway through on a screen, edited by the views directly.
//!
//! The menu's focused card, History's focused attempt, the assessment being written, and
//! whether the key help is open.

use bevy::prelude::*;

use crate::app::screen::Screen;
use crate::scenario::Assessment;

/// Which card has keyboard focus.
#[derive(Resource, Debug, Default)]
pub struct MenuState {
    pub selected: usize,
}

/// Which attempt in History has keyboard focus (its place in the list as shown).
#[derive(Resource, Debug, Default)]
pub struct HistoryState {
    pub selected: usize,
}

/// The assessment being made, before it is submitted.
#[derive(Resource, Debug, Default)]
pub struct AssessState {
    pub choice: Option<Assessment>,
    pub note: String,
}

/// Whether the keyboard help is open.
#[derive(Resource, Debug, Default)]
pub struct HelpOpen(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MenuState>();
    app.init_resource::<HistoryState>();
    app.init_resource::<AssessState>();
    app.init_resource::<HelpOpen>();
    app.add_systems(OnEnter(Screen::Assess), clear_assessment);
}

/// Each ending is assessed afresh.
fn clear_assessment(mut state: ResMut<AssessState>) {
    *state = AssessState::default();
}
