//! Translations: a scenario and each translation it names must be the same exercise, node for
//! node and option for option, so a trainer can run it in two rooms and compare the results.
//! Only the words may differ; everything the runtime and the score read must match.

use std::path::Path;

use crate::scenario::load;
use crate::scenario::locate::SourcePath;
use crate::scenario::model::{Choice, Line, Node, Scenario};
use crate::scenario::validate::{Finding, is_plain_ron_name, primary_language};

/// Reads each translation `scenario` names from `folder` and compares it with `scenario`.
pub fn verify_translations(scenario: &Scenario, folder: &Path) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (tag, file) in scenario.translations.iter() {
        if !is_plain_ron_name(file) || primary_language(tag).is_none() {
            continue; // Validation has said so already.
        }
        let at = SourcePath::root().field("translations").key(tag);
        let checked = match load::load_file_with(&folder.join(file), &|_| Vec::new()) {
            Ok(checked) => checked,
            Err(e) => {
                findings.push(Finding::error(
                    at,
                    format!("translation '{file}' could not be read: {}", e.source),
                ));
                continue;
            }
        };
        match &checked.scenario {
            Some(other) => findings.extend(compare(scenario, other, tag, file)),
            None => findings.push(Finding::error(
                at,
                format!("translation '{file}' has errors of its own; run `doorstep check {file}`"),
            )),
        }
    }
    findings
}

/// Where `original` and its translation `other` (in language `tag`, from `file`) differ, located
/// in `original`.
pub fn compare(original: &Scenario, other: &Scenario, tag: &str, file: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    let link = SourcePath::root().field("translations").key(tag);
    let theirs = format!("the '{tag}' translation ({file})");
    if primary_language(other.language()) != primary_language(tag) {
        out.push(Finding::error(
            link.clone(),
            format!("{theirs} says its language is '{}'", other.language()),
        ));
    }
    let root = SourcePath::root();
    let keys = |a: Vec<&str>, b: Vec<&str>| a != b;
    differ(
        &mut out,
        &theirs,
        root.clone(),
        "the scenario".to_owned(),
        [
            ("vars", original.vars != other.vars),
            (
                "flags",
                keys(
                    original.flags.keys().collect(),
                    other.flags.keys().collect(),
                ) || original
                    .flags
                    .iter()
                    .zip(other.flags.iter())
                    .any(|(a, b)| a.1.kind != b.1.kind),
            ),
            ("start", original.start != other.start),
            (
                "facts",
                keys(
                    original.person.facts.keys().collect(),
                    other.person.facts.keys().collect(),
                ),
            ),
            ("truth", original.person.truth != other.person.truth),
            (
                "truth_if",
                original.person.truth_if != other.person.truth_if,
            ),
            ("follows", original.follows != other.follows),
            ("paths", original.paths.keys().ne(other.paths.keys())),
        ]
        .into_iter()
        .filter_map(|(name, different)| different.then_some(name))
        .collect(),
    );
    for (name, path) in original.paths.iter() {
        if let Some(twin) = other.paths.get(name) {
            let fields = [
                ("choices", path.choices != twin.choices),
                ("seed", path.seed != twin.seed),
                ("assess", path.assess != twin.assess),
                ("after", path.after != twin.after),
            ];
            differ(
                &mut out,
                &theirs,
                root.field("paths").key(name),
                format!("path '{name}'"),
                named(&fields),
            );
        }
    }
    for (id, node) in original.nodes.iter() {
        let at = SourcePath::node(id);
        let Some(other_node) = other.nodes.get(id) else {
            out.push(Finding::error(
                at,
                format!("node '{id}' is missing from {theirs}"),
            ));
            continue;
        };
        compare_node(id, node, other_node, &at, &theirs, &mut out);
    }
    for id in other
        .nodes
        .keys()
        .filter(|id| original.nodes.get(id).is_none())
    {
        out.push(Finding::error(
            link.clone(),
            format!("{theirs} has a node '{id}' that this scenario does not"),
        ));
    }
    out
}

/// An error at `at` when `fields` is not empty.
fn differ(out: &mut Vec<Finding>, theirs: &str, at: SourcePath, what: String, fields: Vec<&str>) {
    if !fields.is_empty() {
        let fields = fields.join(", ");
        out.push(Finding::error(
            at,
            format!("{what} differs from {theirs} in: {fields}"),
        ));
    }
}

fn named(fields: &[(&'static str, bool)]) -> Vec<&'static str> {
    fields.iter().filter(|(_, d)| *d).map(|(n, _)| *n).collect()
}

fn compare_node(
    id: &str,
    a: &Node,
    b: &Node,
    at: &SourcePath,
    theirs: &str,
    out: &mut Vec<Finding>,
) {
    let ending = |n: &Node| n.end.as_ref().map(|e| (e.outcome, e.truth));
    differ(
        out,
        theirs,
        at.clone(),
        format!("node '{id}'"),
        named(&[
            ("the number of lines in `say`", a.say.len() != b.say.len()),
            ("reached", a.reached != b.reached),
            ("effects", a.effects != b.effects),
            ("the number of options", a.options.len() != b.options.len()),
            ("next", a.next != b.next),
            ("end", ending(a) != ending(b)),
            ("otherwise", a.otherwise.is_some() != b.otherwise.is_some()),
        ]),
    );
    for (i, (x, y)) in a.say.iter().zip(&b.say).enumerate() {
        differ(
            out,
            theirs,
            at.field("say").index(i),
            format!("line {} of node '{id}'", i + 1),
            line_fields(x, y),
        );
    }
    for (i, (x, y)) in a.options.iter().zip(&b.options).enumerate() {
        differ(
            out,
            theirs,
            at.field("options").index(i),
            format!("option {} of node '{id}'", i + 1),
            option_fields(x, y),
        );
    }
    if let (Some(x), Some(y)) = (&a.otherwise, &b.otherwise) {
        differ(
            out,
            theirs,
            at.field("otherwise"),
            format!("the `otherwise` of node '{id}'"),
            option_fields(x, y),
        );
    }
}

/// What the runtime draws or counts from a line: narration or speech, how many variants the dice
/// choose among, conditions, seconds and facts.
fn line_fields(a: &Line, b: &Line) -> Vec<&'static str> {
    named(&[
        ("narration", a.is_narration() != b.is_narration()),
        (
            "the number of variants",
            a.variants().len() != b.variants().len(),
        ),
        ("when", a.conditions() != b.conditions()),
        ("seconds", a.seconds() != b.seconds()),
        ("reveals", a.reveals() != b.reveals()),
    ])
}

/// Everything about an option but its words.
fn option_fields(a: &Choice, b: &Choice) -> Vec<&'static str> {
    named(&[
        ("move", a.kind != b.kind),
        ("step", a.step != b.step),
        ("flags", a.flags != b.flags),
        ("when", a.when != b.when),
        ("effects", a.effects != b.effects),
        ("goto", a.goto != b.goto),
        ("branch", a.branch != b.branch),
        ("seconds", a.seconds != b.seconds),
        ("pin_last", a.pin_last != b.pin_last),
    ])
}
