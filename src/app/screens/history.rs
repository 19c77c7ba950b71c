//! Past attempts: a chart of scores per scenario, and the list.

use std::collections::BTreeMap;

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::intent::Intent;
use crate::app::screen::Screen;
use crate::app::state::storage::Storage;
use crate::app::widgets::charts;
use crate::app::widgets::input::keyboard_scroll;
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
use crate::store::history::{Attempt, AttemptLink, Difficulty};

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
    mut intents: MessageWriter<Intent>,
) -> Result {
    let attempts = storage.as_ref().map_or(&[][..], |s| &s.attempts[..]);
    let folder = storage
        .as_ref()
        .map(|s| s.history.dir().display().to_string())
        .unwrap_or_default();
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        history_ui(ui, attempts, &folder)
    })
}

pub fn history_ui(ui: &mut egui::Ui, attempts: &[Attempt], folder: &str) -> Option<Intent> {
    egui::CentralPanel::default_margins().show(ui, |ui| {
        ui.heading("Your attempts");
        ui.label(RichText::new(format!("Saved in {folder}")).small());
        if attempts.is_empty() {
            ui.label("No finished attempts yet. Play a scenario to the end and assess the person.");
        }
        let all = attempts;
        let mut by_scenario: BTreeMap<&str, Vec<&Attempt>> = BTreeMap::new();
        for attempt in attempts {
            by_scenario.entry(&attempt.title).or_default().push(attempt);
        }
        egui::ScrollArea::vertical()
            .id_salt("history")
            .auto_shrink([false; 2])
            .show(ui, |ui| {
                keyboard_scroll(ui);
                for (title, attempts) in by_scenario {
                    ui.add_space(10.0);
                    ui.label(RichText::new(title).heading().size(24.0));
                    let scores: Vec<f64> = attempts.iter().map(|a| a.report.overall).collect();
                    charts::line_chart(ui, &scores, 120.0, "attempts →");
                    egui::Grid::new(title)
                        .striped(true)
                        .num_columns(5)
                        .spacing([18.0, 6.0])
                        .show(ui, |ui| {
                            for (i, attempt) in attempts.iter().enumerate() {
                                ui.label(format!("#{}", i + 1));
                                ui.label(
                                    RichText::new(format!("{:.0}", attempt.report.overall))
                                        .strong(),
                                );
                                ui.label(attempt.report.outcome.map_or("no ending", |o| o.label()));
                                ui.label(how_played(attempt));
                                if let Some(link) = &attempt.follows {
                                    ui.label(RichText::new(follows_label(link, all)).weak());
                                }
                                ui.end_row();
                            }
                        });
                }
            });
    });
    None
}

/// Which attempt a follow-up continued: its number in its scenario's list, when still there.
fn follows_label(link: &AttemptLink, attempts: &[Attempt]) -> String {
    let number = attempts
        .iter()
        .filter(|a| a.title == link.title)
        .position(|a| a.scenario == link.scenario && a.finished_at == link.finished_at);
    match number {
        Some(i) => format!("follows #{} of {}", i + 1, link.title),
        None => format!("follows an attempt of {}", link.title),
    }
}

/// How an attempt was played: an assessment stands out; a rewound run was practice.
fn how_played(attempt: &Attempt) -> RichText {
    match (attempt.difficulty, attempt.report.practice) {
        (Difficulty::Assessment, _) => RichText::new("assessment").strong(),
        (difficulty, true) => RichText::new(format!("{}, rewound", difficulty.label())).weak(),
        (difficulty, false) => RichText::new(difficulty.label()).weak(),
    }
}
