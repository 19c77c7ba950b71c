//! The debrief's body: the score and its parts, airtime, steps, the hidden state over time,
//! the outcome and assessment, the trainee's note, what was never learned, and every turn.

use bevy_egui::egui::{self, RichText};

use super::{DebriefView, score_color};
use crate::app::theme::palette;
use crate::app::widgets::charts;
use crate::app::widgets::heard::heard_as;
use crate::score::shown;
use crate::words::capitalised;

pub(super) fn body(ui: &mut egui::Ui, view: &DebriefView) {
    let report = view.report;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(shown(report.overall))
                .size(64.0)
                .strong()
                .color(score_color(report.overall)),
        );
        ui.vertical(|ui| {
            ui.label(RichText::new("out of 100").size(20.0));
            ui.label(RichText::new(&report.title).strong());
            if report.practice {
                ui.label(RichText::new("Practice run: you rewound during it.").italics());
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
            ui.label(RichText::new("Part").strong());
            ui.label(RichText::new("Score").strong());
            ui.label(RichText::new("Weight").strong());
            ui.label(RichText::new("How it was worked out").strong());
            ui.end_row();
            for part in &report.parts {
                ui.label(&part.name);
                ui.label(
                    RichText::new(shown(part.score))
                        .strong()
                        .color(score_color(part.score)),
                );
                ui.label(format!("{}%", shown(part.weight)));
                ui.add(egui::Label::new(RichText::new(&part.formula).small()).wrap());
                ui.end_row();
            }
        });
    if report.assessment.score.is_none() {
        ui.label(
            RichText::new("No assessment given, so the other parts share its weight.").small(),
        );
    }

    section(ui, "Airtime");
    let a = &report.airtime;
    charts::airtime_bars(ui, [a.questions, a.listening, a.talking], a.target);
    let t = &report.talk;
    ui.label(format!(
        "Longest stretch of you talking: {:.0} s{}.  Questions: {} ({} open).  Reflections per question: {}.",
        t.longest_monologue_seconds,
        t.longest_monologue_turn.map(|n| format!(" (turn {n})")).unwrap_or_default(),
        t.questions,
        t.open_questions,
        t.reflection_to_question.map_or("none asked".to_owned(), |r| format!("{r:.1} (1 fair, 2 good)")),
    ));

    section(ui, "The five steps");
    charts::step_timeline(ui, &charts::Timeline::from_report(report));
    ui.label(RichText::new("● reached   ○ worked on   ✕ out of order").small());
    for violation in &report.steps.violations {
        let when = violation
            .turn
            .map(|t| format!("Turn {t}: "))
            .unwrap_or_default();
        ui.colored_label(palette::MISTAKE, format!("{when}{}", violation.message));
    }

    if let Some(var) = view.trust {
        section(ui, &format!("{} over the conversation", capitalised(var)));
        let values: Vec<f64> = report
            .state
            .iter()
            .map(|vars| {
                vars.iter()
                    .find(|(k, _)| k == var)
                    .map_or(0.0, |(_, v)| *v as f64)
            })
            .collect();
        charts::line_chart(ui, &values, 140.0, &capitalised(var), "turns →", |v| {
            format!("{v:.0}")
        });
        ui.label(
            RichText::new("Hidden during the conversation: how the person felt as it went.")
                .small(),
        );
    }

    section(
        ui,
        &format!(
            "Outcome: {}",
            report.outcome.map_or("no ending", |o| o.label())
        ),
    );
    if let Some(ending) = report.ending.as_deref().filter(|e| !e.is_empty()) {
        ui.label(ending);
    }
    let asmt = &report.assessment;
    if let (Some(given), Some(truth)) = (asmt.given, asmt.truth) {
        let verdict = match asmt.score {
            Some(s) if s >= 100.0 => "spot on",
            Some(s) if s > 0.0 => "close",
            _ => "off",
        };
        ui.label(format!(
            "You assessed them as {}; they were {} ({verdict}).",
            given.label(),
            truth.label()
        ));
    }
    if let Some(why) = &asmt.why {
        ui.label(format!("How this ending changed that: {why}"));
    }
    if !view.note.trim().is_empty() {
        section(ui, "Your follow-up note");
        ui.add(egui::Label::new(view.note).wrap());
    }
    if !report.never_learned.is_empty() {
        section(ui, "What you never learned");
        ui.label(
            RichText::new("What a conversation with them could have brought out:")
                .small()
                .weak(),
        );
        for fact in &report.never_learned {
            ui.label(format!("•  {}", fact.text));
        }
    }

    section(
        ui,
        &format!(
            "Turn by turn ({} mistakes, {} good moves)",
            report.mistakes.len(),
            report.good_moves.len()
        ),
    );
    for turn in &report.turns {
        egui::Frame::group(ui.style())
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(format!("Turn {}", turn.turn)).strong());
                    ui.label(RichText::new(turn.kind.label()).small().weak());
                    for flag in report.mistakes.iter().filter(|m| m.turn == turn.turn) {
                        ui.label(
                            RichText::new(format!("✕ {}", flag.label)).color(palette::MISTAKE),
                        )
                        .on_hover_text(&flag.description);
                    }
                    for flag in report.good_moves.iter().filter(|m| m.turn == turn.turn) {
                        ui.label(RichText::new(format!("✓ {}", flag.label)).color(palette::GOOD))
                            .on_hover_text(&flag.description);
                    }
                });
                match (&turn.typed, &turn.heard) {
                    (Some(typed), Some(heard)) => {
                        ui.add(egui::Label::new(format!("You said: “{typed}”")).wrap());
                        ui.add(
                            egui::Label::new(
                                RichText::new(format!("Taken as: “{}”", turn.said)).italics(),
                            )
                            .wrap(),
                        );
                        ui.label(RichText::new(format!("Heard as: {}", heard_as(heard))).small());
                    }
                    _ => {
                        ui.label(RichText::new(format!("“{}”", turn.said)).italics());
                    }
                }
                if !turn.note.is_empty() {
                    ui.label(format!("Coach: {}", turn.note));
                }
                if let Some(better) = &turn.better {
                    egui::Frame::new()
                        .fill(palette::GOOD.linear_multiply(0.15))
                        .corner_radius(6.0)
                        .inner_margin(8.0)
                        .show(ui, |ui| {
                            ui.label(
                                RichText::new(format!("Better: “{}”", better.text))
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
