//! Past attempts and pairs practice, per scenario: a chart of scores and a dated list, where
//! Up/Down and Enter (or a click) reopen an attempt's debrief, and ticked attempts are handed
//! in to a trainer as a bundle.

use std::collections::BTreeMap;

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::bundle::{bundle_form, bundle_keys, toggle};
use crate::app::intent::Intent;
use crate::app::keymap::{self, pressed, pressed_at};
use crate::app::lang::Tr;
use crate::app::screen::Screen;
use crate::app::state::bundle::BundleWritten;
use crate::app::state::storage::Storage;
use crate::app::state::ui::HistoryState;
use crate::app::widgets::charts;
use crate::app::widgets::input::page_scroll;
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
use crate::i18n::Arg;
use crate::render::labels::outcome_label;
use crate::render::pairs::roles;
use crate::score::shown;
use crate::store::clock::Moment;
use crate::store::history::{Attempt, AttemptLink, Difficulty};
use crate::store::pairs::SavedPairs;
use crate::words::percent;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_history
            .in_set(DrawContent)
            .run_if(in_state(Screen::History)),
    );
}

fn draw_history(
    mut contexts: EguiContexts,
    content: Res<ContentRect>,
    storage: Option<Res<Storage>>,
    written: Res<BundleWritten>,
    mut state: ResMut<HistoryState>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let folder = storage
        .as_ref()
        .map(|s| s.history.dir().display().to_string())
        .unwrap_or_default();
    let view = HistoryView {
        attempts: storage.as_ref().map_or(&[][..], |s| &s.attempts[..]),
        pairs: storage.as_ref().map_or(&[][..], |s| &s.pairs[..]),
        folder: &folder,
        bundle: written.message.as_deref(),
    };
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        history_ui(ui, &view, &mut state)
    })
}

/// What History shows: everything saved, in the order `Storage` holds it.
pub struct HistoryView<'a> {
    pub attempts: &'a [Attempt],
    pub pairs: &'a [SavedPairs],
    pub folder: &'a str,
    /// What became of the last bundle saved.
    pub bundle: Option<&'a str>,
}

/// One scenario's attempts (by their index in `attempts`) and pairs rounds, oldest first.
#[derive(Default)]
struct Group<'a> {
    attempts: Vec<usize>,
    pairs: Vec<&'a SavedPairs>,
}

pub fn history_ui(
    ui: &mut egui::Ui,
    view: &HistoryView,
    state: &mut HistoryState,
) -> Option<Intent> {
    let mut intent = None;
    let mut groups: BTreeMap<&str, Group> = BTreeMap::new();
    let mut by_time: Vec<usize> = (0..view.attempts.len()).collect();
    // Files found after the start are added at the end; show every list oldest first.
    by_time.sort_by_key(|&i| view.attempts[i].finished_at);
    for &i in &by_time {
        let title = view.attempts[i].title.as_str();
        groups.entry(title).or_default().attempts.push(i);
    }
    let mut pairs: Vec<&SavedPairs> = view.pairs.iter().collect();
    pairs.sort_by_key(|p| p.finished_at);
    for saved in pairs {
        groups
            .entry(&saved.round.title)
            .or_default()
            .pairs
            .push(saved);
    }
    // The keyboard moves through the attempts in the order shown.
    let rows: Vec<usize> = groups.values().flat_map(|g| g.attempts.clone()).collect();
    let mut moved = false;
    if !rows.is_empty() {
        match pressed_at(ui, &keymap::MOVE) {
            Some(0) => state.selected = (state.selected + rows.len() - 1) % rows.len(),
            Some(_) => state.selected = (state.selected + 1) % rows.len(),
            None => {}
        }
        moved = pressed(ui, &keymap::MOVE);
        state.selected = state.selected.min(rows.len() - 1);
        if pressed(ui, &keymap::OPEN) {
            intent = Some(Intent::ReopenAttempt(rows[state.selected]));
        }
        let highlighted = Some(rows[state.selected]);
        if let Some(save) = bundle_keys(ui, &rows, highlighted, state) {
            intent = Some(save);
        }
    }
    let selected = rows.get(state.selected).copied();
    egui::CentralPanel::default_margins().show(ui, |ui| {
        ui.heading(ui.tr("history-title"));
        ui.horizontal_wrapped(|ui| {
            let saved_in = ui.tr_with("history-saved-in", &[("folder", Arg::from(view.folder))]);
            ui.label(RichText::new(saved_in).small());
            if ui.button(ui.tr("history-room-results")).clicked() {
                intent = Some(Intent::ShowRoom);
            }
        });
        if groups.is_empty() {
            ui.label(ui.tr("history-empty"));
        } else if !rows.is_empty() {
            ui.label(RichText::new(ui.tr("history-hint")).small().weak());
        }
        egui::ScrollArea::vertical()
            .id_salt("history")
            .auto_shrink([false; 2])
            .show(ui, |ui| {
                page_scroll(ui);
                if !rows.is_empty()
                    && let Some(save) = bundle_form(ui, &rows, view.bundle, state)
                {
                    intent = Some(save);
                }
                for (title, group) in &groups {
                    ui.add_space(10.0);
                    ui.label(RichText::new(*title).heading().size(24.0));
                    if !group.attempts.is_empty() {
                        let scores: Vec<f64> = group
                            .attempts
                            .iter()
                            .map(|&i| view.attempts[i].report.overall)
                            .collect();
                        let (name, axis) = (ui.tr("room-scores"), ui.tr("history-chart-axis"));
                        charts::line_chart(ui, &scores, 120.0, &name, &axis, shown);
                    }
                    let chosen = attempt_rows(
                        ui,
                        (title, group),
                        view.attempts,
                        (selected, moved),
                        &mut state.left_out,
                    );
                    if let Some(index) = chosen {
                        intent = Some(Intent::ReopenAttempt(index));
                    }
                    if !group.pairs.is_empty() {
                        pairs_rows(ui, &group.pairs);
                    }
                }
            });
    });
    intent
}

