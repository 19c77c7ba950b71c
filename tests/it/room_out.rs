//! What a room writes out: CSV for a spreadsheet, xAPI statements checked against the 1.0.3
//! statement schema, and the `room` and `bundle` commands through the binary.

use std::path::Path;
use std::process::{Command, Output};

use doorstep::room::{self, xapi};
use doorstep::store::Bundle;
use serde_json::Value;

use super::room::attempts::{demo_workshop, minutes, path_attempt, shipped_scenario, write_loose};
use super::room::{golden_room, scratch};
use super::{doorstep, fixture};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_csv_has_one_row_per_attempt_and_reads_back_in_a_spreadsheet() {
    let dir = scratch("csv");
    golden_room(&dir);
    // A name with a comma, quotes, a line break and a formula: all data, nothing run.
    let tenant = shipped_scenario("tenant-door");
    let mut tricky = Bundle::new(
        vec![path_attempt(&tenant, "model", minutes(5))],
        Some("=HYPERLINK(\"x\"), \"Jo\"".into()),
    );
    tricky.trainee = tricky.trainee.map(|n| format!("{n}\nSmith"));
    tricky.write_to(&dir.join("tricky.json")).expect("written");
    let gathered = room::gather(&dir).expect("reads");
    let csv = room::csv(&gathered).expect("csv");
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, room::COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), gathered.attempts.len());
    assert_eq!(rows.len(), 11);
    let column = |name: &str| {
        room::COLUMNS
            .iter()
            .position(|c| *c == name)
            .expect("column")
    };
    let jo = rows
        .iter()
        .find(|r| r[column("scenario")] == *"tenant-door")
        .expect("the tricky row");
    // Read as text by a spreadsheet (the leading quote), the name otherwise whole; control
    // characters were already taken out when the bundle was read.
    assert_eq!(&jo[column("trainee")], "'=HYPERLINK(\"x\"), \"Jo\" Smith");
    assert_eq!(&jo[column("finished_at")], "2026-11-29T09:05:00Z");
    assert_eq!(&jo[column("steps_reached")], "5");
    // The model conversation asks several open questions: counted each time, named once.
    let flags: Vec<&str> = jo[column("good_move_flags")].split(';').collect();
    let mut distinct = flags.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), flags.len(), "{flags:?}");
    let made: usize = jo[column("good_moves")].parse().expect("a count");
    assert!(made > flags.len(), "{made} good moves, {flags:?}");
    let ana_first = rows
        .iter()
        .find(|r| {
            &r[column("trainee")] == "Ana"
                && &r[column("round")] == "1"
                && &r[column("scenario")] == "small"
        })
        .expect("Ana's first attempt");
    assert_eq!(&ana_first[column("overall")], "10.0");
    assert_eq!(&ana_first[column("mistakes")], "1");
    assert_eq!(&ana_first[column("mistake_flags")], "lectures");
    assert_eq!(&ana_first[column("stalled_at")], "Get in the door");
    assert_eq!(&ana_first[column("assessed_correctly")], "yes");
}

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(fixture("xapi-statement.schema.json")).expect("schema");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles")
}

