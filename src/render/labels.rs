//! The fixed words of the method in the reader's language: moves, steps, outcomes,
//! assessments, the built-in flags and the parts of the score.

use crate::i18n::{Arg, Language, text, text_with};
use crate::scenario::flags;
use crate::scenario::model::{Assessment, Move, Outcome, Step};
use crate::score::rules::{self, ViolationKind};
use crate::score::{FlagHit, Part, Report};

/// A Fluent id from an English label: "walked away" → "walked-away".
fn slug(label: &str) -> String {
    label
        .chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            ' ' | '-' | '_' => Some('-'),
            _ => None,
        })
        .collect()
}

pub fn move_label(language: Language, kind: Move) -> String {
    text(language, &format!("move-{}", slug(kind.label())))
}

pub fn step_label(language: Language, step: Step) -> String {
    text(language, &format!("step-{}", slug(&format!("{step:?}"))))
}

pub fn outcome_label(language: Language, outcome: Outcome) -> String {
    text(language, &format!("outcome-{}", slug(outcome.label())))
}

pub fn assessment_label(language: Language, assessment: Assessment) -> String {
    text(language, &format!("assess-{}", slug(assessment.label())))
}

/// A violation of the steps' order, or a step never done.
pub fn violation(language: Language, kind: ViolationKind) -> String {
    text(
        language,
        &format!("violation-{}", slug(&format!("{kind:?}"))),
    )
}

/// A flag's label and description: a built-in flag in the reader's language, a scenario's own
/// flag as its author wrote it.
pub fn flag(language: Language, hit: &FlagHit) -> (String, String) {
    if language == Language::En || !flags::is_built_in(&hit.flag) {
        return (hit.label.clone(), hit.description.clone());
    }
    (
        text(language, &format!("flag-{}", hit.flag)),
        text(language, &format!("flag-{}-about", hit.flag)),
    )
}

/// A flag's label by its id: a built-in flag in the reader's language, else `label` as saved.
pub fn flag_label(language: Language, id: &str, label: &str) -> String {
    if language == Language::En || !flags::is_built_in(id) {
        label.to_owned()
    } else {
        text(language, &format!("flag-{id}"))
    }
}

/// A list of flag ids as the reader reads them.
pub fn flag_names(language: Language, ids: &[String]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            if language == Language::En || !flags::is_built_in(id) {
                id.clone()
            } else {
                text(language, &format!("flag-{id}"))
            }
        })
        .collect()
}

/// A part's name and its formula. English keeps the score module's own words; another language
/// fills the same formula in from the report's numbers.
pub fn part(language: Language, part: &Part, report: &Report) -> (String, String) {
    if language == Language::En {
        return (part.name.clone(), part.formula.clone());
    }
    let id = slug(&part.name);
    let name = text(language, &format!("part-{id}"));
    let two = |x: f64| format!("{x:.2}");
    let formula = match id.as_str() {
        "airtime" => {
            let (f, n, a) = (
                &report.airtime.factors,
                &report.airtime.turns,
                &report.airtime,
            );
            let args: Vec<(&str, Arg)> = vec![
                ("listening", two(f.listening).into()),
                ("telling", two(f.telling).into()),
                ("asking", two(f.asking).into()),
                ("reflecting", two(f.reflecting).into()),
                ("listenShare", format!("{:.0}", a.listening * 100.0).into()),
                ("tellShare", format!("{:.0}", a.talking * 100.0).into()),
                ("asked", ((n.questions + n.listening) as usize).into()),
                (
                    "turns",
                    ((n.questions + n.listening + n.telling) as usize).into(),
                ),
                ("reflections", (n.reflections as usize).into()),
                ("questions", (n.questions as usize).into()),
            ];
            text_with(language, "formula-airtime", &args)
        }
        "five-steps" => {
            let out_of_order = report
                .steps
                .violations
                .iter()
                .filter(|v| v.kind.is_order())
                .count();
            text_with(
                language,
                "formula-steps",
                &[
                    ("points", rules::POINTS_PER_STEP.into()),
                    ("reached", report.steps.reached.len().into()),
                    ("penalty", rules::ORDER_PENALTY.into()),
                    ("outOfOrder", out_of_order.into()),
                ],
            )
        }
        "behaviour" => {
            let good: usize = report.turns.iter().map(|t| t.good_moves).sum();
            let mistakes: usize = report.turns.iter().map(|t| t.mistakes).sum();
            text_with(
                language,
                "formula-behaviour",
                &[
                    ("good", good.into()),
                    ("weight", rules::MISTAKE_WEIGHT.into()),
                    ("mistakes", mistakes.into()),
                ],
            )
        }
        "outcome" => {
            let outcome = report.outcome.map_or_else(
                || text(language, "outcome-none"),
                |o| outcome_label(language, o),
            );
            text_with(language, "formula-outcome", &[("outcome", outcome.into())])
        }
        "assessment" => {
            let asmt = &report.assessment;
            let label = |a: Option<Assessment>| {
                a.map_or_else(
                    || text(language, "assess-unknown"),
                    |a| assessment_label(language, a),
                )
            };
            text_with(
                language,
                "formula-assessment",
                &[
                    ("given", label(asmt.given).into()),
                    ("truth", label(asmt.truth).into()),
                ],
            )
        }
        _ => part.formula.clone(),
    };
    (name, formula)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_fluent_ids() {
        assert_eq!(slug("walked away"), "walked-away");
        assert_eq!(slug("Five steps"), "five-steps");
        assert_eq!(slug("VisionBeforeStory"), "visionbeforestory");
    }
}
