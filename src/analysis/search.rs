//! Searching the paths of a scenario for the best and worst scores: exact while a work budget
//! lasts, then a beam search that keeps a fixed number of the most and least promising states.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::rc::Rc;

use super::machine::{Chance, Landing, Machine, NodeSet, State};
use crate::scenario::model::{Assessment, Outcome};
use crate::scoring;

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
        machine: &Machine,
        end: &State,
        turns: impl FnOnce() -> Vec<Turn>,
    ) -> f64 {
        let score = ending_score(machine, end);
        self.steps |= end.tally.reached;
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

    pub fn stuck(&mut self, state: &State) {
        self.steps |= state.tally.reached;
        *self.stuck.entry(state.node).or_insert(0) += 1;
    }
}

/// The score of a conversation that ended at the state's node, assessed correctly.
pub(crate) fn ending_score(machine: &Machine, end: &State) -> f64 {
    let (outcome, truth) = machine
        .nodes
        .get(end.node)
        .and_then(|n| n.end)
        .unwrap_or((None, None));
    end.tally.overall(outcome, truth)
}

/// The exact search: every path, depth first, with identical states explored once.
pub(crate) struct Exact<'m> {
    machine: &'m Machine,
    memo: HashMap<State, Option<Range>, Fixed>,
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
    pub fn new(machine: &'m Machine, budget: usize) -> Self {
        Exact {
            machine,
            memo: HashMap::default(),
            budget,
            gaps: 0,
            record: Record::default(),
            seen: NodeSet::with_capacity(machine.nodes.len()),
            states: 0,
            trail: Vec::new(),
        }
    }

    /// Explores from the opening; returns the range of all ending scores.
    pub fn explore_all(&mut self) -> Option<Range> {
        let mut budget = self.budget;
        let landings = self
            .machine
            .open(&mut Chance::Every, Some(&mut self.seen), &mut budget);
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
        state: &State,
        option: usize,
        number: usize,
        depth: usize,
    ) -> Option<Range> {
        let mut budget = self.budget;
        let mut landings = Vec::new();
        self.machine.choose(
            state,
            option,
            &mut Chance::Every,
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

    fn land(&mut self, landing: Landing, depth: usize) -> Option<Range> {
        match landing {
            Landing::End(end) => {
                let trail = &self.trail;
                let score = self.record.finish(self.machine, &end, || trail.clone());
                Some(Range::point(score))
            }
            Landing::Stuck(state) => {
                self.record.stuck(&state);
                None
            }
            Landing::Choice(state) => {
                self.record.steps |= state.tally.reached;
                self.explore(&state, depth)
            }
        }
    }

    fn explore(&mut self, state: &State, depth: usize) -> Option<Range> {
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
        for (i, option) in self.machine.offered(state).into_iter().enumerate() {
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
    fn keeps(&self, state: &State) -> bool {
        match self {
            Aim::Anywhere(_) => true,
            Aim::Ending { reach, .. } => reach.contains(state.node),
        }
    }

    fn optimistic(&self, state: &State) -> f64 {
        match self {
            Aim::Anywhere(p) => {
                let outcome = p.outcomes.get(state.node).and_then(|o| o.0);
                state.tally.overall(outcome, Some(Assessment::Leader))
            }
            Aim::Ending { outcome, truth, .. } => state.tally.overall(*outcome, *truth),
        }
    }

    fn pessimistic(&self, state: &State) -> f64 {
        match self {
            Aim::Anywhere(p) => {
                let outcome = p.outcomes.get(state.node).and_then(|o| o.1);
                state.tally.overall(outcome, Some(Assessment::Leader))
            }
            Aim::Ending { outcome, truth, .. } => state.tally.overall(*outcome, *truth),
        }
    }
}

/// Best and worst outcome reachable from each node, from the static graph.
pub(crate) struct Prospects {
    pub outcomes: Vec<(Option<Outcome>, Option<Outcome>)>,
}

/// Nodes with a way (ignoring conditions) to each node: `incoming[n]` lists n's predecessors.
pub(crate) fn incoming(scenario: &crate::scenario::Scenario) -> Vec<Vec<usize>> {
    let mut incoming: Vec<Vec<usize>> = vec![Vec::new(); scenario.nodes.len()];
    for (from, (_, node)) in scenario.nodes.iter().enumerate() {
        for to in crate::scenario::validate::successors(node) {
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
pub(crate) fn prospects(scenario: &crate::scenario::Scenario) -> Prospects {
    let incoming = incoming(scenario);
    let mut outcomes = vec![(None, None); scenario.nodes.len()];
    let rank = |o: Outcome| scoring::outcome_score(Some(o));
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
/// and the `width / 2` least promising states. Returns whether it ran out of budget or levels
/// before every kept state had ended.
#[allow(clippy::too_many_arguments)]
pub(crate) fn beam(
    machine: &Machine,
    aim: &Aim,
    starts: Vec<(Landing, Vec<Turn>)>,
    width: usize,
    max_levels: usize,
    budget: &mut usize,
    record: &mut Record,
    seen: &mut NodeSet,
) -> bool {
    let mut frontier: Vec<(State, Option<Rc<Link>>)> = Vec::new();
    let take = |landing: Landing,
                trail: Option<Rc<Link>>,
                record: &mut Record,
                next: &mut Vec<(State, Option<Rc<Link>>)>| {
        match landing {
            Landing::End(end) => {
                record.finish(machine, &end, || unroll(trail.as_ref()));
            }
            Landing::Stuck(state) => record.stuck(&state),
            Landing::Choice(state) => {
                record.steps |= state.tally.reached;
                if aim.keeps(&state) {
                    next.push((state, trail));
                }
            }
        }
    };
    for (landing, turns) in starts {
        let trail = turns
            .into_iter()
            .fold(None, |before, turn| Some(Rc::new(Link { turn, before })));
        take(landing, trail, record, &mut frontier);
    }
    let mut landings = Vec::new();
    for _ in 0..max_levels {
        if frontier.is_empty() {
            return false;
        }
        let mut children: Vec<(State, Option<Rc<Link>>)> = Vec::new();
        for (state, trail) in &frontier {
            for (i, option) in machine.offered(state).into_iter().enumerate() {
                machine.choose(
                    state,
                    option,
                    &mut Chance::Every,
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
    children: Vec<(State, Option<Rc<Link>>)>,
    width: usize,
    aim: &Aim,
) -> Vec<(State, Option<Rc<Link>>)> {
    let mut unique: HashSet<&State, Fixed> = HashSet::default();
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
    let mut slots: Vec<Option<(State, Option<Rc<Link>>)>> =
        children.into_iter().map(Some).collect();
    keep.into_iter().filter_map(|i| slots[i].take()).collect()
}
