//! One scenario of the room's results: mistakes and where conversations stalled first (what a
//! trainer shows the room), then steps, scores, airtime, assessment and second attempts.

use bevy_egui::egui::{self, RichText};

use crate::app::lang::Tr;
use crate::app::theme::palette;
use crate::app::widgets::bars::{Row, histogram, share_rows};
use crate::app::widgets::charts::airtime_bars;
use crate::app::widgets::input::room_for_columns;
use crate::i18n::{Arg, Language};
use crate::render::labels::{flag_label, step_label};
use crate::room::{FlagTally, ScenarioReport};
use crate::scenario::Step;
use crate::score::shown;
use crate::words::{percent, shorten};

/// How many mistakes and good moves are shown: the room can take in three.
const TOP: usize = 3;

pub fn scenario_report(ui: &mut egui::Ui, s: &ScenarioReport) {
    ui.label(RichText::new(shorten(&s.title, 120)).heading().strong());
    ui.label(ui.tr_with(
        "room-screen-scenario",
        &[
            ("attempts", s.attempts.into()),
            ("trainees", s.trainees.into()),
        ],
    ));
    ui.add_space(6.0);
    if room_for_columns(ui) {
        type Part = fn(&mut egui::Ui, &ScenarioReport);
        let rows: [(&[Part], &[Part]); 3] = [
            (&[mistakes], &[stalled, steps]),
            (&[scores], &[airtime]),
            (&[good_moves], &[assessment, rounds]),
        ];
        for (left, right) in rows {
            ui.columns(2, |columns| {
                for (column, parts) in columns.iter_mut().zip([left, right]) {
                    // Left-aligned, not justified: wrapped lines keep even spacing.
                    column.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                        ui.set_max_width(ui.available_width() - 24.0);
                        for part in parts {
                            part(ui, s);
                        }
                    });
                }
            });
        }
    } else {
        mistakes(ui, s);
        stalled(ui, s);
        steps(ui, s);
        scores(ui, s);
        airtime(ui, s);
        good_moves(ui, s);
        assessment(ui, s);
        rounds(ui, s);
    }
}

/// A section's title, by its message id.
fn section(ui: &mut egui::Ui, title: &str) {
    let title = ui.tr(title);
    ui.add_space(10.0);
    ui.label(
        RichText::new(title)
            .size(ui.text_style_height(&egui::TextStyle::Body) * 1.2)
            .strong(),
    );
}

fn mistakes(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "room-mistakes");
    flags(
        ui,
        &s.mistakes,
        s.attempts,
        palette::MISTAKE,
        "room-screen-no-mistakes",
    );
}

fn good_moves(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "room-screen-went-well");
    flags(
        ui,
        &s.good_moves,
        s.attempts,
        palette::GOOD,
        "room-screen-no-good-moves",
    );
}

/// The top flags, each with how many attempts made it, what was said, and the coach's note.
/// `none` is the id of what to say when there are none.
fn flags(
    ui: &mut egui::Ui,
    tallies: &[FlagTally],
    attempts: usize,
    color: egui::Color32,
    none: &str,
) {
    if tallies.is_empty() {
        ui.label(ui.tr(none));
        return;
    }
    let language = ui.language();
    for (i, flag) in tallies.iter().take(TOP).enumerate() {
        let label = flag_label(language, &flag.flag, &flag.label);
        let line = ui.tr_with(
            "room-screen-flag",
            &[
                ("label", shorten(&label, 80).into()),
                ("n", flag.attempts.into()),
                ("attempts", attempts.into()),
                ("share", percent(flag.share).into()),
            ],
        );
        ui.label(
            RichText::new(format!("{}. {line}", i + 1))
                .strong()
                .color(color),
        );
        if !flag.said.is_empty() {
            ui.label(RichText::new(format!("“{}”", shorten(&flag.said, 160))).italics());
        }
        if !flag.note.is_empty() {
            let note = shorten(&flag.note, 300);
            ui.label(ui.tr_with("room-screen-coach", &[("note", Arg::from(note))]));
        }
        ui.add_space(4.0);
    }
    if tallies.len() > TOP {
        let more = tallies.len() - TOP;
        ui.label(RichText::new(ui.tr_with("room-screen-more", &[("n", more.into())])).weak());
    }
}

