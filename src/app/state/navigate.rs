//! Changing screens: handlers ask with a `Navigate` message, and one system sets the next state.

use bevy::prelude::*;

use super::ApplyIntents;
use crate::app::screen::Screen;

/// A request to show a screen, written while routing or handling intents.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Navigate(pub Screen);

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Navigate>();
    app.add_systems(Update, change_screen.in_set(ApplyIntents::Navigate));
}

/// The last request of the frame that would change the screen wins. Requests for the screen
/// already shown are skipped rather than taken as "stay", so they cannot cancel a move that
/// another intent of the same frame asked for.
fn change_screen(
    mut requests: MessageReader<Navigate>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let current = *screen.get();
    if let Some(Navigate(to)) = requests.read().filter(|n| n.0 != current).last() {
        next.set(*to);
    }
}
