//! From the static graph, ignoring conditions: which nodes lead to which, and the best and
//! worst outcome still possible from each node.

use crate::runtime::NodeSet;
use crate::scenario::links::successors;
use crate::scenario::model::{Outcome, Scenario};
use crate::score::rules::outcome_score;

/// Best and worst outcome reachable from each node, from the static graph.
pub(crate) struct Prospects {
    pub outcomes: Vec<(Option<Outcome>, Option<Outcome>)>,
}

/// Nodes with a way (ignoring conditions) to each node: `incoming[n]` lists n's predecessors.
pub(crate) fn incoming(scenario: &Scenario) -> Vec<Vec<usize>> {
    let mut incoming: Vec<Vec<usize>> = vec![Vec::new(); scenario.nodes.len()];
    for (from, (_, node)) in scenario.nodes.iter().enumerate() {
        for to in successors(node) {
            if let Some(to) = scenario.nodes.position(to) {
                incoming[to].push(from);
            }
        }
    }
    incoming
}

/// Every node from which `target` can be reached (including itself), ignoring conditions.
pub(crate) fn leading_to(incoming: &[Vec<usize>], target: usize) -> NodeSet {
    let mut set = NodeSet::with_capacity(incoming.len());
    let mut queue = vec![target];
    while let Some(at) = queue.pop() {
        if set.contains(at) {
            continue;
        }
        set.insert(at);
        queue.extend(incoming.get(at).into_iter().flatten().copied());
    }
    set
}

/// Best and worst outcome reachable from each node, from the static graph.
pub(crate) fn prospects(scenario: &Scenario) -> Prospects {
    let incoming = incoming(scenario);
    let mut outcomes = vec![(None, None); scenario.nodes.len()];
    let rank = |o: Outcome| outcome_score(Some(o));
    for (i, (_, node)) in scenario.nodes.iter().enumerate() {
        let Some(outcome) = node.end.as_ref().and_then(|e| e.outcome) else {
            continue;
        };
        let reach = leading_to(&incoming, i);
        for (n, slot) in outcomes.iter_mut().enumerate() {
            if !reach.contains(n) {
                continue;
            }
            let (best, worst): &mut (Option<Outcome>, Option<Outcome>) = slot;
            if best.is_none_or(|b| rank(outcome) > rank(b)) {
                *best = Some(outcome);
            }
            if worst.is_none_or(|w| rank(outcome) < rank(w)) {
                *worst = Some(outcome);
            }
        }
    }
    Prospects { outcomes }
}