fn stalled(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "room-screen-stalled");
    let language = ui.language();
    let rows: Vec<Row> = s
        .stalled
        .iter()
        .map(|stall| Row {
            label: format!(
                "{}: {} ({})",
                match stall.at {
                    Some(step) => {
                        let step = step_name(language, step, &stall.label);
                        ui.tr_with("room-screen-stalled-at", &[("step", step.into())])
                    }
                    None => ui.tr("room-screen-reached-all"),
                },
                stall.attempts,
                percent(stall.share)
            ),
            share: stall.share,
        })
        .collect();
    share_rows(ui, &rows, palette::MISTAKE);
}

fn steps(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "room-screen-steps");
    let language = ui.language();
    let rows: Vec<Row> = s
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| Row {
            label: format!(
                "{}. {}: {}",
                i + 1,
                step_name(language, step.step, &step.label),
                ui.tr_with(
                    "room-step-reached",
                    &[
                        ("reached", step.attempts.into()),
                        ("attempts", s.attempts.into()),
                        ("share", percent(step.share).into()),
                    ],
                )
            ),
            share: step.share,
        })
        .collect();
    share_rows(ui, &rows, palette::STEP_DONE);
}

fn scores(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "room-scores");
    let spread = &s.scores;
    let counts: Vec<usize> = spread.buckets.iter().map(|b| b.attempts).collect();
    let labels: Vec<String> = spread
        .buckets
        .iter()
        .map(|b| format!("{}–{}", b.from, b.to))
        .collect();
    histogram(ui, &counts, &labels, ("0", "100"), &ui.tr("room-scores"));
    ui.label(ui.tr_with(
        "room-screen-scores-line",
        &[
            ("median", shown(spread.median).into()),
            ("low", shown(spread.lower_quartile).into()),
            ("high", shown(spread.upper_quartile).into()),
            ("lowest", shown(spread.lowest).into()),
            ("highest", shown(spread.highest).into()),
        ],
    ));
}

fn airtime(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "room-screen-airtime");
    let a = &s.airtime;
    if a.counted == 0 {
        ui.label(ui.tr("room-nothing-said"));
        return;
    }
    airtime_bars(ui, a.shares, a.target);
    ui.label(ui.tr_with(
        "room-screen-listened",
        &[
            ("n", a.listened_enough.into()),
            ("counted", a.counted.into()),
        ],
    ));
}

fn assessment(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "room-screen-sizing");
    let a = &s.assessment;
    match a.share_correct {
        Some(share) => {
            ui.label(ui.tr_with(
                "room-screen-assessed",
                &[
                    ("correct", a.correct.into()),
                    ("assessed", a.assessed.into()),
                    ("share", percent(share).into()),
                    ("oneOff", a.one_off.into()),
                ],
            ));
        }
        None => {
            ui.label(ui.tr("room-screen-none-assessed"));
        }
    }
    if a.not_assessed > 0 {
        let not = ui.tr_with("room-screen-not-assessed", &[("n", a.not_assessed.into())]);
        ui.label(RichText::new(not).weak());
    }
}

fn rounds(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "room-screen-rounds");
    let r = &s.rounds;
    let mean = |m: Option<f64>| Arg::from(m.map_or("–".to_owned(), shown));
    ui.label(ui.tr_with(
        "room-screen-first",
        &[("mean", mean(r.first_mean)), ("n", r.first_attempts.into())],
    ));
    if r.later_attempts == 0 {
        ui.label(ui.tr("room-screen-no-later"));
        return;
    }
    ui.label(ui.tr_with(
        "room-screen-later",
        &[("mean", mean(r.later_mean)), ("n", r.later_attempts.into())],
    ));
    ui.label(ui.tr_with(
        "room-screen-improved",
        &[
            ("improved", r.improved.into()),
            ("tried", r.tried_again.into()),
        ],
    ));
}

/// A step as the reader reads it: the saved English label, or the step in another language.
fn step_name(language: Language, step: Step, label: &str) -> String {
    if language == Language::En {
        label.to_owned()
    } else {
        step_label(language, step)
    }
}
