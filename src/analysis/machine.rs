//! A compact, index-based copy of a scenario that the analysis steps through without allocating text.
//!
//! It follows the runtime's rules (`conversation.rs`). When it rolls dice ([`Chance::Roll`]) it
//! draws from the RNG exactly as the runtime does, so a seeded run is the runtime's run. For the
//! search it can instead follow every open branch ([`Chance::Every`]); the score it keeps for the
//! search counts a line with several variants at the average airtime of its variants.

use std::collections::HashMap;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub(crate) use super::tally::NodeSet;
use super::tally::{Tally, category, flag_counts};
use crate::scenario::model::{
    Assessment, Branch, Condition, Effect, Move, Outcome, Scenario, Step, Value,
};
use crate::scoring::{SECONDS_PER_WORD, SILENCE_SECONDS};

/// How many nodes a chain of automatic `next` moves may pass, as in the runtime.
const MAX_AUTOMATIC_MOVES: usize = 1_000;
/// A node index that names no node (a `goto` to a missing node gets the conversation stuck).
const NOWHERE: usize = usize::MAX;

/// The scenario, compiled.
#[derive(Debug)]
pub(crate) struct Machine {
    pub nodes: Vec<MachineNode>,
    pub ids: Vec<String>,
    pub start: Option<usize>,
    initial_vars: Vec<Value>,
    var_slots: HashMap<String, usize>,
    /// Nodes that a `Visited`/`NotVisited` condition tests get a bit in [`State::visited`].
    watch_bits: HashMap<usize, usize>,
    watch_words: usize,
}

#[derive(Debug, Default)]
pub(crate) struct MachineNode {
    say: Vec<SpokenLine>,
    reached: u8,
    effects: Vec<SlotEffect>,
    pub options: Vec<MachineOption>,
    next: Vec<MachineBranch>,
    pub end: Option<(Option<Outcome>, Option<Assessment>)>,
}

#[derive(Debug)]
struct SpokenLine {
    /// Airtime of each variant (0 for narration).
    variants: Vec<f64>,
    /// Their average, which the search counts.
    mean: f64,
    when: Vec<Test>,
}

#[derive(Debug)]
pub(crate) struct MachineOption {
    when: Vec<Test>,
    effects: Vec<SlotEffect>,
    route: Route,
    category: usize,
    seconds: f64,
    step: Option<u8>,
    step_worked: Step,
    pub good: u32,
    pub mistakes: u32,
}

#[derive(Debug)]
enum Route {
    Goto(usize),
    Branch(Vec<MachineBranch>),
}

#[derive(Debug)]
struct MachineBranch {
    to: usize,
    weight: u32,
    when: Vec<Test>,
}

#[derive(Debug)]
enum Test {
    Var(usize, Condition),
    Visited(usize, bool),
}

#[derive(Debug)]
enum SlotEffect {
    Set(usize, Value),
    Add(usize, Value),
}

/// Everything that decides what can happen next, and what has been scored so far.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct State {
    pub node: usize,
    pub vars: Box<[Value]>,
    pub visited: Box<[u64]>,
    pub tally: Tally,
}

/// Where a move lands.
#[derive(Debug)]
pub(crate) enum Landing {
    /// At a node with options on offer.
    Choice(State),
    /// At an ending (the state's node).
    End(State),
    /// Nothing can be taken at the state's node.
    Stuck(State),
}

/// How branches are decided.
pub(crate) enum Chance<'r> {
    /// Follow every open branch.
    Every,
    /// Pick one by weight, as a player's run would.
    Roll(&'r mut ChaCha8Rng),
}

/// One unit of work for the automatic-move walk: a state entering a node.
struct Entering {
    state: State,
    node: usize,
    working_on: Option<u8>,
    step_done: bool,
    moves: usize,
}

impl Machine {
    pub fn new(scenario: &Scenario) -> Machine {
        let mut machine = Machine {
            nodes: Vec::with_capacity(scenario.nodes.len()),
            ids: scenario.nodes.keys().map(str::to_owned).collect(),
            start: None,
            initial_vars: Vec::new(),
            var_slots: HashMap::new(),
            watch_bits: HashMap::new(),
            watch_words: 0,
        };
        for (name, value) in scenario.vars.iter() {
            machine.slot(name);
            if let Some(&slot) = machine.var_slots.get(name) {
                machine.initial_vars[slot] = *value;
            }
        }
        machine.start = scenario
            .start
            .clone()
            .or_else(|| scenario.nodes.keys().next().map(str::to_owned))
            .and_then(|id| scenario.nodes.position(&id));
        for (_, node) in scenario.nodes.iter() {
            let compiled = machine.node(scenario, node);
            machine.nodes.push(compiled);
        }
        machine.watch_words = machine.watch_bits.len().div_ceil(64);
        machine
    }

