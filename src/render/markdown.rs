//! Renders a transcript and its Report as Markdown, for the terminal and for export, in English
//! or another language.

use std::fmt::Write;

use super::debrief;
use super::labels::{move_label, outcome_label, step_label};
use crate::i18n::{Language, text, text_with};
use crate::runtime::{Entry, Transcript};
use crate::score::Report;

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
