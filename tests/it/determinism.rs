//! Replays are exact: same scenario, seed and choices give the same transcript, byte for byte.

use std::sync::Arc;

use doorstep::runtime::{ChooseError, Conversation, Event, SavedConversation};
use doorstep::scenario::Scenario;

use super::scenario_from;

const VARIED: &str = r#"Scenario(
    id: "varied", title: "Varied",
    vars: { "trust": 0 },
    nodes: {
        "a": (
            say: [OneOf(["one", "two", "three", "four", "five", "six"])],
            options: [
                (text: "Go on", move: OpenQuestion, effects: [Add("trust", 1)],
                 branch: [(goto: "b", weight: 3), (goto: "c", weight: 1)]),
                (text: "Only when trusted", when: [AtLeast("trust", 1)], goto: "end"),
                (text: "Loop", goto: "a"),
            ],
        ),
        "b": (say: [OneOf(["b1", "b2", "b3"])], next: [(goto: "a")]),
        "c": (say: [OneOf(["c1", "c2", "c3"])], next: [(goto: "a")]),
        "end": (say: [Say("bye")], end: (outcome: Maybe, truth: Undecided, why: "Set for this test.")),
    },
)"#;

fn transcript_json(scenario: &Arc<Scenario>, seed: u64, choices: &[usize]) -> String {
    let conversation =
        Conversation::replay(Arc::clone(scenario), seed, choices).expect("valid choices");
    serde_json::to_string(conversation.transcript()).expect("serializes")
}

#[test]
fn same_seed_and_choices_give_a_byte_identical_transcript() {
    let scenario = scenario_from(VARIED);
    let choices = [1, 1, 3, 1, 2];
    for seed in [0, 1, 42, u64::MAX] {
        assert_eq!(
            transcript_json(&scenario, seed, &choices),
            transcript_json(&scenario, seed, &choices)
        );
    }
}

#[test]
fn different_seeds_vary_the_lines() {
    let scenario = scenario_from(VARIED);
    let distinct: std::collections::HashSet<String> = (0..20)
        .map(|seed| transcript_json(&scenario, seed, &[1, 1, 1]))
        .collect();
    assert!(
        distinct.len() > 5,
        "only {} different transcripts from 20 seeds",
        distinct.len()
    );
}

#[test]
fn weighted_branches_follow_their_weights() {
    let scenario = scenario_from(VARIED);
    let to_b = (0..400)
        .filter(|&seed| {
            let c = Conversation::replay(Arc::clone(&scenario), seed, &[1]).expect("valid");
            c.transcript()
                .entries
                .iter()
                .any(|e| matches!(e, doorstep::runtime::Entry::Person(l) if l.node == "b"))
        })
        .count();
    assert!(
        (260..340).contains(&to_b),
        "weight 3:1 gave {to_b}/400 to b"
    );
}

/// The options' texts by their number in file order, whatever order they were shown in.
fn in_file_order(mut offered: Vec<doorstep::runtime::Offered>) -> Vec<String> {
    offered.sort_by_key(|o| o.number);
    offered.into_iter().map(|o| o.text).collect()
}

#[test]
fn options_are_shown_shuffled_by_seed_with_pinned_ones_last() {
    let scenario = scenario_from(
        r#"Scenario(
        id: "order", title: "Order", person: (name: "Lee", truth: Supporter),
        nodes: {
            "a": (say: [Say("Hi.")], options: [
                (text: "One", goto: "end"),
                (text: "Two", goto: "end"),
                (text: "Three", goto: "end"),
                (text: "Four", goto: "end"),
                (text: "(Say nothing)", move: Silence, pin_last: true, goto: "end"),
            ]),
            "end": (end: (outcome: Maybe)),
        },
    )"#,
    );
    let shown = |seed: u64| -> Vec<String> {
        let c = Conversation::start(Arc::clone(&scenario), seed).expect("starts");
        c.offered().into_iter().map(|o| o.text).collect()
    };
    assert_eq!(shown(3), shown(3), "the same seed shows the same order");
    let orders: std::collections::BTreeSet<Vec<String>> = (0..40).map(shown).collect();
    assert!(orders.len() > 5, "seeds vary the order: {orders:?}");
    assert!(orders.iter().all(|o| o[4] == "(Say nothing)"));
    let firsts: std::collections::BTreeSet<&str> = orders.iter().map(|o| o[0].as_str()).collect();
    assert_eq!(firsts.len(), 4, "every unpinned option is sometimes first");

    // The trainee presses what is shown; paths and `--choose` count in file order. The
    // transcript keeps both.
    let mut c = Conversation::start(Arc::clone(&scenario), 3).expect("starts");
    let offered = c.offered();
    let first_shown = offered[0].clone();
    c.choose_shown(1).expect("on offer");
    let choice = c.transcript().choices().next().expect("chosen").clone();
    assert_eq!(choice.text, first_shown.text);
    assert_eq!((choice.shown, choice.number), (1, first_shown.number));
    let by_number =
        Conversation::replay(Arc::clone(&scenario), 3, &[first_shown.number]).expect("plays");
    assert_eq!(
        by_number.transcript().choices().next().map(|c| &c.text),
        Some(&choice.text)
    );
}

