//! Searching the paths of a scenario for the best and worst scores: exact while a work budget
//! lasts, then a beam search that keeps a fixed number of the most and least promising states.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::rc::Rc;

use super::walk::{self, Landed, Scored, ending_score};
use crate::runtime::{Chance, Landing, NodeSet, Program};
use crate::scenario::links::successors;
use crate::scenario::model::{Assessment, Outcome, Scenario};
use crate::score::rules::{assessment_score, outcome_score};

/// Hashing with fixed keys, so that nothing about a run depends on a random hasher seed.
pub(crate) type Fixed = BuildHasherDefault<std::hash::DefaultHasher>;

/// Paths longer than this many turns are not followed by the exact search.
pub(crate) const MAX_TURNS: usize = 256;

/// One turn of a path: at `node`, the option at `option` (0-based in the file), which was
/// offered as number `number`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Turn {
    pub node: usize,
    pub option: usize,
    pub number: usize,
}

/// A path that reached an ending, with its score.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub score: f64,
    pub ending: usize,
    pub turns: Vec<Turn>,
}

/// The lowest and highest score of the endings below some point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Range {
    pub worst: f64,
    pub best: f64,
}

impl Range {
    fn point(score: f64) -> Range {
        Range {
            worst: score,
            best: score,
        }
    }

    pub fn merge(a: Option<Range>, b: Option<Range>) -> Option<Range> {
        match (a, b) {
            (Some(a), Some(b)) => Some(Range {
                worst: a.worst.min(b.worst),
                best: a.best.max(b.best),
            }),
            (a, b) => a.or(b),
        }
    }
}

/// What every kind of search learns, merged.
#[derive(Debug, Default)]
pub(crate) struct Record {
    pub best: Option<Found>,
    pub worst: Option<Found>,
    /// Ending node → the range of scores of paths that reach it.
    pub endings: BTreeMap<usize, Range>,
    /// Steps reached on some path (bit i: `Step::FIVE[i]`).
    pub steps: u8,
    /// Node → how many different states got stuck there.
    pub stuck: BTreeMap<usize, usize>,
}

impl Record {
    /// Scores a path that has ended and keeps it if it is the best or worst so far.
    pub fn finish(
        &mut self,
        program: &Program,
        end: &Scored,
        turns: impl FnOnce() -> Vec<Turn>,
    ) -> f64 {
        let score = ending_score(program, end);
        self.steps |= end.ledger.order.reached;
        let range = self.endings.entry(end.node).or_insert(Range::point(score));
        *range = Range::merge(Some(*range), Some(Range::point(score))).unwrap_or(*range);
        let better = self.best.as_ref().is_none_or(|b| score > b.score);
        let worse = self.worst.as_ref().is_none_or(|w| score < w.score);
        if better || worse {
            let found = Found {
                score,
                ending: end.node,
                turns: turns(),
            };
            if better {
                self.best = Some(found.clone());
            }
            if worse {
                self.worst = Some(found);
            }
        }
        score
    }

    pub fn stuck(&mut self, state: &Scored) {
        self.steps |= state.ledger.order.reached;
        *self.stuck.entry(state.node).or_insert(0) += 1;
    }
}

/// The exact search: every path, depth first, with identical states explored once.
pub(crate) struct Exact<'m> {
    program: &'m Program,
    memo: HashMap<Scored, Option<Range>, Fixed>,
    /// Node entries left to spend.
    pub budget: usize,
    /// Places where the search stopped short (budget or length); 0 means exact.
    pub gaps: usize,
    pub record: Record,
    pub seen: NodeSet,
    pub states: usize,
    trail: Vec<Turn>,
}

impl<'m> Exact<'m> {
    pub fn new(program: &'m Program, budget: usize) -> Self {
        Exact {
            program,
            memo: HashMap::default(),
            budget,
            gaps: 0,
            record: Record::default(),
            seen: NodeSet::with_capacity(program.node_count()),
            states: 0,
            trail: Vec::new(),
        }
    }

    /// Explores from the opening; returns the range of all ending scores.
    pub fn explore_all(&mut self) -> Option<Range> {
        let mut budget = self.budget;
        let landings = walk::open(
            self.program,
            Chance::Every,
            Some(&mut self.seen),
            &mut budget,
        );
        self.budget = budget;
        if self.budget == 0 {
            self.gaps += 1;
        }
        let mut all = None;
        for landing in landings {
            all = Range::merge(all, self.land(landing, 0));
        }
        all
    }

    /// The range of scores after picking `option` at a state (a path prefix already taken).
    pub fn after_option(
        &mut self,
        state: &Scored,
        option: usize,
        number: usize,
        depth: usize,
    ) -> Option<Range> {
        let mut budget = self.budget;
        let mut landings = Vec::new();
        walk::choose(
            self.program,
            state,
            option,
            Chance::Every,
            Some(&mut self.seen),
            &mut budget,
            &mut landings,
        );
        self.budget = budget;
        if self.budget == 0 {
            self.gaps += 1;
        }
        self.trail.push(Turn {
            node: state.node,
            option,
            number,
        });
        let mut range = None;
        for landing in landings {
            range = Range::merge(range, self.land(landing, depth + 1));
        }
        self.trail.pop();
        range
    }

    fn land(&mut self, landing: Landed, depth: usize) -> Option<Range> {
        match landing {
            Landing::End(end) => {
                let trail = &self.trail;
                let score = self.record.finish(self.program, &end, || trail.clone());
                Some(Range::point(score))
            }
            Landing::Stuck(state) => {
                self.record.stuck(&state);
                None
            }
            Landing::Choice(state) => {
                self.record.steps |= state.ledger.order.reached;
                self.explore(&state, depth)
            }
        }
    }

    fn explore(&mut self, state: &Scored, depth: usize) -> Option<Range> {
        if let Some(known) = self.memo.get(state) {
            return *known;
        }
        if self.budget == 0 || depth >= MAX_TURNS {
            self.gaps += 1;
            return None;
        }
        self.states += 1;
        let gaps_before = self.gaps;
        let mut all = None;
        for (i, option) in self.program.offered(state).into_iter().enumerate() {
            all = Range::merge(all, self.after_option(state, option, i + 1, depth));
        }
        // A subtree cut short would give a wrong answer the next time this state comes up.
        if self.gaps == gaps_before {
            self.memo.insert(state.clone(), all);
        }
        all
    }
}

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
        truth: Option<Assessment>,
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
            Aim::Ending { outcome, truth, .. } => state
                .ledger
                .overall(*outcome, assessment_score(*truth, *truth)),
        }
    }

    fn pessimistic(&self, state: &Scored) -> f64 {
        match self {
            Aim::Anywhere(p) => as_if_ended(state, p.outcomes.get(state.node).and_then(|o| o.1)),
            Aim::Ending { outcome, truth, .. } => state
                .ledger
                .overall(*outcome, assessment_score(*truth, *truth)),
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
