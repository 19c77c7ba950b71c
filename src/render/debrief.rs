//! The debrief as Markdown in the reader's language: score, parts with formulas, airtime,
//! steps, behaviours and every turn.

use std::fmt::Write;

use super::labels::{
    assessment_label, flag, flag_names, move_label, outcome_label, part, step_label, violation,
};
use crate::i18n::{Language, text, text_with};
use crate::scenario::model::Step;
use crate::score::{Report, shown};
use crate::words::percent;

/// Text for a Markdown table cell.
pub(super) fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

pub fn report(report: &Report, language: Language) -> String {
    let l = language;
    let mut out = String::new();
    let practice = if report.practice {
        format!(" ({})", text(l, "debrief-practice"))
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "# {}{practice}\n",
        text_with(l, "debrief-title", &[("title", (&report.title).into())])
    );
    let overall = text_with(
        l,
        "debrief-overall",
        &[("score", shown(report.overall).into())],
    );
    let _ = writeln!(out, "**{overall}**\n");
    let _ = writeln!(
        out,
        "{}\n|---|---:|---:|---|",
        text(l, "debrief-parts-header")
    );
    for p in &report.parts {
        let (name, formula) = part(l, p, report);
        let _ = writeln!(
            out,
            "| {name} | {} | {} | {} |",
            shown(p.score),
            shown(p.weight),
            cell(&formula)
        );
    }
    airtime(&mut out, report, l);
    let _ = writeln!(out, "\n## {}\n", text(l, "debrief-steps"));
    for step in Step::FIVE {
        match report.steps.reached.iter().find(|m| m.step == step) {
            Some(mark) => writeln!(
                out,
                "- ✓ {}",
                text_with(
                    l,
                    "debrief-step-reached",
                    &[
                        ("step", step_label(l, step).into()),
                        ("turn", mark.turn.into())
                    ]
                )
            ),
            None => writeln!(out, "- ✗ {}", step_label(l, step)),
        }
        .ok();
    }
    for v in &report.steps.violations {
        let message = violation(l, v.kind);
        let line = match v.turn {
            Some(turn) => text_with(
                l,
                "debrief-at-turn",
                &[("turn", turn.into()), ("text", message.into())],
            ),
            None => message,
        };
        let _ = writeln!(out, "- ⚠ {line}");
    }
    for (id, hits) in [
        ("debrief-mistakes", &report.mistakes),
        ("debrief-good-moves", &report.good_moves),
    ] {
        let _ = writeln!(
            out,
            "\n## {}\n",
            text_with(l, id, &[("count", hits.len().into())])
        );
        for hit in hits {
            let (label, description) = flag(l, hit);
            let turn = text_with(l, "debrief-turn", &[("turn", hit.turn.into())]);
            let _ = writeln!(out, "- {turn}: **{label}**: {description}");
        }
    }
    ending(&mut out, report, l);
    turns(&mut out, report, l);
    out
}

fn airtime(out: &mut String, report: &Report, l: Language) {
    let a = &report.airtime;
    let split = text_with(
        l,
        "debrief-airtime-split",
        &[
            ("questions", percent(a.questions).into()),
            ("listening", percent(a.listening).into()),
            ("talking", percent(a.talking).into()),
        ],
    );
    let _ = writeln!(out, "\n## {}\n\n{split}\n", text(l, "debrief-airtime"));
    let t = &report.talk;
    let from = t
        .longest_monologue_turn
        .map(|n| {
            format!(
                " ({})",
                text_with(l, "debrief-from-turn", &[("turn", n.into())])
            )
        })
        .unwrap_or_default();
    let seconds = format!("{:.0}", t.longest_monologue_seconds);
    let longest = text_with(l, "debrief-longest", &[("seconds", seconds.into())]);
    let _ = writeln!(out, "- {longest}{from}");
    let share = t
        .open_share
        .map(|s| format!(", {}", percent(s)))
        .unwrap_or_default();
    let questions = text_with(
        l,
        "debrief-questions",
        &[
            ("questions", t.questions.into()),
            ("open", t.open_questions.into()),
        ],
    );
    let _ = writeln!(out, "- {questions}{share})");
    let ratio = t.reflection_to_question.map_or_else(
        || text(l, "debrief-no-questions"),
        |r| text_with(l, "debrief-ratio", &[("ratio", format!("{r:.2}").into())]),
    );
    let _ = writeln!(
        out,
        "- {}",
        text_with(l, "debrief-reflections", &[("ratio", ratio.into())])
    );
}

