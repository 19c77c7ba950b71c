//! Scoring a small hand-built scenario against numbers worked out by hand (see docs/scoring.md).

use std::sync::Arc;

use doorstep::runtime::Conversation;
use doorstep::scenario::{Assessment, Outcome, Scenario, Step};
use doorstep::score::{self, ViolationKind};

use super::{fixture, scenario_from, small};

/// The small scenario's text, to vary.
fn small_text() -> String {
    std::fs::read_to_string(fixture("small.ron")).expect("fixture")
}

fn play(scenario: &Arc<Scenario>, choices: &[usize], assess: Option<Assessment>) -> score::Report {
    let conversation =
        Conversation::replay(Arc::clone(scenario), 0, choices).expect("valid choices");
    score::score(scenario, conversation.transcript(), assess)
}

#[test]
fn airtime_counts_words_and_explicit_seconds() {
    let report = play(&small(), &[1, 1, 1], Some(Assessment::Supporter));
    // questions 5 s; listening 2 + 8 + 2 (reflection) + 26 + 2 = 40 s; talking 5 s.
    assert_eq!(report.airtime.seconds, [5.0, 40.0, 5.0]);
    assert_eq!(
        (
            report.airtime.questions,
            report.airtime.listening,
            report.airtime.talking
        ),
        (0.1, 0.8, 0.1)
    );
    // Listening 80% ≥ 70%: 1. Telling 10% ≤ 10%: 1. A question and a reflection against one
    // telling turn (the ask): ⅔ ÷ ⅔ = 1. One reflection per question: 1. So 100.
    let f = report.airtime.factors;
    assert_eq!(
        (f.listening, f.telling, f.asking, f.reflecting),
        (1.0, 1.0, 1.0, 1.0)
    );
    assert_eq!(report.airtime.score, 100.0);
    let narration_counted = report.airtime.lines.iter().any(|l| l.text == "She waves.");
    assert!(!narration_counted, "narration is not airtime");
}

#[test]
fn steps_need_the_trainee_to_work_on_them() {
    let report = play(&small(), &[1, 1, 1], Some(Assessment::Supporter));
    let reached: Vec<(Step, usize)> = report
        .steps
        .reached
        .iter()
        .map(|m| (m.step, m.turn))
        .collect();
    // Node c lists Vision, but the trainee was working on the story, so Vision is not reached.
    assert_eq!(reached, [(Step::Door, 1), (Step::Story, 2), (Step::Ask, 3)]);
    let kinds: Vec<ViolationKind> = report.steps.violations.iter().map(|v| v.kind).collect();
    assert_eq!(
        kinds,
        [
            ViolationKind::AskBeforeVision,
            ViolationKind::ObstaclesNeverAddressed
        ]
    );
    assert_eq!(report.steps.violations[0].turn, Some(3));
    assert_eq!(report.steps.score, 50.0);
}

#[test]
fn overall_is_the_documented_weighted_mean() {
    let scenario = small();
    let report = play(&scenario, &[1, 1, 1], Some(Assessment::Supporter));
    let parts: Vec<(&str, f64)> = report
        .parts
        .iter()
        .map(|p| (p.name.as_str(), p.score))
        .collect();
    assert_eq!(
        parts,
        [
            ("Airtime", 100.0),
            ("Five steps", 50.0),
            ("Behaviour", 100.0),
            ("Outcome", 100.0),
            ("Assessment", 100.0)
        ]
    );
    assert_eq!(report.overall, 85.0); // (100×25 + 50×30 + 100×20 + 100×15 + 100×10) / 100
    assert_eq!(report.outcome, Some(Outcome::Committed));
    assert_eq!(report.good_moves.len(), 3);
    assert!(report.mistakes.is_empty());

    // An adjacent category earns half; no assessment leaves that part out.
    assert_eq!(
        play(&scenario, &[1, 1, 1], Some(Assessment::Leader))
            .assessment
            .score,
        Some(50.0)
    );
    assert_eq!(
        play(&scenario, &[1, 1, 1], Some(Assessment::Pass))
            .assessment
            .score,
        Some(0.0)
    );
    let unassessed = play(&scenario, &[1, 1, 1], None);
    assert_eq!(unassessed.parts.len(), 4);
    assert_eq!(unassessed.overall, 83.3); // 7500 / 90
}

