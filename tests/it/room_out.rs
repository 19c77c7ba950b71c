//! What a room writes out: CSV for a spreadsheet, and xAPI statements checked against the 1.0.3
//! statement schema.

use std::path::Path;

use doorstep::room::{self, xapi};
use doorstep::store::Bundle;
use serde_json::Value;

use super::fixture;
use super::room::attempts::{minutes, path_attempt, shipped_scenario};
use super::room::{golden_room, scratch};

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
