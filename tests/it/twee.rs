//! `doorstep import twee`: Twee 3 stories become scenarios that validate, with a warning for
//! everything the author has to finish by hand.

use std::path::Path;

use doorstep::author::twee::{self, ImportError};
use doorstep::scenario::{Assessment, Move};

use super::{doorstep, fixture};

fn import(name: &str) -> twee::Imported {
    let text = std::fs::read_to_string(fixture(&format!("twee/{name}.twee"))).expect("fixture");
    twee::import(&text, &format!("{name}.twee")).expect("imports")
}

fn warnings(imported: &twee::Imported, name: &str) -> String {
    imported
        .warnings
        .iter()
        .map(|w| format!("{name}.twee:{w}\n"))
        .collect()
}

#[test]
fn each_fixture_imports_to_its_expected_scenario_and_warnings() {
    for name in ["break-room", "sugarcube-yard"] {
        let imported = import(name);
        let expected =
            std::fs::read_to_string(fixture(&format!("twee/{name}.ron"))).expect("expected");
        assert_eq!(imported.ron, expected, "scenario for {name}");
        let expected =
            std::fs::read_to_string(fixture(&format!("twee/{name}.warnings"))).expect("expected");
        assert_eq!(warnings(&imported, name), expected, "warnings for {name}");

        let checked = doorstep::load_bytes(Path::new("out.ron"), imported.ron.as_bytes());
        assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
        let s = checked.scenario.expect("valid");
        let options: Vec<_> = s.nodes.values().flat_map(|n| &n.options).collect();
        assert!(options.iter().all(|o| o.kind == Move::Unclassified));
        let unclassified = checked
            .diagnostics
            .iter()
            .filter(|d| d.message.contains("move is unclassified"))
            .count();
        assert_eq!(unclassified, options.len(), "check warns once per option");
    }
}

#[test]
fn passages_links_tags_and_story_data_map_as_documented() {
    let s = doorstep::load_bytes(Path::new("x.ron"), import("break-room").ron.as_bytes())
        .scenario
        .expect("valid");
    assert_eq!(s.title, "Break room at the depot");
    assert_eq!(s.id, "break-room-at-the-depot");
    // StoryData's "start" wins over the first passage.
    assert_eq!(s.start.as_deref(), Some("coffee-machine"));
    let targets = |node: &str| -> Vec<(String, String)> {
        s.nodes
            .get(node)
            .expect(node)
            .options
            .iter()
            .map(|o| (o.text.clone(), o.goto.clone().unwrap_or_default()))
            .collect()
    };
    let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
    // [[text->target]], [[text|target]], [[target]]
    assert_eq!(
        targets("coffee-machine"),
        [
            pair("Ask how his week has been", "his-week"),
            pair("Tell him about the petition", "petition"),
            pair("Wait for him to speak", "wait-for-him-to-speak"),
        ]
    );
    // [[target<-text]], and a link inside a Harlowe hook
    assert_eq!(
        targets("his-week"),
        [
            pair("You look wiped out", "tired"),
            pair("Ask what the split shifts cost him", "schedule"),
        ]
    );
    let end = |node: &str| {
        let e = s
            .nodes
            .get(node)
            .expect(node)
            .end
            .clone()
            .expect("an ending");
        (e.outcome.map(|o| o.label()), e.truth.map(|t| t.label()))
    };
    // The tagged endings disagree, so the person's truth is left undecided for the author, and
    // an ending tagged otherwise overrides it, saying where that came from.
    assert_eq!(s.person.truth, Some(Assessment::Undecided));
    assert_eq!(end("meeting"), (Some("committed"), Some("leader")));
    assert_eq!(
        s.nodes
            .get("meeting")
            .and_then(|n| n.end.as_ref())
            .map(|e| e.why.as_str()),
        Some("Tagged 'leader' in the Twine story.")
    );
    assert_eq!(end("petition"), (Some("declined"), None));
    // No links and no tags: an ending with the documented default outcome.
    assert_eq!(end("dead-end"), (Some("maybe"), None));
    // A link to a passage that does not exist gets an ending in its place.
    assert_eq!(end("form"), (Some("maybe"), None));
    // Italic lines are narration; markup is dropped.
    let first = &s.nodes.get("coffee-machine").expect("node").say[0];
    assert!(first.is_narration());
    assert!(
        !s.nodes.contains_key("boss-ed-around"),
        "Twine.private passages are skipped"
    );
}

