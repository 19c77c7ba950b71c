//! Free text: what kind of move a typed line is (the classifier), and which authored option it
//! is closest to (the matcher). Offline and deterministic: the model is trained at first use
//! from labelled lines compiled into the binary.

mod classify;
pub mod corpus;
mod features;
mod matching;
mod model;
mod synonyms;
mod tokens;

pub use classify::{Classifier, Heard, Reading};
pub use matching::{Candidate, MatchScore, Matcher, best_match};
pub use tokens::{says_nothing, sentences, words};

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::scenario::model::Move;

/// The moves the classifier tells apart: every move but `Unclassified`, which `Move::ALL` lists
/// last (checked when this compiles).
pub const KINDS: [Move; 9] = {
    assert!(matches!(Move::ALL[Move::ALL.len() - 1], Move::Unclassified));
    let mut kinds = [Move::Silence; 9];
    let mut i = 0;
    while i < kinds.len() {
        kinds[i] = Move::ALL[i];
        i += 1;
    }
    kinds
};

/// The four groups a move is judged in. They follow the score's groups (`score/airtime.rs`):
/// questions are `Question`; the listening moves (reflection, affirmation, silence) are
/// `Reflection`; talking splits into `Ask` (a request for a commitment) and `Telling` (statement,
/// vision, lecture, and anything unclassified).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Question,
    Reflection,
    Telling,
    Ask,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Group::Question,
        Group::Reflection,
        Group::Telling,
        Group::Ask,
    ];

    pub fn of(kind: Move) -> Group {
        match kind {
            Move::OpenQuestion | Move::ClosedQuestion => Group::Question,
            Move::Reflection | Move::Affirmation | Move::Silence => Group::Reflection,
            Move::Ask => Group::Ask,
            Move::Statement | Move::Vision | Move::Lecture | Move::Unclassified => Group::Telling,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Group::Question => "question",
            Group::Reflection => "reflection",
            Group::Telling => "telling",
            Group::Ask => "ask",
        }
    }
}

/// How the shipped English classifier hears an utterance.
pub fn classify(text: &str) -> Heard {
    classify_in(Language::En, text)
}

/// The same, with every move's probability.
pub fn read(text: &str) -> Reading {
    read_in(Language::En, text)
}

/// How the shipped classifier of a language hears an utterance.
pub fn classify_in(language: Language, text: &str) -> Heard {
    Classifier::shipped_in(language).classify(text)
}

/// The same, with every move's probability.
pub fn read_in(language: Language, text: &str) -> Reading {
    Classifier::shipped_in(language).read(text)
}
