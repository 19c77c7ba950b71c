//! The play screen's side panel: the person, the five steps, airtime, and the trainer's extras.
//!
//! The trainer's extras are the live score, the mistakes so far and the hidden state.

use bevy_egui::egui::{self, RichText};

use super::view::{Audience, PlayView};
use crate::app::intent::Intent;
use crate::app::lang::Tr;
use crate::app::theme::palette;
use crate::app::widgets::charts;
use crate::i18n::{Arg, Language};
use crate::render::labels::{flag_label, step_label};
use crate::runtime::{Entry, Transcript};
use crate::scenario::Step;
use crate::score;

pub(super) fn side_panel(ui: &mut egui::Ui, view: &PlayView) -> Option<Intent> {
    let mut intent = None;
    let person = &view.scenario.person;
    ui.add_space(6.0);
    ui.label(RichText::new(&view.scenario.title).strong());
    ui.horizontal(|ui| {
        if let Some(texture) = view.portrait {
            ui.add(egui::Image::new((texture, egui::vec2(64.0, 64.0))).corner_radius(8.0));
        }
        ui.label(RichText::new(&person.name).size(26.0).strong());
    });
    if view.audience != Audience::Room {
        ui.label(&person.about);
    }
    ui.separator();
    let solo = view.audience == Audience::Solo;
    let difficulty = view.prefs.difficulty;
    ui.horizontal(|ui| {
        ui.label(RichText::new(ui.tr("debrief-steps")).strong());
        if solo && difficulty.shows_tracker() {
            let label = if view.prefs.show_tracker {
                ui.tr("play-steps-hide")
            } else {
                ui.tr("play-steps-show")
            };
            if ui.small_button(label).clicked() {
                intent = Some(Intent::ToggleTracker);
            }
        }
    });
    if view.prefs.tracker_on() || !solo {
        step_tracker(ui, view.transcript);
    } else if difficulty.shows_tracker() {
        ui.label(RichText::new(ui.tr("play-steps-hidden")).small().weak());
    } else {
        ui.label(RichText::new(ui.tr("play-steps-assessment")).small().weak());
    }
    if view.audience == Audience::Room {
        return intent;
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(RichText::new(ui.tr("debrief-airtime")).strong());
        if solo && difficulty.shows_meter() {
            let label = if view.prefs.show_airtime {
                ui.tr("meter-hide")
            } else {
                ui.tr("meter-show")
            };
            if ui.small_button(label).clicked() {
                intent = Some(Intent::ToggleAirtime);
            }
        }
    });
    if solo && !view.prefs.meter_on() {
        let why = if difficulty.shows_meter() {
            ui.tr("meter-hidden")
        } else {
            ui.tr("meter-not-live")
        };
        ui.label(RichText::new(why).small().weak());
    }
    if view.prefs.meter_on() || !solo {
        let report = score::score(view.scenario, view.transcript, None);
        let a = &report.airtime;
        charts::airtime_bars(ui, [a.questions, a.listening, a.talking], a.target);
        ui.label(RichText::new(ui.tr("meter-legend")).small().weak());
        if view.audience == Audience::Trainer {
            ui.separator();
            let live = ui.tr_with(
                "play-live-score",
                &[("score", Arg::from(score::shown(report.overall)))],
            );
            ui.label(RichText::new(live).strong());
            for hit in &report.mistakes {
                let flag = flag_label(ui.language(), &hit.flag, &hit.label);
                let line = ui.tr_with(
                    "play-turn-flag",
                    &[("turn", Arg::from(hit.turn)), ("flag", Arg::from(flag))],
                );
                ui.colored_label(palette::MISTAKE, line);
            }
            ui.separator();
            ui.label(RichText::new(ui.tr("play-hidden-state")).strong());
            for (var, value) in &view.vars {
                ui.label(format!("{var}: {value}"));
            }
        }
    }
    intent
}

/// On a narrow screen: the person, the steps and airtime in a line or two above the log.
pub(super) fn status_strip(ui: &mut egui::Ui, view: &PlayView) -> Option<Intent> {
    let solo = view.audience == Audience::Solo;
    let language = ui.language();
    let reached = reached_steps(view.transcript);
    let mut parts = vec![view.scenario.person.name.clone()];
    if view.prefs.tracker_on() || !solo {
        let dots: String = Step::FIVE
            .iter()
            .map(|s| if reached.contains(s) { '●' } else { '○' })
            .collect();
        let next = Step::FIVE.iter().find(|s| !reached.contains(s));
        parts.push(match next {
            Some(step) => ui.tr_with(
                "play-strip-next",
                &[
                    ("dots", Arg::from(dots)),
                    ("step", Arg::from(step_label(language, *step))),
                ],
            ),
            None => ui.tr_with("play-strip-all", &[("dots", Arg::from(dots))]),
        });
    }
    if view.audience != Audience::Room && (view.prefs.meter_on() || !solo) {
        let report = score::score(view.scenario, view.transcript, None);
        let a = &report.airtime;
        let whole = |share: f64| Arg::from(format!("{:.0}", share * 100.0));
        parts.push(ui.tr_with(
            "play-strip-airtime",
            &[
                ("questions", whole(a.questions)),
                ("listening", whole(a.listening)),
                ("talking", whole(a.talking)),
            ],
        ));
        if view.audience == Audience::Trainer {
            let score = Arg::from(format!("{:.0}", report.overall));
            parts.push(ui.tr_with("play-strip-live-score", &[("score", score)]));
        }
    }
    ui.label(RichText::new(parts.join("  ·  ")).small());
    ui.separator();
    None
}

fn reached_steps(transcript: &Transcript) -> Vec<Step> {
    transcript
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Reached { step, .. } => Some(*step),
            _ => None,
        })
        .collect()
}

fn step_tracker(ui: &mut egui::Ui, transcript: &Transcript) {
    let language: Language = ui.language();
    let reached = reached_steps(transcript);
    for (i, step) in Step::FIVE.iter().enumerate() {
        let done = reached.contains(step);
        // One label, so a long step name wraps under itself in a narrow panel.
        let mark = if done { "●" } else { "○" };
        let text = RichText::new(format!("{mark} {}. {}", i + 1, step_label(language, *step)));
        ui.label(if done {
            text.color(palette::STEP_DONE).strong()
        } else {
            text
        });
    }
}
