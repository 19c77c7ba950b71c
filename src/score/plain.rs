//! A conversation written out in plain text, one turn a line, for scoring the listening of a
//! real conversation (a role-play, a recorded door knock) rather than a scenario's:
//!
//! ```text
//! # Any line starting with # is a comment.
//! Organizer [open question]: What brought you out tonight?
//! Person: My cousin got stopped again last week.
//! Organizer [reflection]: So it keeps happening to your family.
//! Organizer [statement, mistake]: You should come to our meeting.
//! ```
//!
//! The organizer's lines name their move in brackets, and `mistake` when the line is one (a
//! leading question, a lecture); every other speaker is the person.

use super::airtime::{ListeningFactors, TurnCounts, airtime_score, turn_airtime};
use super::rules::SECONDS_PER_WORD;
use crate::runtime::{OptionFacts, word_count};
use crate::scenario::model::{Move, Step};

/// Who says a line.
#[derive(Debug, Clone, PartialEq)]
pub enum PlainSpeaker {
    Organizer { kind: Move, mistake: bool },
    Person,
}

/// One line of a plain conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct PlainLine {
    pub speaker: PlainSpeaker,
    pub text: String,
}

/// A line that could not be read, with its 1-based number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct PlainError {
    pub line: usize,
    pub message: String,
}

/// What the listening part makes of a plain conversation.
#[derive(Debug, Clone, PartialEq)]
pub struct PlainListening {
    /// Seconds of questions, listening and talking.
    pub seconds: [f64; 3],
    pub turns: TurnCounts,
    pub factors: ListeningFactors,
    pub score: f64,
}

/// Reads a plain conversation. Blank lines and `#` comments are skipped.
pub fn parse(text: &str) -> Result<Vec<PlainLine>, PlainError> {
    let mut lines = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let raw = raw.trim();
        if raw.is_empty() || raw.starts_with('#') {
            continue;
        }
        let fail = |message: String| PlainError {
            line: i + 1,
            message,
        };
        let (who, said) = raw
            .split_once(':')
            .ok_or_else(|| fail("expected `Speaker: what they said`".to_owned()))?;
        let who = who.trim();
        let speaker = match who.split_once('[') {
            Some((name, tags)) if is_organizer(name) => {
                let tags = tags
                    .strip_suffix(']')
                    .ok_or_else(|| fail("a `[` without its `]`".to_owned()))?;
                organizer(tags).map_err(fail)?
            }
            None if is_organizer(who) => {
                return Err(fail(
                    "say what kind of move the organizer's line is, as in `Organizer [open question]:`"
                        .to_owned(),
                ));
            }
            _ => PlainSpeaker::Person,
        };
        lines.push(PlainLine {
            speaker,
            text: said.trim().to_owned(),
        });
    }
    Ok(lines)
}

fn is_organizer(name: &str) -> bool {
    matches!(
        name.trim().to_lowercase().as_str(),
        "organizer" | "organiser" | "o"
    )
}

fn organizer(tags: &str) -> Result<PlainSpeaker, String> {
    let mut kind = None;
    let mut mistake = false;
    for tag in tags.split(',').map(|t| t.trim().to_lowercase()) {
        if tag == "mistake" {
            mistake = true;
            continue;
        }
        let found = Move::ALL
            .into_iter()
            .find(|m| m.label() == tag)
            .ok_or_else(|| {
                let known: Vec<&str> = Move::ALL.iter().map(|m| m.label()).collect();
                format!("unknown move '{tag}' (one of: {})", known.join(", "))
            })?;
        kind = Some(found);
    }
    let kind = kind.ok_or("the brackets name no move".to_owned())?;
    Ok(PlainSpeaker::Organizer { kind, mistake })
}

/// The listening part of a plain conversation, by the same rules as a scenario's.
pub fn listening(lines: &[PlainLine]) -> PlainListening {
    let mut seconds = [0.0; 3];
    let mut turns = TurnCounts::default();
    for line in lines {
        let words = word_count(&line.text);
        match &line.speaker {
            PlainSpeaker::Person => seconds[1] += words as f64 * SECONDS_PER_WORD,
            PlainSpeaker::Organizer { kind, mistake } => {
                let facts = OptionFacts {
                    kind: *kind,
                    words,
                    seconds: None,
                    step: Step::None,
                    good: 0,
                    mistakes: u32::from(*mistake),
                };
                for (slot, s) in turn_airtime(&facts).into_iter().enumerate() {
                    seconds[slot] += s;
                }
                turns.add(&facts);
            }
        }
    }
    PlainListening {
        seconds,
        turns,
        factors: ListeningFactors::of(seconds, turns),
        score: airtime_score(seconds, turns),
    }
}