/// The attempts of one scenario; returns the one clicked.
/// Each row starts with its tick box for the bundle.
fn attempt_rows(
    ui: &mut egui::Ui,
    (title, group): (&str, &Group),
    all: &[Attempt],
    (selected, moved): (Option<usize>, bool),
    left_out: &mut std::collections::BTreeSet<usize>,
) -> Option<usize> {
    let mut clicked = None;
    egui::Grid::new(("attempts", title))
        .striped(true)
        .num_columns(6)
        .spacing([18.0, 6.0])
        .show(ui, |ui| {
            for (n, &i) in group.attempts.iter().enumerate() {
                let attempt = &all[i];
                let when = Moment::local(attempt.finished_at).shown();
                let is_selected = selected == Some(i);
                let mut ticked = !left_out.contains(&i);
                let tick = ui.add(egui::Checkbox::without_text(&mut ticked));
                if tick.changed() {
                    toggle(left_out, i);
                }
                let row = ui.add(egui::Button::selectable(
                    is_selected,
                    format!("#{}  {when}", n + 1),
                ));
                if row.clicked() {
                    clicked = Some(i);
                }
                if is_selected && moved {
                    row.scroll_to_me(None);
                }
                ui.label(RichText::new(shown(attempt.report.overall)).strong());
                let language = ui.language();
                ui.label(attempt.report.outcome.map_or_else(
                    || ui.tr("history-no-ending"),
                    |o| outcome_label(language, o),
                ));
                ui.label(how_played(ui, attempt));
                if let Some(link) = &attempt.follows {
                    ui.label(RichText::new(follows_label(ui, link, all)).weak());
                }
                ui.end_row();
            }
        });
    clicked
}

/// The pairs practice rounds of one scenario: when, who played whom, the split and the steps.
/// Each on its own line, wrapping where the window is narrow.
fn pairs_rows(ui: &mut egui::Ui, rounds: &[&SavedPairs]) {
    ui.add_space(6.0);
    ui.label(RichText::new(ui.tr("history-pairs")).strong());
    let language = ui.language();
    for saved in rounds {
        let round = &saved.round;
        let [q, l, t] = round.observation.airtime();
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 18.0;
            ui.label(Moment::local(saved.finished_at).shown());
            ui.label(ui.tr_with(
                "pairs-round",
                &[
                    ("round", u64::from(round.round).into()),
                    ("roles", roles(language, round, true).into()),
                ],
            ));
            ui.label(ui.tr_with(
                "history-pairs-split",
                &[
                    ("questions", percent(q).into()),
                    ("listening", percent(l).into()),
                    ("talking", percent(t).into()),
                ],
            ));
            let done = 5 - round.observation.missing().len();
            ui.label(ui.tr_with("history-pairs-steps", &[("n", done.into())]));
        });
    }
}

/// Which attempt a follow-up continued: its number in its scenario's list, when still there.
fn follows_label(ui: &egui::Ui, link: &AttemptLink, attempts: &[Attempt]) -> String {
    let mut same: Vec<&Attempt> = attempts.iter().filter(|a| a.title == link.title).collect();
    same.sort_by_key(|a| a.finished_at);
    let number = same
        .iter()
        .position(|a| a.scenario == link.scenario && a.finished_at == link.finished_at);
    match number {
        Some(i) => ui.tr_with(
            "history-follows",
            &[("n", (i + 1).into()), ("title", Arg::from(&link.title))],
        ),
        None => ui.tr_with("history-follows-gone", &[("title", Arg::from(&link.title))]),
    }
}

/// How an attempt was played: an assessment stands out; a rewound run was practice.
fn how_played(ui: &egui::Ui, attempt: &Attempt) -> RichText {
    let language = ui.language();
    match (attempt.difficulty, attempt.report.practice) {
        (Difficulty::Assessment, _) => RichText::new(ui.tr("history-assessment")).strong(),
        (difficulty, true) => {
            let name = difficulty.label_in(language);
            RichText::new(ui.tr_with("history-rewound", &[("difficulty", name.into())])).weak()
        }
        (difficulty, false) => RichText::new(difficulty.label_in(language)).weak(),
    }
}
