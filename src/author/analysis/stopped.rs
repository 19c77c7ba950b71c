//! Why the exact search stopped short: a loop the conversation can go round for ever (and what
//! changes each time round), a path longer than the search follows, or only the work budget.

use std::collections::{HashMap, HashSet, VecDeque};

use super::exact::{LongPath, MAX_TURNS};
use super::report::{Growth, Stopped};
use crate::runtime::{Chance, Landing, Program, State, Walk};
use crate::scenario::links::successors;
use crate::scenario::model::{Scenario, Value};

/// A situation without the score so far: where the conversation is and what it knows.
type Situation = State<()>;

/// When the exact search ran out of work before any path reached the turn cap, the cause may
/// still be a loop (the search went wide before it went deep). This looks for one directly,
/// among situations without the score so far, which are far fewer: a situation the
/// conversation can come back to, or a path that reaches the turn cap. Each situation is
/// explored once, within `budget` node entries.
pub(crate) fn find_loop(program: &Program, mut budget: usize) -> Option<LongPath> {
    let mut out = Vec::new();
    let mut walk = Walk {
        chance: Chance::Every,
        trace: &mut (),
        seen: None,
        budget: &mut budget,
    };
    program.open::<(), ()>(&mut walk, &mut out);
    let mut probe = Probe {
        program,
        path: Vec::new(),
        on_path: HashSet::new(),
        done: HashSet::new(),
        budget,
    };
    out.into_iter().find_map(|landing| match landing {
        Landing::Choice(state) => probe.visit(state),
        _ => None,
    })
}

struct Probe<'p> {
    program: &'p Program,
    path: Vec<Situation>,
    on_path: HashSet<Situation>,
    done: HashSet<Situation>,
    budget: usize,
}

impl Probe<'_> {
    fn visit(&mut self, state: Situation) -> Option<LongPath> {
        if self.on_path.contains(&state) || self.path.len() >= MAX_TURNS {
            let from = self.path.iter().position(|s| *s == state).unwrap_or(0);
            let mut rounds: Vec<&Situation> = self.path[from..].iter().collect();
            rounds.push(&state);
            return Some(LongPath {
                nodes: rounds.iter().map(|s| s.node).collect(),
                vars: rounds.iter().map(|s| s.vars.clone()).collect(),
            });
        }
        if self.budget == 0 || self.done.contains(&state) {
            return None;
        }
        self.path.push(state.clone());
        self.on_path.insert(state.clone());
        let mut landings = Vec::new();
        for option in self.program.offered(&state) {
            let mut walk = Walk {
                chance: Chance::Every,
                trace: &mut (),
                seen: None,
                budget: &mut self.budget,
            };
            self.program
                .choose(&state, option, &mut walk, &mut landings);
            for landing in landings.drain(..) {
                if let Landing::Choice(next) = landing
                    && let Some(found) = self.visit(next)
                {
                    return Some(found);
                }
            }
        }
        self.path.pop();
        self.on_path.remove(&state);
        self.done.insert(state);
        None
    }
}

/// The cause, from the first path cut short at the turn cap, if one was.
pub(crate) fn why(program: &Program, too_long: Option<&LongPath>) -> Stopped {
    let Some(path) = too_long else {
        return Stopped::Budget;
    };
    let Some((from, to)) = last_round(&path.nodes) else {
        return Stopped::TurnCap { turns: MAX_TURNS };
    };
    let nodes = with_nodes_between(program, &path.nodes[from..=to]);
    let change = |a: &[Value], b: &[Value]| -> Vec<(usize, Value)> {
        a.iter()
            .zip(b)
            .enumerate()
            .filter(|(_, (x, y))| x != y)
            .map(|(slot, (x, y))| (slot, y.saturating_sub(*x)))
            .collect()
    };
    let last = change(&path.vars[from], &path.vars[to]);
    // A change counts as growth when the round before changed the same way.
    let round_before = path.nodes[..from]
        .iter()
        .rposition(|&n| n == path.nodes[from])
        .map(|earlier| change(&path.vars[earlier], &path.vars[from]));
    let grows = if round_before.as_ref() == Some(&last) {
        last.iter()
            .map(|&(slot, by)| Growth {
                var: program.var_names.get(slot).cloned().unwrap_or_default(),
                by,
            })
            .collect()
    } else {
        Vec::new()
    };
    Stopped::Loop {
        nodes,
        grows,
        only_longer: last.is_empty(),
    }
}

/// The ids of the decisions of a round, with the nodes the conversation passes through
/// between them (`next` and branches), by the shortest way the links allow.
fn with_nodes_between(program: &Program, decisions: &[usize]) -> Vec<String> {
    let scenario = program.scenario();
    let mut ids: Vec<String> = Vec::new();
    for pair in decisions.windows(2) {
        let (from, to) = (program.node_id(pair[0]), program.node_id(pair[1]));
        if ids.is_empty() {
            ids.push(from.to_owned());
        }
        let between = shortest_way(scenario, from, to).unwrap_or_default();
        ids.extend(between.into_iter().map(str::to_owned));
        ids.push(to.to_owned());
    }
    if ids.is_empty() {
        ids.extend(decisions.iter().map(|&n| program.node_id(n).to_owned()));
    }
    ids
}

/// The nodes strictly between two nodes (perhaps the same one) on a shortest way of links
/// from one to the other.
fn shortest_way<'s>(scenario: &'s Scenario, from: &'s str, to: &str) -> Option<Vec<&'s str>> {
    let links = |id: &str| scenario.nodes.get(id).into_iter().flat_map(successors);
    let mut came_from: HashMap<&str, &str> = HashMap::new();
    let mut queue: VecDeque<&str> = VecDeque::from([from]);
    while let Some(id) = queue.pop_front() {
        for next in links(id) {
            if next == to {
                let mut way = Vec::new();
                let mut at = id;
                while at != from {
                    way.push(at);
                    at = came_from.get(at).copied()?;
                }
                way.reverse();
                return Some(way);
            }
            if next != from && !came_from.contains_key(next) {
                came_from.insert(next, id);
                queue.push_back(next);
            }
        }
    }
    None
}

/// The last round of a loop on the path: the latest decision at a node the path had already
/// decided at, and that earlier decision.
fn last_round(nodes: &[usize]) -> Option<(usize, usize)> {
    (1..nodes.len()).rev().find_map(|to| {
        nodes[..to]
            .iter()
            .rposition(|&n| n == nodes[to])
            .map(|from| (from, to))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_round_of_a_loop_is_found() {
        assert_eq!(last_round(&[0, 1, 2, 1, 2, 1]), Some((3, 5)));
        assert_eq!(last_round(&[0, 1, 2, 3]), None);
    }
}
