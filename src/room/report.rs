//! The room's report: plain data, per scenario, for the app to draw and for Markdown and JSON.

use serde::{Deserialize, Serialize};

use super::model::Skipped;
use crate::scenario::model::Step;

/// What a folder of attempts says about the room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoomReport {
    pub attempts: usize,
    /// Trainees with at least one attempt.
    pub trainees: usize,
    pub duplicates: usize,
    pub files_read: usize,
    pub skipped: Vec<Skipped>,
    /// The scenario with the most attempts first.
    pub scenarios: Vec<ScenarioReport>,
}

/// The room's attempts at one scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioReport {
    pub scenario: String,
    pub title: String,
    pub attempts: usize,
    pub trainees: usize,
    pub scores: ScoreSpread,
    /// Each of the five steps, in order: how many attempts reached it.
    pub steps: Vec<StepShare>,
    /// Where attempts stalled, most common first.
    pub stalled: Vec<Stall>,
    /// By how many attempts made them, most first.
    pub mistakes: Vec<FlagTally>,
    pub good_moves: Vec<FlagTally>,
    pub airtime: RoomAirtime,
    pub assessment: AssessmentAccuracy,
    pub rounds: Rounds,
}

/// The overall scores: how they spread, and their quartiles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreSpread {
    /// 0–9, 10–19, … 90–100.
    pub buckets: Vec<ScoreBucket>,
    pub lowest: f64,
    /// The quartiles, interpolated between the nearest scores (as spreadsheets' QUARTILE does).
    pub lower_quartile: f64,
    pub median: f64,
    pub upper_quartile: f64,
    pub highest: f64,
    pub mean: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreBucket {
    /// Inclusive bounds, as whole scores: 60 and 69.
    pub from: u32,
    pub to: u32,
    pub attempts: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepShare {
    pub step: Step,
    pub label: String,
    pub attempts: usize,
    /// Of the scenario's attempts, 0–1.
    pub share: f64,
}

/// Attempts that stalled at one step: the first of the five, in order, they never reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stall {
    /// None: they reached all five.
    pub at: Option<Step>,
    pub label: String,
    pub attempts: usize,
    pub share: f64,
}

/// A mistake or good move, with how many attempts made it and the coach's note on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagTally {
    pub flag: String,
    pub label: String,
    pub description: String,
    /// Attempts that made it at least once.
    pub attempts: usize,
    pub share: f64,
    /// Times it was made, across those attempts.
    pub times: usize,
    /// The coach's note on the line that made it most often, and that line.
    pub note: String,
    pub said: String,
}

/// The room's airtime against the 20/70/10 rule of thumb.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoomAirtime {
    /// Mean shares over the attempts in which anything was said: questions, listening, talking.
    pub shares: [f64; 3],
    pub target: [f64; 3],
    /// The attempts those means are over.
    pub counted: usize,
    /// Of those, the attempts that listened at least 70% of the time.
    pub listened_enough: usize,
}

/// How often the room sized the person up correctly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssessmentAccuracy {
    /// Attempts with an assessment and a known truth.
    pub assessed: usize,
    pub correct: usize,
    /// One category off (a supporter called a leader, say).
    pub one_off: usize,
    /// Attempts that gave no assessment, or whose person had no set truth.
    pub not_assessed: usize,
    /// correct ÷ assessed; None when nothing was assessed.
    pub share_correct: Option<f64>,
}

/// First attempts against later ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rounds {
    /// The mean of each trainee's first attempt.
    pub first_mean: Option<f64>,
    pub first_attempts: usize,
    /// The mean of every later attempt.
    pub later_mean: Option<f64>,
    pub later_attempts: usize,
    /// Trainees with a later attempt, and of those, the ones whose later attempts averaged
    /// more than their first.
    pub tried_again: usize,
    pub improved: usize,
    /// Each trainee, in the room's order of trainees.
    pub trainees: Vec<TraineeRounds>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TraineeRounds {
    pub trainee: String,
    pub first: f64,
    pub later_mean: Option<f64>,
    pub later_attempts: usize,
}
