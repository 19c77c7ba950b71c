//! The play screen's keys: digits, the room's letters, arrows and the clicker.

use bevy_egui::egui;

use super::view::{Audience, PlayView};
use crate::app::intent::Intent;
use crate::app::keymap::{self, pressed, pressed_at};

/// Keys when the trainee types their lines. The text box has the keys while it has the focus
/// (`pressed` ignores them then); once a line is heard, Enter goes with the match, a digit takes
/// another option and Backspace drops the line to say it differently.
fn say_keys(ui: &egui::Ui, view: &PlayView) -> Option<Intent> {
    let mut intent = None;
    if pressed(ui, &keymap::TRACKER) {
        intent = Some(Intent::ToggleTracker);
    }
    if pressed(ui, &keymap::AIRTIME) {
        intent = Some(Intent::ToggleAirtime);
    }
    match view.hearing {
        Some(hearing) => {
            let count = view.offered.len();
            if let Some(at) = pressed_at(ui, &keymap::TAKE_AS).filter(|at| *at < count) {
                intent = Some(Intent::TakeAs(Some(at + 1)));
            }
            if !hearing.needs_pick() && pressed(ui, &keymap::SAY) {
                intent = Some(Intent::TakeAs(None));
            }
            if pressed(ui, &keymap::RETYPE) {
                intent = Some(Intent::Retype);
            }
        }
        None => {
            if view.transcript.turns() > 0 && pressed(ui, &keymap::RETYPE) {
                intent = Some(Intent::Back);
            }
        }
    }
    intent
}

/// Keys: digits choose; letters pick for the room (Shift adds a hand); arrows and Enter move
/// and commit; the clicker's next and back commit the pick and rewind.
pub(super) fn play_keys(ui: &egui::Ui, view: &PlayView) -> Option<Intent> {
    if view.free {
        return say_keys(ui, view);
    }
    let count = view.offered.len();
    let mut intent = None;
    if let Some(at) = pressed_at(ui, &keymap::CHOOSE).filter(|at| *at < count) {
        intent = Some(Intent::Choose(at + 1));
    }
    if view.audience == Audience::Solo {
        if pressed(ui, &keymap::TRACKER) {
            intent = Some(Intent::ToggleTracker);
        }
        if pressed(ui, &keymap::AIRTIME) {
            intent = Some(Intent::ToggleAirtime);
        }
    } else {
        if let Some(at) = pressed_at(ui, &keymap::VOTE).filter(|at| *at < count) {
            intent = Some(Intent::Select(at));
        }
        if let Some(at) = pressed_at(ui, &keymap::ADD_HAND).filter(|at| *at < count) {
            intent = Some(Intent::Tally {
                option: at,
                hands: 1,
            });
        }
        if let Some(selected) = view.room.selected
            && pressed(ui, &keymap::REMOVE_HAND)
        {
            intent = Some(Intent::Tally {
                option: selected,
                hands: -1,
            });
        }
        if pressed(ui, &keymap::SHOW_HANDS) {
            intent = Some(Intent::ToggleTally);
        }
    }
    if count > 0 {
        let current = view.room.selected;
        match pressed_at(ui, &keymap::MOVE) {
            Some(0) => {
                intent = Some(Intent::Select(
                    current.map_or(count - 1, |s| (s + count - 1) % count),
                ));
            }
            Some(_) => intent = Some(Intent::Select(current.map_or(0, |s| (s + 1) % count))),
            None => {}
        }
        if pressed(ui, &keymap::CHOOSE_HIGHLIGHTED) {
            intent = Some(Intent::Advance);
        }
    }
    if view.transcript.turns() > 0 && pressed(ui, &keymap::REWIND) {
        intent = Some(Intent::Back);
    }
    intent
}
