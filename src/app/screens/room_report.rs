//! One scenario of the room's results: mistakes and where conversations stalled first (what a
//! trainer shows the room), then steps, scores, airtime, assessment and second attempts.

use bevy_egui::egui::{self, RichText};

use crate::app::theme::palette;
use crate::app::widgets::bars::{Row, histogram, share_rows};
use crate::app::widgets::charts::airtime_bars;
use crate::app::widgets::input::room_for_columns;
use crate::room::{FlagTally, ScenarioReport};
use crate::score::shown;
use crate::words::{percent, plural, shorten};

/// How many mistakes and good moves are shown: the room can take in three.
const TOP: usize = 3;

pub fn scenario_report(ui: &mut egui::Ui, s: &ScenarioReport) {
    ui.label(RichText::new(shorten(&s.title, 120)).heading().strong());
    ui.label(format!(
        "{} attempt{} by {} trainee{}",
        s.attempts,
        plural(s.attempts),
        s.trainees,
        plural(s.trainees)
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

fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(
        RichText::new(title)
            .size(ui.text_style_height(&egui::TextStyle::Body) * 1.2)
            .strong(),
    );
}

fn mistakes(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "Most common mistakes");
    flags(
        ui,
        &s.mistakes,
        s.attempts,
        palette::MISTAKE,
        "No mistakes were flagged.",
    );
}

fn good_moves(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "What went well");
    flags(
        ui,
        &s.good_moves,
        s.attempts,
        palette::GOOD,
        "No good moves were flagged.",
    );
}

/// The top flags, each with how many attempts made it, what was said, and the coach's note.
fn flags(
    ui: &mut egui::Ui,
    tallies: &[FlagTally],
    attempts: usize,
    color: egui::Color32,
    none: &str,
) {
    if tallies.is_empty() {
        ui.label(none);
        return;
    }
    for (i, flag) in tallies.iter().take(TOP).enumerate() {
        ui.label(
            RichText::new(format!(
                "{}. {}: {} of {attempts} ({})",
                i + 1,
                shorten(&flag.label, 80),
                flag.attempts,
                percent(flag.share)
            ))
            .strong()
            .color(color),
        );
        if !flag.said.is_empty() {
            ui.label(RichText::new(format!("“{}”", shorten(&flag.said, 160))).italics());
        }
        if !flag.note.is_empty() {
            ui.label(format!("Coach: {}", shorten(&flag.note, 300)));
        }
        ui.add_space(4.0);
    }
    if tallies.len() > TOP {
        let more = tallies.len() - TOP;
        ui.label(RichText::new(format!("and {more} more in the Markdown export")).weak());
    }
}

fn stalled(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "Where conversations stalled");
    let rows: Vec<Row> = s
        .stalled
        .iter()
        .map(|stall| Row {
            label: format!(
                "{}: {} ({})",
                match stall.at {
                    Some(_) => format!("at {}", stall.label),
                    None => stall.label.clone(),
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
    section(ui, "Steps reached");
    let rows: Vec<Row> = s
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| Row {
            label: format!(
                "{}. {}: {} of {} ({})",
                i + 1,
                step.label,
                step.attempts,
                s.attempts,
                percent(step.share)
            ),
            share: step.share,
        })
        .collect();
    share_rows(ui, &rows, palette::STEP_DONE);
}

fn scores(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "Scores");
    let spread = &s.scores;
    let counts: Vec<usize> = spread.buckets.iter().map(|b| b.attempts).collect();
    let labels: Vec<String> = spread
        .buckets
        .iter()
        .map(|b| format!("{}–{}", b.from, b.to))
        .collect();
    histogram(ui, &counts, &labels, ("0", "100"), "Scores");
    ui.label(format!(
        "Median {}; the middle half {}–{}; lowest {}, highest {}",
        shown(spread.median),
        shown(spread.lower_quartile),
        shown(spread.upper_quartile),
        shown(spread.lowest),
        shown(spread.highest)
    ));
}

fn airtime(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "Airtime against 20/70/10");
    let a = &s.airtime;
    if a.counted == 0 {
        ui.label("Nothing was said.");
        return;
    }
    airtime_bars(ui, a.shares, a.target);
    ui.label(format!(
        "{} of {} attempt{} listened at least 70% of the time",
        a.listened_enough,
        a.counted,
        plural(a.counted)
    ));
}

fn assessment(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "Sizing the person up");
    let a = &s.assessment;
    match a.share_correct {
        Some(share) => {
            ui.label(format!(
                "{} of {} right ({}); {} one category off",
                a.correct,
                a.assessed,
                percent(share),
                a.one_off
            ));
        }
        None => {
            ui.label("No attempt was assessed against a known answer.");
        }
    }
    if a.not_assessed > 0 {
        ui.label(RichText::new(format!("{} not assessed", a.not_assessed)).weak());
    }
}

fn rounds(ui: &mut egui::Ui, s: &ScenarioReport) {
    section(ui, "First attempts against later ones");
    let r = &s.rounds;
    let mean = |m: Option<f64>| m.map_or("–".to_owned(), shown);
    ui.label(format!(
        "First: {} on average ({} attempt{})",
        mean(r.first_mean),
        r.first_attempts,
        plural(r.first_attempts)
    ));
    if r.later_attempts == 0 {
        ui.label("Nobody tried again yet.");
        return;
    }
    ui.label(format!(
        "Later: {} on average ({} attempt{})",
        mean(r.later_mean),
        r.later_attempts,
        plural(r.later_attempts)
    ));
    ui.label(format!(
        "{} of {} who tried again did better",
        r.improved, r.tried_again
    ));
}
