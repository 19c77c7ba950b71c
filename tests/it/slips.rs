//! The slip corpus (tests/fixtures/slips): broken copies of a real scenario, each with the first
//! error an author must see, on the line of the slip and in plain words.

use std::path::Path;

use super::fixture;

fn read(name: &str) -> String {
    std::fs::read_to_string(fixture("slips").join(name)).expect("fixture")
}

/// Every diagnostic `check` gives for a file of the corpus, named by its file name.
fn diagnostics(name: &str, text: &str) -> Vec<String> {
    let checked = doorstep::load_bytes(Path::new(name), text.as_bytes());
    checked
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn first_error(name: &str) -> String {
    diagnostics(name, &read(name))
        .into_iter()
        .find(|d| d.contains(": error: "))
        .unwrap_or_else(|| format!("{name}: no error"))
}

/// (file name, the expected first error) for every slip in slips.txt.
fn table() -> Vec<(String, String)> {
    read("slips.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let name = l.split(':').next().expect("a file name");
            (name.to_owned(), l.to_owned())
        })
        .collect()
}

/// The 1-based line where `changed` first differs from `base`.
fn first_changed_line(base: &str, changed: &str) -> usize {
    let mut base_lines = base.lines();
    1 + changed
        .lines()
        .take_while(|line| base_lines.next() == Some(line))
        .count()
}

/// The line of a `path:line:col: …` diagnostic.
fn line_of(diagnostic: &str) -> usize {
    diagnostic
        .split(':')
        .nth(1)
        .and_then(|l| l.parse().ok())
        .unwrap_or(0)
}

#[test]
fn the_base_of_the_corpus_is_a_clean_scenario() {
    assert_eq!(
        diagnostics("base.ron", &read("base.ron")),
        Vec::<String>::new()
    );
}

#[test]
fn every_slip_gives_its_expected_first_error() {
    let table = table();
    assert!(table.len() >= 40, "only {} slips", table.len());
    let wrong: Vec<String> = table
        .iter()
        .filter_map(|(name, expected)| {
            let got = first_error(name);
            (got != *expected).then(|| format!("expected {expected}\n     got {got}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Every broken file is in the table.
    for entry in std::fs::read_dir(fixture("slips")).expect("folder") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".ron") && name != "base.ron" {
            assert!(
                table.iter().any(|(listed, _)| *listed == name),
                "{name} is not in slips.txt"
            );
        }
    }
}

#[test]
fn every_slip_is_reported_on_the_line_of_the_slip() {
    let base = read("base.ron");
    let mut pinned = 0;
    let mut wrong = Vec::new();
    let table = table();
    for (name, expected) in &table {
        let slip = first_changed_line(&base, &read(name));
        let reported = line_of(expected);
        // A bracket left open is reported where it was opened, with the line where it should
        // close in the message.
        let opened = expected.contains("opened here") || expected.contains("opened on line");
        if reported == slip {
            pinned += 1;
        } else if !(opened && reported < slip) {
            wrong.push(format!("{name}: the slip is on line {slip}: {expected}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // Only the brackets opened lines above the slip are not on its very line.
    assert!(
        pinned + 4 >= table.len(),
        "{pinned} of {} pinned",
        table.len()
    );
}

#[test]
fn several_slips_in_one_file_are_all_reported() {
    let base = read("base.ron");
    let slips = [
        "misspelt-truth.ron",
        "comma-after-a-field.ron",
        "misspelt-field-in-an-option.ron",
        "quoted-move.ron",
        "negative-weight.ron",
        "variable-without-quotes-in-a-condition.ron",
        "quoted-outcome.ron",
        "curly-quotes-around-a-say.ron",
        "paren-after-an-ending.ron",
    ];
    let mut lines: Vec<String> = base.lines().map(str::to_owned).collect();
    for name in slips {
        let changed = read(name);
        let at = first_changed_line(&base, &changed);
        lines[at - 1] = changed.lines().nth(at - 1).expect("line").to_owned();
    }
    let out = diagnostics("many.ron", &lines.join("\n"));
    let table = table();
    let expected: Vec<String> = slips
        .iter()
        .map(|name| {
            let (_, line) = table.iter().find(|(n, _)| n == name).expect("listed");
            line.replacen(name, "many.ron", 1)
        })
        .collect();
    assert_eq!(out, expected);
}
