//! Balance findings: decision points where every option is good or every option is poor, and
//! options without a coach's note.
//!
//! The rule (docs/tools.md): an option is *poor* when it carries a mistake flag, or when every
//! ending it can lead to (following links, ignoring conditions) is `Declined` or `WalkedAway`.
//! It is *good* when it carries a good flag and is not poor. A node with two or more options is
//! unbalanced when all its options are good (nothing to get wrong, so nothing to practise) or
//! all are poor (no way to do well).

use super::prospects::Prospects;
use super::{Finding, FindingKind};
use crate::scenario::flags;
use crate::scenario::model::{Choice, FlagKind, Outcome, Scenario};
use crate::score::rules::outcome_score;
use crate::words::excerpt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Merit {
    Good,
    Poor,
    Plain,
}

fn merit(scenario: &Scenario, option: &Choice, prospects: &Prospects) -> Merit {
    let kinds: Vec<FlagKind> = option
        .flags
        .iter()
        .filter_map(|f| flags::lookup(scenario, f).map(|i| i.kind))
        .collect();
    let targets = option
        .goto
        .iter()
        .chain(option.branch.iter().map(|b| &b.goto));
    let best_outcome = targets
        .filter_map(|t| scenario.nodes.position(t))
        .filter_map(|i| prospects.outcomes.get(i).and_then(|o| o.0))
        .max_by(|a, b| rank(*a).total_cmp(&rank(*b)));
    let closes_the_door =
        best_outcome.is_some_and(|o| matches!(o, Outcome::Declined | Outcome::WalkedAway));
    if kinds.contains(&FlagKind::Mistake) || closes_the_door {
        Merit::Poor
    } else if kinds.contains(&FlagKind::Good) {
        Merit::Good
    } else {
        Merit::Plain
    }
}

fn rank(outcome: Outcome) -> f64 {
    outcome_score(Some(outcome))
}

/// Nodes whose options are all good or all poor.
pub(super) fn decision_points(scenario: &Scenario, prospects: &Prospects) -> Vec<Finding> {
    let mut out = Vec::new();
    for (id, node) in scenario.nodes.iter() {
        if node.options.len() < 2 {
            continue;
        }
        let merits: Vec<Merit> = node
            .options
            .iter()
            .map(|o| merit(scenario, o, prospects))
            .collect();
        let (kind, message) = if merits.iter().all(|m| *m == Merit::Good) {
            (
                FindingKind::EveryOptionGood,
                format!(
                    "node '{id}': every option is flagged good, so the trainee cannot go wrong here; add a tempting mistake"
                ),
            )
        } else if merits.iter().all(|m| *m == Merit::Poor) {
            (
                FindingKind::EveryOptionPoor,
                format!(
                    "node '{id}': every option is poor (a mistake flag, or only declined or walked-away endings ahead); give the trainee one way to do well"
                ),
            )
        } else {
            continue;
        };
        out.push(Finding {
            kind,
            node: Some(id.to_owned()),
            option: None,
            message,
            position: None,
        });
    }
    out
}

/// Options whose `note` is empty: the debrief has nothing to say about them.
pub(super) fn missing_notes(scenario: &Scenario) -> Vec<Finding> {
    let mut out = Vec::new();
    for (id, node) in scenario.nodes.iter() {
        for (i, option) in node.options.iter().enumerate() {
            if option.note.trim().is_empty() {
                out.push(Finding {
                    kind: FindingKind::NoNote,
                    node: Some(id.to_owned()),
                    option: Some(i),
                    message: format!(
                        "option {} at node '{id}' (\"{}\") has no `note`, so the debrief cannot say why it was good or poor",
                        i + 1,
                        excerpt(&option.text)
                    ),
                    position: None,
                });
            }
        }
    }
    out
}
