//! Hostile input at modest sizes: every check finishes, and repeated problems are counted rather
//! than listed a million times. (The benchmark times the full sizes.)

use std::path::Path;

#[path = "../support/hostile.rs"]
mod files;

fn check(text: &str) -> Vec<String> {
    doorstep::load_bytes(Path::new("hostile.ron"), text.as_bytes())
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn count(diagnostics: &[String], part: &str) -> usize {
    diagnostics.iter().filter(|d| d.contains(part)).count()
}

#[test]
fn thousands_of_the_same_problem_are_listed_a_hundred_times_then_counted() {
    let out = check(&files::unknown_gotos(2_000));
    assert_eq!(
        count(&out, "error: no node 'm"),
        100,
        "the first hundred are listed"
    );
    assert_eq!(
        count(&out, "error: … and 1,900 more like this one: no node 'm"),
        1,
        "and the rest counted: {:?}",
        out.last()
    );
    // Only the first misspellings get a suggestion, so thousands of them stay quick.
    let out = check(&files::undefined_vars(2_000));
    assert_eq!(count(&out, "undefined variable 'w"), 101);
    assert_eq!(count(&out, "… and 1,900 more like this one"), 1);

    // Past the limit of 16 flags an option, the limit is the one problem reported.
    let out = check(&files::many_flags(5_000, false));
    assert_eq!(count(&out, "listed twice"), 0);
    assert_eq!(
        count(&out, "has 5,000 flags; an option may have at most 16"),
        1
    );
    let out = check(&files::many_flags(10, false));
    assert_eq!(count(&out, "flag 'argues' is listed twice"), 9);
}

#[test]
fn very_long_ids_get_no_suggestion_and_no_slow_search() {
    let out = check(&files::long_ids(20_000));
    let missing: Vec<&String> = out
        .iter()
        .filter(|d| d.contains("error: no node"))
        .collect();
    assert_eq!(missing.len(), 1);
    assert!(
        !missing[0].contains("did you mean"),
        "{}",
        &missing[0][..80]
    );
    // A short typo still gets its suggestion.
    let out = check(&files::long_ids(6));
    assert!(
        out.iter().any(|d| d.contains("did you mean 'aaaaaa'")),
        "{out:?}"
    );
}

#[test]
fn twee_with_repeated_names_and_unclosed_marks_still_imports() {
    let imported = doorstep::author::twee::import(&files::same_name_passages(400), "same.twee")
        .expect("imports");
    let checked = doorstep::load_bytes(Path::new("same.ron"), imported.ron.as_bytes());
    let scenario = checked.scenario.expect("the import loads");
    assert!(
        scenario.nodes.contains_key("again-400"),
        "every passage gets its own id"
    );
    assert_eq!(
        scenario.nodes.get("start").map(|n| n.options.len()),
        Some(26),
        "a node offers at most 26 of the passage's 400 links"
    );
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message.contains("374 more links than the 26 options")),
        "the import says what it dropped"
    );
    for mark in ["[[", "<<"] {
        let imported =
            doorstep::author::twee::import(&files::unclosed(mark, 50_000), "unclosed.twee")
                .expect("imports");
        assert!(!doorstep::load_bytes(Path::new("u.ron"), imported.ron.as_bytes()).has_errors());
    }
}

#[test]
fn absurd_sizes_are_refused_naming_the_limit() {
    let out = check(&files::long_ids(300));
    assert_eq!(
        count(&out, "ids may be at most 256"),
        1,
        "the 300-character node id is refused: {out:?}"
    );
    let refusal = out
        .iter()
        .find(|d| d.contains("at most 256"))
        .expect("refused");
    assert!(
        refusal.starts_with("hostile.ron:2:1: error: node id 'aaaa"),
        "{refusal}"
    );
    assert!(refusal.len() < 200, "the id is shortened in the message");
    assert_eq!(count(&check(&files::long_ids(256)), "at most 256"), 0);

    let out = check(&files::many_options(27));
    assert_eq!(
        count(&out, "offers 27 options; a node may offer at most 26"),
        1,
        "{out:?}"
    );
    assert!(
        !check(&files::many_options(26))
            .iter()
            .any(|d| d.contains("at most"))
    );

    let out = check(&files::many_flags(17, true));
    assert_eq!(
        count(&out, "has 17 flags; an option may have at most 16"),
        1
    );
}

#[test]
fn a_story_or_passage_named_with_a_paragraph_imports_as_a_short_id() {
    let name = "word ".repeat(200);
    let story =
        format!(":: StoryTitle\n{name}\n\n:: Start\nHello. [[{name}]]\n\n:: {name}\nBye.\n");
    let imported = doorstep::author::twee::import(&story, "long.twee").expect("imports");
    let checked = doorstep::load_bytes(Path::new("long.ron"), imported.ron.as_bytes());
    assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
}

#[test]
fn warnings_deep_in_a_long_file_point_at_their_own_lines() {
    let text = crate::it::synthetic::realistic_dialogue(600, 5);
    let lines: Vec<&str> = text.lines().collect();
    let checked = doorstep::load_bytes(Path::new("long.ron"), text.as_bytes());
    // The generated lines are not real talk, so some read as another move than their label;
    // those warnings point at the label.
    let (unclassified, misread): (Vec<_>, Vec<_>) = checked
        .diagnostics
        .iter()
        .partition(|d| d.message.contains("unclassified"));
    for diagnostic in &misread {
        let line = lines[diagnostic.position.line - 1];
        let labelled = diagnostic.message.split(' ').nth(4).expect("a move");
        assert!(
            line[diagnostic.position.col - 1..].starts_with(labelled),
            "{diagnostic}"
        );
    }
    assert_eq!(unclassified.len(), 5, "{:?}", checked.diagnostics);
    let mut last_line = 0;
    for diagnostic in unclassified {
        let line = lines[diagnostic.position.line - 1];
        let col = diagnostic.position.col - 1;
        assert!(
            line[col..].starts_with("Unclassified"),
            "{diagnostic} points at {line:?}"
        );
        assert!(
            diagnostic.position.line > last_line,
            "spread through the file"
        );
        last_line = diagnostic.position.line;
    }
    assert!(last_line > lines.len() / 2);
}

#[test]
fn options_with_many_conditions_load_and_analyze() {
    let text = files::conditional_options(200, 25);
    let checked = doorstep::load_bytes(Path::new("conditions.ron"), text.as_bytes());
    assert!(!checked.has_errors(), "{:?}", checked.first_error());
    let scenario = checked.scenario.expect("loads");
    let settings = doorstep::author::analysis::Settings {
        runs: 50,
        tell_seeds: 5,
        ..Default::default()
    };
    let analysis = doorstep::author::analysis::analyze(&scenario, settings);
    assert!(analysis.random.runs > 0);
}
