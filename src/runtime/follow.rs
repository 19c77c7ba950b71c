//! Follow-up conversations: what carries over from the first one, and the checks that need both
//! scenarios.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use super::conversation::Conversation;
pub use super::transcript::Carried;
use crate::scenario::flags;
use crate::scenario::load;
use crate::scenario::locate::SourcePath;
use crate::scenario::model::{CarryFrom, Scenario, Value};
use crate::scenario::validate::Finding;

/// What carries over from the first conversation, by the follow-up's `carry` rules. A rule
/// whose source the first conversation never touched carries 0 (a variable: its last value).
pub fn carry(follow_up: &Scenario, first: &Conversation) -> Carried {
    let mut carried = Carried::new();
    let Some(follows) = &follow_up.follows else {
        return carried;
    };
    let transcript = first.transcript();
    let vars = first.vars();
    let visited: HashSet<&str> = first.visited().into_iter().collect();
    let revealed: HashSet<&str> = transcript
        .entries
        .iter()
        .filter_map(|entry| match entry {
            super::Entry::Person(line) => Some(line.reveals.iter().map(String::as_str)),
            _ => None,
        })
        .flatten()
        .collect();
    let ending = transcript.ending.as_ref().map(|e| e.node.as_str());
    for rule in &follows.carry {
        let value = match &rule.from {
            CarryFrom::Var(name) => vars.get(name).copied().unwrap_or(0),
            CarryFrom::Fact(fact) => Value::from(revealed.contains(fact.as_str())),
            CarryFrom::Flag(flag) => transcript
                .choices()
                .filter(|c| c.flags.iter().any(|f| f == flag))
                .count() as Value,
            CarryFrom::Ending(node) => Value::from(ending == Some(node.as_str())),
            CarryFrom::Visited(node) => Value::from(visited.contains(node.as_str())),
        };
        carried.insert(rule.to.clone(), value);
    }
    carried
}

/// Whether the app offers `follow_up` after a first conversation that ended as `first` did.
pub fn follows_after(follow_up: &Scenario, first: &Conversation) -> bool {
    let Some(follows) = &follow_up.follows else {
        return false;
    };
    let Some(ending) = &first.transcript().ending else {
        return false;
    };
    follows.scenario == first.scenario().id
        && (follows.after.is_empty() || follows.after.contains(&ending.node))
}

/// The first conversation's scenario, from the folder a follow-up sits in: the file named after
/// its id if there is one, else any file there with that id. Files with errors are skipped.
pub fn find_first(folder: &Path, id: &str) -> Option<Scenario> {
    let named = folder.join(format!("{id}.ron"));
    let parse = |file: &Path| -> Option<Scenario> {
        let checked = load::load_file_with(file, &|_| Vec::new()).ok()?;
        checked.scenario.filter(|s| s.id == id)
    };
    if let Some(first) = parse(&named) {
        return Some(first);
    }
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ron") && *p != named)
        .collect();
    files.sort();
    files.iter().find_map(|file| parse(file))
}

/// The checks a follow-up needs its first conversation for: every name it takes from the first
/// exists there, and the endings it follows are endings.
pub fn verify_follow_up(follow_up: &Scenario, first: &Scenario) -> Vec<Finding> {
    let mut findings = Vec::new();
    let Some(follows) = &follow_up.follows else {
        return findings;
    };
    let at = SourcePath::root().field("follows");
    let mut error = |at: SourcePath, message: String| findings.push(Finding::error(at, message));
    let is_ending = |node: &str| first.nodes.get(node).is_some_and(|n| n.end.is_some());
    for (i, ending) in follows.after.iter().enumerate() {
        if !is_ending(ending) {
            error(
                at.field("after").index(i),
                format!("'{ending}' is not an ending of '{}'", first.id),
            );
        }
    }
    for (i, rule) in follows.carry.iter().enumerate() {
        let missing = match &rule.from {
            CarryFrom::Var(name) => (!first.vars.contains_key(name))
                .then(|| format!("'{}' has no variable '{name}'", first.id)),
            CarryFrom::Fact(fact) => (!first.person.facts.contains_key(fact))
                .then(|| format!("the person of '{}' has no fact '{fact}'", first.id)),
            CarryFrom::Flag(flag) => flags::lookup(first, flag)
                .is_none()
                .then(|| format!("'{}' knows no flag '{flag}'", first.id)),
            CarryFrom::Ending(node) => {
                (!is_ending(node)).then(|| format!("'{node}' is not an ending of '{}'", first.id))
            }
            CarryFrom::Visited(node) => (!first.nodes.contains_key(node))
                .then(|| format!("'{}' has no node '{node}'", first.id)),
        };
        if let Some(message) = missing {
            error(at.field("carry").index(i).field("from"), message);
        }
    }
    findings
}

/// Plays the first scenario's stored path `name` and returns what carries over from it; None
/// when there is no such path or it does not play.
pub fn carried_after_path(
    follow_up: &Scenario,
    first: &Arc<Scenario>,
    name: &str,
) -> Option<Carried> {
    let path = first.paths.get(name)?;
    let played = Conversation::replay(Arc::clone(first), path.seed, &path.choices).ok()?;
    Some(carry(follow_up, &played))
}
