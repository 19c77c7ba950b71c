//! The `room` and `bundle` commands, through the binary.

use std::path::Path;
use std::process::{Command, Output};

use doorstep::room;
use doorstep::store::Bundle;
use serde_json::Value;

use super::doorstep;
use super::room::attempts::{demo_workshop, minutes, path_attempt, shipped_scenario, write_loose};
use super::room::scratch;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn room_prints_the_report_lists_the_skipped_and_writes_what_it_is_asked_for() {
    let dir = scratch("cli");
    demo_workshop(&dir.join("stick"));
    let out = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let stick = out("stick");
    let run = doorstep(&[
        "room",
        &stick,
        "--markdown",
        &out("room.md"),
        "--csv",
        &out("room.csv"),
        "--xapi",
        &out("room.json"),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let stdout = text(&run.stdout);
    assert!(stdout.starts_with("# Room results\n"), "{stdout}");
    assert!(
        stdout.contains("## Knocking for the tenants' association"),
        "{stdout}"
    );
    let stderr = text(&run.stderr);
    assert!(
        stderr.contains("settings.json: JSON, but not a Doorstep attempt or bundle"),
        "{stderr}"
    );
    assert!(stderr.contains("half-copied.json: not JSON"), "{stderr}");
    assert!(
        stderr.contains("read 11 files in ")
            && stderr.contains(": 12 attempts by 5 trainees; 4 duplicates counted once; 2 skipped"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(out("room.md")).expect("markdown"),
        stdout
    );
    let csv = std::fs::read_to_string(out("room.csv")).expect("csv");
    assert_eq!(csv.lines().count(), 13, "a header and 12 rows");
    let xapi: Value =
        serde_json::from_slice(&std::fs::read(out("room.json")).expect("xapi")).expect("json");
    assert_eq!(xapi.as_array().map(Vec::len), Some(12));

    let json = doorstep(&["room", &stick, "--json"]);
    let report: room::RoomReport =
        serde_json::from_slice(&json.stdout).expect("the report as JSON");
    assert_eq!((report.attempts, report.scenarios.len()), (12, 2));

    // One bundle on its own reads as a room of one.
    let one = doorstep(&["room", &out("stick/usb/doorstep-2026-11-29-sam.json")]);
    assert_eq!(one.status.code(), Some(0), "{}", text(&one.stderr));
    assert!(
        text(&one.stderr).contains(": 3 attempts by 1 trainee; 0 duplicates"),
        "{}",
        text(&one.stderr)
    );

    let missing = doorstep(&["room", &out("no-such-folder")]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("no-such-folder"));
    let bad_base = doorstep(&[
        "room",
        &stick,
        "--xapi",
        &out("x.json"),
        "--xapi-base",
        "mailto:me@example.org",
    ]);
    assert_eq!(bad_base.status.code(), Some(2));
    assert!(text(&bad_base.stderr).contains("not an http or https address"));
}

fn bundle_command(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_doorstep"))
        .arg("bundle")
        .args(args)
        .env("DOORSTEP_DATA_DIR", data)
        .current_dir(data)
        .output()
        .expect("binary runs")
}

#[test]
fn bundle_hands_in_the_attempts_chosen_with_a_name_only_when_given() {
    let dir = scratch("bundle");
    let data = dir.join("data");
    let tenant = shipped_scenario("tenant-door");
    let rally = shipped_scenario("rally-kei");
    for (i, (scenario, path)) in [(&tenant, "poor"), (&rally, "skit"), (&tenant, "model")]
        .into_iter()
        .enumerate()
    {
        let attempt = path_attempt(scenario, path, minutes(10 * i as u64));
        write_loose(&data.join(format!("attempts/{i}.json")), &attempt);
    }
    let handed = dir.join("handed-in");
    std::fs::create_dir_all(&handed).expect("folder");
    let handed_str = handed.to_string_lossy().into_owned();

    let named = bundle_command(
        &data,
        &["--last", "2", "--name", "Ana María", "-o", &handed_str],
    );
    assert_eq!(named.status.code(), Some(0), "{}", text(&named.stderr));
    assert!(
        text(&named.stdout).contains("wrote 2 attempts (1 at rally-kei, 1 at tenant-door)"),
        "{}",
        text(&named.stdout)
    );
    let files: Vec<String> = std::fs::read_dir(&handed)
        .expect("listed")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files.len(), 1);
    assert!(
        files[0].starts_with("doorstep-20") && files[0].ends_with("-ana-maria.json"),
        "{files:?}"
    );

    let anonymous = bundle_command(
        &data,
        &["--all", "--scenario", "tenant-door", "-o", &handed_str],
    );
    assert_eq!(
        anonymous.status.code(),
        Some(0),
        "{}",
        text(&anonymous.stderr)
    );
    assert!(
        text(&anonymous.stdout).contains("no name"),
        "{}",
        text(&anonymous.stdout)
    );
    let here = bundle_command(&data, &["--last", "1"]);
    assert!(
        text(&here.stdout).starts_with("wrote 1 attempt (1 at tenant-door) to doorstep-20"),
        "{}",
        text(&here.stdout)
    );
    let file = dir.join("exact.json");
    let since = bundle_command(
        &data,
        &["--since", "2000-01-01", "-o", &file.to_string_lossy()],
    );
    assert_eq!(since.status.code(), Some(0), "{}", text(&since.stderr));
    let written: Bundle =
        serde_json::from_slice(&std::fs::read(&file).expect("written")).expect("a bundle");
    assert_eq!(
        (written.attempts.len(), written.trainee.as_deref()),
        (3, None)
    );

    for (args, says) in [
        (&["--name", "Jo"][..], "--all"),
        (
            &["--all", "--scenario", "nope"][..],
            "no attempts to bundle",
        ),
        (
            &["--since", "yesterday"][..],
            "not a day written YYYY-MM-DD",
        ),
        (&["--last", "0"][..], "empty bundle"),
    ] {
        let refused = bundle_command(&data, args);
        assert_eq!(refused.status.code(), Some(2), "{args:?}");
        assert!(
            text(&refused.stderr).contains(says),
            "{args:?}: {}",
            text(&refused.stderr)
        );
    }

    // The trainer's side: two bundles, one named; the tenant attempts are in both.
    let room = room::gather(&handed).expect("reads");
    let labels: Vec<&str> = room.trainees.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["Ana María"]);
    assert_eq!((room.attempts.len(), room.duplicates), (3, 1));
}
