//! "What could this option still lead to?": the best and worst overall score reachable after each
//! option on offer, from a real conversation's state. It drives the debrief's better option.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::beam;
use super::exact::Exact;
use super::prospects::{self, Prospects};
use super::record::{Range, Record};
use super::walk::{self, Landed, Scored};
use crate::runtime::{Chance, Conversation, Landing, NodeSet, Program, Transcript, dice};
use crate::scenario::flags;
use crate::scenario::model::{Assessment, FlagKind, Scenario};
use crate::score::{self, Report, Suggestion};

/// How much higher, in points, the best score reachable after another option must be before
/// the debrief suggests it: smaller gaps come from airtime rounding, not from the choice.
pub const ADVICE_MARGIN: f64 = 2.0;

/// Node entries the exact search may spend on one option before a beam search estimates it.
const WORK_PER_OPTION: usize = 50_000;
/// Node entries the exact search may spend on a whole transcript; after that every option gets
/// the beam search straight away (a scenario that big will not finish exactly anyway).
const WORK_PER_TRANSCRIPT: usize = 150_000;
/// States the fallback beam search keeps per turn, and the work it may do for one option.
const BEAM_WIDTH: usize = 32;
const BEAM_WORK: usize = 20_000;
/// The beam search's work for a whole transcript: a random walk through a huge scenario can run
/// to thousands of turns, and advice on the later ones is not worth minutes. Past this, options
/// get no estimate and their turns no suggestion.
const BEAM_WORK_PER_TRANSCRIPT: usize = 1_500_000;

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

    /// The other option with the highest best score (the first offered on a tie).
    pub fn best_alternative(&self) -> Option<&Prospect> {
        self.best_alternative_where(|_| true)
    }

    /// The same, among the other options that pass a test.
    pub fn best_alternative_where(&self, keep: impl Fn(&Prospect) -> bool) -> Option<&Prospect> {
        self.options
            .iter()
            .filter(|p| p.index != self.chosen && p.best.is_some() && keep(p))
            .fold(None, |top: Option<&Prospect>, p| match top {
                Some(t) if t.best >= p.best => Some(t),
                _ => Some(p),
            })
    }
}

/// The options on offer now in a live conversation, and what each could lead to.
pub fn prospects(conversation: &Conversation) -> Vec<Prospect> {
    let program = Program::new(Arc::clone(conversation.scenario()));
    let mut adviser = Adviser::new(&program);
    let choices = conversation.choices();
    let mut turns = replay(&program, conversation.seed(), choices);
    // Only a conversation waiting for a choice has options to weigh.
    match turns.pop() {
        Some((_, state, offered)) if turns.len() == choices.len() => {
            adviser.weigh(&state, &offered)
        }
        _ => Vec::new(),
    }
}

/// For every turn of a finished (or stopped) transcript, the prospects of each option that was
/// on offer. Turns the scenario cannot replay (it was edited since) are left out.
pub fn advise(scenario: &Scenario, transcript: &Transcript) -> Vec<TurnAdvice> {
    let program = Program::new(Arc::new(scenario.clone()));
    let mut adviser = Adviser::new(&program);
    let numbers: Vec<usize> = transcript.choices().map(|c| c.number).collect();
    let mut out = Vec::new();
    let turns = replay(&program, transcript.seed, &numbers);
    for (choice, (node, state, offered)) in transcript.choices().zip(turns) {
        if program.node_id(node) != choice.node || !offered.contains(&choice.index) {
            break;
        }
        out.push(TurnAdvice {
            turn: choice.turn,
            chosen: choice.index,
            options: adviser.weigh(&state, &offered),
        });
    }
    out
}

/// Plays a conversation's choices again with the score carried along: before each turn, the
/// node, the state (its airtime as actually heard) and the options on offer. It stops where a
/// choice is not on offer or the conversation ends.
fn replay(program: &Program, seed: u64, numbers: &[usize]) -> Vec<(usize, Scored, Vec<usize>)> {
    let mut rng = dice(seed);
    let mut budget = usize::MAX;
    let mut at = walk::open(program, Chance::Roll(&mut rng), None, &mut budget).pop();
    let mut out = Vec::new();
    let mut landings: Vec<Landed> = Vec::new();
    for number in numbers.iter().copied().map(Some).chain([None]) {
        let Some(Landing::Choice(state)) = at.take() else {
            break;
        };
        let offered = program.offered(&state);
        // Up to now the words said are known: count them as said, not as averages. The search
        // from here does not track what is heard.
        let mut known = state.clone();
        known.ledger.seconds = known.ledger.heard;
        known.ledger.heard = [0.0; 3];
        out.push((state.node, known, offered.clone()));
        let Some(&option) = number.and_then(|n| offered.get(n.checked_sub(1)?)) else {
            break;
        };
        walk::choose(
            program,
            &state,
            option,
            Chance::Roll(&mut rng),
            None,
            &mut budget,
            &mut landings,
        );
        at = landings.pop();
        landings.clear();
    }
    out
}

