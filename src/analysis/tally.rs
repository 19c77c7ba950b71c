//! What scoring needs from a conversation so far, kept as running totals, and a set of nodes.

use std::hash::{Hash, Hasher};

use crate::conversation::{Entry, Transcript};
use crate::scenario::flags;
use crate::scenario::model::{Airtime, Assessment, FlagKind, Move, Outcome, Scenario, Step};
use crate::scoring::{self, SECONDS_PER_WORD, SILENCE_SECONDS};

/// Bits of [`Tally::violations`], one per order violation the scoring counts.
const VISION_BEFORE_STORY: u8 = 1;
const ASK_BEFORE_STORY: u8 = 2;
const ASK_BEFORE_VISION: u8 = 4;

/// What scoring needs from the conversation so far.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Tally {
    /// Questions, listening, talking, summed in transcript order as scoring sums them, with
    /// varied lines at their average airtime.
    pub seconds: [f64; 3],
    /// The same with the variants actually drawn; kept only when rolling dice.
    pub heard: [f64; 3],
    pub good: u32,
    pub mistakes: u32,
    /// Bit i: step `Step::FIVE[i]` reached.
    pub reached: u8,
    pub violations: u8,
}

impl PartialEq for Tally {
    fn eq(&self, other: &Self) -> bool {
        self.seconds.map(f64::to_bits) == other.seconds.map(f64::to_bits)
            && self.heard.map(f64::to_bits) == other.heard.map(f64::to_bits)
            && (self.good, self.mistakes, self.reached, self.violations)
                == (other.good, other.mistakes, other.reached, other.violations)
    }
}

impl Eq for Tally {}

impl Hash for Tally {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.seconds.map(f64::to_bits).hash(h);
        self.heard.map(f64::to_bits).hash(h);
        (self.good, self.mistakes, self.reached, self.violations).hash(h);
    }
}

impl Tally {
    /// The overall score of a conversation that ends here, with the ending's truth taken as the
    /// trainee's assessment (None when it does not end: stuck).
    pub fn overall(&self, outcome: Option<Outcome>, truth: Option<Assessment>) -> f64 {
        self.overall_with(self.seconds, outcome, truth)
    }

    /// The same, with the line variants a seeded run actually drew.
    pub fn overall_heard(&self, outcome: Option<Outcome>, truth: Option<Assessment>) -> f64 {
        self.overall_with(self.heard, outcome, truth)
    }

    fn overall_with(
        &self,
        seconds: [f64; 3],
        outcome: Option<Outcome>,
        truth: Option<Assessment>,
    ) -> f64 {
        scoring::overall(
            scoring::airtime_score(seconds),
            scoring::steps_score(
                self.reached.count_ones() as usize,
                self.violations.count_ones() as usize,
            ),
            scoring::behaviour_score(self.good as usize, self.mistakes as usize),
            outcome,
            scoring::assessment_score(truth, truth),
        )
    }

    fn has(&self, step: Step) -> bool {
        step.index().is_some_and(|i| self.reached & (1 << i) != 0)
    }
}

impl Tally {
    /// The trainee's turn: its airtime, in `category` (0 questions, 1 listening, 2 talking).
    pub fn said(&mut self, category: usize, seconds: f64, heard: bool) {
        self.seconds[category] += seconds;
        if heard {
            self.heard[category] += seconds;
        }
    }

    pub fn flagged(&mut self, good: u32, mistakes: u32) {
        self.good += good;
        self.mistakes += mistakes;
    }

    /// The order violations a turn working on `step` commits, as scoring counts them.
    pub fn worked_on(&mut self, step: Step) {
        if step == Step::Vision && !self.has(Step::Story) {
            self.violations |= VISION_BEFORE_STORY;
        }
        if step == Step::Ask {
            if !self.has(Step::Story) {
                self.violations |= ASK_BEFORE_STORY;
            }
            if !self.has(Step::Vision) {
                self.violations |= ASK_BEFORE_VISION;
            }
        }
    }

    /// The totals of a real transcript up to (not including) the choice of turn `turn`
    /// (1-based), counted as scoring counts them.
    pub fn before_turn(scenario: &Scenario, transcript: &Transcript, turn: usize) -> Tally {
        let mut tally = Tally::default();
        for entry in &transcript.entries {
            match entry {
                Entry::Person(line) if !line.narration => {
                    let words = line.text.split_whitespace().count();
                    tally.seconds[1] += line.seconds.unwrap_or(words as f64 * SECONDS_PER_WORD);
                }
                Entry::Choice(choice) if choice.turn >= turn => break,
                Entry::Choice(choice) => {
                    let words = choice.text.split_whitespace().count();
                    let spoken = if choice.kind == Move::Silence {
                        SILENCE_SECONDS
                    } else {
                        words as f64 * SECONDS_PER_WORD
                    };
                    tally.said(
                        category(choice.kind),
                        choice.seconds.unwrap_or(spoken),
                        false,
                    );
                    let (good, mistakes) = flag_counts(scenario, &choice.flags);
                    tally.flagged(good, mistakes);
                    tally.worked_on(choice.step);
                }
                Entry::Reached { step, .. } => {
                    if let Some(i) = step.index() {
                        tally.reached |= 1 << i;
                    }
                }
                Entry::Person(_) => {}
            }
        }
        tally
    }
}

/// A set of node indices.
#[derive(Debug, Clone, Default)]
pub(crate) struct NodeSet(Vec<u64>);

impl NodeSet {
    pub fn with_capacity(nodes: usize) -> NodeSet {
        NodeSet(vec![0; nodes.div_ceil(64)])
    }

    pub fn insert(&mut self, node: usize) {
        if let Some(word) = self.0.get_mut(node / 64) {
            *word |= 1 << (node % 64);
        }
    }

    pub fn contains(&self, node: usize) -> bool {
        self.0
            .get(node / 64)
            .is_some_and(|w| w & (1 << (node % 64)) != 0)
    }

    pub fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn clear(&mut self) {
        self.0.iter_mut().for_each(|w| *w = 0);
    }

    pub fn union(&mut self, other: &NodeSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
}

/// Where a move's airtime counts: 0 questions, 1 listening, 2 talking.
pub(crate) fn category(kind: Move) -> usize {
    match kind.airtime() {
        Airtime::Questions => 0,
        Airtime::Listening => 1,
        Airtime::Talking => 2,
    }
}

/// Good and mistake flags on an option (unknown flags count as neither, as in scoring).
pub(crate) fn flag_counts(scenario: &Scenario, ids: &[String]) -> (u32, u32) {
    ids.iter()
        .filter_map(|f| flags::lookup(scenario, f))
        .fold((0, 0), |(good, bad), info| match info.kind {
            FlagKind::Good => (good + 1, bad),
            FlagKind::Mistake => (good, bad + 1),
        })
}