#[test]
fn the_schema_tells_a_good_statement_from_bad_ones() {
    let schema = schema();
    let good = serde_json::json!({
        "id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
        "actor": {"objectType": "Agent", "name": "Trainee 1",
                  "account": {"homePage": "https://lrs.example.org/", "name": "Trainee 1"}},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
        "object": {"id": "https://lrs.example.org/scenarios/x"},
        "result": {"score": {"scaled": 0.5, "raw": 50, "min": 0, "max": 100}, "completion": true},
        "timestamp": "2026-11-29T09:05:00Z"
    });
    assert!(schema.is_valid(&good));
    let broken = |path: &[&str], value: Value| {
        let mut statement = good.clone();
        let (last, parents) = path.split_last().expect("a path");
        let mut at = &mut statement;
        for key in parents {
            at = &mut at[*key];
        }
        if value.is_null() {
            at.as_object_mut().expect("object").remove(*last);
        } else {
            at[*last] = value;
        }
        statement
    };
    for (what, statement) in [
        ("no actor", broken(&["actor"], Value::Null)),
        (
            "two identifiers",
            broken(&["actor", "mbox"], "mailto:jo@example.org".into()),
        ),
        ("no identifier", broken(&["actor", "account"], Value::Null)),
        (
            "a scaled score above 1",
            broken(&["result", "score", "scaled"], 1.5.into()),
        ),
        (
            "a time without a zone",
            broken(&["timestamp"], "2026-11-29 08:38".into()),
        ),
        (
            "a verb that is no IRI",
            broken(&["verb", "id"], "completed".into()),
        ),
        (
            "a statement id that is no UUID",
            broken(&["id"], "attempt-1".into()),
        ),
        ("a field xAPI does not have", broken(&["score"], 50.into())),
    ] {
        assert!(
            !schema.is_valid(&statement),
            "the schema let through {what}"
        );
    }
}

fn xapi_of(dir: &Path, base: &str) -> Vec<Value> {
    let gathered = room::gather(dir).expect("reads");
    let base = xapi::Base::parse(base).expect("a web address");
    let statements = xapi::statements(&gathered, &base);
    serde_json::to_value(statements)
        .expect("json")
        .as_array()
        .cloned()
        .expect("a list")
}

#[test]
fn xapi_statements_follow_the_1_0_3_schema_and_keep_their_ids() {
    let dir = scratch("xapi");
    golden_room(&dir);
    let statements = xapi_of(&dir, xapi::DEFAULT_BASE);
    assert_eq!(statements.len(), 10, "one per attempt");
    let schema = schema();
    for statement in &statements {
        let errors: Vec<String> = schema
            .iter_errors(statement)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{errors:#?}\n{statement:#}");
        let score = &statement["result"]["score"];
        let (raw, min, max) = (
            score["raw"].as_f64(),
            score["min"].as_f64(),
            score["max"].as_f64(),
        );
        assert!(min < max && min <= raw && raw <= max, "{score}");
        assert!(
            statement["actor"].get("mbox").is_none(),
            "never an email address"
        );
    }
    let ana = &statements
        .iter()
        .find(|s| s["actor"]["name"] == "Ana" && s["result"]["score"]["raw"] == 10.0)
        .expect("Ana's lecture");
    assert_eq!(
        ana["verb"]["id"],
        "http://adlnet.gov/expapi/verbs/completed"
    );
    assert_eq!(
        ana["object"]["id"],
        "https://doorstep.invalid/scenarios/small"
    );
    assert_eq!(ana["object"]["definition"]["name"]["en-US"], "Small");
    assert_eq!(ana["actor"]["account"]["name"], "Ana");
    assert_eq!(ana["result"]["score"]["scaled"], 0.1);
    assert_eq!(ana["result"]["completion"], true);
    assert_eq!(ana["timestamp"], "2026-11-29T09:01:00Z");
    assert!(
        statements
            .iter()
            .any(|s| s["actor"]["account"]["name"] == "Trainee 2")
    );
    // The same attempts give the same statement ids, so a Learning Record Store that is sent
    // them twice keeps one of each; another organization's base changes only the IRIs.
    let again = xapi_of(&dir, "https://training.example.org/doorstep");
    let ids = |list: &[Value]| -> Vec<Value> { list.iter().map(|s| s["id"].clone()).collect() };
    assert_eq!(ids(&statements), ids(&again));
    let mut unique = ids(&statements);
    unique.sort_by_key(ToString::to_string);
    unique.dedup();
    assert_eq!(unique.len(), 10);
    assert_eq!(
        again[0]["object"]["id"]
            .as_str()
            .map(|id| id.starts_with("https://training.example.org/doorstep/scenarios/")),
        Some(true)
    );
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
