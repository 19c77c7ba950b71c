//! The rule book: every constant and formula of the score, written once (with `airtime.rs`, how
//! time is counted and the listening part). The Report and the
//! analysis's running totals both use these and nothing else.

use serde::{Deserialize, Serialize};

use crate::scenario::model::{Assessment, Outcome, Step};

/// Seconds per spoken word (150 words a minute).
pub const SECONDS_PER_WORD: f64 = 0.4;
/// Airtime of a silent option ("let them talk") that gives no `seconds`.
pub const SILENCE_SECONDS: f64 = 2.0;
/// The rule of thumb: questions, listening, talking.
pub const TARGET: [f64; 3] = [0.20, 0.70, 0.10];
/// Listening at or above this share of the airtime earns the whole listening factor.
pub const LISTENING_FLOOR: f64 = 0.70;
/// Telling above this share of the airtime always costs.
pub const TELLING_CEILING: f64 = 0.10;
/// The share of the organizer's turns that ask or listen (questions, reflections, affirmations,
/// silence) rather than tell: 20 to 10 is two to one.
pub const ASKING_TARGET: f64 = 2.0 / 3.0;
/// A reflection or an affirmation says back what was heard in about a sentence; its words
/// beyond this many are the organizer talking.
pub const REFLECTION_WORDS: usize = 12;

/// Weights of the sub-scores in the overall score.
pub const WEIGHT_AIRTIME: f64 = 25.0;
pub const WEIGHT_STEPS: f64 = 30.0;
pub const WEIGHT_BEHAVIOUR: f64 = 20.0;
pub const WEIGHT_OUTCOME: f64 = 15.0;
pub const WEIGHT_ASSESSMENT: f64 = 10.0;

/// Points per step reached, and lost per order violation.
pub const POINTS_PER_STEP: f64 = 20.0;
pub const ORDER_PENALTY: f64 = 10.0;
/// Behaviour is the share of flagged moves that were good, with each mistake counting this
/// many times, so that good moves never cancel a mistake outright.
pub const MISTAKE_WEIGHT: f64 = 2.0;

/// An order rule of the five steps that a turn can break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ViolationKind {
    VisionBeforeStory,
    AskBeforeStory,
    AskBeforeVision,
    ObstaclesNeverAddressed,
    NoConcreteAsk,
}

impl ViolationKind {
    /// Out-of-order moves cost points; things never done already cost their step.
    pub fn is_order(self) -> bool {
        matches!(
            self,
            ViolationKind::VisionBeforeStory
                | ViolationKind::AskBeforeStory
                | ViolationKind::AskBeforeVision
        )
    }

