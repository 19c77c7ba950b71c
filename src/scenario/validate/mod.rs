//! Semantic checks on a parsed scenario; every problem is collected, none stops the others.

mod follows;
mod graph;
mod language;
mod limits;
mod nodes;

pub use language::{is_plain_ron_name, primary_language};
pub use limits::{MAX_ALSO, MAX_ALSO_CHARS, MAX_FLAGS, MAX_ID_CHARS, MAX_OPTIONS};

use super::diagnostic::Severity;
use super::flags;
use super::locate::SourcePath;
use super::model::Scenario;

/// The newest format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A problem found by validation, located by its path in the scenario's tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub at: SourcePath,
    /// Which occurrence of a repeated key is meant (0 = first).
    pub occurrence: usize,
    pub message: String,
}

impl Finding {
    /// An error about the first occurrence of what `at` names.
    pub fn error(at: SourcePath, message: String) -> Self {
        Finding {
            severity: Severity::Error,
            at,
            occurrence: 0,
            message,
        }
    }

    /// A warning about the first occurrence of what `at` names.
    pub fn warning(at: SourcePath, message: String) -> Self {
        Finding {
            severity: Severity::Warning,
            ..Finding::error(at, message)
        }
    }
}

/// Where a check is looking, built only when there is something to report.
pub(super) type Here<'a> = &'a dyn Fn() -> SourcePath;

pub(super) struct Checker<'a> {
    scenario: &'a Scenario,
    findings: RepeatCap,
    /// "Did you mean" searches still allowed: each compares a name with every candidate, so a
    /// file with thousands of misspellings would otherwise take minutes.
    hints_left: usize,
}

/// "Did you mean" suggestions made per file at most; later misspellings get no suggestion.
const HINTS: usize = 200;

/// Checks everything that parsing cannot.
pub fn validate(scenario: &Scenario) -> Vec<Finding> {
    let mut checker = Checker {
        scenario,
        findings: RepeatCap::default(),
        hints_left: HINTS,
    };
    checker.limits();
    checker.metadata();
    checker.definitions();
    checker.person();
    checker.nodes();
    checker.graph();
    checker.follows();
    checker.languages();
    checker.findings.finish()
}

/// Problems of one kind listed per file at most; the rest are counted in one more line.
pub const SAME_KIND_SHOWN: usize = 100;

/// Keeps the first [`SAME_KIND_SHOWN`] findings of each kind (the same message but for the names
/// and numbers in it) and replaces the rest with one finding that counts them, so that a file
/// with a million repeated mistakes gives a readable report in a moment.
pub fn cap_repeats(findings: Vec<Finding>) -> Vec<Finding> {
    let mut cap = RepeatCap::default();
    for finding in findings {
        cap.add(finding);
    }
    cap.finish()
}

/// Findings as they are found, with repeats past [`SAME_KIND_SHOWN`] only counted, so that
/// memory stays small however many there are.
#[derive(Debug, Default)]
struct RepeatCap {
    kept: Vec<Finding>,
    counts: std::collections::HashMap<String, usize>,
    /// Per kind past the cap: the first finding left out, and how many were.
    dropped: Vec<(String, Finding, usize)>,
}

impl RepeatCap {
    fn add(&mut self, finding: Finding) {
        let kind = kind_of(&finding.message);
        let seen = self.counts.entry(kind.clone()).or_insert(0);
        *seen += 1;
        if *seen <= SAME_KIND_SHOWN {
            self.kept.push(finding);
        } else if *seen == SAME_KIND_SHOWN + 1 {
            self.dropped.push((kind, finding, 1));
        } else if let Some(entry) = self.dropped.iter_mut().find(|(k, ..)| *k == kind) {
            entry.2 += 1;
        }
    }

    fn finish(self) -> Vec<Finding> {
        let mut kept = self.kept;
        for (_, first, more) in self.dropped {
            kept.push(Finding {
                message: format!(
                    "… and {} more like this one: {}",
                    crate::words::thousands(more),
                    first.message
                ),
                ..first
            });
        }
        kept
    }
}

