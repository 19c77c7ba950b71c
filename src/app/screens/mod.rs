//! The screens: each draws from a read-only view of the state and returns the user's intent.

pub mod assess;
pub mod bundle;
pub mod chrome;
pub mod debrief;
pub mod history;
pub mod menu;
pub mod overlays;
pub mod pairs;
pub mod play;
pub mod room;
pub mod room_report;
pub mod watch;

use bevy::prelude::*;
use bevy_egui::EguiPrimaryContextPass;

use crate::app::widgets::root::{ContentRect, DrawContent, DrawScreens};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ContentRect>();
    app.configure_sets(EguiPrimaryContextPass, DrawContent.in_set(DrawScreens));
    app.add_plugins((
        menu::plugin,
        play::plugin,
        assess::plugin,
        debrief::plugin,
        history::plugin,
        chrome::plugin,
        watch::plugin,
        pairs::plugin,
        room::plugin,
    ));
}