    pub fn message(self) -> &'static str {
        match self {
            ViolationKind::VisionBeforeStory => "Proposed a vision before getting their story.",
            ViolationKind::AskBeforeStory => "Asked for a commitment before getting their story.",
            ViolationKind::AskBeforeVision => {
                "Asked for a commitment before offering a vision to act on."
            }
            ViolationKind::ObstaclesNeverAddressed => "Never addressed what stands in their way.",
            ViolationKind::NoConcreteAsk => "Never got to a concrete ask they answered.",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The order of the five steps so far: which were reached, which order rules were broken.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct StepOrder {
    /// Bit i: step `Step::FIVE[i]` reached.
    pub reached: u8,
    /// One bit per [`ViolationKind`] broken.
    pub violations: u8,
}

impl StepOrder {
    pub fn has(&self, step: Step) -> bool {
        step.index().is_some_and(|i| self.reached & (1 << i) != 0)
    }

    /// Marks a step reached; true when it was not already.
    pub fn reach(&mut self, step: Step) -> bool {
        let Some(i) = step.index() else { return false };
        let new = self.reached & (1 << i) == 0;
        self.reached |= 1 << i;
        new
    }

    /// A turn works on `step`: the order rules it breaks for the first time. A vision needs
    /// the story first; an ask needs the story and a vision.
    pub fn work_on(&mut self, step: Step) -> Vec<ViolationKind> {
        let mut broken = Vec::new();
        if step == Step::Vision && !self.has(Step::Story) {
            broken.push(ViolationKind::VisionBeforeStory);
        }
        if step == Step::Ask {
            if !self.has(Step::Story) {
                broken.push(ViolationKind::AskBeforeStory);
            }
            if !self.has(Step::Vision) {
                broken.push(ViolationKind::AskBeforeVision);
            }
        }
        broken.retain(|kind| self.violations & kind.bit() == 0);
        for kind in &broken {
            self.violations |= kind.bit();
        }
        broken
    }

    /// The order rules broken since an earlier point, in the order they are listed.
    pub fn broken_since(&self, before: &StepOrder) -> Vec<ViolationKind> {
        [
            ViolationKind::VisionBeforeStory,
            ViolationKind::AskBeforeStory,
            ViolationKind::AskBeforeVision,
        ]
        .into_iter()
        .filter(|kind| self.violations & kind.bit() != 0 && before.violations & kind.bit() == 0)
        .collect()
    }

    /// What is still undone at the end: obstacles never addressed, no concrete ask.
    pub fn never_done(&self) -> Vec<ViolationKind> {
        let mut undone = Vec::new();
        if !self.has(Step::Obstacles) {
            undone.push(ViolationKind::ObstaclesNeverAddressed);
        }
        if !self.has(Step::Ask) {
            undone.push(ViolationKind::NoConcreteAsk);
        }
        undone
    }

    pub fn steps_reached(&self) -> usize {
        self.reached.count_ones() as usize
    }

    pub fn order_violations(&self) -> usize {
        self.violations.count_ones() as usize
    }
}

/// The five-steps part, from the steps reached and the order violations.
pub fn steps_score(reached: usize, order_violations: usize) -> f64 {
    (POINTS_PER_STEP * reached as f64 - ORDER_PENALTY * order_violations as f64).clamp(0.0, 100.0)
}

/// The behaviour part, or None when no flagged move was made.
pub fn behaviour_score(good: usize, mistakes: usize) -> Option<f64> {
    let (good, bad) = (good as f64, mistakes as f64);
    (good + bad > 0.0).then(|| round1(100.0 * good / (good + MISTAKE_WEIGHT * bad)))
}

/// The outcome part.
pub fn outcome_score(outcome: Option<Outcome>) -> f64 {
    match outcome {
        Some(Outcome::Committed) => 100.0,
        Some(Outcome::Maybe) => 60.0,
        Some(Outcome::Declined) => 25.0,
        Some(Outcome::WalkedAway) | None => 0.0,
    }
}

/// The assessment part, or None when the trainee gave none.
pub fn assessment_score(given: Option<Assessment>, truth: Option<Assessment>) -> Option<f64> {
    given.map(|given| match truth {
        Some(truth) if truth == given => 100.0,
        Some(truth) if truth.rank().abs_diff(given.rank()) == 1 => 50.0,
        _ => 0.0,
    })
}

/// The overall score: the weighted mean of the parts that apply, rounded to one decimal.
pub fn overall(
    airtime: f64,
    steps: f64,
    behaviour: Option<f64>,
    outcome: Option<Outcome>,
    assessment: Option<f64>,
) -> f64 {
    // Summed in the order the parts are listed, as the debrief shows them.
    let parts = [
        Some((airtime, WEIGHT_AIRTIME)),
        Some((steps, WEIGHT_STEPS)),
        behaviour.map(|b| (b, WEIGHT_BEHAVIOUR)),
        Some((outcome_score(outcome), WEIGHT_OUTCOME)),
        assessment.map(|a| (a, WEIGHT_ASSESSMENT)),
    ];
    let total_weight: f64 = parts.iter().flatten().map(|(_, w)| w).sum();
    round1(parts.iter().flatten().map(|(s, w)| s * w).sum::<f64>() / total_weight)
}

pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_order_violation_counts_once() {
        let mut order = StepOrder::default();
        assert_eq!(order.work_on(Step::Ask).len(), 2);
        assert!(order.work_on(Step::Ask).is_empty());
        order.reach(Step::Story);
        assert!(order.work_on(Step::Vision).is_empty());
        assert_eq!(order.order_violations(), 2);
    }
}
