//! Renders a transcript and its Report as Markdown, for the terminal and for export, in English
//! or another language.

use std::fmt::Write;

use super::debrief;
use super::labels::{move_label, outcome_label, step_label};
use crate::i18n::{Language, text, text_with};
use crate::runtime::{Entry, Transcript};
use crate::scenario::model::Step;
use crate::score::observed::{PairsRound, how_counted};
use crate::score::{Report, TARGET};
use crate::words::percent;

/// The conversation as a readable script, in English.
pub fn transcript(transcript: &Transcript, person: &str, player: &str) -> String {
    transcript_in(transcript, person, player, Language::En)
}

/// The conversation as a readable script, its labels in `language`.
pub fn transcript_in(
    transcript: &Transcript,
    person: &str,
    player: &str,
    language: Language,
) -> String {
    let l = language;
    let mut out = String::new();
    if !transcript.carried.is_empty() {
        let carried: Vec<String> = transcript
            .carried
            .iter()
            .map(|(name, value)| format!("{name} = {value}"))
            .collect();
        let carried = text_with(
            l,
            "transcript-carried",
            &[("values", carried.join(", ").into())],
        );
        let _ = writeln!(out, "_{carried}._\n");
    }
    for entry in &transcript.entries {
        let _ = match entry {
            Entry::Person(line) if line.narration => writeln!(out, "_{}_\n", line.text),
            Entry::Person(line) => writeln!(out, "**{person}:** {}\n", line.text),
            Entry::Choice(c) => match &c.typed {
                Some(typed) => writeln!(
                    out,
                    "**{player}** ({}): {typed}\n_({}: {})_\n",
                    move_label(l, c.move_said()),
                    text(l, "taken-as-lower"),
                    c.text
                ),
                None => writeln!(
                    out,
                    "**{player}** ({}): {}\n",
                    move_label(l, c.kind),
                    c.text
                ),
            },
            Entry::Reached { step, .. } => writeln!(
                out,
                "> ✓ {}\n",
                text_with(
                    l,
                    "transcript-step",
                    &[("step", step_label(l, *step).into())]
                )
            ),
        };
    }
    if let Some(ending) = &transcript.ending {
        let outcome = ending
            .outcome
            .map_or_else(|| text(l, "outcome-no-outcome"), |o| outcome_label(l, o));
        let _ = writeln!(
            out,
            "**{}:** {outcome}. {}",
            text(l, "transcript-ending"),
            ending.summary
        );
    }
    out
}

/// The debrief in English: score, parts with formulas, airtime, steps, behaviours and every turn.
pub fn report(report: &Report) -> String {
    debrief::report(report, Language::En)
}

/// The debrief in `language`.
pub fn report_in(report: &Report, language: Language) -> String {
    debrief::report(report, language)
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