/// A message with its quoted names and its numbers taken out, and without its advice (after
/// `;` or ` (`, where a suggestion may or may not appear): what makes two findings the same kind.
fn kind_of(message: &str) -> String {
    let message = message.split_once("; ").map_or(message, |(head, _)| head);
    let message = message.split_once(" (").map_or(message, |(head, _)| head);
    let mut kind = String::with_capacity(message.len());
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                kind.push(c);
            }
            _ if quoted || c.is_ascii_digit() => {}
            _ => kind.push(c),
        }
    }
    kind
}

/// Whether an asset path stays inside `assets/`: relative, no `..`, no drive or backslash.
pub fn is_safe_asset_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains(':')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != ".." && part != ".")
}

impl Checker<'_> {
    pub(super) fn error(&mut self, at: SourcePath, message: impl Into<String>) {
        self.push(Severity::Error, at, 0, message);
    }

    pub(super) fn warning(&mut self, at: SourcePath, message: impl Into<String>) {
        self.push(Severity::Warning, at, 0, message);
    }

    pub(super) fn push(
        &mut self,
        severity: Severity,
        at: SourcePath,
        occurrence: usize,
        message: impl Into<String>,
    ) {
        self.findings.add(Finding {
            severity,
            at,
            occurrence,
            message: message.into(),
        });
    }

    fn metadata(&mut self) {
        let s = self.scenario;
        let root = SourcePath::root();
        if s.format > FORMAT_VERSION {
            self.error(
                root.field("format"),
                format!(
                    "format {} is newer than this Doorstep reads (up to {FORMAT_VERSION})",
                    s.format
                ),
            );
        }
        if s.id.trim().is_empty() {
            self.error(
                root.clone(),
                "the scenario has no `id`; add one such as `id: \"rally-kei\"`",
            );
        } else if !s
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            self.error(
                root.field("id"),
                format!("id '{}' may use only letters, digits, '-' and '_'", s.id),
            );
        }
        if s.title.trim().is_empty() {
            self.warning(
                root.clone(),
                "the scenario has no `title`; the menu will show its id",
            );
        }
        if s.person.name.trim().is_empty() {
            self.warning(root.field("person"), "the person has no `name`");
        }
        if let Some(portrait) = &s.person.portrait
            && !is_safe_asset_path(portrait)
        {
            self.error(
                root.field("person").field("portrait"),
                format!(
                    "portrait '{portrait}' must be a relative path inside assets/, without '..'"
                ),
            );
        }
    }

    fn definitions(&mut self) {
        let s = self.scenario;
        let root = SourcePath::root();
        for (key, occurrence) in s.vars.repeats() {
            self.push(
                Severity::Error,
                root.field("vars").key(key),
                occurrence,
                format!("variable '{key}' is defined twice"),
            );
        }
        for (key, occurrence) in s.flags.repeats() {
            self.push(
                Severity::Error,
                root.field("flags").key(key),
                occurrence,
                format!("flag '{key}' is defined twice"),
            );
        }
        for (key, def) in s.flags.iter() {
            let at = root.field("flags").key(key);
            if flags::is_built_in(key) {
                self.warning(
                    at.clone(),
                    format!("flag '{key}' replaces the built-in flag of that name"),
                );
            }
            if def.description.trim().is_empty() {
                self.error(
                    at,
                    format!("flag '{key}' needs a `description` for the debrief"),
                );
            }
        }
        for (key, occurrence) in s.paths.repeats() {
            self.push(
                Severity::Error,
                root.field("paths").key(key),
                occurrence,
                format!("path '{key}' is defined twice"),
            );
        }
        if s.nodes.is_empty() {
            self.error(root.field("nodes"), "the scenario has no nodes");
        }
        for (key, occurrence) in s.nodes.repeats() {
            self.push(
                Severity::Error,
                SourcePath::node(key),
                occurrence,
                format!("node id '{key}' is used twice; the second one would be ignored"),
            );
        }
        if let Some(start) = &s.start
            && !s.nodes.contains_key(start)
        {
            self.error(
                root.field("start"),
                format!("start node '{start}' does not exist"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asset_paths_must_stay_inside_assets() {
        assert!(is_safe_asset_path("portraits/kei.png"));
        for bad in [
            "../secret.png",
            "/etc/passwd",
            "a/../../b",
            "C:\\x.png",
            "",
            "a//b",
        ] {
            assert!(!is_safe_asset_path(bad), "{bad} should be refused");
        }
    }
}
