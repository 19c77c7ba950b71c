//! `doorstep analyze` and the debrief's better option: numbers worked out by hand on small
//! scenarios, findings, random play that matches `run --random`, and the bounded label.

use std::sync::Arc;

use doorstep::author::analysis::{self, Analysis, FindingKind, Reach, Settings};
use doorstep::runtime::Conversation;
use doorstep::scenario::{Assessment, Outcome, Scenario};
use doorstep::score;

use super::{doorstep, fixture, scenario_from, shipped, small};

fn analyze(scenario: &Scenario) -> Analysis {
    analysis::analyze(scenario, Settings::default())
}

#[test]
fn best_worst_and_endings_match_the_hand_worked_scores() {
    let report = analyze(&small());
    assert!(report.search.exact);
    assert_eq!(
        (report.size.nodes, report.size.options, report.size.endings),
        (5, 5, 2)
    );
    assert_eq!(report.size.decision_points, 2);

    // [1,1,1]: airtime 100, steps 50, behaviour 100, committed, assessed right = 85.
    let best = report.best.as_ref().expect("a best path");
    assert_eq!(best.score, 85.0);
    assert_eq!(best.ending, "yes");
    let said: Vec<&str> = best.turns.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(said, ["What brings you here today?", "r r r r r", "a a a"]);

    // [2]: a lecture and no question: airtime 0, everything else 0 but the assessment = 10.
    let worst = report.worst.as_ref().expect("a worst path");
    assert_eq!((worst.score, worst.ending.as_str()), (10.0, "bad"));

    // [1,2,1]: Q 5 s, L 38 s, T 7 s (14%): listening 1, telling 0.10 ÷ 0.14, asking (1 of 3
    // turns) ⅓ ÷ ⅔, reflecting ½ (no reflection), so airtime 100 × ⁴√(0.714 × 0.5 × 0.5) = 65.0;
    // Door, Vision, Ask reached with two order violations → steps 40; behaviour 100 →
    // (1625 + 1200 + 2000 + 1500 + 1000) / 100 = 73.25, 73.3.
    let ending = |id: &str| {
        let e = report.endings.iter().find(|e| e.node == id).expect(id);
        (e.outcome, e.best, e.worst)
    };
    assert_eq!(
        ending("yes"),
        (Some(Outcome::Committed), Some(85.0), Some(73.3))
    );
    assert_eq!(
        ending("bad"),
        (Some(Outcome::WalkedAway), Some(10.0), Some(10.0))
    );
    // Nothing in this scenario works on obstacles, so no path can reach that step.
    let reach: Vec<Reach> = report.steps.iter().map(|s| s.reach).collect();
    assert_eq!(
        reach,
        [
            Reach::Reached,
            Reach::Reached,
            Reach::Reached,
            Reach::Never,
            Reach::Reached
        ]
    );
    // Three options in all, and the good one is always the longest and the question: so small a
    // scenario gives itself away, and the tells say so. Nothing else is wrong with it.
    let (tells, others): (Vec<_>, Vec<_>) = report
        .findings
        .iter()
        .partition(|f| f.kind == FindingKind::Tell);
    assert!(others.is_empty(), "{others:?}");
    assert!(
        tells
            .iter()
            .any(|f| f.message.contains("the longest option")),
        "{tells:?}"
    );
}

#[test]
fn the_scores_agree_with_scoring_a_real_run() {
    // No varied lines and no branches, so a replayed run is exactly the analysed path.
    let scenario = small();
    let report = analyze(&scenario);
    for path in [report.best.expect("best"), report.worst.expect("worst")] {
        let replay = path.reproduce.expect("a replay");
        let run = Conversation::replay(Arc::clone(&scenario), replay.seed, &replay.choices)
            .expect("plays");
        let truth = run.transcript().ending.as_ref().and_then(|e| e.truth);
        let scored = score::score(&scenario, run.transcript(), truth).overall;
        assert_eq!((scored, replay.score), (path.score, path.score));
    }
}

