//! The `doorstep` binary: exit codes, output streams and formats.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use super::{doorstep, fixture, repo};

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn check_exit_codes() {
    let clean = doorstep(&["check", "scenarios"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert!(stderr(&clean).contains("0 errors"));

    let broken = doorstep(&[
        "check",
        "tests/fixtures/broken/semantic.ron",
        "scenarios/tenant-door.ron",
    ]);
    assert_eq!(broken.status.code(), Some(1));
    let out = stdout(&broken);
    assert!(
        out.lines()
            .all(|l| l.starts_with("tests/fixtures/broken/semantic.ron:")),
        "{out}"
    );
    assert!(out.contains("tests/fixtures/broken/semantic.ron:12:71: error: no node 'stroy'"));

    let warnings_only = doorstep(&["check", "tests/fixtures/warnings-only.ron"]);
    assert_eq!(
        warnings_only.status.code(),
        Some(0),
        "{}",
        stdout(&warnings_only)
    );
    assert!(stdout(&warnings_only).contains("warning:"));

    let missing = doorstep(&["check", "no/such/file.ron"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no/such/file.ron"));

    let usage = doorstep(&["check"]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn check_says_when_a_folder_holds_no_scenario() {
    let dir = std::env::temp_dir().join(format!("doorstep-no-scenarios-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let empty = dir.join("empty");
    let named = dir.join("x.ron");
    for folder in [&empty, &named] {
        std::fs::create_dir_all(folder).expect("folder");
    }
    std::fs::write(empty.join("notes.txt"), "not a scenario").expect("file");
    for folder in [&empty, &named] {
        let out = doorstep(&["check", folder.to_str().expect("utf-8 path")]);
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!(
                "doorstep: {}: a folder with no scenario files in it (a scenario is a file ending in .ron)",
                folder.display()
            )),
            "{}",
            stderr(&out)
        );
    }
    // Beside a real scenario it is still reported, and the scenario still checked.
    let out = doorstep(&[
        "check",
        "scenarios/tenant-door.ron",
        empty.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("checked 1 file: 0 errors"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn run_prints_transcript_and_debrief() {
    let out = doorstep(&["run", "scenarios/tenant-door.ron", "--path", "model"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("**Marisol:**"), "{text}");
    assert!(text.contains("# Debrief: Knocking for the tenants' association"));
    assert!(text.contains("✓ Advocate & assess (turn "), "{text}");
}

#[test]
fn run_calls_the_trainee_by_the_scenario_s_player_name() {
    let out = doorstep(&["run", "scenarios/rally-kei.ron", "--path", "model"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("**Organizer** ("), "{}", stdout(&out));
    // Without a `player`, the transcript says "You".
    let out = doorstep(&["run", "scenarios/tenant-door.ron", "--path", "model"]);
    assert!(stdout(&out).contains("**You** ("), "{}", stdout(&out));
}

#[test]
fn run_json_has_the_report_fields() {
    let out = doorstep(&[
        "run",
        "scenarios/tenant-door.ron",
        "--choose",
        "2,2",
        "--assess",
        "pass",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("stdout is JSON only");
    let overall = report["overall"].as_f64().expect("overall");
    assert!((0.0..=100.0).contains(&overall));
    let airtime = &report["airtime"];
    let sum: f64 = ["questions", "listening", "talking"]
        .iter()
        .map(|k| airtime[k].as_f64().expect(k))
        .sum();
    assert!((sum - 1.0).abs() < 1e-9);
    assert!(report["steps"]["reached"].is_array());
    assert!(report["steps"]["violations"].is_array());
    let mistakes: Vec<&str> = report["mistakes"]
        .as_array()
        .expect("mistakes")
        .iter()
        .map(|m| m["flag"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(mistakes, ["asks-permission", "throws-statistics"]);
    assert!(report["good_moves"].is_array());
    assert_eq!(report["outcome"], "WalkedAway");
    assert_eq!(report["assessment"]["given"], "Pass");
}

#[test]
fn run_is_reproducible_with_random_and_seed() {
    let a = doorstep(&[
        "run",
        "scenarios/tenant-door.ron",
        "--random",
        "--seed",
        "5",
        "--json",
    ]);
    let b = doorstep(&[
        "run",
        "scenarios/tenant-door.ron",
        "--random",
        "--seed",
        "5",
        "--json",
    ]);
    assert_eq!(a.status.code(), Some(0));
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn run_usage_errors() {
    let bad_choice = doorstep(&["run", "scenarios/tenant-door.ron", "--choose", "9"]);
    assert_eq!(bad_choice.status.code(), Some(2));
    assert!(
        stderr(&bad_choice).contains("turn 1 at node 'door': option 9 is not on offer"),
        "{}",
        stderr(&bad_choice)
    );
    let no_path = doorstep(&["run", "scenarios/tenant-door.ron", "--path", "nope"]);
    assert_eq!(no_path.status.code(), Some(2));
    assert!(stderr(&no_path).contains("it has: model, poor"));
    let no_script = doorstep(&["run", "scenarios/tenant-door.ron"]);
    assert_eq!(no_script.status.code(), Some(2));
    let broken = doorstep(&[
        "run",
        fixture("broken/syntax.ron").to_str().expect("utf-8 path"),
        "--random",
    ]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        stderr(&broken)
            .contains("syntax.ron:6:33: error: a `,` is missing at the end of this line"),
        "{}",
        stderr(&broken)
    );
}

#[test]
fn play_reads_numbers_then_the_assessment() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_doorstep"))
        .args(["play", "tests/fixtures/play.ron"])
        .current_dir(repo())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawns");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"1\nnonsense\n7\nu\n1\n1\n2\n")
        .expect("writes");
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("(type one of the numbers shown)"), "{text}");
    assert!(text.contains("option 7 is not on offer"), "{text}");
    assert!(text.contains("this run now counts as practice"), "{text}");
    assert!(text.contains("(practice run: rewound)"), "{text}");
    assert!(
        text.contains("Your assessment: supporter. The person was: supporter."),
        "{text}"
    );
    // The ending's summary waits for the assessment, since it may give the answer away.
    let asked = text.find("How would you assess Ana?").expect("asked");
    let summary = text.find("She got on her bus").expect("summary shown");
    assert!(asked < summary, "{text}");
    // Options are numbered as shown, and "(Say nothing.)" is pinned last.
    assert!(text.contains("  3. (Say nothing.)"), "{text}");
}

#[test]
fn graph_formats() {
    let dot = stdout(&doorstep(&[
        "graph",
        "scenarios/tenant-door.ron",
        "--format",
        "dot",
    ]));
    assert!(dot.starts_with("digraph \"tenant-door\" {"));
    assert!(dot.contains("\"door\" -> \"story\""));
    // Options are numbered as `--choose` counts them among those offered: the fourth option
    // at 'ask' is the third while the conditional third is not on offer.
    for label in [
        r#""ask" -> "asking-you" [label="3. What would you feel comfortable …\nwhen not visited asking-you\nflags: dodges"]"#,
        r#""ask" -> "maybe-later" [label="3–4. First let me tell you how tenant…\nflags: lectures"]"#,
        r#""ask" -> "shift" [label="1. Come Thursday at seven, in the l… (weight 1)\nflags: concrete-ask\nbranch when trust ≥ 2"]"#,
        r#""cooler" -> "calls" [label="next"]"#,
    ] {
        assert!(dot.contains(label), "{label} in\n{dot}");
    }
    let mermaid = stdout(&doorstep(&[
        "graph",
        "scenarios/tenant-door.ron",
        "--format",
        "mermaid",
    ]));
    assert!(mermaid.starts_with("flowchart LR"));
    assert!(
        mermaid.contains(r#"-->|"3–4. First let me tell you how tenant…<br/>flags: lectures"|"#),
        "{mermaid}"
    );
}

#[test]
fn no_subcommand_without_the_app_prints_help() {
    if cfg!(feature = "gui") {
        return;
    }
    let out = doorstep(&[]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("check"));
}

#[test]
fn a_closed_pipe_ends_quietly_and_a_full_disk_is_an_error() {
    // `doorstep graph … | head -0`: the reader is gone before anything is written.
    let mut child = Command::new(env!("CARGO_BIN_EXE_doorstep"))
        .args(["graph", "scenarios/rally-kei.ron"])
        .current_dir(repo())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("ends");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "");

    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("Linux has /dev/full");
    let out = Command::new(env!("CARGO_BIN_EXE_doorstep"))
        .args(["graph", "scenarios/rally-kei.ron"])
        .current_dir(repo())
        .stdout(full)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("doorstep: ") && stderr(&out).contains("space"),
        "{}",
        stderr(&out)
    );
}

/// Plays a shipped scenario with `play --free` through the binary: at each turn types a
/// paraphrase of the option the model path takes (or, in a follow-up started cold, the first
/// option's own words), then picks that option by its number, and assesses at the end.
fn play_free(id: &str) -> (String, usize) {
    use doorstep::runtime::Conversation;
    let scenario = super::shipped(id);
    let path = scenario.paths.get("model").expect("a model path");
    let cold = path.after.is_some();
    let paraphrases =
        std::fs::read_to_string(repo().join(format!("tests/fixtures/paraphrases/{id}.tsv")))
            .unwrap_or_default();
    let mut conversation =
        Conversation::start(std::sync::Arc::clone(&scenario), path.seed).expect("starts");
    let mut input = String::new();
    let mut turns = 0;
    while !conversation.is_over() && turns < 60 {
        let number = if cold { 1 } else { path.choices[turns] };
        let offered = conversation.offered();
        let option = offered
            .iter()
            .find(|o| o.number == number)
            .expect("offered");
        let key = format!("{}\t{}\t", conversation.node(), option.index + 1);
        let typed = paraphrases
            .lines()
            .find_map(|l| l.strip_prefix(&key))
            .unwrap_or(&option.text)
            .to_owned();
        input.push_str(&format!("{typed}\n{}\n", option.shown));
        conversation.choose(number).expect("plays");
        turns += 1;
    }
    input.push_str("2\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_doorstep"))
        .args(["play", "--free", "--seed", &path.seed.to_string()])
        .arg(repo().join(format!("scenarios/{id}.ron")))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("writes");
    let out = child.wait_with_output().expect("ends");
    assert_eq!(out.status.code(), Some(0), "{id}: {}", stderr(&out));
    (stdout(&out), turns)
}

#[test]
fn play_free_reaches_an_ending_in_every_shipped_scenario() {
    for id in [
        "bus-drivers",
        "bus-drivers-after",
        "raid-rights",
        "rally-kei",
        "rally-kei-call",
        "remote-coworker",
        "shared-boss",
        "strike-vote",
        "tenant-door",
        "raid-rights.es",
        "tenant-door.es",
    ] {
        let (text, turns) = play_free(id);
        assert!(conversation_ended(&text), "{id}: no ending\n{text}");
        let taken = text.lines().filter(|l| l.starts_with("Taken as: ")).count();
        assert_eq!(taken, turns, "{id}: every line is matched\n{text}");
        assert_eq!(
            text.matches("You said: \"").count(),
            turns,
            "{id}: the debrief shows every typed line\n{text}"
        );
        assert!(text.contains("Heard as: "), "{id}");
        assert!(
            !text.contains("(type one of the numbers shown)"),
            "{id}\n{text}"
        );
    }
}

fn conversation_ended(text: &str) -> bool {
    [
        "== committed ==",
        "== maybe ==",
        "== declined ==",
        "== walked away ==",
    ]
    .iter()
    .any(|end| text.contains(end))
}

#[test]
fn classify_prints_one_json_object_a_line_and_checks_a_scenario() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_doorstep"))
        .arg("classify")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"So the lift's been broken since March?\nDon't you think the cops are the problem?\n(say nothing)\nWill you come Thursday at 7?\n")
        .expect("writes");
    let out = child.wait_with_output().expect("ends");
    let moves: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json");
            assert!(
                v["confidence"]
                    .as_f64()
                    .is_some_and(|c| c > 0.0 && c <= 1.0)
            );
            assert!(v["text"].is_string());
            v["move"].as_str().expect("move").to_owned()
        })
        .collect();
    assert_eq!(moves, ["Reflection", "Statement", "Silence", "Ask"]);
    let listed = doorstep(&["classify", "--scenario", "scenarios/tenant-door.ron"]);
    assert_eq!(listed.status.code(), Some(0));
    assert!(stderr(&listed).contains("options:"), "{}", stderr(&listed));
}
