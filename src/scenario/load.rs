//! Reading a scenario file: size and encoding checks, RON parsing with positions, then validation.

use std::io::Read;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;
use serde::Deserialize;

use super::diagnostic::{self, Diagnostic, Position, Severity};
use super::halves::split_nodes;
use super::locate::SourceMap;
use super::model::{Node, Scenario};
use super::ordered::{EntryList, OrderedMap};
use super::syntax::{NESTING, syntax_errors};
use super::validate::{Finding, cap_repeats, validate};

/// Files larger than this are refused before parsing (16 MiB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// ron's nesting limit; deeper input is an error, not a stack overflow.
const RECURSION_LIMIT: usize = NESTING;

/// The result of checking one file: the scenario when it has no errors, and every diagnostic.
#[derive(Debug, Clone)]
pub struct Checked {
    pub path: PathBuf,
    pub scenario: Option<Scenario>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The first error, for one-line summaries.
    pub fn first_error(&self) -> Option<&Diagnostic> {
        self.diagnostics.iter().find(|d| d.is_error())
    }
}

/// A file that could not be read at all.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct ReadError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// A check that runs after validation finds no errors, such as the runtime's replay of the
/// stored paths; its findings are located and reported like validation's own.
pub type LaterCheck<'a> = &'a dyn Fn(&Scenario) -> Vec<Finding>;

/// Reads and checks a scenario file.
pub fn load_file_with(path: &Path, later: LaterCheck) -> Result<Checked, ReadError> {
    let read_error = |source| ReadError {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let size = file
        .metadata()
        .map_or(0, |m| m.len().min(MAX_FILE_BYTES + 1));
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Read one byte past the limit so an oversized file is detected without reading it all.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    Ok(load_bytes_with(path, &bytes, later))
}

/// Checks scenario text already in memory; `path` is used only in diagnostics.
pub fn load_bytes_with(path: &Path, bytes: &[u8], later: LaterCheck) -> Checked {
    let fail = |position, message: String| Checked {
        path: path.to_owned(),
        scenario: None,
        diagnostics: vec![Diagnostic {
            path: path.to_owned(),
            position,
            severity: Severity::Error,
            message,
        }],
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return fail(
            Position::START,
            format!(
                "file is larger than the {} MiB limit for scenarios",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        );
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            return fail(end_position(valid), "file is not UTF-8 text".to_owned());
        }
    };
    if text.trim().is_empty() {
        return fail(
            Position::START,
            "file is empty; a scenario starts with `Scenario(`".to_owned(),
        );
    }
    match parse(text) {
        Ok(scenario) => check_parsed(path, text, scenario, later),
        Err(first) => {
            let parse_only = |text: &str| ron_options().from_str::<Scenario>(text).map(|_| ());
            let diagnostics = syntax_errors(text, &first, &parse_only)
                .into_iter()
                .map(|slip| Diagnostic {
                    path: path.to_owned(),
                    position: slip.position,
                    severity: Severity::Error,
                    message: slip.message,
                })
                .collect();
            Checked {
                path: path.to_owned(),
                scenario: None,
                diagnostics,
            }
        }
    }
}

/// Files at least this large have their nodes parsed on two threads.
const PARALLEL_BYTES: usize = 512 * 1024;

fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT)
}

/// Parses RON into the model without semantic checks. A large file's nodes are parsed in two
/// halves on two threads: on the 10,000-node benchmark scenario that takes about a third
/// less time than [`parse_in_one_piece`] (see the `load` bench).
pub fn parse(text: &str) -> Result<Scenario, ron::error::SpannedError> {
    if text.len() >= PARALLEL_BYTES
        && let Some(scenario) = parse_in_halves(text)
    {
        return Ok(scenario);
    }
    parse_in_one_piece(text)
}

/// Parses RON into the model on one thread, as every small file is parsed.
pub fn parse_in_one_piece(text: &str) -> Result<Scenario, ron::error::SpannedError> {
    ron_options().from_str(text)
}

/// Parses the two halves of the nodes map and the rest of the file at once; None when the
/// text is not plainly shaped or any part fails (the caller then parses it whole). Public so
/// the fuzzer can hold it to the one-piece parse: whatever it accepts must parse the same whole.
pub fn parse_in_halves(text: &str) -> Option<Scenario> {
    // Attributes such as `#![enable(...)]` change how the whole file parses; the halves would
    // be parsed without them.
    if text.contains("#![") {
        return None;
    }
    let split = split_nodes(text)?;
    // Each thread copies its own half (ron needs the braces around it). The tail runs to the
    // end of the file: its parser stops at the map's closing brace and reports where.
    let (head, tail) = std::thread::scope(|scope| {
        let tail = scope.spawn(|| {
            let second = format!("{{{}", &text[split.comma + 1..]);
            let mut parser =
                ron::Deserializer::from_str_with_options(&second, &ron_options()).ok()?;
            let entries = EntryList::<Node>::deserialize(&mut parser).ok()?;
            let after_close = split.comma + second.len() - parser.remainder().len();
            Some((entries, after_close))
        });
        let first = format!("{{{}}}", &text[split.open + 1..split.comma]);
        let head = ron_options().from_str::<EntryList<Node>>(&first).ok();
        (head, tail.join().ok().flatten())
    });
    let (head, (tail, after_close)) = (head?, tail?);
    let skeleton = format!("{}{{}}{}", &text[..split.open], text.get(after_close..)?);
    let rest = ron_options().from_str::<Scenario>(&skeleton).ok();
    let mut scenario = rest?;
    if !scenario.nodes.is_empty() {
        return None;
    }
    let mut entries = head.0;
    entries.extend(tail.0);
    scenario.nodes = OrderedMap::from_entries(entries);
    Some(scenario)
}