#[test]
fn random_runs_are_the_runs_of_run_random() {
    // The report promises that its run N is `doorstep run --random --seed N`: the endings it
    // counts and the scores it ranges over are those runs'.
    let scenario = shipped("rally-kei");
    let runs = 40;
    let report = analysis::analyze(
        &scenario,
        Settings {
            runs,
            budget: 1_000,
            ..Settings::default()
        },
    );
    let mut endings = std::collections::BTreeMap::new();
    let mut scores = Vec::new();
    for seed in 0..runs as u64 {
        let mut run = Conversation::start(Arc::clone(&scenario), seed).expect("starts");
        run.play_randomly(seed);
        let end = run.transcript().ending.clone().expect("shipped runs end");
        *endings.entry(end.node.clone()).or_insert(0) += 1;
        scores.push(score::score(&scenario, run.transcript(), end.truth).overall);
    }
    let counted: std::collections::BTreeMap<String, usize> = report
        .random
        .endings
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(id, n)| (id.clone(), *n))
        .collect();
    assert_eq!(counted, endings);
    assert_eq!(report.random.finished, runs);
    assert_eq!(
        (report.random.lowest, report.random.highest),
        (
            scores.iter().copied().reduce(f64::min),
            scores.iter().copied().reduce(f64::max)
        )
    );
}

#[test]
fn advice_numbers_match_the_hand_worked_paths() {
    // [1, 2, 1] proposes a vision at turn 2; a reflection there could still have reached 85
    // ([1, 1, 1]) where the vision could reach at most 73.3.
    let scenario = small();
    let run = Conversation::replay(Arc::clone(&scenario), 0, &[1, 2, 1]).expect("plays");
    let advice = analysis::advise(&scenario, run.transcript());
    let best: Vec<Vec<Option<f64>>> = advice
        .iter()
        .map(|t| t.options.iter().map(|p| p.best).collect())
        .collect();
    assert_eq!(
        best,
        [
            vec![Some(85.0), Some(10.0)],
            vec![Some(85.0), Some(73.3)],
            vec![Some(73.3)]
        ]
    );
    let report = doorstep::author::analysis::score_with_advice(&scenario, run.transcript(), None);
    let suggested: Vec<Option<&str>> = report
        .turns
        .iter()
        .map(|t| t.better.as_ref().map(|b| b.text.as_str()))
        .collect();
    assert_eq!(suggested, [None, Some("r r r r r"), None]);
    let better = report.turns[1].better.as_ref().expect("turn 2");
    assert_eq!(
        (better.best_after, better.best_after_chosen),
        (Some(85.0), Some(73.3))
    );
}

#[test]
fn exact_bounds_hold_for_every_path() {
    // Every path of a scenario without varied lines scores between the worst and the best.
    let scenario = small();
    let report = analyze(&scenario);
    let (best, worst) = (
        report.best.expect("best").score,
        report.worst.expect("worst").score,
    );
    for choices in [&[1, 1, 1][..], &[1, 2, 1], &[2]] {
        let run = Conversation::replay(Arc::clone(&scenario), 0, choices).expect("plays");
        let truth = run.transcript().ending.as_ref().and_then(|e| e.truth);
        let score = score::score(&scenario, run.transcript(), truth).overall;
        assert!(
            (worst..=best).contains(&score),
            "{choices:?} scored {score}"
        );
    }
}

