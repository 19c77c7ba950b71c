//! The room's report as Markdown: one large section per scenario, to read out or project.

use std::fmt::Write;

use super::report::{FlagTally, RoomReport, ScenarioReport};
use crate::i18n::{Language, text as tr, text_with as tr_with};
use crate::render::labels::{flag_label, step_label};
use crate::scenario::model::Step;
use crate::score::shown as whole;
use crate::words::{percent, shorten};

/// The whole report in English. Counts of skipped files only: which files, and why, is for the
/// trainer's screen (`doorstep room` prints them on standard error).
pub fn markdown(report: &RoomReport) -> String {
    markdown_in(report, Language::En)
}

/// The whole report, its words in `language`; what trainees and authors wrote stays as written.
pub fn markdown_in(report: &RoomReport, language: Language) -> String {
    let l = language;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", tr(l, "room-title"));
    let mut summary = vec![tr_with(
        l,
        "room-summary",
        &[
            ("attempts", report.attempts.into()),
            ("scenarios", report.scenarios.len().into()),
            ("trainees", report.trainees.into()),
            ("files", report.files_read.into()),
        ],
    )];
    if report.duplicates > 0 {
        summary.push(tr_with(
            l,
            "room-duplicates",
            &[("n", report.duplicates.into())],
        ));
    }
    if !report.skipped.is_empty() {
        summary.push(tr_with(
            l,
            "room-skipped",
            &[("n", report.skipped.len().into())],
        ));
    }
    let _ = writeln!(out, "{}", summary.join(" "));
    if report.scenarios.is_empty() {
        let _ = writeln!(out, "\n{}", tr(l, "room-no-attempts"));
    }
    for scenario in &report.scenarios {
        section(&mut out, scenario, l);
    }
    out
}

fn section(out: &mut String, s: &ScenarioReport, l: Language) {
    let _ = writeln!(out, "\n---\n\n## {}\n", text(&shorten(&s.title, 120)));
    let id = text(&s.scenario).replace('`', "'");
    let line = tr_with(
        l,
        "room-scenario",
        &[
            ("id", id.into()),
            ("attempts", s.attempts.into()),
            ("trainees", s.trainees.into()),
        ],
    );
    let _ = writeln!(out, "{line}\n");
    scores(out, s, l);
    steps(out, s, l);
    flags(out, tr(l, "room-mistakes"), &s.mistakes, s.attempts, l);
    flags(out, tr(l, "room-good-moves"), &s.good_moves, s.attempts, l);
    airtime(out, s, l);
    assessment(out, s, l);
    rounds(out, s, l);
}

fn scores(out: &mut String, s: &ScenarioReport, l: Language) {
    let sc = &s.scores;
    let _ = writeln!(out, "### {}\n", tr(l, "room-scores"));
    let line = tr_with(
        l,
        "room-scores-line",
        &[
            ("median", whole(sc.median).into()),
            ("low", whole(sc.lower_quartile).into()),
            ("high", whole(sc.upper_quartile).into()),
            ("lowest", whole(sc.lowest).into()),
            ("highest", whole(sc.highest).into()),
            ("mean", whole(sc.mean).into()),
        ],
    );
    let _ = writeln!(out, "{line}\n");
    let _ = writeln!(out, "{}\n|---:|---:|:---|", tr(l, "room-scores-header"));
    let most = sc
        .buckets
        .iter()
        .map(|b| b.attempts)
        .max()
        .unwrap_or(0)
        .max(1);
    for bucket in &sc.buckets {
        let _ = writeln!(
            out,
            "| {}–{} | {} | {} |",
            bucket.from,
            bucket.to,
            bucket.attempts,
            bar(bucket.attempts, most)
        );
    }
    out.push('\n');
}

fn steps(out: &mut String, s: &ScenarioReport, l: Language) {
    let _ = writeln!(out, "### {}\n", tr(l, "room-steps"));
    let _ = writeln!(out, "{}\n|---|---:|:---|", tr(l, "room-steps-header"));
    for (i, step) in s.steps.iter().enumerate() {
        let reached = tr_with(
            l,
            "room-step-reached",
            &[
                ("reached", step.attempts.into()),
                ("attempts", s.attempts.into()),
                ("share", percent(step.share).into()),
            ],
        );
        let _ = writeln!(
            out,
            "| {}. {} | {reached} | {} |",
            i + 1,
            step_name(l, step.step, &step.label),
            bar(step.attempts, s.attempts)
        );
    }
    let _ = writeln!(out, "\n{}\n", tr(l, "room-stalled"));
    for stall in &s.stalled {
        let at = match stall.at {
            Some(step) => tr_with(
                l,
                "room-stalled-at",
                &[("step", step_name(l, step, &stall.label).into())],
            ),
            None => tr(l, "room-stalled-nowhere"),
        };
        let count = tr_with(l, "room-attempts", &[("n", stall.attempts.into())]);
        let _ = writeln!(out, "- {at}: {count} ({})", percent(stall.share));
    }
    out.push('\n');
}