/// [`score::score`], plus for each turn the option on offer that could have led to the best
/// overall score, when it beats the best still reachable after the option chosen by
/// [`ADVICE_MARGIN`]. This searches the scenario's paths from every turn, so call it once for
/// the debrief, not every frame.
pub fn score_with_advice(
    scenario: &Scenario,
    transcript: &Transcript,
    assessment: Option<Assessment>,
) -> Report {
    let mut report = score::score(scenario, transcript, assessment);
    for advice in advise(scenario, transcript) {
        let Some(turn) = report.turns.iter_mut().find(|t| t.turn == advice.turn) else {
            continue;
        };
        let chosen = advice.chosen().and_then(|p| p.best);
        // Never suggest an option the coach flags as a mistake, even if it happens to lead
        // somewhere good: the debrief would contradict itself.
        let node = scenario.nodes.get(&turn.node);
        let flagged = |index: usize| {
            node.and_then(|n| n.options.get(index)).is_some_and(|o| {
                o.flags.iter().any(|f| {
                    flags::lookup(scenario, f).is_some_and(|i| i.kind == FlagKind::Mistake)
                })
            })
        };
        let Some(other) = advice.best_alternative_where(|p| !flagged(p.index)) else {
            continue;
        };
        let beats = match (other.best, chosen) {
            (Some(other), Some(chosen)) => other >= chosen + ADVICE_MARGIN,
            (Some(_), None) => true,
            (None, _) => false,
        };
        let option = node.and_then(|n| n.options.get(other.index));
        if let (true, Some(option)) = (beats, option) {
            turn.better = Some(Suggestion {
                index: other.index,
                text: option.text.clone(),
                note: option.note.clone(),
                flags: option.flags.clone(),
                best_after: other.best,
                best_after_chosen: chosen,
                exact: other.exact && advice.chosen().is_none_or(|p| p.exact),
            });
        }
    }
    report
}

/// Weighs options, sharing what the exact search learns between turns.
struct Adviser<'m> {
    program: &'m Program,
    exact: Exact<'m>,
    exact_left: usize,
    beam_left: usize,
    prospects: Prospects,
}

impl<'m> Adviser<'m> {
    fn new(program: &'m Program) -> Self {
        Adviser {
            program,
            exact: Exact::new(program, 0),
            exact_left: WORK_PER_TRANSCRIPT,
            beam_left: BEAM_WORK_PER_TRANSCRIPT,
            prospects: prospects::prospects(program.scenario()),
        }
    }

    fn weigh(&mut self, state: &Scored, offered: &[usize]) -> Vec<Prospect> {
        offered
            .iter()
            .enumerate()
            .map(|(i, &index)| {
                let (range, is_exact) = self.exactly(state, index, i + 1);
                let range = if is_exact {
                    range
                } else {
                    Range::merge(range, self.beam_after(state, index))
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
    fn exactly(&mut self, state: &Scored, option: usize, number: usize) -> (Option<Range>, bool) {
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

    /// A bounded estimate for one option, while the transcript's beam budget lasts.
    fn beam_after(&mut self, state: &Scored, option: usize) -> Option<Range> {
        if self.beam_left == 0 {
            return None;
        }
        let program = self.program;
        let granted = BEAM_WORK.min(self.beam_left);
        let mut budget = granted;
        let mut starts = Vec::new();
        walk::choose(
            program,
            state,
            option,
            Chance::Every,
            None,
            &mut budget,
            &mut starts,
        );
        let mut record = Record::default();
        let mut seen = NodeSet::with_capacity(program.node_count());
        beam::beam(
            program,
            &beam::Aim::Anywhere(&self.prospects),
            starts,
            BEAM_WIDTH,
            &mut budget,
            &mut record,
            &mut seen,
        );
        // Setting out counts too, so that a search that finds nothing still uses the budget.
        self.beam_left = self.beam_left.saturating_sub((granted - budget).max(1));
        let best = record.best.map(|f| f.score)?;
        let worst = record.worst.map(|f| f.score)?;
        Some(Range { worst, best })
    }
}