    fn slot(&mut self, var: &str) -> usize {
        if let Some(&slot) = self.var_slots.get(var) {
            return slot;
        }
        let slot = self.initial_vars.len();
        self.var_slots.insert(var.to_owned(), slot);
        self.initial_vars.push(0);
        slot
    }

    fn index_of(scenario: &Scenario, id: &str) -> usize {
        scenario.nodes.position(id).unwrap_or(NOWHERE)
    }

    fn tests(&mut self, scenario: &Scenario, conditions: &[Condition]) -> Vec<Test> {
        conditions
            .iter()
            .map(|c| match (c.var(), c.node()) {
                (Some(var), _) => Test::Var(self.slot(var), c.clone()),
                (None, Some(node)) => {
                    let index = Self::index_of(scenario, node);
                    let next_bit = self.watch_bits.len();
                    let bit = *self.watch_bits.entry(index).or_insert(next_bit);
                    Test::Visited(bit, matches!(c, Condition::Visited(_)))
                }
                // Every condition tests a variable or a node; this arm only satisfies the match.
                (None, None) => Test::Visited(usize::MAX, false),
            })
            .collect()
    }

    fn effects(&mut self, effects: &[Effect]) -> Vec<SlotEffect> {
        effects
            .iter()
            .map(|e| match e {
                Effect::Set(v, n) => SlotEffect::Set(self.slot(v), *n),
                Effect::Add(v, n) => SlotEffect::Add(self.slot(v), *n),
            })
            .collect()
    }

    fn branches(&mut self, scenario: &Scenario, branches: &[Branch]) -> Vec<MachineBranch> {
        branches
            .iter()
            .map(|b| MachineBranch {
                to: Self::index_of(scenario, &b.goto),
                weight: b.weight,
                when: self.tests(scenario, &b.when),
            })
            .collect()
    }

    fn node(&mut self, scenario: &Scenario, node: &crate::scenario::Node) -> MachineNode {
        let say = node
            .say
            .iter()
            .filter(|line| !line.variants().is_empty())
            .map(|line| {
                let variants: Vec<f64> = line
                    .variants()
                    .iter()
                    .map(|text| match (line.is_narration(), line.seconds()) {
                        (true, _) => 0.0,
                        (false, Some(seconds)) => seconds,
                        (false, None) => text.split_whitespace().count() as f64 * SECONDS_PER_WORD,
                    })
                    .collect();
                SpokenLine {
                    mean: mean(&variants),
                    variants,
                    when: self.tests(scenario, line.conditions()),
                }
            })
            .collect();
        let options = node
            .options
            .iter()
            .map(|o| {
                let (good, mistakes) = flag_counts(scenario, &o.flags);
                let words = o.text.split_whitespace().count();
                let spoken = if o.kind == Move::Silence {
                    SILENCE_SECONDS
                } else {
                    words as f64 * SECONDS_PER_WORD
                };
                MachineOption {
                    when: self.tests(scenario, &o.when),
                    effects: self.effects(&o.effects),
                    route: match &o.goto {
                        Some(to) => Route::Goto(Self::index_of(scenario, to)),
                        None => Route::Branch(self.branches(scenario, &o.branch)),
                    },
                    category: category(o.kind),
                    seconds: o.seconds.unwrap_or(spoken),
                    step: o.step.index().map(|i| i as u8),
                    step_worked: o.step,
                    good,
                    mistakes,
                }
            })
            .collect();
        MachineNode {
            say,
            reached: node
                .reached
                .iter()
                .filter_map(|s| s.index())
                .fold(0, |mask, i| mask | (1 << i)),
            effects: self.effects(&node.effects),
            options,
            next: self.branches(scenario, &node.next),
            end: node.end.as_ref().map(|e| (e.outcome, e.truth)),
        }
    }

