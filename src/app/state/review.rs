//! A past attempt reopened from History, shown by the debrief until it is left.

use bevy::prelude::*;

use crate::app::screen::Screen;
use crate::store::history::Attempt;

/// A past attempt reopened from History: while it is there, the debrief shows it rather than
/// the session's, Try again plays its scenario afresh, and there is no follow-up to start.
#[derive(Resource, Debug, Clone)]
pub struct Reviewing(pub Attempt);

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnExit(Screen::Debrief), stop_reviewing);
}

fn stop_reviewing(mut commands: Commands) {
    commands.remove_resource::<Reviewing>();
}
