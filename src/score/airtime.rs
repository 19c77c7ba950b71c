//! How airtime is counted (who spoke, for how long, in which group) and the listening part of
//! the score. Part of the rule book, with `rules.rs`.

use serde::{Deserialize, Serialize};

use super::rules::{
    ASKING_TARGET, LISTENING_FLOOR, REFLECTION_WORDS, SECONDS_PER_WORD, SILENCE_SECONDS,
    TELLING_CEILING, round1,
};
use crate::runtime::{LineFacts, OptionFacts};
use crate::scenario::model::Move;

/// How a stretch of airtime is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Airtime {
    Questions,
    Listening,
    Talking,
}

impl Airtime {
    /// Its slot in a `[questions, listening, talking]` array.
    pub fn slot(self) -> usize {
        match self {
            Airtime::Questions => 0,
            Airtime::Listening => 1,
            Airtime::Talking => 2,
        }
    }
}

/// Questions count as questions; reflections, affirmations and silence as listening (they show
/// the person they were heard); the rest as talking.
pub fn airtime_of(kind: Move) -> Airtime {
    match kind {
        Move::OpenQuestion | Move::ClosedQuestion => Airtime::Questions,
        Move::Reflection | Move::Affirmation | Move::Silence => Airtime::Listening,
        _ => Airtime::Talking,
    }
}

/// How a turn of the trainee's counts: by its move, except that a turn flagged as a mistake is
/// talking whatever its form ("Don't you think…?" tells; a pushy reflection lectures).
pub fn airtime_of_turn(option: &OptionFacts) -> Airtime {
    if option.mistakes > 0 {
        Airtime::Talking
    } else {
        airtime_of(option.kind)
    }
}

/// A turn's seconds in each group (questions, listening, talking). A listening move that runs
/// past [`REFLECTION_WORDS`] counts the rest as talking; silence is all listening.
pub fn turn_airtime(option: &OptionFacts) -> [f64; 3] {
    let seconds = option_seconds(option);
    let mut groups = [0.0; 3];
    let category = airtime_of_turn(option);
    if category == Airtime::Listening && option.kind != Move::Silence {
        let listening = seconds.min(REFLECTION_WORDS as f64 * SECONDS_PER_WORD);
        groups[Airtime::Listening.slot()] = listening;
        groups[Airtime::Talking.slot()] = seconds - listening;
    } else {
        groups[category.slot()] = seconds;
    }
    groups
}

/// The trainee's turns, by kind, for the listening part.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TurnCounts {
    /// Questions (not flagged as mistakes).
    pub questions: u32,
    /// Reflections, affirmations and silences (not flagged as mistakes).
    pub listening: u32,
    /// Of those, reflections.
    pub reflections: u32,
    /// Statements, visions, asks, lectures, and every turn flagged as a mistake.
    pub telling: u32,
}

impl TurnCounts {
    /// Counts one turn of the trainee's.
    pub fn add(&mut self, option: &OptionFacts) {
        match airtime_of_turn(option) {
            Airtime::Questions => self.questions += 1,
            Airtime::Listening => {
                self.listening += 1;
                if option.kind == Move::Reflection {
                    self.reflections += 1;
                }
            }
            Airtime::Talking => self.telling += 1,
        }
    }
}

/// How long the trainee's line takes: the author's `seconds`, else its words, and a short
/// pause for saying nothing.
pub fn option_seconds(option: &OptionFacts) -> f64 {
    let spoken = if option.kind == Move::Silence {
        SILENCE_SECONDS
    } else {
        option.words as f64 * SECONDS_PER_WORD
    };
    option.seconds.unwrap_or(spoken)
}

/// How long one variant of the person's line takes: nothing for narration, else the author's
/// `seconds` or its words.
pub fn line_seconds(line: &LineFacts, variant: usize) -> f64 {
    if line.narration {
        return 0.0;
    }
    let words = line.words.get(variant).copied().unwrap_or(0);
    line.seconds.unwrap_or(words as f64 * SECONDS_PER_WORD)
}

/// Its airtime when the variant is not known (a search over every path): the mean of its
/// variants' (a single variant's own airtime, to the bit).
pub fn mean_line_seconds(line: &LineFacts) -> f64 {
    let count = line.words.len();
    if count == 1 {
        return line_seconds(line, 0);
    }
    (0..count).map(|v| line_seconds(line, v)).sum::<f64>() / count.max(1) as f64
}

/// Shares of questions, listening and talking in the total airtime (all 0 when nothing was said).
pub fn airtime_shares(seconds: [f64; 3]) -> [f64; 3] {
    let total: f64 = seconds.iter().sum();
    if total > 0.0 {
        seconds.map(|s| s / total)
    } else {
        [0.0; 3]
    }
}

