//! The debrief's body: the score and its parts, airtime, steps, the hidden state over time,
//! the outcome and assessment, the trainee's note, what was never learned, and every turn.

use bevy_egui::egui::{self, RichText};

use super::{DebriefView, score_color};
use crate::app::lang::Tr;
use crate::app::theme::palette;
use crate::app::widgets::charts;
use crate::app::widgets::heard::heard_as;
use crate::i18n::Arg;
use crate::render::labels::{self, assessment_label, move_label, outcome_label};
use crate::score::shown;
use crate::words::capitalised;

pub(super) fn body(ui: &mut egui::Ui, view: &DebriefView) {
    let report = view.report;
    let language = ui.language();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(shown(report.overall))
                .size(64.0)
                .strong()
                .color(score_color(report.overall)),
        );
        ui.vertical(|ui| {
            ui.label(RichText::new(ui.tr("debrief-screen-out-of")).size(20.0));
            ui.label(RichText::new(&report.title).strong());
            if report.practice {
                ui.label(RichText::new(ui.tr("debrief-screen-practice")).italics());
            }
            if let Some(played) = view.played {
                ui.label(RichText::new(played).weak());
            }
        });
    });
    ui.add_space(6.0);
    egui::Grid::new("parts")
        .num_columns(4)
        .striped(true)
        .spacing([18.0, 8.0])
        .show(ui, |ui| {
            for id in [
                "debrief-screen-part",
                "debrief-screen-score",
                "debrief-screen-weight",
                "debrief-screen-how",
            ] {
                ui.label(RichText::new(ui.tr(id)).strong());
            }
            ui.end_row();
            for part in &report.parts {
                let (name, formula) = labels::part(language, part, report);
                ui.label(name);
                ui.label(
                    RichText::new(shown(part.score))
                        .strong()
                        .color(score_color(part.score)),
                );
                ui.label(format!("{}%", shown(part.weight)));
                ui.add(egui::Label::new(RichText::new(formula).small()).wrap());
                ui.end_row();
            }
        });
    if report.assessment.score.is_none() {
        ui.label(RichText::new(ui.tr("debrief-screen-no-assessment")).small());
    }

    section(ui, &ui.tr("debrief-airtime"));
    let a = &report.airtime;
    charts::airtime_bars(ui, [a.questions, a.listening, a.talking], a.target);
    let t = &report.talk;
    let at = t
        .longest_monologue_turn
        .map(|n| {
            let at = ui.tr_with("debrief-screen-at-turn", &[("turn", Arg::from(n))]);
            format!(" {at}")
        })
        .unwrap_or_default();
    let reflections = t.reflection_to_question.map_or_else(
        || ui.tr("debrief-screen-none-asked"),
        |r| {
            ui.tr_with(
                "debrief-screen-ratio",
                &[("ratio", Arg::from(format!("{r:.1}")))],
            )
        },
    );
    ui.label(ui.tr_with(
        "debrief-screen-talk",
        &[
            (
                "seconds",
                Arg::from(format!("{:.0}", t.longest_monologue_seconds)),
            ),
            ("at", Arg::from(at)),
            ("questions", Arg::from(t.questions)),
            ("open", Arg::from(t.open_questions)),
            ("reflections", Arg::from(reflections)),
        ],
    ));

    section(ui, &ui.tr("debrief-steps"));
    charts::step_timeline(ui, &charts::Timeline::from_report(report));
    ui.label(RichText::new(ui.tr("debrief-screen-steps-legend")).small());
    for violation in &report.steps.violations {
        let message = labels::violation(language, violation.kind);
        let line = match violation.turn {
            Some(turn) => ui.tr_with(
                "debrief-screen-turn-text",
                &[("turn", Arg::from(turn)), ("text", Arg::from(message))],
            ),
            None => message,
        };
        ui.colored_label(palette::MISTAKE, line);
    }

    if let Some(var) = view.trust {
        let over_time = ui.tr_with(
            "debrief-screen-over-time",
            &[("name", Arg::from(capitalised(var)))],
        );
        section(ui, &over_time);
        let values: Vec<f64> = report
            .state
            .iter()
            .map(|vars| {
                vars.iter()
                    .find(|(k, _)| k == var)
                    .map_or(0.0, |(_, v)| *v as f64)
            })
            .collect();
        let axis = ui.tr("chart-turns-axis");
        charts::line_chart(ui, &values, 140.0, &capitalised(var), &axis, |v| {
            format!("{v:.0}")
        });
        ui.label(RichText::new(ui.tr("debrief-screen-hidden-feeling")).small());
    }

    let outcome = report.outcome.map_or_else(
        || ui.tr("debrief-screen-no-ending"),
        |o| outcome_label(language, o),
    );
    section(
        ui,
        &ui.tr_with("debrief-outcome", &[("outcome", Arg::from(outcome))]),
    );
    if let Some(ending) = report.ending.as_deref().filter(|e| !e.is_empty()) {
        ui.label(ending);
    }
    let asmt = &report.assessment;
    if let (Some(given), Some(truth)) = (asmt.given, asmt.truth) {
        let verdict = match asmt.score {
            Some(s) if s >= 100.0 => "debrief-screen-spot-on",
            Some(s) if s > 0.0 => "debrief-screen-close",
            _ => "debrief-screen-off",
        };
        ui.label(ui.tr_with(
            "debrief-screen-assessed",
            &[
                ("given", Arg::from(assessment_label(language, given))),
                ("truth", Arg::from(assessment_label(language, truth))),
                ("verdict", Arg::from(ui.tr(verdict))),
            ],
        ));
    }
    if let Some(why) = &asmt.why {
        ui.label(ui.tr_with("debrief-why", &[("why", Arg::from(why))]));
    }
    if !view.note.trim().is_empty() {
        section(ui, &ui.tr("debrief-screen-note"));
        ui.add(egui::Label::new(view.note).wrap());
    }
    if !report.never_learned.is_empty() {
        section(ui, &ui.tr("debrief-never-learned"));
        ui.label(
            RichText::new(ui.tr("debrief-screen-never-learned-hint"))
                .small()
                .weak(),
        );
        for fact in &report.never_learned {
            ui.label(format!("•  {}", fact.text));
        }
    }

    let turn_by_turn = ui.tr_with(
        "debrief-screen-turn-by-turn",
        &[
            ("mistakes", Arg::from(report.mistakes.len())),
            ("good", Arg::from(report.good_moves.len())),
        ],
    );
    section(ui, &turn_by_turn);
    let (you_said, taken_as, heard_as_label, coach, better_label) = (
        ui.tr("debrief-you-said"),
        ui.tr("taken-as"),
        ui.tr("heard-as"),
        ui.tr("debrief-coach"),
        ui.tr("debrief-better"),
    );
    for turn in &report.turns {
        egui::Frame::group(ui.style())
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    let title = ui.tr_with("debrief-turn", &[("turn", Arg::from(turn.turn))]);
                    ui.label(RichText::new(title).strong());
                    ui.label(
                        RichText::new(move_label(language, turn.kind))
                            .small()
                            .weak(),
                    );
                    for hit in report.mistakes.iter().filter(|m| m.turn == turn.turn) {
                        let (label, description) = labels::flag(language, hit);
                        ui.label(RichText::new(format!("✕ {label}")).color(palette::MISTAKE))
                            .on_hover_text(description);
                    }
                    for hit in report.good_moves.iter().filter(|m| m.turn == turn.turn) {
                        let (label, description) = labels::flag(language, hit);
                        ui.label(RichText::new(format!("✓ {label}")).color(palette::GOOD))
                            .on_hover_text(description);
                    }
                });
                match (&turn.typed, &turn.heard) {
                    (Some(typed), Some(heard)) => {
                        ui.add(egui::Label::new(format!("{you_said}: “{typed}”")).wrap());
                        ui.add(
                            egui::Label::new(
                                RichText::new(format!("{taken_as}: “{}”", turn.said)).italics(),
                            )
                            .wrap(),
                        );
                        let heard = heard_as(language, heard);
                        ui.label(RichText::new(format!("{heard_as_label}: {heard}")).small());
                    }
                    _ => {
                        ui.label(RichText::new(format!("“{}”", turn.said)).italics());
                    }
                }
                if !turn.note.is_empty() {
                    ui.label(format!("{coach}: {}", turn.note));
                }
                if let Some(better) = &turn.better {
                    egui::Frame::new()
                        .fill(palette::GOOD.linear_multiply(0.15))
                        .corner_radius(6.0)
                        .inner_margin(8.0)
                        .show(ui, |ui| {
                            ui.label(
                                RichText::new(format!("{better_label}: “{}”", better.text))
                                    .color(palette::GOOD),
                            );
                            if !better.note.is_empty() {
                                ui.label(RichText::new(&better.note).small());
                            }
                        });
                }
            });
    }
}

fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(12.0);
    ui.label(RichText::new(title).heading().size(24.0));
}
