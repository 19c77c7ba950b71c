//! Free-text play: paraphrases of the model paths' options are taken as those options, a typed
//! run of the rally scores close to its model path, and `also` and `otherwise` work as written.

use std::collections::HashMap;
use std::sync::Arc;

use doorstep::runtime::{Conversation, Said, Taken};
use doorstep::scenario::{Assessment, Scenario};
use doorstep::score::score;

use super::{repo, shipped};

/// (node, option position from 1) → the paraphrases written for it.
type Paraphrases = HashMap<(String, usize), Vec<String>>;

fn paraphrases(id: &str) -> Paraphrases {
    let path = repo().join(format!("tests/fixtures/paraphrases/{id}.tsv"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut out: Paraphrases = HashMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut parts = line.splitn(3, '\t');
        let (Some(node), Some(option), Some(said)) = (parts.next(), parts.next(), parts.next())
        else {
            panic!("{id}.tsv: expected node<TAB>option<TAB>text: {line}");
        };
        let option: usize = option.parse().expect("an option number");
        out.entry((node.to_owned(), option)).or_default().push(said.to_owned());
    }
    out
}

/// The model path's conversation: at each turn, the node, the option taken (its position from
/// 1) and its number as offered.
fn model_turns(scenario: &Arc<Scenario>) -> Vec<(String, usize, usize)> {
    let path = &scenario.paths.get("model").expect("a model path");
    let mut conversation = start(scenario);
    let mut turns = Vec::new();
    for &number in &path.choices {
        let offered = conversation.offered();
        let option = offered.iter().find(|o| o.number == number).expect("offered");
        turns.push((conversation.node().to_owned(), option.index + 1, number));
        conversation.choose(number).expect("the path plays");
    }
    turns
}

/// A conversation at the start of a scenario's model path (after the first conversation's, for
/// a follow-up).
fn start(scenario: &Arc<Scenario>) -> Conversation {
    let path = scenario.paths.get("model").expect("a model path");
    match (&path.after, &scenario.follows) {
        (Some(after), Some(follows)) => {
            let first = Arc::new(
                doorstep::runtime::find_first(&repo().join("scenarios"), &follows.scenario)
                    .expect("the first conversation"),
            );
            let carried = doorstep::runtime::carried_after_path(scenario, &first, after)
                .expect("the first path plays");
            Conversation::start_after(Arc::clone(scenario), path.seed, carried).expect("starts")
        }
        _ => Conversation::start(Arc::clone(scenario), path.seed).expect("starts"),
    }
}

const SHIPPED: &[&str] = &[
    "bus-drivers", "bus-drivers-after", "raid-rights", "rally-kei", "rally-kei-call",
    "remote-coworker", "shared-boss", "strike-vote", "tenant-door",
];

#[test]
fn paraphrases_of_the_model_paths_are_taken_as_their_options() {
    let (mut hits, mut total) = (0, 0);
    let mut misses = Vec::new();
    for id in SHIPPED {
        let scenario = shipped(id);
        let written = paraphrases(id);
        let path = scenario.paths.get("model").expect("model");
        let mut conversation = start(&scenario);
        for (node, option, number) in model_turns(&scenario) {
            let lines = written.get(&(node.clone(), option)).cloned().unwrap_or_default();
            assert!(lines.len() >= 3, "{id}: node '{node}' option {option} has {} paraphrases", lines.len());
            let choice = scenario.nodes.get(&node).and_then(|n| n.option(option - 1)).expect("option");
            for line in &lines {
                assert!(!choice.also.contains(line), "{id}: a paraphrase is also an `also`: {line}");
                total += 1;
                match conversation.hear(line).taken {
                    Taken::Option(o) if o.index + 1 == option => hits += 1,
                    other => misses.push(format!("{id} '{node}' {option}: {line} → {other:?}")),
                }
            }
            conversation.choose(number).expect("plays");
        }
        assert!(conversation.is_over(), "{id}: {:?}", path.choices);
    }
    let accuracy = hits as f64 / total as f64;
    println!("top-1 matching: {hits} of {total} = {accuracy:.3}");
    for miss in &misses {
        println!("  {miss}");
    }
    assert!(accuracy >= 0.85, "top-1 accuracy {accuracy:.3} is under 0.85");
}

#[test]
fn a_typed_run_of_the_rally_scores_within_ten_points_of_its_model_path() {
    let scenario = shipped("rally-kei");
    let written = paraphrases("rally-kei");
    let path = scenario.paths.get("model").expect("model");
    let mut authored = start(&scenario);
    let mut typed = start(&scenario);
    for (node, option, number) in model_turns(&scenario) {
        let line = &written[&(node, option)][0];
        authored.choose(number).expect("plays");
        // The trainee accepts the match, or picks the option they meant when it is wrong.
        let meant = typed.offered().into_iter().find(|o| o.number == number).expect("offered");
        typed.say(Said::hear(line), &Taken::Option(meant)).expect("says");
    }
    let model = score(&scenario, authored.transcript(), path.assess);
    let free = score(&scenario, typed.transcript(), path.assess);
    println!("model path {}, typed {}", model.overall, free.overall);
    assert!((model.overall - free.overall).abs() <= 10.0, "{} vs {}", model.overall, free.overall);
    assert!(free.turns.iter().all(|t| t.typed.is_some() && t.heard.is_some()));
    assert_eq!(free.assessment.given, Some(Assessment::Leader));
}
