//! `doorstep new`: the starter scenario validates clean, shows every part of the format, and
//! its stored paths play the way their descriptions say.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Arc;

use doorstep::author::analysis::{self, Settings};
use doorstep::author::starter;
use doorstep::runtime::Conversation;
use doorstep::scenario::{Condition, Effect, FlagKind, Line, Move, Outcome, Scenario, Step};
use doorstep::score;

/// A fresh, empty folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("doorstep-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    dir
}

fn doorstep(dir: &Path, args: &[&str]) -> Output {
    super::doorstep_in(dir, args)
}

fn loaded(path: &Path) -> Scenario {
    let checked = doorstep::load_file(path).expect("readable");
    let problems: Vec<String> = checked
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    checked.scenario.expect("valid")
}

#[test]
fn new_writes_a_clean_scenario_and_never_overwrites() {
    let dir = scratch("new");
    let out = doorstep(&dir, &["new", "nurses vote"]);
    assert_eq!(out.status.code(), Some(0));
    let path = dir.join("nurses vote.ron");
    let text = std::fs::read_to_string(&path).expect("written");
    let quoted = if cfg!(windows) {
        "\"nurses vote.ron\""
    } else {
        "'nurses vote.ron'"
    };
    let printed = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        printed.contains(&format!("doorstep check {quoted}")),
        "{printed}"
    );
    assert!(text.contains(&format!("doorstep run {quoted} --path model")));
    let scenario = loaded(&path);
    assert_eq!(scenario.id, "nurses-vote");

    let check = doorstep(&dir, &["check", "nurses vote.ron"]);
    assert_eq!(check.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&check.stderr).contains("0 errors, 0 warnings"));

    std::fs::write(&path, "my own edits").expect("edit");
    for name in ["nurses vote", "nurses vote.ron"] {
        let again = doorstep(&dir, &["new", name]);
        assert_eq!(again.status.code(), Some(2));
        assert!(
            String::from_utf8_lossy(&again.stderr).contains("nurses vote.ron already exists"),
            "{}",
            String::from_utf8_lossy(&again.stderr)
        );
    }
    assert_eq!(
        std::fs::read_to_string(&path).expect("kept"),
        "my own edits"
    );

    let nowhere = doorstep(&dir, &["new", "no/such/folder/x"]);
    assert_eq!(nowhere.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

/// Each "Next:" command `new` prints runs as it is when pasted into a shell, whatever the
/// file is called.
#[cfg(unix)]
#[test]
fn the_next_commands_can_be_pasted_into_a_shell() {
    let dir = scratch("paste");
    for name in ["priya remote", "it's \"fine\" $HOME", "plain"] {
        let out = doorstep(&dir, &["new", name]);
        assert_eq!(out.status.code(), Some(0), "{name}");
        let printed = String::from_utf8_lossy(&out.stdout).into_owned();
        let commands: Vec<&str> = printed
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("doorstep "))
            .map(|l| l.split("    ").next().unwrap_or(l))
            .collect();
        assert_eq!(commands.len(), 3, "{printed}");
        for command in commands {
            let pasted = std::process::Command::new("sh")
                .arg("-c")
                .arg(format!("\"$DOORSTEP\" {command}"))
                .env("DOORSTEP", env!("CARGO_BIN_EXE_doorstep"))
                .current_dir(&dir)
                .output()
                .expect("sh runs");
            assert_eq!(
                pasted.status.code(),
                Some(0),
                "{command}: {}",
                String::from_utf8_lossy(&pasted.stderr)
            );
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_starter_shows_every_part_of_the_format() {
    let text = starter::starter_text(Path::new("kitchen.ron"));
    let checked = doorstep::load_bytes(Path::new("kitchen.ron"), text.as_bytes());
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    let s = checked.scenario.expect("valid");

    let options: Vec<_> = s.nodes.values().flat_map(|n| &n.options).collect();
    let moves: BTreeSet<&str> = options.iter().map(|o| o.kind.label()).collect();
    let classified: BTreeSet<&str> = Move::ALL
        .iter()
        .filter(|m| **m != Move::Unclassified)
        .map(|m| m.label())
        .collect();
    assert_eq!(moves, classified, "every move except Unclassified");

    let conditions: Vec<&Condition> = s
        .nodes
        .values()
        .flat_map(|n| {
            n.say.iter().flat_map(|l| l.conditions()).chain(
                n.options
                    .iter()
                    .flat_map(|o| o.when.iter().chain(o.branch.iter().flat_map(|b| &b.when))),
            )
        })
        .chain(
            s.nodes
                .values()
                .flat_map(|n| n.next.iter().flat_map(|b| &b.when)),
        )
        .collect();
    let kinds: BTreeSet<&str> = conditions
        .iter()
        .map(|c| match c {
            Condition::Is(..) => "Is",
            Condition::IsNot(..) => "IsNot",
            Condition::AtLeast(..) => "AtLeast",
            Condition::AtMost(..) => "AtMost",
            Condition::Visited(_) => "Visited",
            Condition::NotVisited(_) => "NotVisited",
        })
        .collect();
    assert_eq!(kinds.len(), 6, "{kinds:?}");

    let effects: Vec<&Effect> = s
        .nodes
        .values()
        .flat_map(|n| {
            n.effects
                .iter()
                .chain(n.options.iter().flat_map(|o| &o.effects))
        })
        .collect();
    assert!(effects.iter().any(|e| matches!(e, Effect::Set(..))));
    assert!(effects.iter().any(|e| matches!(e, Effect::Add(..))));
    assert!(
        s.nodes.values().any(|n| !n.effects.is_empty()),
        "a node effect"
    );

    let lines: Vec<&Line> = s.nodes.values().flat_map(|n| &n.say).collect();
    assert!(lines.iter().any(|l| matches!(l, Line::Say(_))));
    assert!(lines.iter().any(|l| matches!(l, Line::Narrate(_))));
    assert!(
        lines
            .iter()
            .any(|l| matches!(l, Line::OneOf(v) if v.len() > 1))
    );
    assert!(
        lines.iter().any(
            |l| matches!(l, Line::Line { text, when, .. } if text.len() > 1 && !when.is_empty())
        )
    );
    assert!(lines.iter().any(|l| matches!(
        l,
        Line::Line {
            narration: true,
            ..
        }
    )));
    assert!(lines.iter().any(|l| l.seconds().is_some()));

    assert!(
        options
            .iter()
            .any(|o| o.seconds.is_some() && o.kind == Move::Silence)
    );
    assert!(options.iter().any(|o| !o.when.is_empty()));
    assert!(
        options
            .iter()
            .any(|o| o.branch.iter().any(|b| b.weight > 1))
    );
    assert!(s.nodes.values().any(|n| !n.next.is_empty()));
    let reached: BTreeSet<Step> = s.nodes.values().flat_map(|n| n.reached.clone()).collect();
    assert_eq!(reached, Step::FIVE.into_iter().collect());
    let outcomes: BTreeSet<&str> = s
        .nodes
        .values()
        .filter_map(|n| n.end.as_ref()?.outcome.map(Outcome::label))
        .collect();
    assert_eq!(outcomes.len(), 4);

    let (id, custom) = s.flags.iter().next().expect("a scenario flag");
    assert_eq!(custom.kind, FlagKind::Mistake);
    assert!(options.iter().any(|o| o.flags.iter().any(|f| f == id)));
    let card = s.person.card.as_ref().expect("a character card");
    assert!(
        ![&card.knows, &card.feels, &card.fears, &card.would_move_them]
            .iter()
            .any(|list| list.is_empty())
    );
    assert!(!s.vars.is_empty() && s.start.is_some() && !s.player.is_empty());
}

#[test]
fn the_starter_paths_play_as_described() {
    let text = starter::starter_text(Path::new("kitchen.ron"));
    let s = Arc::new(
        doorstep::load_bytes(Path::new("kitchen.ron"), text.as_bytes())
            .scenario
            .expect("valid"),
    );
    let play = |name: &str| {
        let path = s.paths.get(name).expect(name);
        let run = Conversation::replay(Arc::clone(&s), path.seed, &path.choices).expect("plays");
        score::score(&s, run.transcript(), path.assess)
    };
    let model = play("model");
    assert_eq!(model.outcome, Some(Outcome::Committed));
    assert!(model.steps.missing.is_empty(), "{:?}", model.steps.missing);
    assert!(model.steps.violations.is_empty());
    assert!(model.mistakes.is_empty());
    assert_eq!(model.assessment.score, Some(100.0));
    let poor = play("poor");
    assert_eq!(poor.outcome, Some(Outcome::WalkedAway));
    let flags: Vec<&str> = poor.mistakes.iter().map(|m| m.flag.as_str()).collect();
    assert_eq!(
        flags,
        ["asks-permission", "throws-statistics", "not-listening"]
    );

    // The analysis finds nothing to fix, follows every path, and the model path is the best.
    let report = analysis::analyze(&s, Settings::default());
    assert!(report.search.exact);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert_eq!(report.random.nodes_visited, s.nodes.len());
    let best = report.best.expect("best");
    assert_eq!(best.ending, "yes");
    assert!(
        best.score >= model.overall - 1.0,
        "{} vs {}",
        best.score,
        model.overall
    );
}