fn ending(out: &mut String, report: &Report, l: Language) {
    let outcome = report
        .outcome
        .map_or_else(|| text(l, "outcome-none"), |o| outcome_label(l, o));
    let _ = writeln!(
        out,
        "\n## {}\n",
        text_with(l, "debrief-outcome", &[("outcome", outcome.into())])
    );
    if let Some(summary) = report.ending.as_deref().filter(|s| !s.is_empty()) {
        let _ = writeln!(out, "{summary}\n");
    }
    let asmt = &report.assessment;
    let line = match (asmt.given, asmt.truth) {
        (Some(given), Some(truth)) => text_with(
            l,
            "debrief-assessed",
            &[
                ("given", assessment_label(l, given).into()),
                ("truth", assessment_label(l, truth).into()),
            ],
        ),
        (None, _) => text(l, "debrief-not-assessed"),
        (Some(given), None) => text_with(
            l,
            "debrief-assessed-alone",
            &[("given", assessment_label(l, given).into())],
        ),
    };
    let _ = writeln!(out, "{line}");
    if let Some(why) = &asmt.why {
        let _ = writeln!(
            out,
            "{}",
            text_with(l, "debrief-why", &[("why", why.into())])
        );
    }
    if !report.never_learned.is_empty() {
        let _ = writeln!(out, "\n## {}\n", text(l, "debrief-never-learned"));
        for fact in &report.never_learned {
            let _ = writeln!(out, "- {}", fact.text);
        }
    }
}

fn turns(out: &mut String, report: &Report, l: Language) {
    let _ = writeln!(out, "\n## {}\n", text(l, "debrief-turn-by-turn"));
    for turn in &report.turns {
        let flags = if turn.flags.is_empty() {
            String::new()
        } else {
            format!(" [{}]", flag_names(l, &turn.flags).join(", "))
        };
        let kind = move_label(l, turn.kind);
        match (&turn.typed, turn.heard) {
            (Some(typed), Some(heard)) => {
                let mixed = match heard.with.filter(|_| heard.mixed) {
                    Some(with) => format!(
                        ", {}",
                        text_with(l, "heard-mixed", &[("move", move_label(l, with).into())])
                    ),
                    None => String::new(),
                };
                let sure = text_with(
                    l,
                    "debrief-sure",
                    &[("share", percent(heard.confidence).into())],
                );
                let _ = writeln!(
                    out,
                    "{}. {}: \"{typed}\"\n   {}: \"{}\" ({kind}){flags}\n   {}: {} ({sure}{mixed})",
                    turn.turn,
                    text(l, "debrief-you-said"),
                    text(l, "taken-as"),
                    turn.said,
                    text(l, "heard-as"),
                    move_label(l, heard.kind),
                );
            }
            _ => {
                let _ = writeln!(out, "{}. \"{}\" ({kind}){flags}", turn.turn, turn.said);
            }
        }
        if !turn.note.is_empty() {
            let _ = writeln!(out, "   {}: {}", text(l, "debrief-coach"), turn.note);
        }
        if let Some(better) = &turn.better {
            let _ = writeln!(
                out,
                "   {}: \"{}\" {}",
                text(l, "debrief-better"),
                better.text,
                better.note
            );
        }
    }
}