/// The four factors of the listening part, each from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ListeningFactors {
    /// Listening share over [`LISTENING_FLOOR`], capped at 1: more listening never costs.
    pub listening: f64,
    /// [`TELLING_CEILING`] over the telling share, capped at 1: every bit of telling above
    /// the ceiling costs.
    pub telling: f64,
    /// The share of turns that ask or listen rather than tell, over [`ASKING_TARGET`], capped
    /// at 1.
    pub asking: f64,
    /// Reflections per question, from one half with none to 1 at one reflection per question
    /// (an interview that never says back what it heard is not listening); 1 with no questions.
    pub reflecting: f64,
}

impl ListeningFactors {
    /// From the airtime by group and the trainee's turns.
    pub fn of(seconds: [f64; 3], turns: TurnCounts) -> ListeningFactors {
        let [_, listening, talking] = airtime_shares(seconds);
        let all = turns.questions + turns.listening + turns.telling;
        let asked_or_listened = turns.questions + turns.listening;
        ListeningFactors {
            listening: (listening / LISTENING_FLOOR).min(1.0),
            telling: if talking <= TELLING_CEILING {
                1.0
            } else {
                TELLING_CEILING / talking
            },
            asking: if all == 0 {
                1.0
            } else {
                (f64::from(asked_or_listened) / f64::from(all) / ASKING_TARGET).min(1.0)
            },
            reflecting: if turns.questions == 0 {
                1.0
            } else {
                0.5 + 0.5 * (f64::from(turns.reflections) / f64::from(turns.questions)).min(1.0)
            },
        }
    }

    /// The listening part: 100 × the geometric mean of the factors, so that no one of them can
    /// make up for another that is missing.
    pub fn score(&self) -> f64 {
        let product = self.listening * self.telling * self.asking * self.reflecting;
        round1(100.0 * product.powf(0.25))
    }
}

/// The listening part of a conversation: see [`ListeningFactors`]. Nothing said scores 0.
pub fn airtime_score(seconds: [f64; 3], turns: TurnCounts) -> f64 {
    if seconds.iter().sum::<f64>() <= 0.0 {
        return 0.0;
    }
    ListeningFactors::of(seconds, turns).score()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::model::Step;

    fn turns(questions: u32, listening: u32, reflections: u32, telling: u32) -> TurnCounts {
        TurnCounts {
            questions,
            listening,
            reflections,
            telling,
        }
    }

    /// The examples in docs/scoring.md, section 1.
    #[test]
    fn the_listening_examples_in_the_docs() {
        let score = |listening: f64, telling: f64, counts: TurnCounts| {
            let seconds = [100.0 - listening - telling, listening, telling];
            airtime_score(seconds, counts)
        };
        assert_eq!(score(75.0, 8.0, turns(4, 4, 4, 2)), 100.0);
        assert_eq!(score(80.0, 10.0, turns(4, 2, 2, 4)), 90.6);
        assert_eq!(score(65.0, 20.0, turns(3, 2, 1, 5)), 69.4);
        assert_eq!(score(70.0, 8.0, turns(6, 0, 0, 1)), 84.1);
        assert_eq!(score(50.0, 40.0, turns(1, 1, 0, 8)), 40.5);
        assert_eq!(score(90.0, 10.0, turns(0, 0, 0, 5)), 0.0);
        assert_eq!(airtime_score([0.0; 3], TurnCounts::default()), 0.0);
    }

    #[test]
    fn more_listening_never_costs_and_more_telling_always_does() {
        let with = |listening: f64, telling: f64| {
            airtime_score([10.0, listening, telling], turns(2, 2, 2, 1))
        };
        assert_eq!(with(70.0, 5.0), with(300.0, 5.0));
        assert!(with(100.0, 20.0) < with(100.0, 15.0));
        assert!(with(100.0, 40.0) < with(100.0, 30.0));
    }

    #[test]
    fn a_long_reflection_is_mostly_talking() {
        let reflection = |words: usize| OptionFacts {
            kind: Move::Reflection,
            words,
            seconds: None,
            step: Step::None,
            good: 1,
            mistakes: 0,
        };
        assert_eq!(turn_airtime(&reflection(10)), [0.0, 4.0, 0.0]);
        let [_, listening, talking] = turn_airtime(&reflection(40));
        assert_eq!(listening, 12.0 * SECONDS_PER_WORD);
        assert!((talking - 28.0 * SECONDS_PER_WORD).abs() < 1e-9);
    }
}
