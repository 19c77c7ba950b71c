//! The checks after loading that need the runtime: every stored path plays to an ending, and
//! options' moves read as labelled.

use std::path::Path;
use std::sync::Arc;

use super::conversation::Conversation;
use super::follow::{Carried, carried_after_path, find_first, verify_follow_up};
use super::transcript::ChooseError;
use crate::scenario::load::{self, Checked, ReadError};
use crate::scenario::locate::SourcePath;
use crate::scenario::model::Scenario;
use crate::scenario::validate::Finding;

/// Reads a scenario file, validates it, and plays its stored paths. A follow-up is also checked
/// against its first conversation when that scenario sits in the same folder.
pub fn load_file(path: &Path) -> Result<Checked, ReadError> {
    let folder = folder_of(path);
    load::load_file_with(path, &|scenario| later_checks(scenario, folder))
}

/// The folder a file sits in, `.` for a bare file name.
pub fn folder_of(path: &Path) -> Option<&Path> {
    path.parent().map(|p| {
        if p.as_os_str().is_empty() {
            Path::new(".")
        } else {
            p
        }
    })
}

/// Checks scenario text already in memory, as [`load_file`] does; `path` is used only in
/// diagnostics. A follow-up is checked on its own.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Checked {
    load_bytes_beside(path, bytes, None)
}

/// Checks scenario text already in memory, looking for a follow-up's first conversation in
/// `folder`; `path` is used only in diagnostics.
pub fn load_bytes_beside(path: &Path, bytes: &[u8], folder: Option<&Path>) -> Checked {
    load::load_bytes_with(path, bytes, &|scenario| later_checks(scenario, folder))
}

fn later_checks(scenario: &Scenario, folder: Option<&Path>) -> Vec<Finding> {
    let mut findings = super::moves::move_warnings(scenario);
    findings.extend(paths_and_follows(scenario, folder));
    if let Some(folder) = folder {
        findings.extend(super::translation::verify_translations(scenario, folder));
    }
    findings
}

fn paths_and_follows(scenario: &Scenario, folder: Option<&Path>) -> Vec<Finding> {
    let Some(follows) = &scenario.follows else {
        return verify_paths(scenario);
    };
    let first = folder.and_then(|dir| find_first(dir, &follows.scenario));
    let mut findings = verify_paths_after(scenario, first.as_ref());
    match &first {
        Some(first) => findings.extend(verify_follow_up(scenario, first)),
        None if folder.is_some() => findings.push(Finding::warning(
            SourcePath::root().field("follows").field("scenario"),
            format!(
                "this follows '{}', which is not in the same folder: what it carries over \
                 could not be checked, and paths with `after` start from the variables' own values",
                follows.scenario
            ),
        )),
        None => {}
    }
    findings
}

/// Plays every stored path; a path that cannot be played to an ending is an error.
pub fn verify_paths(scenario: &Scenario) -> Vec<Finding> {
    verify_paths_after(scenario, None)
}

/// Plays every stored path, a follow-up's after the first conversation's path it names when
/// `first` is known.
fn verify_paths_after(scenario: &Scenario, first: Option<&Scenario>) -> Vec<Finding> {
    let mut findings = Vec::new();
    if scenario.paths.is_empty() {
        return findings;
    }
    let shared = Arc::new(scenario.clone());
    let first = first.map(|f| Arc::new(f.clone()));
    let mut error = |at: SourcePath, message: String| findings.push(Finding::error(at, message));
    for (name, path) in scenario.paths.iter() {
        let at = SourcePath::root().field("paths").key(name);
        if path.choices.is_empty() {
            error(at, format!("path '{name}' has no choices"));
            continue;
        }
        let mut carried = Carried::new();
        if let (Some(after), Some(first)) = (&path.after, &first) {
            match carried_after_path(scenario, first, after) {
                Some(found) => carried = found,
                None => {
                    error(
                        at.field("after"),
                        format!(
                            "path '{name}' comes after path '{after}' of '{}', which does not exist or does not play",
                            first.id
                        ),
                    );
                    continue;
                }
            }
        }
        if let Err((turn, problem)) = play_path(&shared, &path.choices, path.seed, carried) {
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
    carried: Carried,
) -> Result<(), (usize, String)> {
    let mut conversation = Conversation::start_after(Arc::clone(scenario), seed, carried)
        .map_err(|e| (0, e.to_string()))?;
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