/// Every kind of finding, each once, on one scenario.
const UNBALANCED: &str = r#"Scenario(
    id: "unbalanced", title: "Unbalanced", person: (name: "Sam"),
    vars: { "trust": 0 },
    nodes: {
        "easy": (
            say: [Say("Hi.")],
            options: [
                (text: "How are you?", move: OpenQuestion, flags: ["open-question"], note: "Fine.", goto: "trap"),
                (text: "You sound tired.", move: Reflection, flags: ["reflects-concern"], note: "Fine.", goto: "trap"),
            ],
        ),
        "trap": (
            say: [Say("Hmm.")],
            options: [
                (text: "You should join.", move: Ask, step: Ask, flags: ["pitch-before-story"], note: "Too soon.", goto: "mixed"),
                (text: "Never mind.", move: Statement, goto: "gone"),
            ],
        ),
        "mixed": (
            say: [Say("Maybe.")],
            options: [
                (text: "What matters to you?", move: OpenQuestion, step: Story, flags: ["open-question"], note: "Good.", goto: "told"),
                (text: "Only with trust.", move: Statement, when: [AtLeast("trust", 5)], goto: "hidden"),
                (text: "Bye.", move: Statement, note: "Leaves.", goto: "gone"),
            ],
        ),
        "told": (say: [Say("My rent.")], reached: [Story], next: [(goto: "stuck")]),
        "stuck": (
            say: [Say("...")],
            options: [(text: "Go on.", move: Statement, note: "Waits.", when: [AtLeast("trust", 1)], goto: "yes")],
        ),
        "hidden": (say: [Say("Never heard.")], end: (outcome: Maybe, truth: Supporter, why: "Set for this test.")),
        "yes": (say: [Say("Yes.")], end: (outcome: Committed, truth: Leader, why: "Set for this test.")),
        "gone": (say: [Say("Bye.")], end: (outcome: WalkedAway, truth: Undecided, why: "Set for this test.")),
    },
)"#;

#[test]
fn findings_name_each_problem_once() {
    let text = UNBALANCED;
    let scenario = scenario_from(text);
    let report = analyze(&scenario);
    assert!(report.search.exact);
    let found: Vec<(FindingKind, Option<&str>, Option<usize>)> = report
        .findings
        .iter()
        .map(|f| (f.kind, f.node.as_deref(), f.option))
        .collect();
    assert_eq!(
        found,
        [
            (FindingKind::EveryOptionGood, Some("easy"), None),
            (FindingKind::EveryOptionPoor, Some("trap"), None),
            (FindingKind::NoNote, Some("trap"), Some(1)),
            (FindingKind::NoNote, Some("mixed"), Some(1)),
            (FindingKind::Stuck, Some("stuck"), None),
            (FindingKind::NodeNeverReached, Some("hidden"), None),
            (FindingKind::NodeNeverReached, Some("yes"), None),
        ]
    );
    let stuck = &report.findings[4].message;
    assert!(
        stuck.contains("doorstep run --random --seed"),
        "the message says how to replay a stuck run: {stuck}"
    );
    assert_eq!(
        report.random.stuck + report.random.finished,
        report.random.runs
    );
    assert!(report.random.stuck > 0);
    assert!(
        report
            .endings
            .iter()
            .any(|e| e.node == "yes" && e.best.is_none())
    );
}

#[test]
fn analyze_prints_findings_where_check_would() {
    let path = std::env::temp_dir().join(format!("doorstep-unbalanced-{}.ron", std::process::id()));
    std::fs::write(&path, UNBALANCED).expect("writes");
    let out = doorstep(&["analyze", path.to_str().expect("utf-8")]);
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(0), "findings are warnings");
    let text = String::from_utf8_lossy(&out.stdout);
    let shown = path.display();
    assert!(
        text.contains(&format!(
            "{shown}:5:9: warning: node 'easy': every option is flagged good"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "{shown}:16:17: warning: option 2 at node 'trap' (\"Never mind.\") has no `note`"
        )),
        "{text}"
    );
    assert!(text.contains("Search: exact."), "{text}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("7 findings, exact search"));
}

