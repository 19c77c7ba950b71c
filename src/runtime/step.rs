//! Stepping through a compiled scenario: the one set of rules for where a conversation goes.
//!
//! A step picks an option, applies effects, follows branches and automatic `next` moves, and
//! lands at the next choice, an ending or a dead end. When it rolls dice ([`Chance::Roll`]) it
//! is a player's run, and a [`Trace`] hears every line and step on the way. For the analysis it
//! can instead follow every open branch ([`Chance::Every`]). Whoever keeps score does so in the
//! state's [`Ledger`].

use std::hash::Hash;

use rand::RngExt;
use rand_chacha::ChaCha8Rng;

use super::node_set::NodeSet;
use super::program::{
    LineFacts, OptionFacts, Program, ProgramBranch, Route, SlotEffect, SpokenLine, Test,
};
use crate::scenario::model::{Assessment, Step, Value};

/// How many nodes a chain of automatic `next` moves may pass before it counts as a loop.
pub const MAX_AUTOMATIC_MOVES: usize = 1_000;

/// Running totals kept along a walk. The runtime only reports what happened; the score module
/// decides what it is worth. `()` keeps nothing.
pub trait Ledger: Clone + Default + Eq + Hash {
    /// The trainee said an option; `rolled` when this is a player's run, not a search;
    /// `again` when the same option was already chosen in this attempt (a loop came back).
    fn said(&mut self, option: &OptionFacts, rolled: bool, again: bool);
    /// The person said a line; `drawn` is the variant, when this is a player's run.
    fn heard(&mut self, line: &LineFacts, drawn: Option<usize>);
    /// A step the trainee worked on was confirmed.
    fn reached(&mut self, step: Step);
}

impl Ledger for () {
    fn said(&mut self, _: &OptionFacts, _: bool, _: bool) {}
    fn heard(&mut self, _: &LineFacts, _: Option<usize>) {}
    fn reached(&mut self, _: Step) {}
}

/// Hears what happens on a player's run, in order.
pub trait Trace {
    fn entered(&mut self, _node: usize) {}
    /// A line was said: the node, the line's position in its `say`, and the variant drawn.
    fn line(&mut self, _node: usize, _line: usize, _variant: usize) {}
    fn reached(&mut self, _node: usize, _step: Step) {}
}

impl Trace for () {}

/// Everything that decides what can happen next, and the ledger so far.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct State<L> {
    pub node: usize,
    pub vars: Box<[Value]>,
    /// One bit per node that some condition tests (see `Program::watch_bits`).
    pub visited: Box<[u64]>,
    /// One bit per node and option a loop can come back to: set once it has paid out.
    pub once: Box<[u64]>,
    pub ledger: L,
}

/// Where a move lands.
#[derive(Debug)]
pub enum Landing<L> {
    /// At a node with options on offer.
    Choice(State<L>),
    /// At an ending (the state's node).
    End(State<L>),
    /// Nothing can be taken at the state's node.
    Stuck(State<L>),
}

impl<L> Landing<L> {
    pub fn state(&self) -> &State<L> {
        match self {
            Landing::Choice(s) | Landing::End(s) | Landing::Stuck(s) => s,
        }
    }
}

/// How branches and varied lines are decided.
pub enum Chance<'r> {
    /// Follow every open branch.
    Every,
    /// Pick one by weight, as a player's run would.
    Roll(&'r mut ChaCha8Rng),
}

/// What a walk needs besides the state: the dice, who listens, where it has been, and how much
/// work it may still do (one unit per node entered; at zero the walk stops early).
pub struct Walk<'w, 'r, T: Trace> {
    pub chance: Chance<'r>,
    pub trace: &'w mut T,
    pub seen: Option<&'w mut NodeSet>,
    pub budget: &'w mut usize,
}

/// One unit of work for the automatic-move walk: a state entering a node.
struct Entering<L> {
    state: State<L>,
    node: usize,
    working_on: Option<u8>,
    step_done: bool,
    moves: usize,
}

impl Program {
    /// The state before the opening, at the start node (None when there is no start node).
    pub fn blank<L: Ledger>(&self) -> Option<State<L>> {
        Some(State {
            node: self.start?,
            vars: self.initial_vars.clone().into_boxed_slice(),
            visited: vec![0u64; self.watch_words].into_boxed_slice(),
            once: vec![0u64; self.once_words].into_boxed_slice(),
            ledger: L::default(),
        })
    }

