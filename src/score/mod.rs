//! Scoring: a pure function from a scenario, a transcript and an assessment to an explained
//! Report. Its rules live in `rules.rs` and `airtime.rs` alone; the Report folds the transcript
//! through the same [`Tally`] that the analysis carries along every path.

pub mod airtime;
pub mod observed;
pub mod plain;
mod report;
pub mod rules;
mod shown;
mod tally;

pub use airtime::{
    Airtime, ListeningFactors, TurnCounts, airtime_of, airtime_of_turn, turn_airtime,
};
pub use report::*;
pub use rules::{
    ASKING_TARGET, LISTENING_FLOOR, MISTAKE_WEIGHT, ORDER_PENALTY, POINTS_PER_STEP,
    REFLECTION_WORDS, SECONDS_PER_WORD, SILENCE_SECONDS, TARGET, TELLING_CEILING, ViolationKind,
    WEIGHT_AIRTIME, WEIGHT_ASSESSMENT, WEIGHT_BEHAVIOUR, WEIGHT_OUTCOME, WEIGHT_STEPS,
};
pub use shown::{shown, whole_points};
pub use tally::Tally;

use crate::runtime::{
    ChoiceRecord, Entry, Ledger, LineFacts, OptionFacts, PersonLine, Transcript, flag_counts,
    word_count,
};
use crate::scenario::flags;
use crate::scenario::model::{Assessment, FlagKind, Move, Outcome, Scenario, Step};
use crate::words::plural;
use airtime::{airtime_shares, line_seconds, option_seconds};
use rules::{assessment_score, behaviour_score, outcome_score, round1, round2};

/// Scores a transcript. `assessment` is the trainee's call on the person, if made.
pub fn score(
    scenario: &Scenario,
    transcript: &Transcript,
    assessment: Option<Assessment>,
) -> Report {
    let mut tally = Tally::default();
    let mut lines = Vec::new();
    let mut reached = Vec::new();
    let mut violations = Vec::new();
    let mut chosen = std::collections::HashSet::new();
    let mut revealed = std::collections::HashSet::new();
    let mut turn = 0;
    for entry in &transcript.entries {
        match entry {
            Entry::Person(line) => {
                revealed.extend(line.reveals.iter().map(String::as_str));
                let facts = line_facts(line);
                tally.heard(&facts, Some(0));
                if !line.narration {
                    lines.push(CountedLine {
                        turn,
                        speaker: Speaker::Person,
                        category: Airtime::Listening,
                        seconds: line_seconds(&facts, 0),
                        talking_seconds: 0.0,
                        words: facts.words[0],
                        text: line.text.clone(),
                    });
                }
            }
            Entry::Choice(choice) => {
                turn = choice.turn;
                let facts = option_facts(scenario, choice);
                let before = tally.order;
                let again = !chosen.insert((choice.node.as_str(), choice.index));
                tally.said(&facts, true, again);
                violations.extend(tally.order.broken_since(&before).into_iter().map(|kind| {
                    Violation {
                        kind,
                        turn: Some(turn),
                        message: kind.message().to_owned(),
                    }
                }));
                lines.push(CountedLine {
                    turn,
                    speaker: Speaker::Trainee,
                    category: airtime_of_turn(&facts),
                    seconds: option_seconds(&facts),
                    talking_seconds: if airtime_of_turn(&facts) == Airtime::Talking {
                        0.0
                    } else {
                        turn_airtime(&facts)[Airtime::Talking.slot()]
                    },
                    words: facts.words,
                    text: choice.words_said().to_owned(),
                });
            }
            Entry::Reached { turn, step, .. } => {
                if !tally.order.has(*step) {
                    reached.push(StepMark {
                        step: *step,
                        turn: *turn,
                    });
                }
                tally.reached(*step);
            }
        }
    }
    violations.extend(tally.order.never_done().into_iter().map(|kind| Violation {
        kind,
        turn: None,
        message: kind.message().to_owned(),
    }));

    let airtime = airtime_report(&tally, lines);
    let talk = talk_stats(transcript, &airtime.lines);
    let steps = StepsReport {
        score: rules::steps_score(tally.order.steps_reached(), tally.order.order_violations()),
        missing: Step::FIVE
            .into_iter()
            .filter(|s| !tally.order.has(*s))
            .collect(),
        reached,
        violations,
    };
    let (mistakes, good_moves) = flag_hits(scenario, transcript);
    let ending = transcript.ending.as_ref();
    let outcome = ending.and_then(|e| e.outcome);
    let truth = ending.and_then(|e| e.truth);
    let assessment_part = assessment_score(assessment, truth);
    let behaviour = behaviour_score(tally.good as usize, tally.mistakes as usize);
    let parts = parts(
        &airtime,
        &steps,
        behaviour,
        &tally,
        outcome,
        assessment.zip(assessment_part),
        truth,
    );
    Report {
        scenario: scenario.id.clone(),
        title: scenario.title.clone(),
        person: scenario.person.name.clone(),
        seed: transcript.seed,
        overall: tally.overall_heard(outcome, assessment_part),
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
            why: ending.and_then(|e| e.why.clone()),
            score: assessment_part,
        },
        never_learned: scenario
            .person
            .facts
            .iter()
            .filter(|(id, _)| !revealed.contains(id))
            .map(|(id, text)| Fact {
                id: id.to_owned(),
                text: text.clone(),
            })
            .collect(),
        state: transcript
            .vars
            .iter()
            .map(|vars| vars.iter().map(|(k, v)| (k.clone(), *v)).collect())
            .collect(),
        turns: transcript
            .choices()
            .map(|c| turn_review(scenario, c))
            .collect(),
    }
}

