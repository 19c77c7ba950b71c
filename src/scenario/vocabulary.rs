//! The fixed vocabulary of the scenario format: moves, steps, conditions, effects, outcomes and
//! assessments, with the labels the debrief shows.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Integer value of a scenario variable (`trust`, `fear`, ...).
pub type Value = i64;

/// What kind of conversational move an option is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Move {
    OpenQuestion,
    ClosedQuestion,
    Reflection,
    Affirmation,
    #[default]
    Statement,
    Vision,
    Ask,
    Lecture,
    /// Saying nothing and letting them talk.
    Silence,
    /// Not yet classified (imported scenarios).
    Unclassified,
}

impl Move {
    pub const ALL: [Move; 10] = [
        Move::OpenQuestion,
        Move::ClosedQuestion,
        Move::Reflection,
        Move::Affirmation,
        Move::Statement,
        Move::Vision,
        Move::Ask,
        Move::Lecture,
        Move::Silence,
        Move::Unclassified,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Move::OpenQuestion => "open question",
            Move::ClosedQuestion => "closed question",
            Move::Reflection => "reflection",
            Move::Affirmation => "affirmation",
            Move::Statement => "statement",
            Move::Vision => "vision",
            Move::Ask => "ask",
            Move::Lecture => "lecture",
            Move::Silence => "silence",
            Move::Unclassified => "unclassified",
        }
    }
}

/// The five steps of an organizing conversation.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize,
)]
pub enum Step {
    Door,
    Story,
    Vision,
    Obstacles,
    Ask,
    #[default]
    None,
}

impl Step {
    /// The five real steps, in the order the method teaches.
    pub const FIVE: [Step; 5] = [
        Step::Door,
        Step::Story,
        Step::Vision,
        Step::Obstacles,
        Step::Ask,
    ];

    /// Position in [`Step::FIVE`], if this is a real step.
    pub fn index(self) -> Option<usize> {
        Step::FIVE.iter().position(|s| *s == self)
    }

    pub fn label(self) -> &'static str {
        match self {
            Step::Door => "Get in the door",
            Step::Story => "Get their story",
            Step::Vision => "Propose a vision",
            Step::Obstacles => "Address obstacles",
            Step::Ask => "Advocate & assess",
            Step::None => "none",
        }
    }
}

/// A test on the conversation's state.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum Condition {
    Is(String, Value),
    IsNot(String, Value),
    AtLeast(String, Value),
    AtMost(String, Value),
    /// The conversation has passed through this node.
    Visited(String),
    NotVisited(String),
}

impl Condition {
    /// The variable tested, if this is a variable test.
    pub fn var(&self) -> Option<&str> {
        match self {
            Condition::Is(v, _)
            | Condition::IsNot(v, _)
            | Condition::AtLeast(v, _)
            | Condition::AtMost(v, _) => Some(v),
            Condition::Visited(_) | Condition::NotVisited(_) => None,
        }
    }

    /// The node tested, if this is a visit test.
    pub fn node(&self) -> Option<&str> {
        match self {
            Condition::Visited(n) | Condition::NotVisited(n) => Some(n),
            _ => None,
        }
    }

    /// Whether the condition holds for a variable value (visit tests: `visited`).
    pub fn holds(&self, value: Value, visited: bool) -> bool {
        match self {
            Condition::Is(_, n) => value == *n,
            Condition::IsNot(_, n) => value != *n,
            Condition::AtLeast(_, n) => value >= *n,
            Condition::AtMost(_, n) => value <= *n,
            Condition::Visited(_) => visited,
            Condition::NotVisited(_) => !visited,
        }
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Condition::Is(v, n) => write!(f, "{v} = {n}"),
            Condition::IsNot(v, n) => write!(f, "{v} ≠ {n}"),
            Condition::AtLeast(v, n) => write!(f, "{v} ≥ {n}"),
            Condition::AtMost(v, n) => write!(f, "{v} ≤ {n}"),
            Condition::Visited(n) => write!(f, "visited {n}"),
            Condition::NotVisited(n) => write!(f, "not visited {n}"),
        }
    }
}

/// A change to a variable.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum Effect {
    Set(String, Value),
    Add(String, Value),
}

impl Effect {
    pub fn var(&self) -> &str {
        match self {
            Effect::Set(v, _) | Effect::Add(v, _) => v,
        }
    }
}

/// Where the conversation left the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Outcome {
    Committed,
    Maybe,
    Declined,
    WalkedAway,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::Committed,
        Outcome::Maybe,
        Outcome::Declined,
        Outcome::WalkedAway,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Committed => "committed",
            Outcome::Maybe => "maybe",
            Outcome::Declined => "declined",
            Outcome::WalkedAway => "walked away",
        }
    }
}

/// The organizer's categories for a person after a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Assessment {
    Leader,
    Supporter,
    Undecided,
    Pass,
}

impl Assessment {
    /// In order, so that neighbours are "adjacent" for scoring.
    pub const ALL: [Assessment; 4] = [
        Assessment::Leader,
        Assessment::Supporter,
        Assessment::Undecided,
        Assessment::Pass,
    ];

    pub fn rank(self) -> usize {
        Assessment::ALL.iter().position(|a| *a == self).unwrap_or(0)
    }

    pub fn label(self) -> &'static str {
        match self {
            Assessment::Leader => "leader",
            Assessment::Supporter => "supporter",
            Assessment::Undecided => "undecided",
            Assessment::Pass => "pass",
        }
    }

    pub fn parse(text: &str) -> Option<Assessment> {
        Assessment::ALL
            .into_iter()
            .find(|a| a.label().eq_ignore_ascii_case(text.trim()))
    }
}
