//! Room results: the folder to read, then per scenario what the room got wrong and right,
//! drawn to be read off a projector.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::room_report::scenario_report;
use crate::app::intent::{Intent, RoomFormat};
use crate::app::keymap::{self, pressed};
use crate::app::lang::Tr;
use crate::app::screen::Screen;
use crate::app::state::room::{Gathered, RoomResults};
use crate::app::state::storage::Storage;
use crate::app::state::ui::RoomState;
use crate::app::theme::palette;
use crate::app::widgets::input::keyboard_scroll;
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
use crate::i18n::Arg;
use crate::store::export::exports_dir;
use crate::words::shorten;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_room.in_set(DrawContent).run_if(in_state(Screen::Room)),
    );
}

fn draw_room(
    mut contexts: EguiContexts,
    content: Res<ContentRect>,
    results: Res<RoomResults>,
    storage: Option<Res<Storage>>,
    mut state: ResMut<RoomState>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let exports = storage
        .as_ref()
        .map(|s| exports_dir(&s.data_dir).display().to_string())
        .unwrap_or_default();
    let reading = results.reading().map(|p| p.display().to_string());
    let view = RoomView {
        exports: &exports,
        reading: reading.as_deref(),
        gathered: results.gathered.as_ref(),
        failed: results.failed.as_deref(),
        notice: results.notice.as_deref(),
    };
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        room_ui(ui, &view, &mut state)
    })
}

/// What the Room screen shows.
pub struct RoomView<'a> {
    /// The exports folder, where trainees' bundles land on this machine.
    pub exports: &'a str,
    /// A folder being read.
    pub reading: Option<&'a str>,
    pub gathered: Option<&'a Gathered>,
    pub failed: Option<&'a str>,
    pub notice: Option<&'a str>,
}

pub fn room_ui(ui: &mut egui::Ui, view: &RoomView, state: &mut RoomState) -> Option<Intent> {
    let mut intent = None;
    if state.folder.is_empty() {
        state.folder = view.exports.to_owned();
    }
    if view.gathered.is_some() {
        for (binding, format) in [
            (&keymap::ROOM_MARKDOWN, RoomFormat::Markdown),
            (&keymap::ROOM_CSV, RoomFormat::Csv),
            (&keymap::ROOM_XAPI, RoomFormat::Xapi),
        ] {
            if pressed(ui, binding) {
                intent = Some(Intent::ExportRoom(format));
            }
        }
    }
    egui::CentralPanel::default_margins().show(ui, |ui| {
        ui.heading(ui.tr("room-title"));
        // Once a folder is shown, its field folds to one line, leaving the projector to the
        // results.
        let shown = view
            .gathered
            .filter(|_| !state.editing && view.failed.is_none());
        if let Some(gathered) = shown {
            ui.horizontal_wrapped(|ui| {
                let folder = gathered.folder.display().to_string();
                let from = ui.tr_with("room-screen-from", &[("folder", Arg::from(folder))]);
                ui.label(RichText::new(from).weak());
                if ui.button(ui.tr("room-screen-another-folder")).clicked() {
                    state.editing = true;
                }
            });
        } else {
            if let Some(read) = folder_row(ui, state) {
                state.editing = false;
                intent = Some(read);
            }
            ui.label(RichText::new(ui.tr("room-screen-reads-all")).small().weak());
        }
        if let Some(folder) = view.reading {
            ui.horizontal_wrapped(|ui| {
                ui.spinner();
                ui.label(ui.tr_with("room-screen-reading", &[("folder", Arg::from(folder))]));
            });
        }
        if let Some(why) = view.failed {
            let failed = ui.tr_with("room-screen-failed", &[("error", Arg::from(why))]);
            ui.colored_label(palette::ERROR, failed);
        }
        let Some(gathered) = view.gathered else {
            if view.reading.is_none() && view.failed.is_none() {
                ui.label(ui.tr("room-screen-collect"));
            }
            return;
        };
        if let Some(chosen) = summary(ui, gathered, view.notice) {
            intent = Some(chosen);
        }
        egui::ScrollArea::vertical()
            .id_salt(("room", gathered.folder.as_path()))
            .auto_shrink([false; 2])
            .show(ui, |ui| {
                keyboard_scroll(ui);
                room_results_ui(ui, gathered);
            });
    });
    intent
}

/// The folder field and its button; Enter in the field reads it too. The field wraps, so a
/// long path stays readable on a projector rather than scrolling out of sight.
fn folder_row(ui: &mut egui::Ui, state: &mut RoomState) -> Option<Intent> {
    let mut intent = None;
    ui.label(ui.tr("room-screen-folder"));
    ui.add(
        egui::TextEdit::multiline(&mut state.folder)
            .desired_rows(1)
            .desired_width(ui.available_width().min(1200.0))
            .hint_text(ui.tr("room-screen-folder-hint")),
    );
    // Enter in a wrapping field types a line break: take it as "read".
    let entered = state.folder.contains('\n');
    if entered {
        state.folder.retain(|c| c != '\n' && c != '\r');
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(ui.tr("room-screen-read")).clicked() || entered {
            let folder = state.folder.trim();
            if !folder.is_empty() {
                intent = Some(Intent::OpenRoom(folder.into()));
            }
        }
    });
    intent
}

/// What was read, and the export buttons.
fn summary(ui: &mut egui::Ui, gathered: &Gathered, notice: Option<&str>) -> Option<Intent> {
    let report = &gathered.report;
    let mut intent = None;
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(ui.tr_with(
                "room-screen-summary",
                &[
                    ("attempts", report.attempts.into()),
                    ("scenarios", report.scenarios.len().into()),
                    ("trainees", report.trainees.into()),
                    ("files", report.files_read.into()),
                ],
            ))
            .strong(),
        );
        ui.label(ui.tr("room-screen-export"));
        for (text, format) in [
            ("Markdown (M)", RoomFormat::Markdown),
            ("CSV (S)", RoomFormat::Csv),
            ("xAPI (X)", RoomFormat::Xapi),
        ] {
            if ui.button(text).clicked() {
                intent = Some(Intent::ExportRoom(format));
            }
        }
    });
    let mut also = Vec::new();
    if report.duplicates > 0 {
        also.push(ui.tr_with("room-screen-duplicates", &[("n", report.duplicates.into())]));
    }
    if !report.skipped.is_empty() {
        also.push(ui.tr_with(
            "room-screen-skipped-count",
            &[("n", report.skipped.len().into())],
        ));
    }
    if !also.is_empty() {
        ui.label(also.join(" · "));
    }
    if let Some(notice) = notice {
        ui.label(RichText::new(notice).small());
    }
    intent
}

/// Every scenario's results, then what was skipped: drawn for the trainer in a scroll area,
/// and for the room in the audience window.
pub fn room_results_ui(ui: &mut egui::Ui, gathered: &Gathered) {
    if gathered.report.scenarios.is_empty() {
        ui.add_space(8.0);
        ui.label(ui.tr("room-screen-no-attempts"));
    }
    for scenario in &gathered.report.scenarios {
        ui.add_space(12.0);
        ui.separator();
        scenario_report(ui, scenario);
    }
    skipped(ui, gathered);
}

/// Files and attempts that could not be used, and why.
fn skipped(ui: &mut egui::Ui, gathered: &Gathered) {
    if gathered.room.skipped.is_empty() {
        return;
    }
    ui.add_space(12.0);
    ui.separator();
    ui.label(RichText::new(ui.tr("room-screen-skipped")).heading());
    for skip in &gathered.room.skipped {
        ui.label(shorten(&skip.to_string(), 300));
    }
}
