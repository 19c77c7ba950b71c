//! Renders a transcript and its Report as Markdown, for the terminal and for export.

use std::fmt::Write;

use crate::runtime::{Entry, Transcript};
use crate::scenario::model::Step;
use crate::score::observed::{PairsRound, how_counted};
use crate::score::{Report, TARGET, shown};
use crate::words::percent;

/// Text for a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The conversation as a readable script.
pub fn transcript(transcript: &Transcript, person: &str, player: &str) -> String {
    let mut out = String::new();
    if !transcript.carried.is_empty() {
        let carried: Vec<String> = transcript
            .carried
            .iter()
            .map(|(name, value)| format!("{name} = {value}"))
            .collect();
        let _ = writeln!(
            out,
            "_Carried over from the first conversation: {}._\n",
            carried.join(", ")
        );
    }
    for entry in &transcript.entries {
        let _ = match entry {
            Entry::Person(line) if line.narration => writeln!(out, "_{}_\n", line.text),
            Entry::Person(line) => writeln!(out, "**{person}:** {}\n", line.text),
            Entry::Choice(c) => match &c.typed {
                Some(typed) => writeln!(
                    out,
                    "**{player}** ({}): {typed}\n_(taken as: {})_\n",
                    c.move_said().label(),
                    c.text
                ),
                None => writeln!(out, "**{player}** ({}): {}\n", c.kind.label(), c.text),
            },
            Entry::Reached { step, .. } => writeln!(out, "> ✓ Step reached: {}\n", step.label()),
        };
    }
    if let Some(ending) = &transcript.ending {
        let outcome = ending.outcome.map_or("no outcome", |o| o.label());
        let _ = writeln!(out, "**Ending:** {outcome}. {}", ending.summary);
    }
    out
}

