//! Scoring: a pure function from a scenario, a transcript and an assessment to an explained Report.

use serde::{Deserialize, Serialize};

use crate::analysis;
use crate::conversation::{Entry, Transcript};
use crate::scenario::flags;
use crate::scenario::model::{Airtime, Assessment, FlagKind, Move, Outcome, Scenario, Step};

/// Seconds per spoken word (150 words a minute).
pub const SECONDS_PER_WORD: f64 = 0.4;
/// Airtime of a silent option ("let them talk") that gives no `seconds`.
pub const SILENCE_SECONDS: f64 = 2.0;
/// The rule of thumb: questions, listening, talking.
pub const TARGET: [f64; 3] = [0.20, 0.70, 0.10];

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
    /// An option that was on offer and could have led further: filled in by
    /// [`score_with_advice`], never by [`score`].
    pub better: Option<Suggestion>,
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

/// How much higher, in points, the best score reachable after another option must be before
/// the debrief suggests it: smaller gaps come from airtime rounding, not from the choice.
pub const ADVICE_MARGIN: f64 = 2.0;

/// [`score`], plus for each turn the option on offer that could have led to the best overall
/// score, when it beats the best still reachable after the option chosen by [`ADVICE_MARGIN`].
/// This searches the scenario's paths from every turn (see `analysis`), so call it once for
/// the debrief, not every frame.
pub fn score_with_advice(
    scenario: &Scenario,
    transcript: &Transcript,
    assessment: Option<Assessment>,
) -> Report {
    let mut report = score(scenario, transcript, assessment);
    for advice in analysis::advise(scenario, transcript) {
        let Some(turn) = report.turns.iter_mut().find(|t| t.turn == advice.turn) else {
            continue;
        };
        let chosen = advice.chosen().and_then(|p| p.best);
        // Never suggest an option the coach flags as a mistake, even if it happens to lead
        // somewhere good: the debrief would contradict itself.
        let node = scenario.nodes.get(&turn.node);
        let flagged = |index: usize| {
            node.and_then(|n| n.options.get(index)).is_some_and(|o| {
                o.flags.iter().any(|f| {
                    flags::lookup(scenario, f).is_some_and(|i| i.kind == FlagKind::Mistake)
                })
            })
        };
        let Some(other) = advice
            .options
            .iter()
            .filter(|p| p.index != advice.chosen && p.best.is_some() && !flagged(p.index))
            .fold(None, |top: Option<&analysis::Prospect>, p| match top {
                Some(t) if t.best >= p.best => Some(t),
                _ => Some(p),
            })
        else {
            continue;
        };
        let beats = match (other.best, chosen) {
            (Some(other), Some(chosen)) => other >= chosen + ADVICE_MARGIN,
            (Some(_), None) => true,
            (None, _) => false,
        };
        let option = scenario
            .nodes
            .get(&turn.node)
            .and_then(|n| n.options.get(other.index));
        if let (true, Some(option)) = (beats, option) {
            turn.better = Some(Suggestion {
                index: other.index,
                text: option.text.clone(),
                note: option.note.clone(),
                flags: option.flags.clone(),
                best_after: other.best,
                best_after_chosen: chosen,
                exact: other.exact && advice.chosen().is_none_or(|p| p.exact),
            });
        }
    }
    report
}