    /// A state at a node, with variables and visited nodes looked up by name, and a tally so far.
    pub fn state_at(
        &self,
        node: usize,
        vars: impl Fn(&str) -> Option<Value>,
        visited: impl Fn(&str) -> bool,
        tally: Tally,
    ) -> State {
        let mut values = self.initial_vars.clone();
        for (name, &slot) in &self.var_slots {
            values[slot] = vars(name).unwrap_or(0);
        }
        let mut bits = vec![0u64; self.watch_words].into_boxed_slice();
        for (&index, &bit) in &self.watch_bits {
            if self.ids.get(index).is_some_and(|id| visited(id)) {
                bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        State {
            node,
            vars: values.into_boxed_slice(),
            visited: bits,
            tally,
        }
    }

    /// Where the conversation can be after the opening (several places when `next` branches).
    pub fn open(
        &self,
        chance: &mut Chance,
        seen: Option<&mut NodeSet>,
        budget: &mut usize,
    ) -> Vec<Landing> {
        let Some(start) = self.start else {
            return Vec::new();
        };
        let blank = State {
            node: start,
            vars: self.initial_vars.clone().into_boxed_slice(),
            visited: vec![0u64; self.watch_words].into_boxed_slice(),
            tally: Tally::default(),
        };
        let mut out = Vec::new();
        self.walk(
            Entering {
                state: blank,
                node: start,
                working_on: None,
                step_done: false,
                moves: 0,
            },
            chance,
            seen,
            budget,
            &mut out,
        );
        out
    }

    /// Option indices on offer at a state, in file order (their numbers are positions + 1).
    pub fn offered(&self, state: &State) -> Vec<usize> {
        let Some(node) = self.nodes.get(state.node) else {
            return Vec::new();
        };
        (0..node.options.len())
            .filter(|&i| self.holds(state, &node.options[i].when))
            .collect()
    }

    /// Picks an option and follows the conversation to the next choice, ending or dead end.
    /// Every unit of work taken from `budget` is one node entered; at zero the walk stops early.
    pub fn choose(
        &self,
        state: &State,
        option: usize,
        chance: &mut Chance,
        seen: Option<&mut NodeSet>,
        budget: &mut usize,
        out: &mut Vec<Landing>,
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
        let heard = matches!(chance, Chance::Roll(_));
        next.tally.said(picked.category, picked.seconds, heard);
        next.tally.flagged(picked.good, picked.mistakes);
        next.tally.worked_on(picked.step_worked);
        apply(&mut next.vars, &picked.effects);
        let targets: Vec<usize> = match &picked.route {
            Route::Goto(to) => vec![*to],
            Route::Branch(branches) => self.pick(&next, branches, chance),
        };
        if targets.is_empty() {
            out.push(Landing::Stuck(next));
            return;
        }
        let mut seen = seen;
        for to in targets {
            self.walk(
                Entering {
                    state: next.clone(),
                    node: to,
                    working_on: picked.step,
                    step_done: false,
                    moves: 0,
                },
                chance,
                seen.as_deref_mut(),
                budget,
                out,
            );
        }
    }

    /// Targets of the open branches: all of them, or one rolled by weight.
    fn pick(&self, state: &State, branches: &[MachineBranch], chance: &mut Chance) -> Vec<usize> {
        let open: Vec<&MachineBranch> = branches
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
    fn walk(
        &self,
        first: Entering,
        chance: &mut Chance,
        mut seen: Option<&mut NodeSet>,
        budget: &mut usize,
        out: &mut Vec<Landing>,
    ) {
        let mut work = vec![first];
        while let Some(mut at) = work.pop() {
            if *budget == 0 {
                return;
            }
            *budget -= 1;
            let Some(node) = self.nodes.get(at.node) else {
                out.push(Landing::Stuck(at.state));
                continue;
            };
            let state = &mut at.state;
            state.node = at.node;
            if let Some(set) = seen.as_deref_mut() {
                set.insert(at.node);
            }
            if let Some(&bit) = self.watch_bits.get(&at.node) {
                state.visited[bit / 64] |= 1 << (bit % 64);
            }
            apply(&mut state.vars, &node.effects);
            for line in &node.say {
                if !self.holds(state, &line.when) {
                    continue;
                }
                state.tally.seconds[1] += line.mean;
                if let Chance::Roll(rng) = chance {
                    // The runtime draws only for lines with a choice of variants.
                    let drawn = match line.variants.len() {
                        1 => line.variants[0],
                        n => line.variants[rng.random_range(0..n)],
                    };
                    state.tally.heard[1] += drawn;
                }
            }
            if let Some(step) = at.working_on
                && !at.step_done
                && node.reached & (1 << step) != 0
            {
                at.step_done = true;
                state.tally.reached |= 1 << step;
            }
            if node.end.is_some() {
                out.push(Landing::End(at.state));
                continue;
            }
            if !node.options.is_empty() {
                let any = node.options.iter().any(|o| self.holds(state, &o.when));
                out.push(if any {
                    Landing::Choice(at.state)
                } else {
                    Landing::Stuck(at.state)
                });
                continue;
            }
            let targets = self.pick(state, &node.next, chance);
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

    fn holds(&self, state: &State, tests: &[Test]) -> bool {
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

/// A random player's dice: one ChaCha stream per run.
pub(crate) fn dice(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
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

/// Average airtime of a line's variants (a single variant's own airtime, to the bit).
fn mean(variants: &[f64]) -> f64 {
    if let [only] = variants {
        return *only;
    }
    variants.iter().sum::<f64>() / variants.len().max(1) as f64
}