#[test]
fn loops_and_large_graphs_get_a_labelled_bounded_search() {
    // A loop the trainee can take for ever: no search can follow every path.
    let looping = scenario_from(
        r#"Scenario(id: "loop", title: "Loop", person: (name: "Sam"), nodes: {
            "a": (say: [Say("Again?")], options: [
                (text: "Once more.", move: OpenQuestion, note: "Loops.", goto: "a"),
                (text: "Stop.", move: Statement, note: "Ends.", goto: "end"),
            ]),
            "end": (end: (outcome: Maybe, truth: Undecided, why: "Set for this test.")),
        })"#,
    );
    let report = analyze(&looping);
    assert!(!report.search.exact);
    assert_eq!(
        report.search.beam_width,
        Some(Settings::default().beam_width)
    );
    let text = doorstep::render::text::text(&report, "loop.ron");
    assert!(text.contains("Search: BOUNDED."), "{text}");
    assert!(text.contains("the true best may be higher and the true worst lower"));
    assert!(report.best.is_some() && report.worst.is_some());
    // The report names the loop as the cause, not the budget.
    assert!(
        text.contains(
            "The conversation can go round the loop 'a' → 'a' for ever,\nand each time round only the conversation gets longer:\nthe exact search never meets the same situation twice"
        ),
        "{text}"
    );
    assert!(!text.contains("see --budget"), "{text}");

    // The benchmark's graph, with a budget far too small for it.
    let text = crate::it::synthetic::large_scenario(2_000);
    let large = scenario_from(&text);
    let report = analysis::analyze(
        &large,
        Settings {
            budget: 5_000,
            runs: 50,
            ..Settings::default()
        },
    );
    assert!(!report.search.exact);
    assert!(
        report.endings.iter().all(|e| e.best.is_some()),
        "every ending has a path"
    );
}

#[test]
fn json_output_and_exit_codes() {
    let out = doorstep(&[
        "analyze",
        "scenarios/tenant-door.ron",
        "--json",
        "--runs",
        "10",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(json["scenario"], "tenant-door");
    assert_eq!(json["search"]["exact"], true);
    assert_eq!(json["random"]["runs"], 10);
    assert!(
        json["best"]["turns"]
            .as_array()
            .is_some_and(|t| !t.is_empty())
    );
    assert_eq!(json["steps"].as_array().map(Vec::len), Some(5));

    let broken = doorstep(&[
        "analyze",
        fixture("broken/semantic.ron").to_str().expect("utf-8"),
    ]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&broken.stderr).contains("error: no node 'stroy'"));
    assert_eq!(doorstep(&["analyze", "no/such.ron"]).status.code(), Some(2));
}

#[test]
fn the_debrief_suggests_the_option_with_the_best_reachable_score() {
    let scenario = shipped("tenant-door");
    let run = Conversation::replay(Arc::clone(&scenario), 1, &[2, 2]).expect("plays");
    let plain = score::score(&scenario, run.transcript(), Some(Assessment::Leader));
    assert!(
        plain.turns.iter().all(|t| t.better.is_none()),
        "score stays cheap"
    );

    let report = doorstep::author::analysis::score_with_advice(
        &scenario,
        run.transcript(),
        Some(Assessment::Leader),
    );
    assert_eq!(report.overall, plain.overall);
    let first = report.turns[0]
        .better
        .as_ref()
        .expect("turn 1 has a better option");
    assert!(first.text.starts_with("Hi, I'm from 2A"), "{}", first.text);
    // The best any path reaches (see `analyze`), against the best after asking for a minute,
    // which is lower: the permission costs a mistake whatever follows.
    let best = analyze(&scenario).best.expect("best").score;
    let (after, after_chosen) = (
        first.best_after.expect("reachable"),
        first.best_after_chosen.expect("reachable"),
    );
    assert_eq!(after, best);
    assert!(
        after >= after_chosen + analysis::ADVICE_MARGIN,
        "{after} vs {after_chosen}"
    );
    assert!(first.exact);
    let second = report.turns[1].better.as_ref().expect("turn 2 too");
    assert!(second.text.starts_with("The heat."), "{}", second.text);
}

#[test]
fn advice_follows_consequences_not_flags() {
    // The flagged-good question ends the talk; the plain one keeps it going to a yes.
    let scenario = scenario_from(
        r#"Scenario(id: "c", title: "C", person: (name: "Sam"), nodes: {
            "a": (say: [Say("Hello there, what is this about?")], options: [
                (text: "Nothing much.", move: Statement, flags: ["assumes"], note: "Vague.", goto: "gone"),
                (text: "What do you make of it?", move: OpenQuestion, flags: ["open-question"], note: "Asks.", goto: "gone"),
                (text: "How is the rent?", move: OpenQuestion, note: "Names it.", goto: "b"),
            ]),
            "b": (say: [Say("Oh, the rent. Yes, I will come along on Thursday then.")], end: (outcome: Committed, truth: Supporter, why: "Set for this test.")),
            "gone": (say: [Say("Bye.")], end: (outcome: WalkedAway, truth: Undecided, why: "Set for this test.")),
        })"#,
    );
    let run = Conversation::replay(Arc::clone(&scenario), 0, &[1]).expect("plays");
    let report = doorstep::author::analysis::score_with_advice(&scenario, run.transcript(), None);
    let better = report.turns[0].better.as_ref().expect("a suggestion");
    assert_eq!(better.text, "How is the rent?");
}