/// Scores a transcript. `assessment` is the trainee's call on the person, if made.
pub fn score(
    scenario: &Scenario,
    transcript: &Transcript,
    assessment: Option<Assessment>,
) -> Report {
    let airtime = airtime(transcript);
    let talk = talk_stats(transcript, &airtime.lines);
    let steps = steps(transcript);
    let (mistakes, good_moves) = flag_hits(scenario, transcript);
    let behaviour = behaviour_score(good_moves.len(), mistakes.len());
    let ending = transcript.ending.as_ref();
    let outcome = ending.and_then(|e| e.outcome);
    let truth = ending.and_then(|e| e.truth);
    let assessment_score = assessment_score(assessment, truth);

    let mut parts = vec![
        Part {
            name: "Airtime".into(),
            score: airtime.score,
            weight: WEIGHT_AIRTIME,
            formula: format!(
                "100 × (1 − ½ × (|{:.0}% − 20%| + |{:.0}% − 70%| + |{:.0}% − 10%|))",
                airtime.questions * 100.0,
                airtime.listening * 100.0,
                airtime.talking * 100.0
            ),
        },
        Part {
            name: "Five steps".into(),
            score: steps.score,
            weight: WEIGHT_STEPS,
            formula: format!(
                "{POINTS_PER_STEP:.0} × {} steps reached − {ORDER_PENALTY:.0} × {} out of order",
                steps.reached.len(),
                steps
                    .violations
                    .iter()
                    .filter(|v| v.kind.is_order())
                    .count()
            ),
        },
        Part {
            name: "Outcome".into(),
            score: outcome_score(outcome),
            weight: WEIGHT_OUTCOME,
            formula: format!(
                "{}: committed 100, maybe 60, declined 25, walked away 0",
                outcome.map_or("no ending", Outcome::label)
            ),
        },
    ];
    if let Some(score) = behaviour {
        parts.insert(
            2,
            Part {
                name: "Behaviour".into(),
                score,
                weight: WEIGHT_BEHAVIOUR,
                formula: format!(
                    "100 × {} good ÷ ({} good + {MISTAKE_WEIGHT:.0} × {} mistakes)",
                    good_moves.len(),
                    good_moves.len(),
                    mistakes.len()
                ),
            },
        );
    }
    if let Some(score) = assessment_score {
        parts.push(Part {
            name: "Assessment".into(),
            score,
            weight: WEIGHT_ASSESSMENT,
            formula: format!(
                "you said {}, they were {}: exact 100, next category 50, else 0",
                assessment.map_or("?", Assessment::label),
                truth.map_or("unknown", Assessment::label)
            ),
        });
    }
    let overall = overall(
        airtime.score,
        steps.score,
        behaviour,
        outcome,
        assessment_score,
    );

    let turns = transcript
        .choices()
        .map(|c| {
            let kinds: Vec<FlagKind> = c
                .flags
                .iter()
                .filter_map(|f| flags::lookup(scenario, f).map(|i| i.kind))
                .collect();
            let mistakes = kinds.iter().filter(|k| **k == FlagKind::Mistake).count();
            TurnReview {
                better: None,
                turn: c.turn,
                node: c.node.clone(),
                said: c.text.clone(),
                kind: c.kind,
                step: c.step,
                flags: c.flags.clone(),
                note: c.note.clone(),
                mistakes,
                good_moves: kinds.iter().filter(|k| **k == FlagKind::Good).count(),
            }
        })
        .collect();

    Report {
        scenario: scenario.id.clone(),
        title: scenario.title.clone(),
        person: scenario.person.name.clone(),
        seed: transcript.seed,
        overall,
        practice: transcript.rewound,
        parts,
        airtime,
        talk,
        steps,
        mistakes,
        good_moves,
        outcome,
        ending: ending.map(|e| e.summary.clone()),
        assessment: AssessmentReport {
            given: assessment,
            truth,
            score: assessment_score,
        },
        state: transcript
            .vars
            .iter()
            .map(|vars| vars.iter().map(|(k, v)| (k.clone(), *v)).collect())
            .collect(),
        turns,
    }
}

// The formulas of the parts, shared with the path analysis so that both score a path the same
// way to the last bit.

/// Shares of questions, listening and talking in the total airtime (all 0 when nothing was said).
pub fn airtime_shares(seconds: [f64; 3]) -> [f64; 3] {
    let total: f64 = seconds.iter().sum();
    if total > 0.0 {
        seconds.map(|s| s / total)
    } else {
        [0.0; 3]
    }
}

