//! Follow-up conversations: what carries over from the first, the defaults without one, and
//! the checks that need both scenarios.

use std::sync::Arc;

use doorstep::runtime::{
    Carried, Conversation, carried_after_path, carry, find_first, follows_after,
};

use doorstep::runtime::Entry;

use super::{doorstep_in, repo};

fn folder() -> std::path::PathBuf {
    repo().join("tests/fixtures/follow")
}

fn load(name: &str) -> Arc<doorstep::scenario::Scenario> {
    let checked = doorstep::load_file(&folder().join(name)).expect("readable");
    assert!(!checked.has_errors(), "{:?}", checked.first_error());
    Arc::new(checked.scenario.expect("loads"))
}

/// Everything the person has said so far.
fn said(conversation: &Conversation) -> String {
    conversation
        .transcript()
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Person(line) => Some(line.text.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_follow_up_remembers_what_the_first_conversation_left() {
    let first = load("first.ron");
    let call = load("first-call.ron");
    let carried = carried_after_path(&call, &first, "maybe").expect("the path plays");
    let expected: Carried = [
        ("knows_kids", 1),
        ("promised", 1),
        ("said_maybe", 1),
        ("trust", 1),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    assert_eq!(carried, expected);
    let conversation =
        Conversation::start_after(Arc::clone(&call), 0, carried.clone()).expect("starts");
    let text = said(&conversation);
    assert!(text.contains("You did call"), "{text}");
    assert!(
        text.contains("The kids asked"),
        "she remembers telling you about her kids: {text}"
    );
    assert_eq!(conversation.transcript().carried, carried);

    // Saved and restored, the follow-up keeps what carried over.
    let saved = conversation.save();
    let restored = Conversation::restore(Arc::clone(&call), &saved).expect("restores");
    assert_eq!(restored.transcript(), conversation.transcript());
}

#[test]
fn after_a_first_conversation_that_went_nowhere_she_hardly_remembers() {
    let first = load("first.ron");
    let call = load("first-call.ron");
    let declined = Conversation::replay(Arc::clone(&first), 0, &[2]).expect("plays");
    let carried = carry(&call, &declined);
    assert!(carried.values().all(|&v| v == 0), "{carried:?}");
    assert!(
        !follows_after(&call, &declined),
        "offered only after a maybe"
    );
    let maybe = Conversation::replay(Arc::clone(&first), 0, &[1, 1]).expect("plays");
    assert!(follows_after(&call, &maybe));
    let conversation = Conversation::start_after(call, 0, carried).expect("starts");
    assert!(said(&conversation).contains("who is this"));
}

#[test]
fn without_a_first_attempt_the_follow_up_starts_from_the_authors_defaults() {
    let call = load("first-call.ron");
    let conversation = Conversation::start(call, 0).expect("starts");
    assert!(said(&conversation).contains("who is this"));
    assert!(conversation.transcript().carried.is_empty());
}

#[test]
fn the_first_scenario_is_found_beside_the_follow_up_by_id() {
    let first = find_first(&folder(), "first").expect("found");
    assert_eq!(first.title, "First talk");
    assert!(find_first(&folder(), "nobody").is_none());
}

#[test]
fn run_after_plays_the_first_path_and_shows_what_carried_over() {
    let out = doorstep_in(
        &folder(),
        &["run", "first-call.ron", "--path", "after-maybe"],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Carried over from the first conversation: knows_kids = 1, promised = 1, said_maybe = 1, trust = 1"), "{text}");
    assert!(text.contains("You did call"));
    let out = doorstep_in(
        &folder(),
        &["run", "first-call.ron", "--choose", "1", "--after", "no"],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("who is this"));
    let out = doorstep_in(
        &folder(),
        &["run", "first.ron", "--choose", "1,1", "--after", "no"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--after is for follow-ups"));
}

#[test]
fn check_finds_names_the_first_conversation_does_not_have() {
    let dir = std::env::temp_dir().join(format!("doorstep-follow-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch");
    std::fs::copy(folder().join("first.ron"), dir.join("first.ron")).expect("copy");
    let fixture = std::fs::read_to_string(folder().join("first-call.ron")).expect("fixture");
    let call = fixture
        .replace(
            "Var(\"trust\"), to: \"trust\"",
            "Var(\"trsut\"), to: \"trust\"",
        )
        .replace("after: [\"maybe\"]", "after: [\"hello\"]");
    std::fs::write(dir.join("first-call.ron"), &call).expect("write");
    let out = doorstep_in(&dir, &["check", "first-call.ron"]);
    let err = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for expected in [
        "first-call.ron:10:17: error: 'hello' is not an ending of 'first'",
        "first-call.ron:12:20: error: 'first' has no variable 'trsut'",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    // Its own side is checked with or without the first.
    let call = fixture.replace("to: \"said_maybe\"", "to: \"maybe\"");
    std::fs::write(dir.join("first-call.ron"), &call).expect("write");
    let out = doorstep_in(&dir, &["check", "first-call.ron"]);
    let err = String::from_utf8_lossy(&out.stdout);
    assert!(
        err.contains("first-call.ron:15:41: error: 'maybe' is not a variable here"),
        "{err}"
    );
    // Alone in its folder, the follow-up is checked on its own side, with a warning.
    std::fs::remove_file(dir.join("first.ron")).expect("remove");
    std::fs::copy(folder().join("first-call.ron"), dir.join("first-call.ron")).expect("copy");
    let out = doorstep_in(&dir, &["check", "first-call.ron"]);
    let err = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("this follows 'first', which is not in the same folder"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The shipped follow-ups: played after different first conversations, the person says
/// different things, so what the trainee did the first time matters the second.
#[test]
fn each_shipped_follow_up_remembers_the_first_conversation() {
    let files = doorstep::cli::collect_scenario_files(&[repo().join("scenarios")])
        .expect("scenarios folder");
    let mut follow_ups = 0;
    for file in &files {
        let follow_up = Arc::new(
            doorstep::load_file(file)
                .expect("readable")
                .scenario
                .expect("valid"),
        );
        let Some(follows) = &follow_up.follows else {
            continue;
        };
        follow_ups += 1;
        let first = Arc::new(
            find_first(&repo().join("scenarios"), &follows.scenario)
                .unwrap_or_else(|| panic!("{}: its first conversation ships", follow_up.id)),
        );
        // What each of the first scenario's stored paths that leads here carries over.
        let mut states: Vec<Carried> = Vec::new();
        for (_, path) in first.paths.iter() {
            let played = Conversation::replay(Arc::clone(&first), path.seed, &path.choices)
                .expect("the first scenario's paths play");
            if !follows_after(&follow_up, &played) {
                continue;
            }
            let carried = carry(&follow_up, &played);
            if !states.contains(&carried) {
                states.push(carried);
            }
        }
        assert!(
            states.len() >= 2,
            "{}: at least two different first conversations lead here",
            follow_up.id
        );
        let heard: Vec<String> = states
            .iter()
            .map(|carried| {
                (0..20)
                    .map(|seed| {
                        let mut c = Conversation::start_after(
                            Arc::clone(&follow_up),
                            seed,
                            carried.clone(),
                        )
                        .expect("starts");
                        c.play_randomly(seed);
                        said(&c)
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect();
        let distinct: std::collections::HashSet<&String> = heard.iter().collect();
        assert_eq!(
            distinct.len(),
            heard.len(),
            "{}: each first conversation changes what the person says",
            follow_up.id
        );
    }
    assert!(
        follow_ups >= 2,
        "the rally and the bus drivers have follow-ups"
    );
}
