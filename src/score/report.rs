//! The Report: the whole debrief of one attempt, every part with the formula behind it.

use serde::{Deserialize, Serialize};

use super::airtime::{Airtime, ListeningFactors, TurnCounts};
use super::rules::ViolationKind;
use crate::heard::Heard;
use crate::scenario::model::{Assessment, Move, Outcome, Step};

/// The whole debrief of one attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub scenario: String,
    pub title: String,
    pub person: String,
    pub seed: u64,
    /// 0–100, the weighted mean of `parts`.
    pub overall: f64,
    /// The trainee rewound during the attempt.
    pub practice: bool,
    pub parts: Vec<Part>,
    pub airtime: AirtimeReport,
    pub talk: TalkStats,
    pub steps: StepsReport,
    pub mistakes: Vec<FlagHit>,
    pub good_moves: Vec<FlagHit>,
    pub outcome: Option<Outcome>,
    pub ending: Option<String>,
    pub assessment: AssessmentReport,
    /// The person's facts the conversation never brought out, in the scenario's order.
    #[serde(default)]
    pub never_learned: Vec<Fact>,
    /// Hidden variables at the start and after each turn.
    pub state: Vec<Vec<(String, i64)>>,
    pub turns: Vec<TurnReview>,
}

/// One sub-score and how it was computed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    pub name: String,
    pub score: f64,
    pub weight: f64,
    pub formula: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AirtimeReport {
    /// Fractions of total airtime, summing to 1 (all 0 when nothing was said).
    pub questions: f64,
    pub listening: f64,
    pub talking: f64,
    pub seconds: [f64; 3],
    pub target: [f64; 3],
    /// The trainee's turns by kind.
    #[serde(default)]
    pub turns: TurnCounts,
    /// What the score is made of.
    pub factors: ListeningFactors,
    pub score: f64,
    /// How each line was counted.
    pub lines: Vec<CountedLine>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountedLine {
    /// The turn the line belongs to (0 = before the first choice).
    pub turn: usize,
    pub speaker: Speaker,
    pub category: Airtime,
    pub seconds: f64,
    /// Of those, the seconds counted as talking instead: a reflection that runs past a
    /// sentence (see `REFLECTION_WORDS`).
    #[serde(default)]
    pub talking_seconds: f64,
    pub words: usize,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    Trainee,
    Person,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TalkStats {
    /// Longest stretch of the trainee talking with no speech from the person in between.
    pub longest_monologue_seconds: f64,
    pub longest_monologue_turn: Option<usize>,
    pub questions: usize,
    pub open_questions: usize,
    /// Open questions / all questions.
    pub open_share: Option<f64>,
    pub reflections: usize,
    /// Reflections / questions (1.0 is fair, 2.0 good).
    pub reflection_to_question: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepsReport {
    pub reached: Vec<StepMark>,
    pub missing: Vec<Step>,
    pub violations: Vec<Violation>,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepMark {
    pub step: Step,
    pub turn: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Violation {
    pub kind: ViolationKind,
    /// The turn it happened, or None for something never done.
    pub turn: Option<usize>,
    pub message: String,
}

/// A flagged mistake or good move, where it happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlagHit {
    pub flag: String,
    pub label: String,
    pub description: String,
    pub turn: usize,
    pub said: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssessmentReport {
    pub given: Option<Assessment>,
    pub truth: Option<Assessment>,
    /// Why the ending changed the person's truth, when it did.
    #[serde(default)]
    pub why: Option<String>,
    /// 100 exact, 50 adjacent, 0 otherwise; None when not assessed.
    pub score: Option<f64>,
}

/// Every choice, for the turn-by-turn debrief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TurnReview {
    pub turn: usize,
    pub node: String,
    pub said: String,
    #[serde(rename = "move")]
    pub kind: Move,
    pub step: Step,
    pub flags: Vec<String>,
    pub note: String,
    pub mistakes: usize,
    pub good_moves: usize,
    /// An option that was on offer and could have led further: filled in by the analysis's
    /// advice, never by [`super::score`].
    pub better: Option<Suggestion>,
    /// In free-text play, what the trainee typed; `said` is the option it was taken as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed: Option<String>,
    /// In free-text play, how the typed line was heard: the move that was scored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heard: Option<Heard>,
}

/// An option the trainee could have chosen instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    pub index: usize,
    pub text: String,
    pub note: String,
    pub flags: Vec<String>,
    /// The best overall score reachable after this option, assessed correctly.
    #[serde(default)]
    pub best_after: Option<f64>,
    /// The best overall score that was still reachable after the option chosen.
    #[serde(default)]
    pub best_after_chosen: Option<f64>,
    /// False when the search behind these numbers was bounded.
    #[serde(default = "yes")]
    pub exact: bool,
}

fn yes() -> bool {
    true
}

/// Something about the person that the conversation could have brought out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    pub id: String,
    pub text: String,
}
