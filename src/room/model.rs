//! What gathering a folder yields: the attempts (each once), who made them, and every file or
//! entry that was skipped, with the reason.

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::identity::AttemptId;
use crate::scenario::model::{Assessment, Outcome, Step};
use crate::score::FlagHit;
use crate::store::history::Difficulty;

/// Every attempt found in a folder, counted once, and what could not be read.
#[derive(Debug, Clone, Default)]
pub struct Room {
    /// Oldest first within each scenario, scenarios by id.
    pub attempts: Vec<RoomAttempt>,
    /// Indexed by [`RoomAttempt::trainee`].
    pub trainees: Vec<Trainee>,
    pub skipped: Vec<Skipped>,
    /// Copies of attempts already counted.
    pub duplicates: usize,
    /// Files read as bundles or attempts (with or without problems).
    pub files_read: usize,
    /// Files passed over without reading: not `.json`, or hidden.
    pub ignored: usize,
}

/// Who made some attempts: a name they gave, or "Trainee 1", "Trainee 2"… in a stable order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trainee {
    pub label: String,
    /// False for "Trainee N": they gave no name.
    pub named: bool,
}

/// One attempt, with what the room's report reads from it: its scores and findings, not its
/// transcript.
#[derive(Debug, Clone, PartialEq)]
pub struct RoomAttempt {
    pub id: AttemptId,
    /// Index into [`Room::trainees`].
    pub trainee: usize,
    /// 1 for the trainee's first attempt at this scenario, 2 for the next, and so on.
    pub round: usize,
    /// The file it was read from (the first, when it was in several).
    pub source: PathBuf,
    pub scenario: String,
    pub title: String,
    /// Seconds since the Unix epoch.
    pub finished_at: u64,
    pub difficulty: Difficulty,
    /// The trainee rewound during it.
    pub practice: bool,
    pub overall: f64,
    /// Each part of the score by name ("Airtime", "Five steps"…), as the debrief showed it.
    pub parts: Vec<(String, f64)>,
    /// Shares of the airtime: questions, listening, talking.
    pub airtime: [f64; 3],
    /// The five steps reached, in the order they were reached.
    pub reached: Vec<Step>,
    pub mistakes: Vec<FlagHit>,
    pub good_moves: Vec<FlagHit>,
    pub outcome: Option<Outcome>,
    /// The trainee's call on the person, and what the person really was.
    pub assessed: Option<Assessment>,
    pub truth: Option<Assessment>,
    pub turns: usize,
    /// The conversation reached one of the scenario's endings.
    pub ended: bool,
}

impl RoomAttempt {
    /// The first of the five steps, in the method's order, that the conversation never
    /// reached: where it stalled. None when it reached all five.
    pub fn stalled_at(&self) -> Option<Step> {
        Step::FIVE.into_iter().find(|s| !self.reached.contains(s))
    }

    /// The score of a part by its name, when the debrief had that part.
    pub fn part(&self, name: &str) -> Option<f64> {
        self.parts.iter().find(|(n, _)| n == name).map(|(_, s)| *s)
    }
}

/// A file, or one attempt in a bundle, that was left out of the room, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    /// The file, as a path to show.
    pub file: String,
    /// In a bundle: which attempt (1-based); None for the whole file.
    pub entry: Option<usize>,
    pub kind: SkipKind,
    /// The reason in plain words.
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.entry {
            Some(n) => write!(f, "{}, attempt {n}: {}", self.file, self.reason),
            None => write!(f, "{}: {}", self.file, self.reason),
        }
    }
}

/// Why something was skipped, for a host that shows the kinds differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipKind {
    /// Larger than any real bundle or attempt.
    TooLarge,
    /// The file or folder could not be read.
    Unreadable,
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a Doorstep attempt or bundle.
    Foreign,
    /// A bundle of a version this Doorstep does not read.
    Version,
    /// An attempt (or a bundle) with missing or wrong parts.
    Broken,
    /// An attempt whose numbers cannot be real (a score of 140, a year past 9999).
    Implausible,
    /// Past the room's limits on files, attempts or folder depth; or a link not followed.
    Limit,
}
