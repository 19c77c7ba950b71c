//! The play screen's keys: digits, the room's letters, arrows and the clicker.

use bevy_egui::egui;

use super::view::{Audience, PlayView};
use crate::app::intent::Intent;
use crate::app::widgets::input::{digit_key, key};

/// Keys: digits choose; letters pick for the room (Shift adds a hand); arrows and Enter move
/// and commit; the clicker's next and back commit the pick and rewind.
pub(super) fn play_keys(ui: &egui::Ui, view: &PlayView) -> Option<Intent> {
    let count = view.offered.len();
    let mut intent = None;
    for n in 1..=count.min(9) {
        if digit_key(n).is_some_and(|k| key(ui, k)) {
            intent = Some(Intent::Choose(n));
        }
    }
    if view.audience != Audience::Solo {
        for position in 0..count.min(9) {
            let Some(letter) = egui::Key::from_name(&view.label(position)) else {
                continue;
            };
            let (pressed, shift) = ui.input(|i| (i.key_pressed(letter), i.modifiers.shift));
            if pressed && !ui.ctx().text_edit_focused() {
                intent = Some(if shift {
                    Intent::Tally {
                        option: position,
                        hands: 1,
                    }
                } else {
                    Intent::Select(position)
                });
            }
        }
        if let Some(selected) = view.room.selected
            && key(ui, egui::Key::Minus)
        {
            intent = Some(Intent::Tally {
                option: selected,
                hands: -1,
            });
        }
        if key(ui, egui::Key::V) {
            intent = Some(Intent::ToggleTally);
        }
    } else {
        if key(ui, egui::Key::S) {
            intent = Some(Intent::ToggleTracker);
        }
        if key(ui, egui::Key::A) {
            intent = Some(Intent::ToggleAirtime);
        }
    }
    if count > 0 {
        let current = view.room.selected;
        if key(ui, egui::Key::ArrowDown) {
            intent = Some(Intent::Select(current.map_or(0, |s| (s + 1) % count)));
        }
        if key(ui, egui::Key::ArrowUp) {
            intent = Some(Intent::Select(
                current.map_or(count - 1, |s| (s + count - 1) % count),
            ));
        }
        if key(ui, egui::Key::Enter)
            || key(ui, egui::Key::PageDown)
            || key(ui, egui::Key::ArrowRight)
        {
            intent = Some(Intent::Advance);
        }
    }
    if view.transcript.turns() > 0
        && (key(ui, egui::Key::Backspace)
            || key(ui, egui::Key::PageUp)
            || key(ui, egui::Key::ArrowLeft))
    {
        intent = Some(Intent::Back);
    }
    intent
}
