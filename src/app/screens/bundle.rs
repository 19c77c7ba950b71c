//! History's hand-in form: which attempts go in a bundle for the trainer, and whether the
//! trainee's name goes with them.

use std::collections::BTreeSet;

use bevy_egui::egui::{self, RichText};

use crate::app::intent::Intent;
use crate::app::keymap::{self, pressed};
use crate::app::lang::Tr;
use crate::app::state::ui::HistoryState;
use crate::i18n::Arg;

/// The attempts ticked for the bundle, by index in `Storage::attempts`, in the order shown.
pub fn ticked(rows: &[usize], left_out: &BTreeSet<usize>) -> Vec<usize> {
    rows.iter()
        .copied()
        .filter(|i| !left_out.contains(i))
        .collect()
}

/// The bundle's keys: X ticks the highlighted attempt, B saves the bundle.
pub fn bundle_keys(
    ui: &egui::Ui,
    rows: &[usize],
    highlighted: Option<usize>,
    state: &mut HistoryState,
) -> Option<Intent> {
    if let Some(i) = highlighted.filter(|_| pressed(ui, &keymap::TICK)) {
        toggle(&mut state.left_out, i);
    }
    pressed(ui, &keymap::BUNDLE).then(|| save(rows, state))
}

pub fn toggle(left_out: &mut BTreeSet<usize>, i: usize) {
    if !left_out.remove(&i) {
        left_out.insert(i);
    }
}

fn save(rows: &[usize], state: &HistoryState) -> Intent {
    let name = state.name.trim();
    Intent::ExportBundle {
        attempts: ticked(rows, &state.left_out),
        name: (!name.is_empty()).then(|| name.to_owned()),
    }
}

/// The form above the list: the name, the buttons, what is in the file, the last result.
pub fn bundle_form(
    ui: &mut egui::Ui,
    rows: &[usize],
    written: Option<&str>,
    state: &mut HistoryState,
) -> Option<Intent> {
    let mut intent = None;
    let chosen = ticked(rows, &state.left_out).len();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(RichText::new(ui.tr("bundle-title")).strong());
        ui.label(ui.tr_with(
            "bundle-ticked",
            &[
                ("chosen", Arg::from(chosen)),
                ("total", Arg::from(rows.len())),
            ],
        ));
        ui.horizontal_wrapped(|ui| {
            ui.label(ui.tr("bundle-name"));
            ui.add(
                egui::TextEdit::singleline(&mut state.name)
                    .desired_width(220.0)
                    .hint_text(ui.tr("bundle-name-hint")),
            );
            if ui.button(ui.tr("bundle-save")).clicked() {
                intent = Some(save(rows, state));
            }
            if ui.button(ui.tr("bundle-tick-all")).clicked() {
                state.left_out.clear();
            }
            if ui.button(ui.tr("bundle-tick-none")).clicked() {
                state.left_out.extend(rows.iter().copied());
            }
        });
        ui.label(RichText::new(ui.tr("bundle-privacy")).small().weak());
        if let Some(written) = written {
            ui.label(RichText::new(written).strong());
        }
    });
    intent
}
