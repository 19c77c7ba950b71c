//! Broken scenario files give exact `path:line:col` diagnostics, and hostile input never panics.

use std::path::Path;

use doorstep::scenario::MAX_FILE_BYTES;

use super::{fixture, repo};

fn diagnostics_for(path: &Path) -> String {
    let relative = path.strip_prefix(repo()).unwrap_or(path);
    let bytes = std::fs::read(path).expect("fixture exists");
    let checked = doorstep::load_bytes(relative, &bytes);
    checked
        .diagnostics
        .iter()
        .map(|d| format!("{d}\n"))
        .collect()
}

#[test]
fn every_broken_fixture_gives_its_expected_diagnostics() {
    let dir = fixture("broken");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("fixtures folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let expected = std::fs::read_to_string(path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{} needs a .expected file", path.display()));
        assert_eq!(
            diagnostics_for(&path),
            expected,
            "diagnostics for {}",
            path.display()
        );
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} fixtures found");
}

#[test]
fn semantic_problems_are_all_reported_in_one_run() {
    let out = diagnostics_for(&fixture("broken/semantic.ron"));
    for expected in [
        "5:37: error: portrait '../../etc/passwd' must be a relative path inside assets/",
        "7:12: error: start node 'begin' does not exist",
        "12:71: error: no node 'stroy'; did you mean 'story'?",
        "13:49: error: unknown flag 'asks-permision'",
        "14:63: error: undefined variable 'mood'",
        "24:9: error: node id 'door' is used twice",
        "25:9: error: node 'stuck' is a dead end",
        "26:22: error: ending 'end' leaves the person's true category unknown",
        "19:22: warning: node 'story' offers no option when trust = 1",
    ] {
        assert!(out.contains(expected), "missing `{expected}` in:\n{out}");
    }
}

#[test]
fn graph_problems_are_located() {
    let out = diagnostics_for(&fixture("broken/graph.ron"));
    assert!(
        out.contains("22:9: warning: node 'island' can never be reached from 'door'"),
        "{out}"
    );
    assert!(
        out.contains(
            "26:29: error: path 'short' cannot be played: it stops at node 'story' before an ending"
        ),
        "{out}"
    );
    assert!(
        out.contains("warning: step 'Get their story' can never be reached"),
        "{out}"
    );
}

fn check_bytes(bytes: &[u8]) -> Vec<String> {
    let checked = doorstep::load_bytes(Path::new("x.ron"), bytes);
    assert!(checked.scenario.is_none(), "hostile input must not load");
    assert!(checked.has_errors());
    checked
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn deeply_nested_input_is_an_error_not_a_stack_overflow() {
    for open in ["[", "(", "{", "Some("] {
        let text = open.repeat(200_000);
        let out = check_bytes(text.as_bytes());
        assert!(out[0].starts_with("x.ron:1:"), "{out:?}");
    }
}

#[test]
fn binary_and_non_utf8_input_is_refused_with_a_position() {
    let out = check_bytes(b"Scenario(\n  id: \"a\xff\xfe\",\n)");
    assert_eq!(out, ["x.ron:2:9: error: file is not UTF-8 text"]);
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    check_bytes(&noise);
    check_bytes(b"\0\0\0\0");
}

#[test]
fn empty_and_huge_files_get_clear_errors() {
    assert_eq!(
        check_bytes(b""),
        ["x.ron:1:1: error: file is empty; a scenario starts with `Scenario(`"]
    );
    assert_eq!(
        check_bytes(b"// Only a comment.\n"),
        ["x.ron:2:1: error: the file holds only comments; a scenario starts with `Scenario(`"]
    );
    let huge = vec![b' '; MAX_FILE_BYTES as usize + 1];
    assert_eq!(
        check_bytes(&huge),
        ["x.ron:1:1: error: file is larger than the 16 MiB limit for scenarios"]
    );
}

#[test]
fn truncated_files_never_panic() {
    let text = std::fs::read_to_string(repo().join("scenarios/tenant-door.ron")).expect("example");
    for cut in (0..text.len())
        .step_by(97)
        .filter(|i| text.is_char_boundary(*i))
    {
        let checked = doorstep::load_bytes(Path::new("cut.ron"), &text.as_bytes()[..cut]);
        assert!(
            checked.has_errors(),
            "a file cut at byte {cut} should not validate"
        );
    }
}

/// Runs `f` on another thread and fails the test if it takes longer than `seconds`.
fn within<T: Send + 'static>(seconds: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(f());
    });
    receive
        .recv_timeout(std::time::Duration::from_secs(seconds))
        .expect("finishes in time")
}

#[test]
fn a_raw_identifier_and_brackets_in_strings_do_not_hang_the_locating_pass() {
    // `r#Say` is a raw identifier, not a raw string. Read as one, the string would end at the
    // `"#` of "#go", and the brackets in the note would count as nesting, deeper than the walk
    // records. The undefined variable makes a diagnostic to locate.
    let brackets = "(".repeat(400);
    let text = format!(
        r##"Scenario(id: "x", title: "X", person: (name: "N", truth: Pass), nodes: {{
    "a": (say: [r#Say("Hi.")], options: [(text: "#go", note: "{brackets}", effects: [Add("mood", 1)], goto: "end")]),
    "end": (end: (outcome: Maybe)),
}})"##
    );
    let checked = within(10, move || {
        doorstep::load_bytes(Path::new("raw.ron"), text.as_bytes())
    });
    let message = checked
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .find(|d| d.contains("undefined variable 'mood'"))
        .expect("the undefined variable is reported");
    assert!(message.starts_with("raw.ron:2:"), "{message}");
}

#[test]
fn conditions_at_the_ends_of_the_number_range_do_not_overflow() {
    let text = r#"Scenario(id: "x", title: "X", person: (name: "N", truth: Pass), vars: { "v": 0 }, nodes: {
    "a": (say: [Say("Hi.")], options: [
        (text: "Low", when: [Is("v", -9223372036854775808)], goto: "end"),
        (text: "High", when: [AtLeast("v", 9223372036854775807)], goto: "end"),
    ]),
    "end": (end: (outcome: Maybe)),
})"#;
    let checked = doorstep::load_bytes(Path::new("edge.ron"), text.as_bytes());
    assert!(
        checked
            .diagnostics
            .iter()
            .any(|d| d.message.contains("offers no option when v =")),
        "{:?}",
        checked.diagnostics
    );
}

#[test]
fn syntax_slips_are_reported_ten_at_most_each_on_its_line() {
    // Thirty options, each missing the comma after its text.
    let options: String = (0..30)
        .map(|i| format!("        (text: \"Option {i}\"\n         goto: \"end\"),\n"))
        .collect();
    let text = format!(
        "Scenario(id: \"x\", person: (name: \"N\", truth: Pass), nodes: {{\n    \"a\": (options: [\n{options}    ]),\n    \"end\": (end: (outcome: Maybe)),\n}})"
    );
    let out = check_bytes(text.as_bytes());
    assert_eq!(out.len(), doorstep::scenario::syntax::MAX_SLIPS, "{out:#?}");
    for (i, line) in out.iter().enumerate() {
        let expected = format!(
            "x.ron:{}:26: error: a `,` is missing at the end of this line, before `goto` on line {}",
            3 + 2 * i,
            4 + 2 * i
        );
        assert_eq!(*line, expected);
    }
}
