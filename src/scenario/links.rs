//! The scenario's links as a graph, ignoring conditions: where each node leads, what the start
//! reaches, and whether a step can ever be confirmed.

use std::collections::VecDeque;

use foldhash::{HashSet, HashSetExt};

use super::flags;
use super::model::{Choice, FlagKind, Node, Scenario, Step};

/// Every node that some sequence of choices and branches reaches, ignoring conditions.
pub fn reachable_from<'a>(scenario: &'a Scenario, start: &str) -> HashSet<&'a str> {
    let mut seen: HashSet<&'a str> = HashSet::with_capacity(scenario.nodes.len());
    let Some(start) = scenario.nodes.keys().find(|k| *k == start) else {
        return seen;
    };
    let mut queue = VecDeque::from([start]);
    while let Some(id) = queue.pop_front() {
        if !seen.insert(id) {
            continue;
        }
        if let Some(node) = scenario.nodes.get(id) {
            for target in successors(node) {
                if let Some((known, _)) = scenario
                    .nodes
                    .position(target)
                    .and_then(|i| scenario.nodes.at(i))
                    && !seen.contains(known)
                {
                    queue.push_back(known);
                }
            }
        }
    }
    seen
}

/// Every node a node can lead to directly.
pub fn successors(node: &Node) -> impl Iterator<Item = &str> {
    let from_options = node
        .options
        .iter()
        .chain(node.otherwise.as_deref())
        .flat_map(|o| {
            o.goto
                .iter()
                .map(String::as_str)
                .chain(o.branch.iter().map(|b| b.goto.as_str()))
        });
    from_options.chain(node.next.iter().map(|b| b.goto.as_str()))
}

/// Whether some option at a node the start reaches can confirm the step.
pub fn step_can_be_reached(scenario: &Scenario, reachable: &HashSet<&str>, step: Step) -> bool {
    scenario
        .nodes
        .iter()
        .filter(|(id, _)| reachable.contains(*id))
        .flat_map(|(_, node)| node.options.iter())
        .any(|o| o.step == step && !is_mistake(scenario, o) && leads_to_confirmation(scenario, o))
}

/// Whether one of the option's targets, or the automatic `next` chain after it, lists the
/// option's step in `reached` (whether it can count is another matter: a mistake never does).
pub fn leads_to_confirmation(scenario: &Scenario, option: &Choice) -> bool {
    option.step.index().is_some()
        && option
            .goto
            .iter()
            .chain(option.branch.iter().map(|b| &b.goto))
            .any(|t| marks_step_along_next(scenario, t, option.step))
}

/// Whether an option carries a flag that names a mistake.
pub fn is_mistake(scenario: &Scenario, option: &Choice) -> bool {
    option
        .flags
        .iter()
        .any(|f| flags::lookup(scenario, f).is_some_and(|i| i.kind == FlagKind::Mistake))
}

/// Whether a node, or a node its automatic `next` chain passes through, marks a step.
fn marks_step_along_next(scenario: &Scenario, start: &str, step: Step) -> bool {
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([start]);
    while let Some(id) = queue.pop_front() {
        if !seen.insert(id) {
            continue;
        }
        let Some(node) = scenario.nodes.get(id) else {
            continue;
        };
        if node.reached.contains(&step) {
            return true;
        }
        if node.options.is_empty() && node.end.is_none() {
            queue.extend(node.next.iter().map(|b| b.goto.as_str()));
        }
    }
    false
}
