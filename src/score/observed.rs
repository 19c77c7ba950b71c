//! Pairs practice as an observer marks it: who spoke how (tapped or timed), the steps ticked,
//! and the airtime split and step order that gives; and a round's roles, for saving.

use serde::{Deserialize, Serialize};

use super::airtime::Airtime;
use crate::scenario::model::Step;

/// Airtime given to a tap when taps and timed marks are mixed: a short utterance.
pub const TAP_SECONDS: f64 = 3.0;

/// One observer mark.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub kind: Airtime,
    /// Seconds held, or None for a tap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<f64>,
}

/// How the marks were turned into an airtime split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Nothing,
    /// Every mark a tap: each counts one.
    Taps,
    /// Every mark timed: each counts its seconds.
    Seconds,
    /// Both: timed marks count their seconds, and each tap [`TAP_SECONDS`].
    Mixed,
}

/// What the observer marked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    pub marks: Vec<Mark>,
    /// Steps ticked, with the number of marks made when each was ticked.
    pub steps: Vec<(Step, usize)>,
}

impl Observation {
    pub fn counted(&self) -> Counted {
        let taps = self.marks.iter().any(|m| m.seconds.is_none());
        let timed = self.marks.iter().any(|m| m.seconds.is_some());
        match (taps, timed) {
            (false, false) => Counted::Nothing,
            (true, false) => Counted::Taps,
            (false, true) => Counted::Seconds,
            (true, true) => Counted::Mixed,
        }
    }

    /// Questions, listening and talking as shares of the marks, counted as [`Counted`] says.
    pub fn airtime(&self) -> [f64; 3] {
        let all_taps = self.counted() == Counted::Taps;
        let mut totals = [0.0; 3];
        for mark in &self.marks {
            let weight = if all_taps {
                1.0
            } else {
                mark.seconds.unwrap_or(TAP_SECONDS)
            };
            totals[mark.kind.slot()] += weight;
        }
        let sum: f64 = totals.iter().sum();
        if sum > 0.0 {
            totals.map(|t| t / sum)
        } else {
            [0.0; 3]
        }
    }

    /// Taps of each kind (questions, listening, talking).
    pub fn taps(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        for mark in self.marks.iter().filter(|m| m.seconds.is_none()) {
            counts[mark.kind.slot()] += 1;
        }
        counts
    }

    /// Timed marks of each kind, and their seconds.
    pub fn timed(&self) -> ([usize; 3], [f64; 3]) {
        let (mut counts, mut seconds) = ([0; 3], [0.0; 3]);
        for mark in &self.marks {
            if let Some(held) = mark.seconds {
                counts[mark.kind.slot()] += 1;
                seconds[mark.kind.slot()] += held;
            }
        }
        (counts, seconds)
    }

    pub fn ticked(&self, step: Step) -> bool {
        self.steps.iter().any(|(s, _)| *s == step)
    }

    /// The five steps never ticked.
    pub fn missing(&self) -> Vec<Step> {
        Step::FIVE
            .into_iter()
            .filter(|s| !self.ticked(*s))
            .collect()
    }

    /// Steps ticked before the ones the method puts first (a vision before the story, an ask
    /// before the story and the vision), with the mark they were ticked at.
    pub fn out_of_order(&self) -> Vec<(Step, usize)> {
        let ticked_by =
            |step: Step, at: usize| self.steps.iter().any(|(s, when)| *s == step && *when <= at);
        self.steps
            .iter()
            .filter(|(step, at)| match step {
                Step::Vision => !ticked_by(Step::Story, *at),
                Step::Ask => !ticked_by(Step::Story, *at) || !ticked_by(Step::Vision, *at),
                _ => false,
            })
            .copied()
            .collect()
    }
}

/// What the two trainees are called in saved rounds: the app does not ask their names. Saved
/// as they are here, and said in a language by [`crate::render::pairs::trainee_name`].
pub const TRAINEES: [&str; 2] = ["Trainee 1", "Trainee 2"];

/// One round of pairs practice: who organized, who played the person, and what was marked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairsRound {
    pub scenario: String,
    pub title: String,
    /// The person the partner played.
    pub person: String,
    /// 1 for the first round; one more each time the roles are swapped.
    pub round: u32,
    pub organizer: String,
    pub partner: String,
    pub observation: Observation,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(kind: Airtime, seconds: Option<f64>) -> Mark {
        Mark { kind, seconds }
    }

    #[test]
    fn taps_count_one_and_mixed_marks_give_a_tap_a_short_utterance() {
        let mut seen = Observation::default();
        assert_eq!(seen.counted(), Counted::Nothing);
        assert_eq!(seen.airtime(), [0.0; 3]);
        seen.marks = vec![
            mark(Airtime::Questions, None),
            mark(Airtime::Listening, None),
        ];
        assert_eq!(seen.airtime(), [0.5, 0.5, 0.0]);
        seen.marks.push(mark(Airtime::Listening, Some(6.0)));
        assert_eq!(seen.counted(), Counted::Mixed);
        assert_eq!(seen.airtime(), [0.25, 0.75, 0.0]);
        assert_eq!(seen.taps(), [1, 1, 0]);
        assert_eq!(seen.timed(), ([0, 1, 0], [0.0, 6.0, 0.0]));
    }
}
