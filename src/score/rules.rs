//! The rule book: every constant and formula of the score, written once. The Report and the
//! analysis's running totals both use these and nothing else.

use serde::{Deserialize, Serialize};

use crate::runtime::{LineFacts, OptionFacts};
use crate::scenario::model::{Assessment, Move, Outcome, Step};

/// Seconds per spoken word (150 words a minute).
pub const SECONDS_PER_WORD: f64 = 0.4;
/// Airtime of a silent option ("let them talk") that gives no `seconds`.
pub const SILENCE_SECONDS: f64 = 2.0;
/// The rule of thumb: questions, listening, talking.
pub const TARGET: [f64; 3] = [0.20, 0.70, 0.10];
/// Listening at or above this share of the airtime earns the whole listening factor.
pub const LISTENING_FLOOR: f64 = 0.70;
/// Telling above this share of the airtime always costs.
pub const TELLING_CEILING: f64 = 0.10;
/// The share of the organizer's turns that ask or listen (questions, reflections, affirmations,
/// silence) rather than tell: 20 to 10 is two to one.
pub const ASKING_TARGET: f64 = 2.0 / 3.0;
/// A reflection or an affirmation says back what was heard in about a sentence; its words
/// beyond this many are the organizer talking.
pub const REFLECTION_WORDS: usize = 12;

/// Weights of the sub-scores in the overall score.
pub const WEIGHT_AIRTIME: f64 = 25.0;
pub const WEIGHT_STEPS: f64 = 30.0;
pub const WEIGHT_BEHAVIOUR: f64 = 20.0;
pub const WEIGHT_OUTCOME: f64 = 15.0;
pub const WEIGHT_ASSESSMENT: f64 = 10.0;

/// Points per step reached, and lost per order violation.
pub const POINTS_PER_STEP: f64 = 20.0;
pub const ORDER_PENALTY: f64 = 10.0;
/// Behaviour is the share of flagged moves that were good, with each mistake counting this
/// many times, so that good moves never cancel a mistake outright.
pub const MISTAKE_WEIGHT: f64 = 2.0;

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

/// An order rule of the five steps that a turn can break.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ViolationKind {
    VisionBeforeStory,
    AskBeforeStory,
    AskBeforeVision,
    ObstaclesNeverAddressed,
    NoConcreteAsk,
}

impl ViolationKind {
    /// Out-of-order moves cost points; things never done already cost their step.
    pub fn is_order(self) -> bool {
        matches!(
            self,
            ViolationKind::VisionBeforeStory
                | ViolationKind::AskBeforeStory
                | ViolationKind::AskBeforeVision
        )
    }

    pub fn message(self) -> &'static str {
        match self {
            ViolationKind::VisionBeforeStory => "Proposed a vision before getting their story.",
            ViolationKind::AskBeforeStory => "Asked for a commitment before getting their story.",
            ViolationKind::AskBeforeVision => {
                "Asked for a commitment before offering a vision to act on."
            }
            ViolationKind::ObstaclesNeverAddressed => "Never addressed what stands in their way.",
            ViolationKind::NoConcreteAsk => "Never got to a concrete ask they answered.",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// The order of the five steps so far: which were reached, which order rules were broken.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct StepOrder {
    /// Bit i: step `Step::FIVE[i]` reached.
    pub reached: u8,
    /// One bit per [`ViolationKind`] broken.
    pub violations: u8,
}

impl StepOrder {
    pub fn has(&self, step: Step) -> bool {
        step.index().is_some_and(|i| self.reached & (1 << i) != 0)
    }

    /// Marks a step reached; true when it was not already.
    pub fn reach(&mut self, step: Step) -> bool {
        let Some(i) = step.index() else { return false };
        let new = self.reached & (1 << i) == 0;
        self.reached |= 1 << i;
        new
    }