    /// Where the conversation can be after the opening (several places when `next` branches).
    pub fn open<L: Ledger, T: Trace>(&self, walk: &mut Walk<T>, out: &mut Vec<Landing<L>>) {
        let Some(blank) = self.blank::<L>() else {
            return;
        };
        let start = blank.node;
        self.walk(
            Entering {
                state: blank,
                node: start,
                working_on: None,
                step_done: false,
                moves: 0,
            },
            walk,
            out,
        );
    }

    /// Option indices on offer at a state, in file order.
    pub fn offered<L>(&self, state: &State<L>) -> Vec<usize> {
        let Some(node) = self.nodes.get(state.node) else {
            return Vec::new();
        };
        (0..node.options.len())
            .filter(|&i| !node.options[i].hidden && self.holds(state, &node.options[i].when))
            .collect()
    }

    /// The position of the node's `otherwise` among its options, when it has one whose
    /// conditions hold.
    pub fn otherwise_open<L>(&self, state: &State<L>) -> Option<usize> {
        let node = self.nodes.get(state.node)?;
        (0..node.options.len())
            .find(|&i| node.options[i].hidden && self.holds(state, &node.options[i].when))
    }

    /// Picks an option and follows the conversation to the next choice, ending or dead end.
    pub fn choose<L: Ledger, T: Trace>(
        &self,
        state: &State<L>,
        option: usize,
        walk: &mut Walk<T>,
        out: &mut Vec<Landing<L>>,
    ) {
        let Some(picked) = self
            .nodes
            .get(state.node)
            .and_then(|n| n.options.get(option))
        else {
            out.push(Landing::Stuck(state.clone()));
            return;
        };
        let mut next = state.clone();
        let rolled = matches!(walk.chance, Chance::Roll(_));
        let first = first_time(&mut next.once, picked.once);
        next.ledger.said(&picked.facts, rolled, !first);
        if first {
            apply(&mut next.vars, &picked.effects);
        }
        let targets: Vec<usize> = match &picked.route {
            Route::Goto(to) => vec![*to],
            Route::Branch(branches) => self.pick(&next, branches, &mut walk.chance),
        };
        if targets.is_empty() {
            out.push(Landing::Stuck(next));
            return;
        }
        // A mistake never reaches a step, whatever the person answers.
        let working_on = match picked.facts.mistakes {
            0 => picked.facts.step.index().map(|i| i as u8),
            _ => None,
        };
        for to in targets {
            self.walk(
                Entering {
                    state: next.clone(),
                    node: to,
                    working_on,
                    step_done: false,
                    moves: 0,
                },
                walk,
                out,
            );
        }
    }

    /// Targets of the open branches: all of them, or one rolled by weight.
    fn pick<L>(
        &self,
        state: &State<L>,
        branches: &[ProgramBranch],
        chance: &mut Chance,
    ) -> Vec<usize> {
        let open: Vec<&ProgramBranch> = branches
            .iter()
            .filter(|b| self.holds(state, &b.when))
            .collect();
        let total: u64 = open.iter().map(|b| u64::from(b.weight)).sum();
        if total == 0 {
            return Vec::new();
        }
        match chance {
            Chance::Every => {
                let mut targets: Vec<usize> = Vec::new();
                for branch in open.iter().filter(|b| b.weight > 0) {
                    if !targets.contains(&branch.to) {
                        targets.push(branch.to);
                    }
                }
                targets
            }
            Chance::Roll(rng) => {
                let mut at = rng.random_range(0..total);
                for branch in open {
                    let weight = u64::from(branch.weight);
                    if at < weight {
                        return vec![branch.to];
                    }
                    at -= weight;
                }
                Vec::new()
            }
        }
    }

