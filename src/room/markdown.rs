//! The room's report as Markdown: one large section per scenario, to read out or project.

use std::fmt::Write;

use super::report::{FlagTally, RoomReport, ScenarioReport};
use crate::score::shown as whole;
use crate::words::{percent, plural, shorten};

/// The whole report. Counts of skipped files only: which files, and why, is for the trainer's
/// screen (`doorstep room` prints them on standard error).
pub fn markdown(report: &RoomReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Room results\n");
    let scenarios = report.scenarios.len();
    let mut summary = vec![format!(
        "**{} attempt{}** at {scenarios} scenario{} by **{} trainee{}**, read from {} file{}.",
        report.attempts,
        plural(report.attempts),
        plural(scenarios),
        report.trainees,
        plural(report.trainees),
        report.files_read,
        plural(report.files_read),
    )];
    if report.duplicates > 0 {
        summary.push(format!(
            "{} {} of attempts already read {} counted once.",
            report.duplicates,
            if report.duplicates == 1 {
                "copy"
            } else {
                "copies"
            },
            if report.duplicates == 1 {
                "was"
            } else {
                "were"
            },
        ));
    }
    if !report.skipped.is_empty() {
        let n = report.skipped.len();
        summary.push(format!(
            "{n} file{} or attempt{} could not be used and {} left out.",
            plural(n),
            plural(n),
            if n == 1 { "was" } else { "were" },
        ));
    }
    let _ = writeln!(out, "{}", summary.join(" "));
    if report.scenarios.is_empty() {
        let _ = writeln!(out, "\nNo attempts were found.");
    }
    for scenario in &report.scenarios {
        section(&mut out, scenario);
    }
    out
}

fn section(out: &mut String, s: &ScenarioReport) {
    let _ = writeln!(out, "\n---\n\n## {}\n", text(&shorten(&s.title, 120)));
    let _ = writeln!(
        out,
        "Scenario `{}`: {} attempt{} by {} trainee{}.\n",
        text(&s.scenario).replace('`', "'"),
        s.attempts,
        plural(s.attempts),
        s.trainees,
        plural(s.trainees),
    );
    scores(out, s);
    steps(out, s);
    flags(out, "Most common mistakes", &s.mistakes, s.attempts);
    flags(out, "Good moves", &s.good_moves, s.attempts);
    airtime(out, s);
    assessment(out, s);
    rounds(out, s);
}

fn scores(out: &mut String, s: &ScenarioReport) {
    let sc = &s.scores;
    let _ = writeln!(out, "### Scores\n");
    let _ = writeln!(
        out,
        "Median **{}**. The middle half scored {}–{}; lowest {}, highest {}; mean {}.\n",
        whole(sc.median),
        whole(sc.lower_quartile),
        whole(sc.upper_quartile),
        whole(sc.lowest),
        whole(sc.highest),
        whole(sc.mean),
    );
    let _ = writeln!(out, "| Score | Attempts | |\n|---:|---:|:---|");
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

fn steps(out: &mut String, s: &ScenarioReport) {
    let _ = writeln!(out, "### How far the conversations got\n");
    let _ = writeln!(out, "| Step | Reached | |\n|---|---:|:---|");
    for (i, step) in s.steps.iter().enumerate() {
        let _ = writeln!(
            out,
            "| {}. {} | {} of {} ({}) | {} |",
            i + 1,
            step.label,
            step.attempts,
            s.attempts,
            percent(step.share),
            bar(step.attempts, s.attempts)
        );
    }
    let _ = writeln!(
        out,
        "\n**Where they stalled** (the first step never reached):\n"
    );
    for stall in &s.stalled {
        let at = if stall.at.is_some() {
            format!("at *{}*", stall.label)
        } else {
            "nowhere: reached all five steps".to_owned()
        };
        let _ = writeln!(
            out,
            "- {at}: {} attempt{} ({})",
            stall.attempts,
            plural(stall.attempts),
            percent(stall.share)
        );
    }
    out.push('\n');
}

fn flags(out: &mut String, title: &str, tallies: &[FlagTally], attempts: usize) {
    let _ = writeln!(out, "### {title}\n");
    if tallies.is_empty() {
        let _ = writeln!(out, "None.\n");
        return;
    }
    for (i, flag) in tallies.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}**: {} of {attempts} attempts ({}){}",
            i + 1,
            text(&shorten(&flag.label, 80)),
            flag.attempts,
            percent(flag.share),
            if flag.times > flag.attempts {
                format!(", {} times in all", flag.times)
            } else {
                String::new()
            }
        );
        if !flag.said.is_empty() {
            let _ = writeln!(out, "   - Said: \"{}\"", text(&shorten(&flag.said, 200)));
        }
        if !flag.note.is_empty() {
            let _ = writeln!(
                out,
                "   - Coach's note: {}",
                text(&shorten(&flag.note, 400))
            );
        }
    }
    out.push('\n');
}

fn airtime(out: &mut String, s: &ScenarioReport) {
    let a = &s.airtime;
    let _ = writeln!(out, "### Airtime\n");
    if a.counted == 0 {
        let _ = writeln!(out, "Nothing was said.\n");
        return;
    }
    let _ = writeln!(
        out,
        "| | Questions | Listening | Talking |\n|---|---:|---:|---:|"
    );
    let row = |shares: &[f64; 3]| {
        shares
            .iter()
            .map(|x| percent(*x))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let _ = writeln!(out, "| The room (mean) | {} |", row(&a.shares));
    let _ = writeln!(out, "| Rule of thumb | {} |", row(&a.target));
    let _ = writeln!(
        out,
        "\n{} of {} attempt{} listened at least 70% of the time.\n",
        a.listened_enough,
        a.counted,
        plural(a.counted)
    );
}

fn assessment(out: &mut String, s: &ScenarioReport) {
    let a = &s.assessment;
    let _ = writeln!(out, "### Sizing up the person\n");
    match a.share_correct {
        Some(share) => {
            let _ = write!(
                out,
                "{} of {} assessment{} {} right ({}); {} {} one category off.",
                a.correct,
                a.assessed,
                plural(a.assessed),
                if a.correct == 1 { "was" } else { "were" },
                percent(share),
                a.one_off,
                if a.one_off == 1 { "was" } else { "were" },
            );
        }
        None => {
            let _ = write!(out, "No attempt was assessed.");
        }
    }
    if a.not_assessed > 0 && a.assessed > 0 {
        let _ = write!(
            out,
            " {} attempt{} had no assessment to judge.",
            a.not_assessed,
            plural(a.not_assessed)
        );
    }
    out.push_str("\n\n");
}

fn rounds(out: &mut String, s: &ScenarioReport) {
    let r = &s.rounds;
    let _ = writeln!(out, "### First attempts and later ones\n");
    let first = r.first_mean.map_or("–".to_owned(), whole);
    let _ = write!(
        out,
        "First attempts averaged **{first}** ({} trainee{}).",
        r.first_attempts,
        plural(r.first_attempts)
    );
    match r.later_mean {
        Some(later) => {
            let _ = writeln!(
                out,
                " Later attempts averaged **{}** ({} attempt{}). {} of the {} trainee{} who tried \
                 again did better on average.\n",
                whole(later),
                r.later_attempts,
                plural(r.later_attempts),
                r.improved,
                r.tried_again,
                plural(r.tried_again),
            );
        }
        None => {
            let _ = writeln!(out, " Nobody has tried it a second time yet.\n");
        }
    }
    let _ = writeln!(
        out,
        "| Trainee | First | Later (mean) | Later attempts |\n|---|---:|---:|---:|"
    );
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
