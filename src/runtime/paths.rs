//! The check after loading that needs the runtime: every stored path plays to an ending.

use std::path::Path;
use std::sync::Arc;

use super::conversation::Conversation;
use super::transcript::ChooseError;
use crate::scenario::Severity;
use crate::scenario::load::{self, Checked, ReadError};
use crate::scenario::locate::SourcePath;
use crate::scenario::model::Scenario;
use crate::scenario::validate::Finding;

/// Reads a scenario file, validates it, and plays its stored paths.
pub fn load_file(path: &Path) -> Result<Checked, ReadError> {
    load::load_file_with(path, &verify_paths)
}

/// Checks scenario text already in memory, as [`load_file`] does; `path` is used only in
/// diagnostics.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Checked {
    load::load_bytes_with(path, bytes, &verify_paths)
}

/// Plays every stored path; a path that cannot be played to an ending is an error.
pub fn verify_paths(scenario: &Scenario) -> Vec<Finding> {
    let mut findings = Vec::new();
    if scenario.paths.is_empty() {
        return findings;
    }
    let shared = Arc::new(scenario.clone());
    let mut error = |at: SourcePath, message: String| {
        findings.push(Finding {
            severity: Severity::Error,
            at,
            occurrence: 0,
            message,
        });
    };
    for (name, path) in scenario.paths.iter() {
        let at = SourcePath::root().field("paths").key(name);
        if path.choices.is_empty() {
            error(at, format!("path '{name}' has no choices"));
            continue;
        }
        if let Err((turn, problem)) = play_path(&shared, &path.choices, path.seed) {
            let where_ = at
                .field("choices")
                .index(turn.min(path.choices.len().saturating_sub(1)));
            error(where_, format!("path '{name}' cannot be played: {problem}"));
        }
    }
    findings
}

/// Plays a scripted path; on failure returns the 0-based choice index and the reason.
fn play_path(
    scenario: &Arc<Scenario>,
    choices: &[usize],
    seed: u64,
) -> Result<(), (usize, String)> {
    let mut conversation =
        Conversation::start(Arc::clone(scenario), seed).map_err(|e| (0, e.to_string()))?;
    for (i, &number) in choices.iter().enumerate() {
        if conversation.is_over() {
            let how = match &conversation.transcript().ending {
                Some(ending) => format!("reached the ending '{}'", ending.node),
                None => format!("got stuck at node '{}'", conversation.node()),
            };
            return Err((i, format!("the conversation {how} before choice {}", i + 1)));
        }
        let node = conversation.node().to_owned();
        conversation.choose(number).map_err(|e| match e {
            ChooseError::NotOffered { .. } => (i, format!("at node '{node}', {e}")),
            other => (i, other.to_string()),
        })?;
    }
    if !conversation.is_over() {
        return Err((
            choices.len(),
            format!(
                "it stops at node '{}' before an ending",
                conversation.node()
            ),
        ));
    }
    match conversation.transcript().ending {
        Some(_) => Ok(()),
        None => Err((
            choices.len(),
            format!("it gets stuck at node '{}'", conversation.node()),
        )),
    }
}