#[test]
fn talk_statistics() {
    let report = play(&small(), &[1, 1, 1], None);
    let talk = &report.talk;
    assert_eq!(
        (talk.questions, talk.open_questions, talk.reflections),
        (1, 1, 1)
    );
    assert_eq!(talk.open_share, Some(1.0));
    assert_eq!(talk.reflection_to_question, Some(1.0));
    assert_eq!(
        (talk.longest_monologue_seconds, talk.longest_monologue_turn),
        (5.0, Some(1))
    );
}

#[test]
fn a_lecture_that_ends_the_talk_scores_low() {
    let report = play(&small(), &[2], Some(Assessment::Supporter));
    // A lecture is all telling, and no question was asked: the asking factor is 0, so the
    // airtime part is 0 however much the person said.
    assert_eq!(report.airtime.factors.asking, 0.0);
    assert_eq!(report.airtime.score, 0.0);
    assert_eq!(report.steps.score, 0.0);
    assert_eq!(report.mistakes.len(), 1);
    assert_eq!(report.mistakes[0].flag, "lectures");
    assert_eq!(report.mistakes[0].turn, 1);
    assert_eq!(report.outcome, Some(Outcome::WalkedAway));
    assert_eq!(report.parts[2].score, 0.0); // 100 × 0 good ÷ (0 + 2 × 1 mistake)
    assert_eq!(report.overall, 10.0); // (0×25 + 0×30 + 0×20 + 0×15 + 100×10) / 100
}

#[test]
fn good_moves_do_not_cancel_a_mistake() {
    let text = small_text().replace(r#"(text: "r r r r r", move: Reflection, step: Story, flags: ["reflects-concern"]"#, r#"(text: "r r r r r", move: Reflection, step: Story, flags: ["reflects-concern", "assumes"]"#);
    let report = play(&scenario_from(&text), &[1, 1, 1], None);
    // 3 good, 1 mistake: 100 × 3 ÷ (3 + 2 × 1) = 60.
    assert_eq!(report.parts[2].name, "Behaviour");
    assert_eq!(report.parts[2].score, 60.0);
}

#[test]
fn behaviour_is_left_out_when_nothing_is_flagged() {
    let text = small_text()
        .replace(r#"flags: ["open-question"], "#, "")
        .replace(r#"flags: ["reflects-concern"], "#, "")
        .replace(r#"flags: ["concrete-ask"], "#, "");
    let report = play(
        &scenario_from(&text),
        &[1, 1, 1],
        Some(Assessment::Supporter),
    );
    let names: Vec<&str> = report.parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Airtime", "Five steps", "Outcome", "Assessment"]);
    assert_eq!(report.overall, 81.3); // (100×25 + 50×30 + 100×15 + 100×10) / 80 = 6500 / 80
}

#[test]
fn vision_before_story_is_an_order_violation() {
    let report = play(&small(), &[1, 2, 1], None);
    let kinds: Vec<ViolationKind> = report.steps.violations.iter().map(|v| v.kind).collect();
    assert!(
        kinds.contains(&ViolationKind::VisionBeforeStory),
        "{kinds:?}"
    );
    // Door and Vision reached (turn 2 worked on Vision and c lists it), then the ask.
    assert_eq!(report.steps.reached.len(), 3);
    assert_eq!(report.steps.score, 60.0 - 20.0);
}

#[test]
fn report_round_trips_through_json() {
    let report = play(&small(), &[1, 1, 1], Some(Assessment::Supporter));
    let json = serde_json::to_string(&report).expect("serializes");
    let back: score::Report = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, report);
}

#[test]
fn extreme_numbers_are_refused_and_reports_stay_finite() {
    // An airtime near the largest float would add up to infinity: it is an error.
    let huge = small_text().replace("seconds: 26.0", "seconds: 1.7e308");
    let checked = doorstep::load_bytes(std::path::Path::new("huge.ron"), huge.as_bytes());
    assert!(
        checked
            .diagnostics
            .iter()
            .any(|d| d.message.contains("`seconds` must be from 0 to 3600")),
        "{:?}",
        checked.diagnostics
    );
    // The most the format allows, on every line and turn, still scores to finite numbers that
    // survive a JSON round trip.
    let most = small_text()
        .replace("seconds: 26.0", "seconds: 3600.0")
        .replace("seconds: 5.0", "seconds: 3600.0");
    let scenario = scenario_from(&most);
    for choices in [&[1, 1, 1][..], &[1, 2, 1], &[2]] {
        let report = play(&scenario, choices, Some(Assessment::Leader));
        let json = serde_json::to_string(&report).expect("serializes");
        let back: score::Report = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, report);
        assert!(report.overall.is_finite() && report.airtime.score.is_finite());
    }
}
