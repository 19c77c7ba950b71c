//! The analysis's side of the runtime: the same stepping a conversation uses, with the score's
//! running totals carried in every state and no text kept.

use crate::runtime::{Chance, Landing, NodeSet, Program, State, Walk, shown_order};
use crate::scenario::model::{Assessment, Outcome};
use crate::score::Tally;
use crate::score::rules::assessment_score;

/// A state of the conversation with its score so far.
pub(crate) type Scored = State<Tally>;
pub(crate) type Landed = Landing<Tally>;

/// Where the conversation can be after the opening.
pub(crate) fn open(
    program: &Program,
    chance: Chance,
    seen: Option<&mut NodeSet>,
    budget: &mut usize,
) -> Vec<Landed> {
    let mut out = Vec::new();
    let mut walk = Walk {
        chance,
        trace: &mut (),
        seen,
        budget,
    };
    program.open(&mut walk, &mut out);
    out
}

/// Where picking an option can lead; landings are added to `out`.
pub(crate) fn choose(
    program: &Program,
    state: &Scored,
    option: usize,
    chance: Chance,
    seen: Option<&mut NodeSet>,
    budget: &mut usize,
    out: &mut Vec<Landed>,
) {
    let mut walk = Walk {
        chance,
        trace: &mut (),
        seen,
        budget,
    };
    program.choose(state, option, &mut walk, out);
}

/// The options on offer at a state in the order a player with this seed sees them at this
/// turn (1-based), as a conversation shows them.
pub(crate) fn shown(
    program: &Program,
    seed: u64,
    turn: usize,
    state: &Scored,
    offered: &[usize],
) -> Vec<usize> {
    shown_order(seed, turn, offered, |o| {
        program.is_pinned_last(state.node, o)
    })
}

/// The score of a conversation that ended at the state's node, assessed correctly.
pub(crate) fn ending_score(program: &Program, end: &Scored) -> f64 {
    let (outcome, truth) = outcome_and_truth(program, end);
    end.ledger.overall(outcome, assessment_score(truth, truth))
}

/// The same, with the line variants the run actually drew.
pub(crate) fn heard_score(program: &Program, end: &Scored) -> f64 {
    let (outcome, truth) = outcome_and_truth(program, end);
    end.ledger
        .overall_heard(outcome, assessment_score(truth, truth))
}

fn outcome_and_truth(program: &Program, end: &Scored) -> (Option<Outcome>, Option<Assessment>) {
    let outcome = program.ending(end.node).and_then(|(outcome, _)| outcome);
    (outcome, program.truth(end))
}
