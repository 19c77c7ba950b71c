//! Whole-graph checks: reachability, endings, steps, and states that leave nothing on offer.

use std::collections::{BTreeMap, HashMap};

use super::Checker;
use crate::scenario::links::{
    is_mistake, leads_to_confirmation, reachable_from, step_can_be_reached,
};
use crate::scenario::locate::SourcePath;
use crate::scenario::model::{Condition, Step, Value};

/// Enumerating variable states to find dead ends stops past this many combinations.
const MAX_STATES: usize = 4_096;

impl Checker<'_> {
    /// Whole-graph checks. Missing targets are skipped (they are reported already); with no
    /// valid start, reachability is unknown and every node is treated as reachable.
    pub(super) fn graph(&mut self) {
        let s = self.scenario;
        let known_start = s.start_node();
        let reachable = match known_start {
            Some(start) => reachable_from(s, start),
            None => s.nodes.keys().collect(),
        };
        let start = known_start.unwrap_or_default();
        for (id, node) in s.nodes.iter() {
            if !reachable.contains(id) {
                self.warning(
                    SourcePath::node(id),
                    format!("node '{id}' can never be reached from '{start}'"),
                );
                continue;
            }
            let at = || SourcePath::node(id);
            for (i, option) in node.options.iter().enumerate() {
                if is_mistake(s, option) && leads_to_confirmation(s, option) {
                    self.warning(
                        at().field("options").index(i).field("step"),
                        format!(
                            "option {} at node '{id}' is flagged as a mistake, so it never reaches step '{}', though the node it leads to confirms it; take the step off the option, or the confirmation off its target",
                            i + 1,
                            option.step.label()
                        ),
                    );
                }
            }
            // Only when every option has a condition can some state leave none on offer.
            if !node.options.is_empty() && node.options.iter().all(|o| !o.when.is_empty()) {
                let sets: Vec<&[Condition]> =
                    node.options.iter().map(|o| o.when.as_slice()).collect();
                if let Some(state) = uncovered_state(&sets) {
                    self.warning(
                        at().field("options"),
                        format!("node '{id}' offers no option when {state}"),
                    );
                }
            }
            let lists = std::iter::once((node.next.as_slice(), BranchList::Next)).chain(
                node.options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (o.branch.as_slice(), BranchList::Option(i))),
            );
            for (branches, where_) in lists {
                let open: Vec<&[Condition]> = branches
                    .iter()
                    .filter(|b| b.weight > 0)
                    .map(|b| b.when.as_slice())
                    .collect();
                if open.is_empty() || open.iter().any(|w| w.is_empty()) {
                    continue;
                }
                if let Some(state) = uncovered_state(&open) {
                    self.warning(
                        where_.resolve(&at()),
                        format!("no branch can be taken when {state}"),
                    );
                }
            }
        }
        if !s
            .nodes
            .iter()
            .any(|(id, n)| n.end.is_some() && reachable.contains(id))
            && !s.nodes.is_empty()
        {
            self.error(
                SourcePath::root().field("nodes"),
                "no ending can be reached",
            );
        }
        for step in Step::FIVE {
            if !step_can_be_reached(s, &reachable, step) {
                self.warning(
                    SourcePath::root().field("nodes"),
                    format!(
                        "step '{}' can never be reached: no option working on {step:?} leads to a node that lists it in `reached`",
                        step.label()
                    ),
                );
            }
        }
    }
}

/// Which of a node's branch lists to check, and where they are.
enum BranchList {
    Next,
    Option(usize),
}

impl BranchList {
    fn resolve(&self, node: &SourcePath) -> SourcePath {
        match self {
            BranchList::Next => node.field("next"),
            BranchList::Option(i) => node.field("options").index(*i).field("branch"),
        }
    }
}

/// A state of the tested variables under which no condition set holds, described for a
/// warning, or None if every state is covered (or there are too many to enumerate).
fn uncovered_state(sets: &[&[Condition]]) -> Option<String> {
    if sets.iter().any(|s| s.is_empty()) {
        return None;
    }
    // Representative values: around each constant compared against, per variable or node.
    let mut candidates: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for condition in sets.iter().flat_map(|s| s.iter()) {
        let (key, values) = match condition {
            // Saturating: at the ends of the range there is nothing further to try.
            Condition::Is(v, n) | Condition::IsNot(v, n) => (
                v.clone(),
                vec![n.saturating_sub(1), *n, n.saturating_add(1)],
            ),
            Condition::AtLeast(v, n) => (v.clone(), vec![n.saturating_sub(1), *n]),
            Condition::AtMost(v, n) => (v.clone(), vec![*n, n.saturating_add(1)]),
            Condition::Visited(node) | Condition::NotVisited(node) => {
                (format!("@{node}"), vec![0, 1])
            }
        };
        let entry = candidates.entry(key).or_default();
        entry.extend(values);
        entry.sort_unstable();
        entry.dedup();
    }
    let keys: Vec<&String> = candidates.keys().collect();
    let total = candidates
        .values()
        .try_fold(1usize, |acc, v| acc.checked_mul(v.len()))
        .filter(|n| *n <= MAX_STATES)?;
    let mut state: HashMap<&str, Value> = HashMap::new();
    for mut n in 0..total {
        for key in &keys {
            let values = &candidates[*key];
            state.insert(key.as_str(), values[n % values.len()]);
            n /= values.len();
        }
        let covered = sets.iter().any(|set| {
            set.iter().all(|c| match c {
                Condition::Visited(node) | Condition::NotVisited(node) => {
                    c.holds(0, state.get(format!("@{node}").as_str()) == Some(&1))
                }
                _ => c.holds(
                    c.var().and_then(|v| state.get(v)).copied().unwrap_or(0),
                    false,
                ),
            })
        });
        if !covered {
            let described: Vec<String> = keys
                .iter()
                .map(|k| match k.strip_prefix('@') {
                    Some(node) if state[k.as_str()] == 1 => format!("'{node}' was visited"),
                    Some(node) => format!("'{node}' was not visited"),
                    None => format!("{k} = {}", state[k.as_str()]),
                })
                .collect();
            return Some(described.join(" and "));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covering_conditions_leave_no_gap() {
        let low = [Condition::AtMost("trust".into(), 1)];
        let high = [Condition::AtLeast("trust".into(), 2)];
        assert_eq!(uncovered_state(&[&low, &high]), None);
        let only_high = [Condition::AtLeast("trust".into(), 3)];
        assert_eq!(
            uncovered_state(&[&low, &only_high]).as_deref(),
            Some("trust = 2")
        );
    }
}
