//! The shipped scenarios: they validate clean, meet the content bars, and score as a trainer would.

use std::collections::{BTreeSet, HashSet};
use std::sync::Arc;

use doorstep::author::analysis;
use doorstep::cli::collect_scenario_files;
use doorstep::runtime::{Carried, Conversation, Event, RandomPicker, carried_after_path};
use doorstep::scenario::{Line, Scenario};
use doorstep::score::{self, Report};

use super::{repo, shipped};

const SEEDED: [&str; 3] = ["rally-kei", "bus-drivers", "strike-vote"];
/// Short examples for the tutorial, held to the scoring bars but not to the size bars (by file
/// name: the Spanish translation is `tenant-door.es.ron`).
const SHORT_EXAMPLES: [&str; 2] = ["tenant-door", "tenant-door.es"];
const RANDOM_RUNS: u64 = 1_000;

#[test]
fn every_shipped_scenario_validates_without_errors_or_warnings() {
    let files = collect_scenario_files(&[repo().join("scenarios")]).expect("scenarios folder");
    assert!(files.len() >= 4);
    for file in files {
        let checked = doorstep::load_file(&file).expect("readable");
        let problems: Vec<String> = checked
            .diagnostics
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }
}

fn run_path(scenario: &Arc<Scenario>, name: &str) -> Report {
    let path = scenario
        .paths
        .get(name)
        .unwrap_or_else(|| panic!("{} has a '{name}' path", scenario.id));
    // A follow-up's path may start from what a path of the first conversation left.
    let carried = match (&path.after, &scenario.follows) {
        (Some(after), Some(follows)) => {
            let first = shipped(&follows.scenario);
            carried_after_path(scenario, &first, after)
                .unwrap_or_else(|| panic!("{}: no path '{after}' to follow", first.id))
        }
        _ => Carried::new(),
    };
    let mut conversation =
        Conversation::start_after(Arc::clone(scenario), path.seed, carried).expect("starts");
    for &number in &path.choices {
        conversation.choose(number).expect("path plays");
    }
    assert!(
        conversation.transcript().ending.is_some(),
        "{name} reaches an ending"
    );
    score::score(scenario, conversation.transcript(), path.assess)
}

#[test]
fn every_full_case_is_big_enough_and_varied() {
    let cases = full_cases();
    assert!(cases.len() >= 8, "{cases:?}");
    for id in &cases {
        let s = shipped(id);
        let options: usize = s.nodes.values().map(|n| n.options.len()).sum();
        // A follow-up is a second, shorter conversation with someone already met.
        let (nodes, least_options) = if s.follows.is_some() {
            (18, 40)
        } else {
            (25, 60)
        };
        assert!(s.nodes.len() >= nodes, "{id}: {} nodes", s.nodes.len());
        assert!(options >= least_options, "{id}: {options} options");
        let endings: Vec<_> = s.nodes.values().filter_map(|n| n.end.as_ref()).collect();
        let outcomes: HashSet<_> = endings.iter().filter_map(|e| e.outcome).collect();
        assert!(endings.len() >= 4 && outcomes.len() >= 3, "{id}: endings");
        let noteless = s
            .nodes
            .values()
            .flat_map(|n| &n.options)
            .filter(|o| o.note.trim().is_empty())
            .count();
        assert_eq!(noteless, 0, "{id}: every option has a coach note");
        let speech: Vec<&Line> = s
            .nodes
            .values()
            .flat_map(|n| &n.say)
            .filter(|l| !l.is_narration())
            .collect();
        let varied = speech.iter().filter(|l| l.variants().len() > 1).count();
        assert!(
            varied * 3 >= speech.len(),
            "{id}: {varied} of {} lines vary",
            speech.len()
        );
        assert!(
            s.vars.contains_key("trust") && s.vars.len() >= 2,
            "{id}: trust and one more variable"
        );
        let conditioned_lines = s
            .nodes
            .values()
            .flat_map(|n| &n.say)
            .any(|l| !l.conditions().is_empty());
        let conditioned_routes = s
            .nodes
            .values()
            .flat_map(|n| n.options.iter().flat_map(|o| &o.branch).chain(&n.next))
            .any(|b| !b.when.is_empty());
        assert!(
            conditioned_lines && conditioned_routes,
            "{id}: hidden state changes lines and routes"
        );
    }
}

#[test]
fn the_rally_skit_scores_low_and_names_every_mistake() {
    let report = run_path(&shipped("rally-kei"), "skit");
    assert!(report.overall <= 25.0, "skit scored {}", report.overall);
    let a = &report.airtime;
    assert!(
        a.talking > a.listening && a.talking > a.questions,
        "talking is the largest share: {a:?}"
    );
    let named: BTreeSet<&str> = report.mistakes.iter().map(|m| m.flag.as_str()).collect();
    for mistake in [
        "asks-permission",
        "not-listening",
        "assumes",
        "throws-statistics",
        "pitch-before-story",
        "dismisses-obstacle",
        "argues",
        "accuses",
        "lectures",
        "no-concrete-ask",
    ] {
        assert!(
            named.contains(mistake),
            "the skit's report names {mistake}: {named:?}"
        );
    }
}

/// Trainers run the skit as the workshop's bad conversation, so its mistakes come in the
/// workshop's order, beat for beat (issue 19).
#[test]
fn the_rally_skit_makes_the_workshops_mistakes_in_the_workshops_order() {
    let report = run_path(&shipped("rally-kei"), "skit");
    let beats: Vec<(usize, &str)> = report
        .mistakes
        .iter()
        .map(|m| (m.turn, m.flag.as_str()))
        .collect();
    let expected = [
        (1, "asks-permission"),
        (2, "not-listening"),
        (2, "assumes"),
        (3, "throws-statistics"),
        (4, "pitch-before-story"),
        (5, "moral-speech"),
        (5, "dismisses-obstacle"),
        (6, "argues"),
        (6, "accuses"),
        (7, "lectures"),
        (8, "no-concrete-ask"),
    ];
    assert_eq!(beats, expected);
}

