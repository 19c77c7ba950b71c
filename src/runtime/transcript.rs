//! What a conversation produces: the events a host shows, and the transcript that scoring reads.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::heard::Heard;
use crate::scenario::model::{Assessment, Move, Outcome, Step, Value};

/// Something the host should show, in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Event {
    /// The person speaks, or narration describes what happens.
    Line(PersonLine),
    /// The trainee's turn: these options are on offer.
    Options(Vec<Offered>),
    /// A step of the method was just completed.
    StepReached(Step),
    /// The conversation is over.
    Ended(EndingRecord),
    /// No way on from this node under the current state (an authoring bug; `check` warns).
    Stuck { node: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonLine {
    pub node: String,
    pub text: String,
    pub narration: bool,
    /// Explicit airtime from the scenario, if any.
    pub seconds: Option<f64>,
    /// The person's facts this line makes known.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reveals: Vec<String>,
}

/// An option as offered, in the order shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Offered {
    /// Its place in the order shown (1-based): what the trainee presses.
    pub shown: usize,
    /// Its number counted in file order among the options offered (1-based): what stored
    /// paths and `run --choose` use.
    pub number: usize,
    /// Position among the node's options in the file.
    pub index: usize,
    pub text: String,
}

/// The ending reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndingRecord {
    pub node: String,
    pub outcome: Option<Outcome>,
    /// The person's true category: theirs, or the ending's own when it overrides it.
    pub truth: Option<Assessment>,
    /// Why the ending overrides the person's truth, when it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    pub summary: String,
}

/// One choice the trainee made, with everything scoring needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceRecord {
    /// 1-based turn number.
    pub turn: usize,
    pub node: String,
    pub index: usize,
    /// Its number in file order among the options offered, as paths count.
    pub number: usize,
    /// Its place in the order shown (0 in transcripts saved before options were shuffled).
    #[serde(default)]
    pub shown: usize,
    pub text: String,
    #[serde(rename = "move")]
    pub kind: Move,
    pub step: Step,
    pub flags: Vec<String>,
    pub note: String,
    pub seconds: Option<f64>,
    /// The other options that were on offer, by index, for "what else could I have said".
    pub alternatives: Vec<usize>,
    /// In free-text play, what the trainee typed (the option is what it was taken as).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed: Option<String>,
    /// In free-text play, how the typed line was heard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heard: Option<Heard>,
}

impl ChoiceRecord {
    /// The move that counts: how the typed line was heard, else the option's own.
    pub fn move_said(&self) -> Move {
        match (&self.typed, self.heard) {
            (Some(_), Some(heard)) => heard.kind,
            _ => self.kind,
        }
    }

    /// The words that count: what was typed, else the option's text.
    pub fn words_said(&self) -> &str {
        self.typed.as_deref().unwrap_or(&self.text)
    }
}

/// One entry of the transcript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Entry {
    Person(PersonLine),
    Choice(ChoiceRecord),
    Reached {
        turn: usize,
        step: Step,
        node: String,
    },
}

/// Everything that happened, in order: the input to scoring.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub scenario: String,
    pub seed: u64,
    pub entries: Vec<Entry>,
    /// Variables at the start (index 0) and after each turn.
    pub vars: Vec<BTreeMap<String, Value>>,
    pub ending: Option<EndingRecord>,
    /// True when the trainee rewound: the attempt counts as practice.
    pub rewound: bool,
    /// In a follow-up: the variables that carried over from the first conversation.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub carried: BTreeMap<String, Value>,
}

impl Transcript {
    pub fn choices(&self) -> impl Iterator<Item = &ChoiceRecord> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Choice(c) => Some(c),
            _ => None,
        })
    }

    pub fn turns(&self) -> usize {
        self.choices().count()
    }
}

/// What went wrong when choosing or replaying.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChooseError {
    #[error("option {number} is not on offer (choose 1 to {offered})")]
    NotOffered { number: usize, offered: usize },
    #[error("the conversation is over")]
    Over,
    #[error("the conversation has no start node")]
    NoStart,
    #[error("saved state is for scenario '{saved}', not '{actual}'")]
    WrongScenario { saved: String, actual: String },
    #[error("cannot rewind to turn {0}")]
    NoSuchTurn(usize),
    #[error("what was typed matches no option here; pick one of the options")]
    NoMatch,
}

/// What the trainee typed at a turn, and how it was heard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Said {
    pub text: String,
    pub heard: Heard,
}

impl Said {
    /// The line as the shipped English classifier hears it.
    pub fn hear(text: &str) -> Said {
        Said::hear_in(crate::i18n::Language::En, text)
    }

    /// The line as the shipped classifier of a language hears it.
    pub fn hear_in(language: crate::i18n::Language, text: &str) -> Said {
        Said {
            text: text.to_owned(),
            heard: crate::heard::classify_in(language, text),
        }
    }
}

/// A follow-up's variables set from the first conversation, by name.
pub type Carried = BTreeMap<String, Value>;

/// Enough to rebuild a conversation exactly: the scenario, the seed and the numbers chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedConversation {
    pub scenario: String,
    pub seed: u64,
    /// Option numbers in file order; 0 is a node's `otherwise`.
    pub choices: Vec<usize>,
    /// In free-text play, what was typed at each turn (None where an option was picked).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub said: Vec<Option<Said>>,
    pub rewound: bool,
    /// In a follow-up: what carried over from the first conversation.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub carried: BTreeMap<String, Value>,
}
