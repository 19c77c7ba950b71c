//! The beam search that takes over when the exact search cannot finish: level by level, it keeps
//! a fixed number of the most and least promising states.

use std::collections::HashSet;
use std::rc::Rc;

use super::prospects::Prospects;
use super::record::{Fixed, Record, Turn};
use super::walk::{self, Landed, Scored};
use crate::runtime::{Chance, Landing, NodeSet, Program};
use crate::scenario::model::{Assessment, Outcome};
use crate::score::rules::assessment_score;

/// A path kept by the beam search, shared between the states that extend it.
struct Link {
    turn: Turn,
    before: Option<Rc<Link>>,
}

fn unroll(mut link: Option<&Rc<Link>>) -> Vec<Turn> {
    let mut turns = Vec::new();
    while let Some(l) = link {
        turns.push(l.turn);
        link = l.before.as_ref();
    }
    turns.reverse();
    turns
}

/// What the beam search steers towards.
pub(crate) enum Aim<'a> {
    /// Any ending: states are ranked as if they ended now with the best (for the upper half of
    /// the beam) or worst (lower half) outcome their node can still lead to.
    Anywhere(&'a Prospects),
    /// One ending: states that cannot lead to it are dropped, the rest are ranked as if they
    /// ended there now.
    Ending {
        reach: &'a NodeSet,
        outcome: Option<Outcome>,
    },
}

impl Aim<'_> {
    fn keeps(&self, state: &Scored) -> bool {
        match self {
            Aim::Anywhere(_) => true,
            Aim::Ending { reach, .. } => reach.contains(state.node),
        }
    }

    fn optimistic(&self, state: &Scored) -> f64 {
        match self {
            Aim::Anywhere(p) => as_if_ended(state, p.outcomes.get(state.node).and_then(|o| o.0)),
            Aim::Ending { outcome, .. } => as_if_ended(state, *outcome),
        }
    }

    fn pessimistic(&self, state: &Scored) -> f64 {
        match self {
            Aim::Anywhere(p) => as_if_ended(state, p.outcomes.get(state.node).and_then(|o| o.1)),
            Aim::Ending { outcome, .. } => as_if_ended(state, *outcome),
        }
    }
}

/// A state's score if it ended now with this outcome, assessed correctly.
fn as_if_ended(state: &Scored, outcome: Option<Outcome>) -> f64 {
    let full_marks = Some(Assessment::Leader);
    state
        .ledger
        .overall(outcome, assessment_score(full_marks, full_marks))
}

/// A beam search from some landings: level by level, it keeps the `width / 2` most promising
/// and the `width / 2` least promising states, for as many levels as a path through every node
/// a few times could need. Returns whether it ran out of budget or levels before every kept
/// state had ended.
pub(crate) fn beam(
    program: &Program,
    aim: &Aim,
    starts: Vec<Landed>,
    width: usize,
    budget: &mut usize,
    record: &mut Record,
    seen: &mut NodeSet,
) -> bool {
    let max_levels = program.node_count() * 4 + 64;
    let mut frontier: Vec<(Scored, Option<Rc<Link>>)> = Vec::new();
    let take = |landing: Landed,
                trail: Option<Rc<Link>>,
                record: &mut Record,
                next: &mut Vec<(Scored, Option<Rc<Link>>)>| {
        match landing {
            Landing::End(end) => {
                record.finish(program, &end, || unroll(trail.as_ref()));
            }
            Landing::Stuck(state) => record.stuck(&state),
            Landing::Choice(state) => {
                record.steps |= state.ledger.order.reached;
                if aim.keeps(&state) {
                    next.push((state, trail));
                }
            }
        }
    };
    for landing in starts {
        take(landing, None, record, &mut frontier);
    }
    let mut landings = Vec::new();
    for _ in 0..max_levels {
        if frontier.is_empty() {
            return false;
        }
        let mut children: Vec<(Scored, Option<Rc<Link>>)> = Vec::new();
        for (state, trail) in &frontier {
            for (i, option) in program.offered(state).into_iter().enumerate() {
                walk::choose(
                    program,
                    state,
                    option,
                    Chance::Every,
                    Some(seen),
                    budget,
                    &mut landings,
                );
                let link = Some(Rc::new(Link {
                    turn: Turn {
                        node: state.node,
                        option,
                        number: i + 1,
                    },
                    before: trail.clone(),
                }));
                for landing in landings.drain(..) {
                    take(landing, link.clone(), record, &mut children);
                }
            }
            if *budget == 0 {
                return true;
            }
        }
        frontier = select(children, width, aim);
    }
    !frontier.is_empty()
}

/// Keeps the most and the least promising distinct states, in a deterministic order.
fn select(
    children: Vec<(Scored, Option<Rc<Link>>)>,
    width: usize,
    aim: &Aim,
) -> Vec<(Scored, Option<Rc<Link>>)> {
    let mut unique: HashSet<&Scored, Fixed> = HashSet::default();
    let distinct: Vec<usize> = (0..children.len())
        .filter(|&i| unique.insert(&children[i].0))
        .collect();
    if distinct.len() <= width {
        let keep: HashSet<usize> = distinct.into_iter().collect();
        return children
            .into_iter()
            .enumerate()
            .filter(|(i, _)| keep.contains(i))
            .map(|(_, c)| c)
            .collect();
    }
    let mut high = distinct.clone();
    high.sort_by(|&a, &b| {
        aim.optimistic(&children[b].0)
            .total_cmp(&aim.optimistic(&children[a].0))
    });
    let mut low = distinct;
    low.sort_by(|&a, &b| {
        aim.pessimistic(&children[a].0)
            .total_cmp(&aim.pessimistic(&children[b].0))
    });
    let half = (width / 2).max(1);
    let mut keep: Vec<usize> = high.into_iter().take(half).collect();
    for i in low {
        if keep.len() >= width.max(2) {
            break;
        }
        if !keep.contains(&i) {
            keep.push(i);
        }
    }
    keep.sort_unstable();
    let mut slots: Vec<Option<(Scored, Option<Rc<Link>>)>> =
        children.into_iter().map(Some).collect();
    keep.into_iter().filter_map(|i| slots[i].take()).collect()
}