#[test]
fn code_is_mapped_or_kept_with_a_warning_naming_passage_line_and_fix() {
    let story = ":: Start\nHello.\n(set: $trust to it + 1)\n<<set $fear to 2>>\n(if: $trust > 1)[Glad you came.]\n<<if $x>>Maybe.<</if>>\n(print: $trust)\n[[Bye]]\n\n:: Bye\nSee you.\n";
    let imported = twee::import(story, "m.twee").expect("imports");
    let lines: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    // Number sets become the node's effects, with their variables declared: no warning.
    assert!(
        imported
            .ron
            .contains("vars: { \"trust\": 0, \"fear\": 0 },"),
        "{}",
        imported.ron
    );
    assert!(
        imported
            .ron
            .contains("effects: [Add(\"trust\", 1), Set(\"fear\", 2)],"),
        "{}",
        imported.ron
    );
    // Conditions and prints are comments, each with a warning that says what to write instead.
    for (line, source, fix) in [
        (
            5,
            "(if: $trust > 1)[Glad you came.]",
            "rewrite the condition as `when`",
        ),
        (6, "<<if $x>>", "rewrite the condition as `when`"),
        (7, "(print: $trust)", "write the words out"),
    ] {
        assert!(
            lines.iter().any(|w| w.starts_with(&format!("{line}:"))
                && w.contains("passage 'Start'")
                && w.contains(source)
                && w.contains(fix)),
            "no warning for {source} on line {line}: {lines:#?}"
        );
        assert!(
            imported
                .ron
                .contains(&format!("// Twine (line {line}): {source}")),
            "{}",
            imported.ron
        );
    }
    // A closing tag is kept to show the structure; the opening tag's warning covers it.
    assert!(imported.ron.contains("// Twine (line 6): <</if>>"));
    assert!(!lines.iter().any(|w| w.contains("<</if>>")), "{lines:#?}");
    // What a condition guards is still said.
    assert!(
        imported.ron.contains("Say(\"Glad you came.\")"),
        "{}",
        imported.ron
    );
    assert!(!doorstep::load_bytes(Path::new("m.ron"), imported.ron.as_bytes()).has_errors());
}

#[test]
fn a_story_that_only_loops_gets_an_ending_it_can_reach() {
    // Found by the fuzzer: Twine lets every path loop, but a conversation must be able to end.
    let story = ":: Start\nHello [[Again->Middle]]\n\n:: Middle\nStill here. [[Back->Start]] [[Stay->Middle]]\n\n:: Lost\nNobody links here.\n";
    let imported = twee::import(story, "loop.twee").expect("imports");
    let checked = doorstep::load_bytes(Path::new("loop.ron"), imported.ron.as_bytes());
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let s = checked.scenario.expect("valid");
    let start = s.nodes.get("start").expect("start");
    assert_eq!(
        start.options.last().map(|o| o.goto.as_deref()),
        Some(Some("the-end")),
        "the way out hangs off the start, the first node with room"
    );
    assert!(s.nodes.get("the-end").expect("added ending").end.is_some());
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.to_string().contains("every path loops")),
        "{:?}",
        imported.warnings
    );

    let full = format!(
        ":: Start\n{}\n",
        (0..30).map(|_| "[[Start]]").collect::<String>()
    );
    let imported = twee::import(&full, "full.twee").expect("imports");
    let checked = doorstep::load_bytes(Path::new("full.ron"), imported.ron.as_bytes());
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
}

#[test]
fn unusable_input_is_an_error() {
    assert_eq!(
        twee::import("just some text\n", "x.twee").err(),
        Some(ImportError::NoPassages)
    );
    assert_eq!(
        twee::import(":: StoryInit\n<<set $a to 1>>\n", "x.twee").err(),
        Some(ImportError::NothingToImport)
    );
}

#[test]
fn the_command_writes_a_new_file_only() {
    let out = std::env::temp_dir().join(format!("doorstep-import-{}.ron", std::process::id()));
    let _ = std::fs::remove_file(&out);
    let source = fixture("twee/break-room.twee");
    let args = [
        "import",
        "twee",
        source.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
    ];
    let first = doorstep(&args);
    assert_eq!(
        first.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let stderr = String::from_utf8_lossy(&first.stderr);
    assert!(
        stderr.contains(
            "break-room.twee:23:1: warning: passage 'His week': the macro (if: $trust > 0)"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("check finds 0 errors and 16 warnings"),
        "{stderr}"
    );
    let check = doorstep(&["check", out.to_str().expect("utf-8")]);
    assert_eq!(check.status.code(), Some(0));
    let analyze = doorstep(&["analyze", out.to_str().expect("utf-8"), "--runs", "20"]);
    assert_eq!(analyze.status.code(), Some(0));

    let again = doorstep(&args);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    std::fs::remove_file(&out).ok();

    let empty = std::env::temp_dir().join(format!("doorstep-empty-{}.twee", std::process::id()));
    std::fs::write(&empty, "no passages here\n").expect("writes");
    let refused = doorstep(&["import", "twee", empty.to_str().expect("utf-8")]);
    std::fs::remove_file(&empty).ok();
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no passages found"));
    assert_eq!(
        doorstep(&["import", "twee", "no/such.twee"]).status.code(),
        Some(2)
    );
}