#[test]
fn the_rally_model_follows_the_five_steps_in_order() {
    let report = run_path(&shipped("rally-kei"), "model");
    assert!(report.overall >= 90.0, "model scored {}", report.overall);
    let steps: Vec<_> = report.steps.reached.iter().map(|m| m.step).collect();
    assert_eq!(steps, doorstep::scenario::Step::FIVE);
    assert!(
        report
            .steps
            .reached
            .windows(2)
            .all(|w| w[0].turn <= w[1].turn)
    );
    assert!(
        report.steps.violations.is_empty(),
        "{:?}",
        report.steps.violations
    );
    assert!(report.mistakes.is_empty());
}

#[test]
fn every_seed_scenario_has_a_strong_model_and_a_weak_poor_path() {
    for id in SEEDED {
        let s = shipped(id);
        let model = run_path(&s, "model");
        assert!(model.overall >= 85.0, "{id} model: {}", model.overall);
        let poor_name = if s.paths.contains_key("poor") {
            "poor"
        } else {
            "skit"
        };
        let poor = run_path(&s, poor_name);
        assert!(poor.overall <= 40.0, "{id} {poor_name}: {}", poor.overall);
    }
}

#[test]
fn random_play_always_ends_visits_every_node_and_rarely_scores_high() {
    for id in &full_cases() {
        let s = shipped(id);
        let mut visited: HashSet<String> = HashSet::new();
        let mut scores = Vec::new();
        for seed in 1..=RANDOM_RUNS {
            let mut conversation = Conversation::start(Arc::clone(&s), seed).expect("starts");
            let mut picker = RandomPicker::new(seed);
            let mut events = conversation.drain_events();
            while !conversation.is_over() {
                let offered = conversation.offered();
                let kinds: HashSet<_> = offered
                    .iter()
                    .filter_map(|o| {
                        s.nodes
                            .get(conversation.node())
                            .and_then(|n| n.options.get(o.index))
                            .map(|c| c.kind)
                    })
                    .collect();
                assert!(
                    offered.len() >= 3 && kinds.len() >= 3,
                    "{id} seed {seed}: thin choice at '{}'",
                    conversation.node()
                );
                conversation
                    .choose(picker.pick(offered.len()))
                    .expect("offered");
                events.extend(conversation.drain_events());
            }
            assert!(
                !events.iter().any(|e| matches!(e, Event::Stuck { .. })),
                "{id} seed {seed} got stuck"
            );
            let transcript = conversation.transcript();
            assert!(
                transcript.ending.is_some(),
                "{id} seed {seed} ended without an ending"
            );
            visited.extend(conversation.visited().into_iter().map(str::to_owned));
            scores.push(score::score(&s, transcript, None).overall);
        }
        let unvisited: Vec<&str> = s.nodes.keys().filter(|k| !visited.contains(*k)).collect();
        assert!(
            unvisited.is_empty(),
            "{id}: random play never visits {unvisited:?}"
        );
        scores.sort_by(f64::total_cmp);
        let median = scores[scores.len() / 2];
        let high = scores.iter().filter(|s| **s >= 85.0).count();
        assert!(median <= 65.0, "{id}: random play's median is {median}");
        assert!(
            high * 10 < scores.len(),
            "{id}: {high} of {} random runs score 85 or more",
            scores.len()
        );
    }
}

/// Every shipped scenario, by id.
fn all_shipped() -> Vec<String> {
    collect_scenario_files(&[repo().join("scenarios")])
        .expect("scenarios folder")
        .iter()
        .filter_map(|f| f.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect()
}

/// The shipped scenarios that are whole cases, not short examples.
fn full_cases() -> Vec<String> {
    all_shipped()
        .into_iter()
        .filter(|id| !SHORT_EXAMPLES.contains(&id.as_str()))
        .collect()
}

#[test]
fn no_meaning_blind_strategy_scores_well() {
    for id in all_shipped() {
        let tells = analysis::tells(&shipped(&id), 50);
        for s in &tells.strategies {
            assert!(
                s.mean <= analysis::STRATEGY_CEILING,
                "{id}: picking {} averages {} over 50 seeds",
                s.name,
                s.mean
            );
        }
        let giveaways: Vec<&str> = tells
            .cues
            .iter()
            .filter(|c| c.gives_away)
            .map(|c| c.cue.as_str())
            .collect();
        assert!(
            giveaways.is_empty(),
            "{id}: options that {giveaways:?} give the answer away"
        );
    }
}

#[test]
fn random_play_lands_mid_field_and_the_stored_paths_at_the_ends() {
    for id in all_shipped() {
        let s = shipped(&id);
        let mut scores: Vec<f64> = (0..200)
            .map(|seed| {
                let mut c = Conversation::start(Arc::clone(&s), seed).expect("starts");
                c.play_randomly(seed);
                let truth = c.transcript().ending.as_ref().and_then(|e| e.truth);
                score::score(&s, c.transcript(), truth).overall
            })
            .collect();
        scores.sort_by(f64::total_cmp);
        let median = (scores[99] + scores[100]) / 2.0;
        assert!(
            (30.0..=55.0).contains(&median),
            "{id}: random play's median is {median}"
        );
        let model = run_path(&s, "model");
        assert!(model.overall >= 85.0, "{id} model: {}", model.overall);
        let poor = run_path(&s, "poor");
        assert!(poor.overall <= 40.0, "{id} poor: {}", poor.overall);
    }
}