#[test]
fn the_debrief_never_suggests_an_option_flagged_as_a_mistake() {
    // Best reachable: the lecture 44.9 (it happens to end in a yes), the question 41.3, the
    // choice made 37.5. The debrief suggests the question, not the flagged lecture.
    let scenario = scenario_from(
        r#"Scenario(id: "f", title: "F", person: (name: "Sam"), nodes: {
            "a": (say: [Say("Hello there, what is this about?")], options: [
                (text: "Bye then.", move: Statement, note: "Gives up.", goto: "gone"),
                (text: "Rent law, listen.", move: Lecture, flags: ["lectures"], note: "Off the point.", goto: "yes"),
                (text: "How is the rent for you?", move: OpenQuestion, note: "Asks.", goto: "maybe"),
            ]),
            "yes": (say: [Say("Fine, fine, I will come on Thursday, my neighbour and I both will, and we will bring the letters from the landlord too.")], end: (outcome: Committed, truth: Supporter, why: "Set for this test.")),
            "maybe": (say: [Say("Hard. No.")], end: (outcome: Declined, truth: Undecided, why: "Set for this test.")),
            "gone": (say: [Say("Bye.")], end: (outcome: WalkedAway, truth: Undecided, why: "Set for this test.")),
        })"#,
    );
    let run = Conversation::replay(Arc::clone(&scenario), 0, &[1]).expect("plays");
    let report = doorstep::author::analysis::score_with_advice(&scenario, run.transcript(), None);
    let better = report.turns[0].better.as_ref().expect("a suggestion");
    assert_eq!(better.text, "How is the rent for you?");
}

#[test]
fn a_huge_ending_id_is_shortened_in_the_report_not_a_panic() {
    // `check` refuses ids this long, so this reaches `analyze` only through the library, as the
    // fuzzer or another program would call it.
    let id = "e".repeat(70_000);
    let scenario = doorstep::scenario::load::parse(&format!(
        r#"Scenario(id: "h", title: "H", person: (name: "N", truth: Pass), nodes: {{
            "a": (say: [Say("Hi.")], options: [(text: "Bye.", move: Statement, note: "Ends.", goto: "{id}")]),
            "{id}": (end: (outcome: Maybe)),
        }})"#
    ))
    .expect("parses");
    let report = analyze(&scenario);
    let text = doorstep::render::text::text(&report, "h.ron");
    assert!(text.contains(&format!("{}…", "e".repeat(40))), "shortened");
    assert!(text.len() < 200_000 + 2 * id.len());
}