fn line_facts(line: &PersonLine) -> LineFacts {
    LineFacts {
        words: vec![word_count(&line.text)],
        narration: line.narration,
        seconds: line.seconds,
    }
}

/// A turn's facts for scoring. In free-text play the trainee's own words and the move they were
/// heard as count, not the option's; the option still brings its step and its flags.
fn option_facts(scenario: &Scenario, choice: &ChoiceRecord) -> OptionFacts {
    let (good, mistakes) = flag_counts(scenario, &choice.flags);
    OptionFacts {
        kind: choice.move_said(),
        words: word_count(choice.words_said()),
        seconds: if choice.typed.is_some() {
            None
        } else {
            choice.seconds
        },
        step: choice.step,
        good,
        mistakes,
    }
}

/// Each part with its score, weight and the formula as filled in for this attempt.
fn parts(
    airtime: &AirtimeReport,
    steps: &StepsReport,
    behaviour: Option<f64>,
    tally: &Tally,
    outcome: Option<Outcome>,
    assessed: Option<(Assessment, f64)>,
    truth: Option<Assessment>,
) -> Vec<Part> {
    let mut parts = vec![
        Part {
            name: "Airtime".into(),
            score: airtime.score,
            weight: rules::WEIGHT_AIRTIME,
            formula: airtime_formula(airtime),
        },
        Part {
            name: "Five steps".into(),
            score: steps.score,
            weight: rules::WEIGHT_STEPS,
            formula: format!(
                "{:.0} × {} steps reached − {:.0} × {} out of order",
                rules::POINTS_PER_STEP,
                steps.reached.len(),
                rules::ORDER_PENALTY,
                tally.order.order_violations()
            ),
        },
    ];
    if let Some(score) = behaviour {
        parts.push(Part {
            name: "Behaviour".into(),
            score,
            weight: rules::WEIGHT_BEHAVIOUR,
            formula: format!(
                "100 × {good} good ÷ ({good} good + {:.0} × {} mistakes)",
                rules::MISTAKE_WEIGHT,
                tally.mistakes,
                good = tally.good,
            ),
        });
    }
    parts.push(Part {
        name: "Outcome".into(),
        score: outcome_score(outcome),
        weight: rules::WEIGHT_OUTCOME,
        formula: format!(
            "{}: committed 100, maybe 60, declined 25, walked away 0",
            outcome.map_or("no ending", Outcome::label)
        ),
    });
    if let Some((given, score)) = assessed {
        parts.push(Part {
            name: "Assessment".into(),
            score,
            weight: rules::WEIGHT_ASSESSMENT,
            formula: format!(
                "you said {}, they were {}: exact 100, next category 50, else 0",
                given.label(),
                truth.map_or("unknown", Assessment::label)
            ),
        });
    }
    parts
}

fn turn_review(scenario: &Scenario, choice: &ChoiceRecord) -> TurnReview {
    let (good_moves, mistakes) = flag_counts(scenario, &choice.flags);
    TurnReview {
        better: None,
        turn: choice.turn,
        node: choice.node.clone(),
        said: choice.text.clone(),
        kind: choice.kind,
        step: choice.step,
        flags: choice.flags.clone(),
        note: choice.note.clone(),
        mistakes: mistakes as usize,
        good_moves: good_moves as usize,
        typed: choice.typed.clone(),
        heard: choice.heard.filter(|_| choice.typed.is_some()),
    }
}

fn airtime_report(tally: &Tally, lines: Vec<CountedLine>) -> AirtimeReport {
    // What was actually said: a transcript knows every line's words.
    let seconds = tally.heard;
    let shares = airtime_shares(seconds);
    AirtimeReport {
        questions: shares[0],
        listening: shares[1],
        talking: shares[2],
        seconds,
        target: rules::TARGET,
        turns: tally.turns,
        factors: ListeningFactors::of(seconds, tally.turns),
        score: airtime::airtime_score(seconds, tally.turns),
        lines,
    }
}

/// The listening part's formula, filled in.
fn airtime_formula(a: &AirtimeReport) -> String {
    let f = &a.factors;
    let n = &a.turns;
    format!(
        "100 × ⁴√(listening × telling × asking × reflecting) = 100 × ⁴√({:.2} × {:.2} × {:.2} × {:.2}): \
         listening {:.0}% of the time (70% or more is full marks); \
         telling {:.0}% (10% or less is full marks); \
         {} of {} turns asked or listened (a mistake counts as telling; two in three is full marks); \
         {} reflection{} to {} question{} (one each is full marks)",
        f.listening,
        f.telling,
        f.asking,
        f.reflecting,
        a.listening * 100.0,
        a.talking * 100.0,
        n.questions + n.listening,
        n.questions + n.listening + n.telling,
        n.reflections,
        plural(n.reflections as usize),
        n.questions,
        plural(n.questions as usize),
    )
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
    let count = |kind: Move| {
        transcript
            .choices()
            .filter(|c| c.move_said() == kind)
            .count()
    };
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

fn flag_hits(scenario: &Scenario, transcript: &Transcript) -> (Vec<FlagHit>, Vec<FlagHit>) {
    let mut mistakes = Vec::new();
    let mut good = Vec::new();
    let mut chosen = std::collections::HashSet::new();
    for choice in transcript.choices() {
        let again = !chosen.insert((choice.node.as_str(), choice.index));
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
                FlagKind::Good if again => {}
                FlagKind::Good => good.push(hit),
            }
        }
    }
    (mistakes, good)
}
