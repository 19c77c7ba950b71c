//! What the user is partway through on a screen, edited by the views directly.
//!
//! The menu's focused card, History's focused attempt and bundle, the Room screen's folder, the
//! assessment being written, the line being typed, and the overlay over the screen.

use bevy::prelude::*;

use crate::app::screen::Screen;
use crate::scenario::Assessment;

/// Which card has keyboard focus.
#[derive(Resource, Debug, Default)]
pub struct MenuState {
    pub selected: usize,
}

/// Which attempt in History has keyboard focus (its place in the list as shown), and the
/// bundle being made there.
#[derive(Resource, Debug, Default)]
pub struct HistoryState {
    pub selected: usize,
    /// Attempts (by index in `Storage::attempts`) unticked for the bundle: every attempt is
    /// in it until the trainee leaves it out.
    pub left_out: std::collections::BTreeSet<usize>,
    /// The name to put in the bundle; empty, the bundle carries none.
    pub name: String,
}

/// The folder typed on the Room screen (the exports folder until changed).
#[derive(Resource, Debug, Default)]
pub struct RoomState {
    pub folder: String,
    /// Choosing another folder: the field is open again over results already shown.
    pub editing: bool,
}

/// The assessment being made, before it is submitted.
#[derive(Resource, Debug, Default)]
pub struct AssessState {
    pub choice: Option<Assessment>,
    pub note: String,
}

/// Saying it yourself: the line being typed in play.
#[derive(Resource, Debug, Default)]
pub struct SayState {
    pub draft: String,
    /// The turn the draft is for: a new turn starts with an empty box.
    pub turn: usize,
    /// Whether the text box was drawn last frame: it takes the focus when it appears.
    pub box_shown: bool,
}

/// What is drawn over the screen, taking the keys while it is open.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    #[default]
    None,
    /// The key map.
    Help,
    /// "Leave this conversation?", before a half-played attempt is thrown away.
    ConfirmLeave(Screen),
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MenuState>();
    app.init_resource::<HistoryState>();
    app.init_resource::<RoomState>();
    app.init_resource::<AssessState>();
    app.init_resource::<SayState>();
    app.init_resource::<Overlay>();
    app.add_systems(OnEnter(Screen::Assess), clear_assessment);
    app.add_systems(OnExit(Screen::Play), clear_draft);
}

/// A line half typed when play is left is not carried into another conversation.
fn clear_draft(mut state: ResMut<SayState>) {
    *state = SayState::default();
}

/// Each ending is assessed afresh.
fn clear_assessment(mut state: ResMut<AssessState>) {
    *state = AssessState::default();
}
