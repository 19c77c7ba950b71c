//! The move classifier: a rule for saying nothing, then the model, sentence by sentence too, to
//! tell a turn that mixes moves.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::corpus::{self, Labelled};
use super::features::features;
use super::model::{Example, Model};
use super::tokens::{says_nothing, sentences, words};
use super::{Group, KINDS};
use crate::i18n::Language;
use crate::scenario::model::Move;

/// How an utterance was heard: the move it reads as, and how sure the classifier is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Heard {
    #[serde(rename = "move")]
    pub kind: Move,
    /// The classifier's probability for that move, from 0 to 1.
    pub confidence: f64,
    /// The turn mixes moves of different groups (a reflection then a question, say); `kind` is
    /// the one that dominates it.
    #[serde(default)]
    pub mixed: bool,
    /// In a mixed turn, the strongest move of another group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub with: Option<Move>,
}

impl Heard {
    /// The group the move counts in.
    pub fn group(&self) -> Group {
        Group::of(self.kind)
    }
}

/// An utterance as the classifier read it: the verdict and every move's probability.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub heard: Heard,
    /// Probability of each move, in the order of [`KINDS`].
    pub chances: [f64; KINDS.len()],
}

impl Reading {
    /// The probability of one move (0 for `Unclassified`).
    pub fn chance(&self, kind: Move) -> f64 {
        KINDS
            .iter()
            .position(|k| *k == kind)
            .map_or(0.0, |i| self.chances[i])
    }

    /// The probability that the move falls in a group.
    pub fn group_chance(&self, group: Group) -> f64 {
        KINDS
            .iter()
            .zip(self.chances)
            .filter(|(k, _)| Group::of(**k) == group)
            .map(|(_, p)| p)
            .sum()
    }
}

/// A sentence inside a longer turn counts toward "mixed" only when it is read this surely.
const SURE_SENTENCE: f64 = 0.5;
/// And only when it has this many words: "Right." or "Thanks." does not make a turn mixed.
const SENTENCE_WORDS: usize = 3;

/// A trained classifier for one language.
#[derive(Debug, Clone)]
pub struct Classifier {
    model: Model,
    language: Language,
}

impl Classifier {
    /// Trains on labelled English utterances.
    pub fn train(labelled: &[Labelled]) -> Classifier {
        Classifier::train_in(Language::En, labelled)
    }

    /// Trains on labelled utterances in a language.
    pub fn train_in(language: Language, labelled: &[Labelled]) -> Classifier {
        let examples: Vec<Example> = labelled
            .iter()
            .filter_map(|l| {
                let class = KINDS.iter().position(|k| *k == l.kind)?;
                Some(Example {
                    class,
                    features: features(language, &l.text),
                })
            })
            .collect();
        Classifier {
            model: Model::train(&examples, KINDS.len()),
            language,
        }
    }

    /// The English classifier shipped.
    pub fn shipped() -> &'static Classifier {
        Classifier::shipped_in(Language::En)
    }

    /// The classifier trained on a language's labelled set compiled into the binary, trained
    /// once, at first use.
    pub fn shipped_in(language: Language) -> &'static Classifier {
        static ENGLISH: OnceLock<Classifier> = OnceLock::new();
        static SPANISH: OnceLock<Classifier> = OnceLock::new();
        let cell = match language {
            Language::En => &ENGLISH,
            Language::Es => &SPANISH,
        };
        cell.get_or_init(|| Classifier::train_in(language, &corpus::shipped_in(language)))
    }

    /// The language it hears.
    pub fn language(&self) -> Language {
        self.language
    }

    /// How an utterance reads.
    pub fn classify(&self, text: &str) -> Heard {
        self.read(text).heard
    }

    /// How an utterance reads, with every move's probability.
    pub fn read(&self, text: &str) -> Reading {
        if says_nothing(text) {
            let mut chances = [0.0; KINDS.len()];
            let silence = KINDS.iter().position(|k| *k == Move::Silence).unwrap_or(0);
            chances[silence] = 1.0;
            return Reading {
                heard: Heard {
                    kind: Move::Silence,
                    confidence: 1.0,
                    mixed: false,
                    with: None,
                },
                chances,
            };
        }
        let chances = self.chances(text);
        let (kind, confidence) = best(&chances);
        let mut heard = Heard {
            kind,
            confidence,
            mixed: false,
            with: None,
        };
        let parts = sentences(text);
        if parts.len() > 1 {
            let other = parts
                .iter()
                .filter(|s| words(s).len() >= SENTENCE_WORDS)
                .map(|s| (best(&self.chances(s)), words(s).len()))
                .filter(|((k, p), _)| *p >= SURE_SENTENCE && Group::of(*k) != Group::of(kind))
                .max_by(|a, b| a.1.cmp(&b.1).then(a.0.1.total_cmp(&b.0.1)));
            if let Some(((with, _), _)) = other {
                heard.mixed = true;
                heard.with = Some(with);
            }
        }
        Reading { heard, chances }
    }

    fn chances(&self, text: &str) -> [f64; KINDS.len()] {
        let mut out = [0.0; KINDS.len()];
        for (o, p) in out
            .iter_mut()
            .zip(self.model.probabilities(&features(self.language, text)))
        {
            *o = p;
        }
        out
    }
}

/// The likeliest move and its probability.
fn best(chances: &[f64; KINDS.len()]) -> (Move, f64) {
    let (i, p) =
        chances.iter().enumerate().fold(
            (0, f64::MIN),
            |top, (i, &p)| if p > top.1 { (i, p) } else { top },
        );
    (KINDS[i], p)
}