    /// Enters nodes and follows automatic moves, forking on every open `next` branch.
    fn walk<L: Ledger, T: Trace>(
        &self,
        first: Entering<L>,
        walk: &mut Walk<T>,
        out: &mut Vec<Landing<L>>,
    ) {
        let mut work = vec![first];
        while let Some(mut at) = work.pop() {
            if *walk.budget == 0 {
                return;
            }
            *walk.budget -= 1;
            let Some(node) = self.nodes.get(at.node) else {
                out.push(Landing::Stuck(at.state));
                continue;
            };
            let state = &mut at.state;
            state.node = at.node;
            walk.trace.entered(at.node);
            if let Some(set) = walk.seen.as_deref_mut() {
                set.insert(at.node);
            }
            if let Some(&bit) = self.watch_bits.get(&at.node) {
                state.visited[bit / 64] |= 1 << (bit % 64);
            }
            if first_time(&mut state.once, node.once) {
                apply(&mut state.vars, &node.effects);
            }
            for line in &node.say {
                if self.holds(state, &line.when) {
                    self.speak(at.node, line, state, walk);
                }
            }
            if let Some(step) = at.working_on
                && !at.step_done
                && node.reached & (1 << step) != 0
            {
                at.step_done = true;
                let step = Step::FIVE[usize::from(step)];
                state.ledger.reached(step);
                walk.trace.reached(at.node, step);
            }
            if node.end.is_some() {
                out.push(Landing::End(at.state));
                continue;
            }
            if !node.options.is_empty() {
                let any = node
                    .options
                    .iter()
                    .any(|o| !o.hidden && self.holds(state, &o.when));
                out.push(if any {
                    Landing::Choice(at.state)
                } else {
                    Landing::Stuck(at.state)
                });
                continue;
            }
            let targets = self.pick(state, &node.next, &mut walk.chance);
            if targets.is_empty() || at.moves + 1 >= MAX_AUTOMATIC_MOVES {
                out.push(Landing::Stuck(at.state));
                continue;
            }
            for to in targets.into_iter().rev() {
                work.push(Entering {
                    state: at.state.clone(),
                    node: to,
                    working_on: at.working_on,
                    step_done: at.step_done,
                    moves: at.moves + 1,
                });
            }
        }
    }

    /// A line is said: on a player's run one variant is drawn (a single variant needs no dice).
    fn speak<L: Ledger, T: Trace>(
        &self,
        node: usize,
        line: &SpokenLine,
        state: &mut State<L>,
        walk: &mut Walk<T>,
    ) {
        let drawn = match &mut walk.chance {
            Chance::Every => None,
            Chance::Roll(rng) => Some(match line.facts.words.len() {
                1 => 0,
                n => rng.random_range(0..n),
            }),
        };
        state.ledger.heard(&line.facts, drawn);
        if let Some(variant) = drawn {
            walk.trace.line(node, line.source, variant);
        }
    }

    /// The person's true category if the conversation ended at the state: the ending's own,
    /// else the first of the person's cases that holds, else the person's.
    pub fn truth<L>(&self, state: &State<L>) -> Option<Assessment> {
        if let Some((_, Some(truth))) = self.ending(state.node) {
            return Some(truth);
        }
        self.truth_cases
            .iter()
            .find(|(tests, _)| self.holds(state, tests))
            .map(|(_, truth)| *truth)
            .or(self.truth)
    }

    pub(crate) fn holds<L>(&self, state: &State<L>, tests: &[Test]) -> bool {
        tests.iter().all(|t| match t {
            Test::Var(slot, condition) => {
                condition.holds(state.vars.get(*slot).copied().unwrap_or(0), false)
            }
            Test::Visited(bit, want) => {
                let seen = state
                    .visited
                    .get(bit / 64)
                    .is_some_and(|w| w & (1 << (bit % 64)) != 0);
                seen == *want
            }
        })
    }
}

/// Marks a node or option as having paid out; true the first time (and always for one no loop
/// can come back to).
fn first_time(once: &mut [u64], bit: Option<usize>) -> bool {
    let Some(bit) = bit else { return true };
    let Some(word) = once.get_mut(bit / 64) else {
        return true;
    };
    let mask = 1 << (bit % 64);
    let first = *word & mask == 0;
    *word |= mask;
    first
}

fn apply(vars: &mut [Value], effects: &[SlotEffect]) {
    for effect in effects {
        match *effect {
            SlotEffect::Set(slot, n) => {
                if let Some(v) = vars.get_mut(slot) {
                    *v = n;
                }
            }
            SlotEffect::Add(slot, n) => {
                if let Some(v) = vars.get_mut(slot) {
                    *v = v.saturating_add(n);
                }
            }
        }
    }
}
