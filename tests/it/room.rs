//! Room results: gathering a workshop's bundles and attempt files into the room's report, and
//! its Markdown, checked against a golden room of known counts. Broken and duplicate files are
//! in `room_junk.rs`, CSV and xAPI in `room_out.rs`, the commands in `room_cli.rs`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use doorstep::room::{self, Room, RoomReport};
use doorstep::runtime::Conversation;
use doorstep::scenario::{Assessment, Scenario, Step};
use doorstep::score;
use doorstep::store::history::{Attempt, Difficulty};

use super::{fixture, scenario_from};

#[path = "../support/attempts.rs"]
#[allow(dead_code)]
pub mod attempts;

use attempts::{bundle_of, minutes, write_bundle, write_loose};

pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("doorstep-room-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

pub fn fixture_scenario(name: &str) -> Arc<Scenario> {
    scenario_from(&std::fs::read_to_string(fixture(name)).expect("fixture"))
}

/// `choices` played in `scenario` (seed 0), assessed as `assess`, finished `at` minutes in.
pub fn played(
    scenario: &Arc<Scenario>,
    choices: &[usize],
    assess: Option<Assessment>,
    at: u64,
) -> Attempt {
    let conversation = Conversation::replay(Arc::clone(scenario), 0, choices).expect("plays");
    let transcript = conversation.into_transcript();
    let report = score::score(scenario, &transcript, assess);
    let mut attempt = Attempt::new(
        report,
        transcript,
        assess,
        String::new(),
        Difficulty::Standard,
    );
    attempt.finished_at = minutes(at);
    attempt
}

/// The golden room, on the hand-scored `small` scenario (docs/scoring.md) and the `play`
/// fixture. In `small`, 1,1,1 listens (85 assessed right, 83.3 unassessed), 1,2,1 offers a
/// vision too soon, and 2 lectures (10 assessed right, 0 when called a pass). Pat is a
/// supporter.
///
/// | trainee (how)                     | small, in order                              | play |
/// |-----------------------------------|----------------------------------------------|------|
/// | Ana (a bundle, handed in twice)   | 2 supporter, 1,1,1 supporter                 | 1,1  |
/// | Ben (two bundles, "ben" and "Ben")| 1,2,1 leader, 1,1,1 supporter                | 2,2  |
/// | unnamed bundle + loose files      | 1,1,1 unassessed, 2 pass, 1,2,1 supporter    |      |
/// | a loose folder                    | 1,2,1 supporter                              |      |
pub fn golden_room(dir: &Path) {
    let small = fixture_scenario("small.ron");
    let play = fixture_scenario("play.ron");
    let supporter = Some(Assessment::Supporter);
    let ana = bundle_of(
        vec![
            played(&small, &[2], supporter, 1),
            played(&small, &[1, 1, 1], supporter, 31),
            played(&play, &[1, 1], supporter, 61),
        ],
        Some("Ana"),
    );
    write_bundle(&dir.join("usb/doorstep-2026-11-29-ana.json"), &ana);
    write_bundle(&dir.join("email/Fwd ana.json"), &ana);
    write_bundle(
        &dir.join("usb/doorstep-2026-11-29-ben.json"),
        &bundle_of(
            vec![played(&small, &[1, 2, 1], Some(Assessment::Leader), 2)],
            Some("ben"),
        ),
    );
    write_bundle(
        &dir.join("usb/doorstep-2026-11-29-ben-2.json"),
        &bundle_of(
            vec![
                played(&small, &[1, 1, 1], supporter, 32),
                played(&play, &[2, 2], None, 62),
            ],
            Some(" Ben "),
        ),
    );
    let unassessed = played(&small, &[1, 1, 1], None, 3);
    write_bundle(
        &dir.join("usb/doorstep-2026-11-29.json"),
        &bundle_of(
            vec![
                unassessed.clone(),
                played(&small, &[2], Some(Assessment::Pass), 33),
            ],
            None,
        ),
    );
    // A copy of that trainee's History: one attempt already bundled, and a later one.
    write_loose(&dir.join("usb/history/small-1.json"), &unassessed);
    write_loose(
        &dir.join("usb/history/small-2.json"),
        &played(&small, &[1, 2, 1], supporter, 63),
    );
    write_loose(
        &dir.join("laptop/attempts/small-1.json"),
        &played(&small, &[1, 2, 1], supporter, 4),
    );
}

pub fn gathered(dir: &Path) -> (Room, RoomReport) {
    let room = room::gather(dir).expect("the folder reads");
    let report = room::report(&room);
    (room, report)
}

#[test]
fn the_golden_room_counts_what_was_played() {
    let dir = scratch("golden");
    golden_room(&dir);
    let (room, report) = gathered(&dir);
    assert_eq!(room.skipped, []);
    assert_eq!(report.files_read, 8);
    assert_eq!((report.attempts, report.trainees), (10, 4));
    assert_eq!(
        report.duplicates, 4,
        "Ana's second copy (3) and the loose copy (1)"
    );
    let labels: Vec<&str> = room.trainees.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["Ana", "Ben", "Trainee 1", "Trainee 2"]);

    let [small, play] = &report.scenarios[..] else {
        panic!("two scenarios: {:?}", report.scenarios.len());
    };
    assert_eq!(
        (small.scenario.as_str(), small.attempts, small.trainees),
        ("small", 8, 4)
    );
    assert_eq!(
        (play.scenario.as_str(), play.attempts, play.trainees),
        ("play", 2, 2)
    );

    // Scores: 0, 10, three of 1,2,1, 83.3, 85, 85.
    let buckets: Vec<usize> = small.scores.buckets.iter().map(|b| b.attempts).collect();
    assert_eq!(buckets.iter().sum::<usize>(), 8);
    assert_eq!((buckets[0], buckets[1], buckets[8]), (1, 1, 3));
    assert_eq!((small.scores.lowest, small.scores.highest), (0.0, 85.0));

    let reached: Vec<usize> = small.steps.iter().map(|s| s.attempts).collect();
    // Door: all but the two lectures; Story: the three that listened; Vision: the three that
    // offered one; nobody addressed obstacles; the ask: every conversation that got past the door.
    assert_eq!(reached, [6, 3, 3, 0, 6]);
    let stalled: Vec<(Option<Step>, usize)> =
        small.stalled.iter().map(|s| (s.at, s.attempts)).collect();
    assert_eq!(
        stalled,
        [
            (Some(Step::Story), 3),
            (Some(Step::Vision), 3),
            (Some(Step::Door), 2)
        ]
    );

    let mistakes: Vec<(&str, usize)> = small
        .mistakes
        .iter()
        .map(|m| (m.flag.as_str(), m.attempts))
        .collect();
    assert_eq!(mistakes, [("lectures", 2)]);
    assert_eq!(
        small.mistakes[0].note, "Lectures.",
        "each with its coach's note"
    );
    assert_eq!(small.mistakes[0].said, "t t t t t t t t t t");
    let good: Vec<(&str, usize)> = small
        .good_moves
        .iter()
        .map(|m| (m.flag.as_str(), m.attempts))
        .collect();
    assert_eq!(
        good,
        [
            ("concrete-ask", 6),
            ("open-question", 6),
            ("reflects-concern", 3)
        ]
    );

    let assessment = &small.assessment;
    assert_eq!(
        (
            assessment.assessed,
            assessment.correct,
            assessment.one_off,
            assessment.not_assessed
        ),
        (7, 5, 1, 1)
    );
    assert_eq!(assessment.share_correct, Some(5.0 / 7.0));
    assert_eq!(small.airtime.target, [0.2, 0.7, 0.1]);
    assert_eq!(small.airtime.counted, 8);

    let rounds = &small.rounds;
    let firsts: Vec<(&str, f64, usize)> = rounds
        .trainees
        .iter()
        .map(|t| (t.trainee.as_str(), t.first, t.later_attempts))
        .collect();
    assert_eq!(firsts[0], ("Ana", 10.0, 1));
    assert_eq!(firsts[2], ("Trainee 1", 83.3, 2));
    assert_eq!(firsts[3].2, 0, "the laptop's trainee played once");
    assert_eq!(
        (rounds.tried_again, rounds.improved),
        (3, 2),
        "Trainee 1 did worse"
    );
    assert_eq!((rounds.first_attempts, rounds.later_attempts), (4, 4));
}