/// The debrief: score, parts with formulas, airtime, steps, behaviours and every turn.
pub fn report(report: &Report) -> String {
    let mut out = String::new();
    let practice = if report.practice {
        " (practice run: rewound)"
    } else {
        ""
    };
    let _ = writeln!(out, "# Debrief: {}{practice}\n", report.title);
    let _ = writeln!(out, "**Overall: {} / 100**\n", shown(report.overall));
    let _ = writeln!(out, "| Part | Score | Weight | How |\n|---|---:|---:|---|");
    for part in &report.parts {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            part.name,
            shown(part.score),
            shown(part.weight),
            cell(&part.formula)
        );
    }
    let a = &report.airtime;
    let _ = writeln!(
        out,
        "\n## Airtime\n\nQuestions {} · Listening {} · Talking {} (target 20 · 70 · 10)\n",
        percent(a.questions),
        percent(a.listening),
        percent(a.talking)
    );
    let t = &report.talk;
    let _ = writeln!(
        out,
        "- Longest stretch of you talking: {:.0} s{}",
        t.longest_monologue_seconds,
        t.longest_monologue_turn
            .map(|n| format!(" (from turn {n})"))
            .unwrap_or_default()
    );
    let _ = writeln!(
        out,
        "- Questions: {} ({} open{})",
        t.questions,
        t.open_questions,
        t.open_share
            .map(|s| format!(", {}", percent(s)))
            .unwrap_or_default()
    );
    let _ = writeln!(
        out,
        "- Reflections per question: {}",
        t.reflection_to_question
            .map_or("no questions asked".to_owned(), |r| format!(
                "{r:.2} (1.0 fair, 2.0 good)"
            ))
    );
    let _ = writeln!(out, "\n## The five steps\n");
    for step in Step::FIVE {
        match report.steps.reached.iter().find(|m| m.step == step) {
            Some(mark) => writeln!(out, "- ✓ {} (turn {})", step.label(), mark.turn),
            None => writeln!(out, "- ✗ {}", step.label()),
        }
        .ok();
    }
    for v in &report.steps.violations {
        let when = v.turn.map(|t| format!("turn {t}: ")).unwrap_or_default();
        let _ = writeln!(out, "- ⚠ {when}{}", v.message);
    }
    for (title, hits) in [
        ("Mistakes", &report.mistakes),
        ("Good moves", &report.good_moves),
    ] {
        let _ = writeln!(out, "\n## {title} ({})\n", hits.len());
        for hit in hits {
            let _ = writeln!(
                out,
                "- Turn {}: **{}**: {}",
                hit.turn, hit.label, hit.description
            );
        }
    }
    let outcome = report.outcome.map_or("none", |o| o.label());
    let _ = writeln!(out, "\n## Outcome: {outcome}\n");
    if let Some(summary) = report.ending.as_deref().filter(|s| !s.is_empty()) {
        let _ = writeln!(out, "{summary}\n");
    }
    let asmt = &report.assessment;
    match (asmt.given, asmt.truth) {
        (Some(given), Some(truth)) => writeln!(
            out,
            "Your assessment: {}. The person was: {}.",
            given.label(),
            truth.label()
        ),
        (None, _) => writeln!(out, "No assessment given."),
        (Some(given), None) => writeln!(out, "Your assessment: {}.", given.label()),
    }
    .ok();
    if let Some(why) = &asmt.why {
        let _ = writeln!(out, "How this ending changed that: {why}");
    }
    if !report.never_learned.is_empty() {
        let _ = writeln!(out, "\n## What you never learned\n");
        for fact in &report.never_learned {
            let _ = writeln!(out, "- {}", fact.text);
        }
    }
    let _ = writeln!(out, "\n## Turn by turn\n");
    for turn in &report.turns {
        let flags = if turn.flags.is_empty() {
            String::new()
        } else {
            format!(" [{}]", turn.flags.join(", "))
        };
        match (&turn.typed, turn.heard) {
            (Some(typed), Some(heard)) => {
                let mixed = match heard.with.filter(|_| heard.mixed) {
                    Some(with) => format!(", mixed with {}", with.label()),
                    None => String::new(),
                };
                let _ = writeln!(
                    out,
                    "{}. You said: \"{typed}\"\n   Taken as: \"{}\" ({}){flags}\n   Heard as: {} ({} sure{mixed})",
                    turn.turn,
                    turn.said,
                    turn.kind.label(),
                    heard.kind.label(),
                    percent(heard.confidence),
                );
            }
            _ => {
                let _ = writeln!(
                    out,
                    "{}. \"{}\" ({}){flags}",
                    turn.turn,
                    turn.said,
                    turn.kind.label()
                );
            }
        }
        if !turn.note.is_empty() {
            let _ = writeln!(out, "   Coach: {}", turn.note);
        }
        if let Some(better) = &turn.better {
            let _ = writeln!(out, "   Better: \"{}\" {}", better.text, better.note);
        }
    }
    out
}

/// A round of pairs practice: who played whom, the airtime split and how it was counted, and
/// the steps the observer ticked. `when` is the date and time to show.
pub fn pairs(round: &PairsRound, when: &str) -> String {
    let mut out = String::new();
    let seen = &round.observation;
    let _ = writeln!(
        out,
        "# Pairs practice: {}, round {}\n\n{when}. {}\n",
        round.title,
        round.round,
        round.roles()
    );
    let [q, l, t] = seen.airtime();
    let _ = writeln!(
        out,
        "## Airtime\n\nQuestions {} · Listening {} · Talking {} (target {} · {} · {})\n",
        percent(q),
        percent(l),
        percent(t),
        percent(TARGET[0]),
        percent(TARGET[1]),
        percent(TARGET[2])
    );
    let _ = writeln!(
        out,
        "{}",
        how_counted(seen).unwrap_or_else(|| "Nothing was marked.".to_owned())
    );
    let _ = writeln!(out, "\n## The five steps\n");
    for step in Step::FIVE {
        match seen.steps.iter().find(|(s, _)| *s == step) {
            Some((_, at)) => writeln!(out, "- ✓ {} (after {at} marks)", step.label()),
            None => writeln!(out, "- ✗ {}", step.label()),
        }
        .ok();
    }
    for (step, _) in seen.out_of_order() {
        let _ = writeln!(
            out,
            "- ⚠ {}: ticked before the steps that come first",
            step.label()
        );
    }
    out
}