/// A step as the reader reads it: the saved English label, or the step in another language.
fn step_name(l: Language, step: Step, label: &str) -> String {
    if l == Language::En {
        label.to_owned()
    } else {
        step_label(l, step)
    }
}

fn flags(out: &mut String, title: String, tallies: &[FlagTally], attempts: usize, l: Language) {
    let _ = writeln!(out, "### {title}\n");
    if tallies.is_empty() {
        let _ = writeln!(out, "{}\n", tr(l, "room-no-flags"));
        return;
    }
    for (i, flag) in tallies.iter().enumerate() {
        let count = tr_with(
            l,
            "room-flag-count",
            &[
                ("n", flag.attempts.into()),
                ("attempts", attempts.into()),
                ("share", percent(flag.share).into()),
            ],
        );
        let times = if flag.times > flag.attempts {
            format!(
                ", {}",
                tr_with(l, "room-flag-times", &[("times", flag.times.into())])
            )
        } else {
            String::new()
        };
        let label = flag_label(l, &flag.flag, &flag.label);
        let _ = writeln!(
            out,
            "{}. **{}**: {count}{times}",
            i + 1,
            text(&shorten(&label, 80))
        );
        if !flag.said.is_empty() {
            let said = text(&shorten(&flag.said, 200));
            let _ = writeln!(out, "   - {}: \"{said}\"", tr(l, "room-said"));
        }
        if !flag.note.is_empty() {
            let note = text(&shorten(&flag.note, 400));
            let _ = writeln!(out, "   - {}: {note}", tr(l, "room-coach-note"));
        }
    }
    out.push('\n');
}

fn airtime(out: &mut String, s: &ScenarioReport, l: Language) {
    let a = &s.airtime;
    let _ = writeln!(out, "### {}\n", tr(l, "room-airtime"));
    if a.counted == 0 {
        let _ = writeln!(out, "{}\n", tr(l, "room-nothing-said"));
        return;
    }
    let _ = writeln!(
        out,
        "{}\n|---|---:|---:|---:|",
        tr(l, "room-airtime-header")
    );
    let row = |shares: &[f64; 3]| {
        shares
            .iter()
            .map(|x| percent(*x))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let _ = writeln!(
        out,
        "| {} | {} |",
        tr(l, "room-airtime-room"),
        row(&a.shares)
    );
    let _ = writeln!(
        out,
        "| {} | {} |",
        tr(l, "room-airtime-rule"),
        row(&a.target)
    );
    let listened = tr_with(
        l,
        "room-listened",
        &[
            ("n", a.listened_enough.into()),
            ("counted", a.counted.into()),
        ],
    );
    let _ = writeln!(out, "\n{listened}\n");
}

fn assessment(out: &mut String, s: &ScenarioReport, l: Language) {
    let a = &s.assessment;
    let _ = writeln!(out, "### {}\n", tr(l, "room-sizing"));
    match a.share_correct {
        Some(share) => out.push_str(&tr_with(
            l,
            "room-assessed",
            &[
                ("correct", a.correct.into()),
                ("assessed", a.assessed.into()),
                ("share", percent(share).into()),
                ("oneOff", a.one_off.into()),
            ],
        )),
        None => out.push_str(&tr(l, "room-none-assessed")),
    }
    if a.not_assessed > 0 && a.assessed > 0 {
        out.push(' ');
        out.push_str(&tr_with(
            l,
            "room-not-assessed",
            &[("n", a.not_assessed.into())],
        ));
    }
    out.push_str("\n\n");
}

fn rounds(out: &mut String, s: &ScenarioReport, l: Language) {
    let r = &s.rounds;
    let _ = writeln!(out, "### {}\n", tr(l, "room-rounds"));
    let first = r.first_mean.map_or("–".to_owned(), whole);
    out.push_str(&tr_with(
        l,
        "room-first",
        &[("mean", first.into()), ("n", r.first_attempts.into())],
    ));
    let later = match r.later_mean {
        Some(later) => tr_with(
            l,
            "room-later",
            &[
                ("mean", whole(later).into()),
                ("n", r.later_attempts.into()),
                ("improved", r.improved.into()),
                ("tried", r.tried_again.into()),
            ],
        ),
        None => tr(l, "room-no-later"),
    };
    let _ = writeln!(out, " {later}\n");
    let _ = writeln!(out, "{}\n|---|---:|---:|---:|", tr(l, "room-rounds-header"));
    for t in &r.trainees {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            text(&t.trainee),
            whole(t.first),
            t.later_mean.map_or("–".to_owned(), whole),
            t.later_attempts
        );
    }
}

/// A bar of up to 20 blocks, in proportion to `count` out of `most`.
fn bar(count: usize, most: usize) -> String {
    let blocks = (count * 20).div_ceil(most.max(1));
    "█".repeat(blocks)
}

/// Text from a trainee's file, made safe to put in Markdown: on one line, without control
/// characters, and with Markdown's own marks escaped (a note cannot start a table or a link).
pub fn text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
