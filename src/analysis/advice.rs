//! "What could this option still lead to?": the best and worst overall score reachable after each
//! option on offer, from a real conversation's state. It drives the debrief's better option.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::machine::{Chance, Machine, NodeSet, State};
use super::search::{self, Exact, Range, Record};
use super::tally::Tally;
use crate::conversation::{Conversation, Transcript};
use crate::scenario::model::Scenario;

/// Node entries the exact search may spend on one option before a beam search estimates it.
const WORK_PER_OPTION: usize = 50_000;
/// Node entries the exact search may spend on a whole transcript; after that every option gets
/// the beam search straight away (a scenario that big will not finish exactly anyway).
const WORK_PER_TRANSCRIPT: usize = 150_000;
/// States the fallback beam search keeps per turn, and the work it may do.
const BEAM_WIDTH: usize = 32;
const BEAM_WORK: usize = 20_000;

/// What picking one option could still lead to, scored like a whole conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Prospect {
    /// The option's position in the node's `options`.
    pub index: usize,
    /// Its number as offered.
    pub number: usize,
    /// The best overall score any continuation reaches, assessed correctly; None when no ending
    /// can be reached after it.
    pub best: Option<f64>,
    pub worst: Option<f64>,
    /// False when the search was bounded: `best` may then be too low and `worst` too high.
    pub exact: bool,
}

/// The prospects of every option that was on offer at one turn of a transcript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnAdvice {
    pub turn: usize,
    /// The option the trainee picked (its position in the node's `options`).
    pub chosen: usize,
    pub options: Vec<Prospect>,
}

impl TurnAdvice {
    pub fn chosen(&self) -> Option<&Prospect> {
        self.options.iter().find(|p| p.index == self.chosen)
    }

    /// The other option with the highest best score (the first in the file on a tie).
    pub fn best_alternative(&self) -> Option<&Prospect> {
        self.options
            .iter()
            .filter(|p| p.index != self.chosen)
            .filter(|p| p.best.is_some())
            .fold(None, |top: Option<&Prospect>, p| match top {
                Some(t) if t.best >= p.best => Some(t),
                _ => Some(p),
            })
    }
}

/// The options on offer now in a live conversation, and what each could lead to.
pub fn prospects(conversation: &Conversation) -> Vec<Prospect> {
    let scenario = conversation.scenario();
    let machine = Machine::new(scenario);
    let mut adviser = Adviser::new(&machine, scenario);
    let transcript = conversation.transcript();
    let state = state_now(
        &machine,
        scenario,
        conversation,
        transcript.turns() + 1,
        transcript,
    );
    let offered: Vec<usize> = conversation.offered().iter().map(|o| o.index).collect();
    adviser.weigh(state, &offered)
}

/// For every turn of a finished (or stopped) transcript, the prospects of each option that was
/// on offer. Turns the scenario cannot replay (it was edited since) are left out.
pub fn advise(scenario: &Scenario, transcript: &Transcript) -> Vec<TurnAdvice> {
    let shared = Arc::new(scenario.clone());
    let Ok(mut conversation) = Conversation::start(Arc::clone(&shared), transcript.seed) else {
        return Vec::new();
    };
    let machine = Machine::new(scenario);
    let mut adviser = Adviser::new(&machine, scenario);
    let mut out = Vec::new();
    for choice in transcript.choices() {
        if conversation.node() != choice.node {
            break;
        }
        let offered: Vec<usize> = conversation.offered().iter().map(|o| o.index).collect();
        if !offered.contains(&choice.index) {
            break;
        }
        let state = state_now(&machine, scenario, &conversation, choice.turn, transcript);
        out.push(TurnAdvice {
            turn: choice.turn,
            chosen: choice.index,
            options: adviser.weigh(state, &offered),
        });
        if conversation.choose(choice.number).is_err() {
            break;
        }
    }
    out
}

/// The machine's state at the conversation's current node, with the transcript's score so far.
fn state_now(
    machine: &Machine,
    scenario: &Scenario,
    conversation: &Conversation,
    turn: usize,
    transcript: &Transcript,
) -> Option<State> {
    let node = scenario.nodes.position(conversation.node())?;
    let tally = Tally::before_turn(scenario, transcript, turn);
    Some(machine.state_at(
        node,
        |var| conversation.vars().get(var).copied(),
        |id| conversation.visited().contains(id),
        tally,
    ))
}

/// Weighs options, sharing what the exact search learns between turns.
struct Adviser<'m> {
    machine: &'m Machine,
    exact: Exact<'m>,
    exact_left: usize,
    prospects: search::Prospects,
}

impl<'m> Adviser<'m> {
    fn new(machine: &'m Machine, scenario: &Scenario) -> Self {
        Adviser {
            machine,
            exact: Exact::new(machine, 0),
            exact_left: WORK_PER_TRANSCRIPT,
            prospects: search::prospects(scenario),
        }
    }

    fn weigh(&mut self, state: Option<State>, offered: &[usize]) -> Vec<Prospect> {
        let Some(state) = state else {
            return Vec::new();
        };
        offered
            .iter()
            .enumerate()
            .map(|(i, &index)| {
                let (range, is_exact) = self.exactly(&state, index, i + 1);
                let range = if is_exact {
                    range
                } else {
                    Range::merge(range, self.beam_after(&state, index))
                };
                Prospect {
                    index,
                    number: i + 1,
                    best: range.map(|r| r.best),
                    worst: range.map(|r| r.worst),
                    exact: is_exact,
                }
            })
            .collect()
    }

    /// The exact range after an option, while the transcript's exact budget lasts.
    fn exactly(&mut self, state: &State, option: usize, number: usize) -> (Option<Range>, bool) {
        if self.exact_left == 0 {
            return (None, false);
        }
        let granted = WORK_PER_OPTION.min(self.exact_left);
        self.exact.budget = granted;
        let gaps = self.exact.gaps;
        let range = self.exact.after_option(state, option, number, 0);
        self.exact_left -= granted - self.exact.budget;
        let is_exact = self.exact.gaps == gaps;
        if !is_exact {
            // It did not fit once; the rest of this scenario will not either.
            self.exact_left = 0;
        }
        (range, is_exact)
    }

    /// A bounded estimate for one option.
    fn beam_after(&self, state: &State, option: usize) -> Option<Range> {
        let machine = self.machine;
        let mut budget = BEAM_WORK;
        let mut landings = Vec::new();
        machine.choose(
            state,
            option,
            &mut Chance::Every,
            None,
            &mut budget,
            &mut landings,
        );
        let starts = landings.into_iter().map(|l| (l, Vec::new())).collect();
        let mut record = Record::default();
        let mut seen = NodeSet::with_capacity(machine.nodes.len());
        let levels = machine.nodes.len() * 4 + 64;
        search::beam(
            machine,
            &search::Aim::Anywhere(&self.prospects),
            starts,
            BEAM_WIDTH,
            levels,
            &mut budget,
            &mut record,
            &mut seen,
        );
        let best = record.best.map(|f| f.score)?;
        let worst = record.worst.map(|f| f.score)?;
        Some(Range { worst, best })
    }
}