#[test]
fn the_golden_room_renders_as_its_golden_markdown() {
    let dir = scratch("golden-md");
    golden_room(&dir);
    let (_, report) = gathered(&dir);
    let markdown = room::markdown(&report);
    let golden = fixture("room/golden.md");
    if std::env::var_os("DOORSTEP_BLESS").is_some() {
        std::fs::write(&golden, &markdown).expect("blessed");
    }
    let expected = std::fs::read_to_string(&golden).expect("tests/fixtures/room/golden.md");
    assert_eq!(
        markdown, expected,
        "the room's Markdown changed; if on purpose, run with DOORSTEP_BLESS=1 and read the diff"
    );
}

#[test]
fn the_golden_room_renders_in_spanish_as_its_golden_markdown() {
    let dir = scratch("golden-md-es");
    golden_room(&dir);
    let (_, report) = gathered(&dir);
    let markdown = room::markdown_in(&report, doorstep::i18n::Language::Es);
    assert!(!doorstep::i18n::has_missing(&markdown), "{markdown}");
    let golden = fixture("room/golden.es.md");
    if std::env::var_os("DOORSTEP_BLESS").is_some() {
        std::fs::write(&golden, &markdown).expect("blessed");
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_default();
    assert_eq!(
        markdown, expected,
        "the room's Spanish Markdown changed; if on purpose, run with DOORSTEP_BLESS=1"
    );
}

#[test]
fn names_are_optional_and_the_unnamed_are_numbered_the_same_way_every_time() {
    let dir = scratch("names");
    golden_room(&dir);
    // Someone who called themselves "Trainee 1": the unnamed start from 2, so no two agree.
    let small = fixture_scenario("small.ron");
    write_bundle(
        &dir.join("a.json"),
        &bundle_of(vec![played(&small, &[2], None, 50)], Some("trainee 1")),
    );
    let one = room::gather_on(&dir, 1).expect("reads");
    let two = room::gather_on(&dir, 2).expect("reads");
    let labels =
        |room: &Room| -> Vec<String> { room.trainees.iter().map(|t| t.label.clone()).collect() };
    assert_eq!(
        labels(&one),
        ["trainee 1", "Ana", "Ben", "Trainee 2", "Trainee 3"]
    );
    assert_eq!(labels(&one), labels(&two));
    assert_eq!(one.attempts, two.attempts, "threads change nothing");
    assert_eq!(room::report(&one), room::report(&two));
}

#[test]
fn a_folder_that_cannot_be_read_is_the_only_error() {
    let missing = scratch("missing").join("no-such-folder");
    let error = room::gather(&missing).expect_err("nothing to read");
    assert!(error.to_string().contains("no-such-folder"), "{error}");
    let empty = scratch("empty");
    let (room, report) = gathered(&empty);
    assert_eq!((report.attempts, room.skipped.len()), (0, 0));
    assert!(room::markdown(&report).contains("No attempts were found."));
}