#[test]
fn conditions_filter_the_options_offered() {
    let scenario = scenario_from(VARIED);
    let mut conversation = Conversation::start(Arc::clone(&scenario), 7).expect("starts");
    let first: Vec<String> = in_file_order(conversation.offered());
    assert_eq!(first, ["Go on", "Loop"]);
    assert_eq!(
        conversation.choose(3),
        Err(ChooseError::NotOffered {
            number: 3,
            offered: 2
        })
    );
    conversation.choose(1).expect("go on");
    let events = conversation.drain_events();
    let offered = events.iter().rev().find_map(|e| match e {
        Event::Options(o) => Some(in_file_order(o.clone())),
        _ => None,
    });
    assert_eq!(
        offered,
        Some(vec![
            "Go on".to_owned(),
            "Only when trusted".to_owned(),
            "Loop".to_owned()
        ])
    );
    assert_eq!(conversation.vars()["trust"], 1);
}

#[test]
fn save_and_restore_continue_identically() {
    let scenario = scenario_from(VARIED);
    let mut original = Conversation::replay(Arc::clone(&scenario), 9, &[1, 3]).expect("valid");
    let saved = serde_json::to_string(&original.save()).expect("serializes");
    let saved: SavedConversation = serde_json::from_str(&saved).expect("deserializes");
    let mut restored = Conversation::restore(Arc::clone(&scenario), &saved).expect("restores");
    original.choose(1).expect("valid");
    restored.choose(1).expect("valid");
    assert_eq!(original.transcript(), restored.transcript());

    let other = scenario_from(&VARIED.replace("\"varied\"", "\"other\""));
    assert!(matches!(
        Conversation::restore(other, &saved),
        Err(ChooseError::WrongScenario { .. })
    ));
}

#[test]
fn rewinding_replays_up_to_a_decision_and_marks_practice() {
    let scenario = scenario_from(VARIED);
    let full = Conversation::replay(Arc::clone(&scenario), 3, &[1, 3, 1, 2]).expect("valid");
    assert!(full.is_over());
    let rewound = full.rewind_to(3).expect("turn 3 exists");
    assert_eq!(rewound.choices(), &[1, 3]);
    assert!(!rewound.is_over());
    assert!(rewound.transcript().rewound);
    let fresh = Conversation::replay(Arc::clone(&scenario), 3, &[1, 3]).expect("valid");
    assert_eq!(rewound.transcript().entries, fresh.transcript().entries);
    assert!(full.rewind_to(0).is_err());
    assert!(full.rewind_to(5).is_err());
}

#[test]
fn the_conversation_ends_and_refuses_more_choices() {
    let scenario = scenario_from(VARIED);
    let mut conversation = Conversation::replay(Arc::clone(&scenario), 1, &[1, 2]).expect("valid");
    assert!(conversation.is_over());
    let ending = conversation.transcript().ending.clone().expect("ended");
    assert_eq!(ending.node, "end");
    assert_eq!(conversation.choose(1), Err(ChooseError::Over));
}

#[test]
fn random_play_stops_in_a_scenario_that_loops_for_ever() {
    // `check` rejects this (no ending can be reached), but the runtime must still cope.
    let looping = doorstep::scenario::load::parse(
        r#"Scenario(id: "loop", nodes: {
            "a": (say: [Say("again")], options: [(text: "Again", goto: "a"), (text: "Also again", goto: "a")]),
        })"#,
    )
    .expect("parses");
    let looping = std::sync::Arc::new(looping);
    let mut conversation = Conversation::start(looping, 1).expect("starts");
    conversation.play_randomly(1);
    assert!(!conversation.is_over());
    assert_eq!(
        conversation.choices().len(),
        doorstep::runtime::MAX_RANDOM_TURNS
    );
}