/// The airtime part: 100 × (1 − the total variation distance from the 20/70/10 target).
pub fn airtime_score(seconds: [f64; 3]) -> f64 {
    let total: f64 = seconds.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    let distance = 0.5
        * airtime_shares(seconds)
            .iter()
            .zip(TARGET)
            .map(|(s, t)| (s - t).abs())
            .sum::<f64>();
    round1(100.0 * (1.0 - distance))
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

pub fn outcome_score(outcome: Option<Outcome>) -> f64 {
    match outcome {
        Some(Outcome::Committed) => 100.0,
        Some(Outcome::Maybe) => 60.0,
        Some(Outcome::Declined) => 25.0,
        Some(Outcome::WalkedAway) | None => 0.0,
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn airtime(transcript: &Transcript) -> AirtimeReport {
    let mut lines = Vec::new();
    let mut turn = 0;
    for entry in &transcript.entries {
        match entry {
            Entry::Person(line) if !line.narration => {
                let words = words(&line.text);
                lines.push(CountedLine {
                    turn,
                    speaker: Speaker::Person,
                    category: Airtime::Listening,
                    seconds: line.seconds.unwrap_or(words as f64 * SECONDS_PER_WORD),
                    words,
                    text: line.text.clone(),
                });
            }
            Entry::Choice(choice) => {
                turn = choice.turn;
                let words = words(&choice.text);
                let default = if choice.kind == Move::Silence {
                    SILENCE_SECONDS
                } else {
                    words as f64 * SECONDS_PER_WORD
                };
                lines.push(CountedLine {
                    turn,
                    speaker: Speaker::Trainee,
                    category: choice.kind.airtime(),
                    seconds: choice.seconds.unwrap_or(default),
                    words,
                    text: choice.text.clone(),
                });
            }
            _ => {}
        }
    }
    let mut seconds = [0.0; 3];
    for line in &lines {
        seconds[category_index(line.category)] += line.seconds;
    }
    let shares = airtime_shares(seconds);
    AirtimeReport {
        questions: shares[0],
        listening: shares[1],
        talking: shares[2],
        seconds,
        target: TARGET,
        score: airtime_score(seconds),
        lines,
    }
}

fn category_index(category: Airtime) -> usize {
    match category {
        Airtime::Questions => 0,
        Airtime::Listening => 1,
        Airtime::Talking => 2,
    }
}

fn talk_stats(transcript: &Transcript, lines: &[CountedLine]) -> TalkStats {
    let mut longest = (0.0, None);
    let mut current = (0.0, None);
    for line in lines {
        match line.speaker {
            Speaker::Person => current = (0.0, None),
            Speaker::Trainee if line.category == Airtime::Listening => current = (0.0, None),
            Speaker::Trainee => {
                current.0 += line.seconds;
                current.1 = current.1.or(Some(line.turn));
                if current.0 > longest.0 {
                    longest = current;
                }
            }
        }
    }
    let count = |kind: Move| transcript.choices().filter(|c| c.kind == kind).count();
    let open = count(Move::OpenQuestion);
    let questions = open + count(Move::ClosedQuestion);
    let reflections = count(Move::Reflection);
    let ratio = |n: usize| (questions > 0).then(|| round2(n as f64 / questions as f64));
    TalkStats {
        longest_monologue_seconds: round1(longest.0),
        longest_monologue_turn: longest.1,
        questions,
        open_questions: open,
        open_share: ratio(open),
        reflections,
        reflection_to_question: ratio(reflections),
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn steps(transcript: &Transcript) -> StepsReport {
    let mut reached: Vec<StepMark> = Vec::new();
    let mut violations: Vec<Violation> = Vec::new();
    let has = |reached: &[StepMark], step| reached.iter().any(|m| m.step == step);
    let flag_once = |violations: &mut Vec<Violation>, kind, turn, message: &str| {
        if !violations.iter().any(|v| v.kind == kind) {
            violations.push(Violation {
                kind,
                turn: Some(turn),
                message: message.to_owned(),
            });
        }
    };
    for entry in &transcript.entries {
        match entry {
            Entry::Choice(choice) => match choice.step {
                Step::Vision if !has(&reached, Step::Story) => flag_once(
                    &mut violations,
                    ViolationKind::VisionBeforeStory,
                    choice.turn,
                    "Proposed a vision before getting their story.",
                ),
                Step::Ask => {
                    if !has(&reached, Step::Story) {
                        flag_once(
                            &mut violations,
                            ViolationKind::AskBeforeStory,
                            choice.turn,
                            "Asked for a commitment before getting their story.",
                        );
                    }
                    if !has(&reached, Step::Vision) {
                        flag_once(
                            &mut violations,
                            ViolationKind::AskBeforeVision,
                            choice.turn,
                            "Asked for a commitment before offering a vision to act on.",
                        );
                    }
                }
                _ => {}
            },
            Entry::Reached { turn, step, .. } if !has(&reached, *step) => {
                reached.push(StepMark {
                    step: *step,
                    turn: *turn,
                });
            }
            _ => {}
        }
    }
    if !has(&reached, Step::Obstacles) {
        violations.push(Violation {
            kind: ViolationKind::ObstaclesNeverAddressed,
            turn: None,
            message: "Never addressed what stands in their way.".into(),
        });
    }
    if !has(&reached, Step::Ask) {
        violations.push(Violation {
            kind: ViolationKind::NoConcreteAsk,
            turn: None,
            message: "Never got to a concrete ask they answered.".into(),
        });
    }
    let order = violations.iter().filter(|v| v.kind.is_order()).count();
    let score = steps_score(reached.len(), order);
    let missing = Step::FIVE
        .into_iter()
        .filter(|s| !has(&reached, *s))
        .collect();
    StepsReport {
        reached,
        missing,
        violations,
        score,
    }
}

fn flag_hits(scenario: &Scenario, transcript: &Transcript) -> (Vec<FlagHit>, Vec<FlagHit>) {
    let mut mistakes = Vec::new();
    let mut good = Vec::new();
    for choice in transcript.choices() {
        for flag in &choice.flags {
            let Some(info) = flags::lookup(scenario, flag) else {
                continue;
            };
            let hit = FlagHit {
                flag: info.id,
                label: info.label,
                description: info.description,
                turn: choice.turn,
                said: choice.text.clone(),
                note: choice.note.clone(),
            };
            match info.kind {
                FlagKind::Mistake => mistakes.push(hit),
                FlagKind::Good => good.push(hit),
            }
        }
    }
    (mistakes, good)
}
