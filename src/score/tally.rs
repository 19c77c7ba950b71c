//! The score's running totals: what a conversation so far is worth, kept as it happens. The
//! Report folds a transcript through one; the analysis carries one in every state it explores.

use std::hash::{Hash, Hasher};

use super::airtime::{self, TurnCounts, line_seconds, mean_line_seconds, turn_airtime};
use super::rules::{self, StepOrder};
use crate::runtime::{Ledger, LineFacts, OptionFacts};
use crate::scenario::model::{Outcome, Step};

/// What scoring needs from the conversation so far.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    /// Questions, listening, talking, summed in the order things were said, with a varied line
    /// at the mean of its variants (a search does not know which one a run would draw).
    pub seconds: [f64; 3],
    /// The same with the variants actually said; kept on a player's run.
    pub heard: [f64; 3],
    pub good: u32,
    pub mistakes: u32,
    /// The trainee's turns by kind, for the listening part.
    pub turns: TurnCounts,
    pub order: StepOrder,
}

impl PartialEq for Tally {
    fn eq(&self, other: &Self) -> bool {
        self.seconds.map(f64::to_bits) == other.seconds.map(f64::to_bits)
            && self.heard.map(f64::to_bits) == other.heard.map(f64::to_bits)
            && self.counts() == other.counts()
    }
}

impl Eq for Tally {}

impl Hash for Tally {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.seconds.map(f64::to_bits).hash(h);
        self.heard.map(f64::to_bits).hash(h);
        self.counts().hash(h);
    }
}

impl Ledger for Tally {
    fn said(&mut self, option: &OptionFacts, rolled: bool, again: bool) {
        for (slot, seconds) in turn_airtime(option).into_iter().enumerate() {
            // Adding nothing leaves a sum as it was, so only groups with time are touched.
            if seconds > 0.0 {
                self.seconds[slot] += seconds;
                if rolled {
                    self.heard[slot] += seconds;
                }
            }
        }
        self.turns.add(option);
        // A loop cannot pay out twice: a good move repeated counts once; a mistake each time.
        if !again {
            self.good += option.good;
        }
        self.mistakes += option.mistakes;
        self.order.work_on(option.step);
    }

    fn heard(&mut self, line: &LineFacts, drawn: Option<usize>) {
        self.seconds[1] += mean_line_seconds(line);
        if let Some(variant) = drawn {
            self.heard[1] += line_seconds(line, variant);
        }
    }

    fn reached(&mut self, step: Step) {
        self.order.reach(step);
    }
}

impl Tally {
    fn counts(&self) -> (u32, u32, TurnCounts, StepOrder) {
        (self.good, self.mistakes, self.turns, self.order)
    }

    /// The listening part, from what was said (varied lines at their mean).
    pub fn airtime_score(&self) -> f64 {
        airtime::airtime_score(self.seconds, self.turns)
    }

    /// The overall score of a conversation that ends here with this outcome, and the
    /// assessment part (None when no assessment was given).
    pub fn overall(&self, outcome: Option<Outcome>, assessment: Option<f64>) -> f64 {
        self.overall_with(self.seconds, outcome, assessment)
    }

    /// The same, with the line variants a player's run actually drew.
    pub fn overall_heard(&self, outcome: Option<Outcome>, assessment: Option<f64>) -> f64 {
        self.overall_with(self.heard, outcome, assessment)
    }

    fn overall_with(
        &self,
        seconds: [f64; 3],
        outcome: Option<Outcome>,
        assessment: Option<f64>,
    ) -> f64 {
        rules::overall(
            airtime::airtime_score(seconds, self.turns),
            rules::steps_score(self.order.steps_reached(), self.order.order_violations()),
            rules::behaviour_score(self.good as usize, self.mistakes as usize),
            outcome,
            assessment,
        )
    }
}