    /// A turn works on `step`: the order rules it breaks for the first time. A vision needs
    /// the story first; an ask needs the story and a vision.
    pub fn work_on(&mut self, step: Step) -> Vec<ViolationKind> {
        let mut broken = Vec::new();
        if step == Step::Vision && !self.has(Step::Story) {
            broken.push(ViolationKind::VisionBeforeStory);
        }
        if step == Step::Ask {
            if !self.has(Step::Story) {
                broken.push(ViolationKind::AskBeforeStory);
            }
            if !self.has(Step::Vision) {
                broken.push(ViolationKind::AskBeforeVision);
            }
        }
        broken.retain(|kind| self.violations & kind.bit() == 0);
        for kind in &broken {
            self.violations |= kind.bit();
        }
        broken
    }

    /// The order rules broken since an earlier point, in the order they are listed.
    pub fn broken_since(&self, before: &StepOrder) -> Vec<ViolationKind> {
        [
            ViolationKind::VisionBeforeStory,
            ViolationKind::AskBeforeStory,
            ViolationKind::AskBeforeVision,
        ]
        .into_iter()
        .filter(|kind| self.violations & kind.bit() != 0 && before.violations & kind.bit() == 0)
        .collect()
    }

    /// What is still undone at the end: obstacles never addressed, no concrete ask.
    pub fn never_done(&self) -> Vec<ViolationKind> {
        let mut undone = Vec::new();
        if !self.has(Step::Obstacles) {
            undone.push(ViolationKind::ObstaclesNeverAddressed);
        }
        if !self.has(Step::Ask) {
            undone.push(ViolationKind::NoConcreteAsk);
        }
        undone
    }

    pub fn steps_reached(&self) -> usize {
        self.reached.count_ones() as usize
    }

    pub fn order_violations(&self) -> usize {
        self.violations.count_ones() as usize
    }
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

/// The five-steps part, from the steps reached and the order violations.
pub fn steps_score(reached: usize, order_violations: usize) -> f64 {
    (POINTS_PER_STEP * reached as f64 - ORDER_PENALTY * order_violations as f64).clamp(0.0, 100.0)
}

/// The behaviour part, or None when no flagged move was made.
pub fn behaviour_score(good: usize, mistakes: usize) -> Option<f64> {
    let (good, bad) = (good as f64, mistakes as f64);
    (good + bad > 0.0).then(|| round1(100.0 * good / (good + MISTAKE_WEIGHT * bad)))
}

/// The outcome part.
pub fn outcome_score(outcome: Option<Outcome>) -> f64 {
    match outcome {
        Some(Outcome::Committed) => 100.0,
        Some(Outcome::Maybe) => 60.0,
        Some(Outcome::Declined) => 25.0,
        Some(Outcome::WalkedAway) | None => 0.0,
    }
}

/// The assessment part, or None when the trainee gave none.
pub fn assessment_score(given: Option<Assessment>, truth: Option<Assessment>) -> Option<f64> {
    given.map(|given| match truth {
        Some(truth) if truth == given => 100.0,
        Some(truth) if truth.rank().abs_diff(given.rank()) == 1 => 50.0,
        _ => 0.0,
    })
}

/// The overall score: the weighted mean of the parts that apply, rounded to one decimal.
pub fn overall(
    airtime: f64,
    steps: f64,
    behaviour: Option<f64>,
    outcome: Option<Outcome>,
    assessment: Option<f64>,
) -> f64 {
    // Summed in the order the parts are listed, as the debrief shows them.
    let parts = [
        Some((airtime, WEIGHT_AIRTIME)),
        Some((steps, WEIGHT_STEPS)),
        behaviour.map(|b| (b, WEIGHT_BEHAVIOUR)),
        Some((outcome_score(outcome), WEIGHT_OUTCOME)),
        assessment.map(|a| (a, WEIGHT_ASSESSMENT)),
    ];
    let total_weight: f64 = parts.iter().flatten().map(|(_, w)| w).sum();
    round1(parts.iter().flatten().map(|(s, w)| s * w).sum::<f64>() / total_weight)
}

pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn a_step_order_violation_counts_once() {
        let mut order = StepOrder::default();
        assert_eq!(order.work_on(Step::Ask).len(), 2);
        assert!(order.work_on(Step::Ask).is_empty());
        order.reach(Step::Story);
        assert!(order.work_on(Step::Vision).is_empty());
        assert_eq!(order.order_violations(), 2);
    }
}