fn check_parsed(path: &Path, text: &str, scenario: Scenario, later: LaterCheck) -> Checked {
    let mut findings = validate(&scenario);
    // A later check on a scenario with errors would only repeat them.
    if findings.iter().all(|f| f.severity != Severity::Error) {
        findings.extend(later(&scenario));
    }
    let findings = cap_repeats(findings);
    let mut diagnostics = Vec::with_capacity(findings.len());
    if !findings.is_empty() {
        let source = SourceMap::build(text, findings.iter().map(|f| &f.at));
        for finding in findings {
            diagnostics.push(Diagnostic {
                path: path.to_owned(),
                position: source.find(&finding.at, finding.occurrence),
                severity: finding.severity,
                message: finding.message,
            });
        }
        diagnostic::sort(&mut diagnostics);
    }
    let ok = !diagnostics.iter().any(Diagnostic::is_error);
    Checked {
        path: path.to_owned(),
        scenario: ok.then_some(scenario),
        diagnostics,
    }
}

fn end_position(text: &str) -> Position {
    let line = 1 + text.matches('\n').count();
    let col = 1 + text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count());
    Position { line, col }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_with_no_entry_is_never_accepted_by_the_halves() {
        for nodes in [
            r#"{ , "a": (), "b": (), "c": () }"#,
            r#"{ "a": (), , "b": (), "c": () }"#,
            r#"{ "a": (), "b": (), , "c": () }"#,
        ] {
            let text = format!(r#"Scenario(id: "x", nodes: {nodes})"#);
            assert!(parse_in_one_piece(&text).is_err(), "{text}");
            assert!(parse_in_halves(&text).is_none(), "{text}");
        }
    }

    #[test]
    fn parsing_in_halves_matches_parsing_whole() {
        let text = crate::synthetic::large_scenario(3_000);
        assert!(text.len() >= PARALLEL_BYTES);
        let halves = parse_in_halves(&text).expect("the synthetic scenario splits");
        let whole: Scenario = ron_options().from_str(&text).expect("parses");
        assert_eq!(halves, whole);
        assert_eq!(halves.nodes.position("n2999"), Some(2999));
    }

    #[test]
    fn halves_work_when_the_nodes_end_before_the_middle_of_the_file() {
        let text = crate::synthetic::large_scenario(1_500);
        // A long comment after the nodes pushes the middle of the file past them, and braces
        // and commas inside it must not confuse the split.
        let padding = format!("\n// {}\n", "}, {\"x\": (), ".repeat(40_000));
        let end = text.rfind(')').expect("closing paren");
        let padded = format!("{}{padding}{}", &text[..end], &text[end..]);
        assert!(padded.len() >= PARALLEL_BYTES);
        let halves = parse_in_halves(&padded).expect("splits");
        let whole: Scenario = ron_options().from_str(&padded).expect("parses");
        assert_eq!(halves, whole);
    }

    #[test]
    fn attributes_apply_to_large_files_too() {
        // Everything outside the nodes names its struct, so only the nodes break the rule.
        let named = |nodes| {
            format!(
                "#![enable(explicit_struct_names)]\n{}",
                crate::synthetic::large_scenario(nodes)
                    .replace("person: (name:", "person: Person(name:")
            )
        };
        let (small, text) = (named(10), named(3_000));
        assert!(text.len() >= PARALLEL_BYTES);
        // Without struct names the file is refused, whatever its size.
        assert!(parse(&small).is_err());
        assert!(parse(&text).is_err());
    }

    #[test]
    fn a_broken_large_file_reports_the_exact_position() {
        let mut text = crate::synthetic::large_scenario(3_000);
        let at = text.find("\"n2500\": (say").expect("node exists");
        text.replace_range(at..at + 13, "\"n2500\": (sya");
        let checked = load_bytes_with(Path::new("big.ron"), text.as_bytes(), &|_| Vec::new());
        let line = 1 + text[..at].matches('\n').count();
        let message = checked.diagnostics[0].to_string();
        assert!(
            message.starts_with(&format!("big.ron:{line}:")),
            "{message}"
        );
        assert!(message.contains("`sya`"), "{message}");
    }
}
