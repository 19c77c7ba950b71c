//! Findings that need the paths played: where a conversation gets stuck, and nodes and steps
//! that links lead to but no path reaches. Balance findings are in `balance.rs`.

use std::collections::BTreeMap;

use super::prospects::Prospects;
use super::record::Record;
use super::{Finding, FindingKind, balance, random, static_reachable, statically_possible};
use crate::runtime::{NodeSet, Program};
use crate::scenario::model::{Scenario, Step};
use crate::words::plural;

#[allow(clippy::too_many_arguments)]
pub(super) fn findings(
    scenario: &Scenario,
    program: &Program,
    record: &Record,
    seen: &NodeSet,
    played: &random::Played,
    is_exact: bool,
    prospects: &Prospects,
) -> Vec<Finding> {
    let mut out = balance::decision_points(scenario, prospects);
    out.extend(balance::missing_notes(scenario));
    let mut stuck: BTreeMap<usize, (usize, &[u64])> = BTreeMap::new();
    for (&node, &states) in &record.stuck {
        stuck.entry(node).or_default().0 = states;
    }
    for (&node, seeds) in &played.stuck_at {
        stuck.entry(node).or_default().1 = seeds;
    }
    for (node, (states, seeds)) in stuck {
        let id = program.node_id(node).to_owned();
        let mut how = Vec::new();
        if states > 0 {
            how.push("the search found a way there".to_owned());
        }
        if let [first, ..] = seeds {
            let listed: Vec<String> = seeds.iter().take(5).map(ToString::to_string).collect();
            let more = if seeds.len() > 5 { ", ..." } else { "" };
            how.push(format!(
                "{} random run{} got stuck there, seed{} {}{more}",
                seeds.len(),
                plural(seeds.len()),
                plural(seeds.len()),
                listed.join(", ")
            ));
            how.push(format!(
                "`doorstep run --random --seed {first}` replays one"
            ));
        }
        let how = how.join("; ");
        out.push(Finding {
            kind: FindingKind::Stuck,
            node: Some(id.clone()),
            option: None,
            message: format!(
                "the conversation can get stuck at node '{id}': no option or branch is open ({how})"
            ),
            position: None,
        });
    }
    if is_exact {
        let reachable = static_reachable(scenario);
        for i in 0..program.node_count() {
            let id = program.node_id(i);
            if reachable.contains(id) && !seen.contains(i) {
                out.push(Finding {
                    kind: FindingKind::NodeNeverReached,
                    node: Some(id.to_owned()),
                    option: None,
                    message: format!(
                        "node '{id}' is never reached: links lead to it, but their conditions never hold on any path"
                    ),
                    position: None,
                });
            }
        }
        for (i, step) in Step::FIVE.into_iter().enumerate() {
            if record.steps & (1 << i) == 0 && statically_possible(scenario, step) {
                out.push(Finding {
                    kind: FindingKind::StepNeverReached,
                    node: None,
                    option: None,
                    message: format!(
                        "step '{}' is never reached on any path: the options working on it are never offered where a node confirms it",
                        step.label()
                    ),
                    position: None,
                });
            }
        }
    }
    out
}
