//! The exact search: every path, depth first, with identical states explored once, while a
//! work budget lasts.

use std::collections::HashMap;

use super::record::{Fixed, Range, Record, Turn};
use super::walk::{self, Landed, Scored};
use crate::runtime::{Chance, Landing, NodeSet, Program};
use crate::scenario::model::Value;

/// Paths longer than this many turns are not followed by the exact search.
pub(crate) const MAX_TURNS: usize = 256;

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
    /// The variables at each decision of the trail, to tell what changes round a loop.
    vars_trail: Vec<Box<[Value]>>,
    /// The first path cut short at [`MAX_TURNS`]: why the search could not finish.
    pub too_long: Option<LongPath>,
}

/// A path as long as the exact search follows: the node of each decision, and the variables
/// there, ending with the decision it did not take.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LongPath {
    pub nodes: Vec<usize>,
    pub vars: Vec<Box<[Value]>>,
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
            vars_trail: Vec::new(),
            too_long: None,
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
            if depth >= MAX_TURNS && self.too_long.is_none() {
                let mut nodes: Vec<usize> = self.trail.iter().map(|t| t.node).collect();
                nodes.push(state.node);
                let mut vars = self.vars_trail.clone();
                vars.push(state.vars.clone());
                self.too_long = Some(LongPath { nodes, vars });
            }
            self.gaps += 1;
            return None;
        }
        self.states += 1;
        let gaps_before = self.gaps;
        let mut all = None;
        self.vars_trail.push(state.vars.clone());
        for (i, option) in self.program.offered(state).into_iter().enumerate() {
            all = Range::merge(all, self.after_option(state, option, i + 1, depth));
        }
        self.vars_trail.pop();
        // A subtree cut short would give a wrong answer the next time this state comes up.
        if self.gaps == gaps_before {
            self.memo.insert(state.clone(), all);
        }
        all
    }
}
