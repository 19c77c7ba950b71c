//! The scenarios the app knows: the last good version of each file, and its current problems.

use std::sync::Arc;

use bevy::prelude::*;

use crate::i18n::Language;
use crate::scenario::{Checked, Diagnostic, Scenario};

/// One scenario file.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Display path, such as `scenarios/rally-kei.ron`.
    pub path: String,
    /// The last version that loaded without errors.
    pub good: Option<Arc<Scenario>>,
    /// Problems in the file as it is now.
    pub diagnostics: Vec<Diagnostic>,
}

impl Entry {
    /// The first error in the file as it is now, if any.
    pub fn error(&self) -> Option<&Diagnostic> {
        self.diagnostics.iter().find(|d| d.is_error())
    }
}

/// Every scenario file, sorted by path.
#[derive(Resource, Debug, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
    /// Bumped on every change, so views can tell.
    pub generation: u64,
    /// A problem with the folder itself, such as it being unreadable.
    pub problem: Option<String>,
}

impl Library {
    /// Records a (re)loaded file. A broken version keeps the last good one.
    pub fn update(&mut self, path: &str, checked: Checked) {
        let good = checked.scenario.map(Arc::new);
        match self.entries.iter_mut().find(|e| e.path == path) {
            Some(entry) => {
                if good.is_some() {
                    entry.good = good;
                }
                entry.diagnostics = checked.diagnostics;
            }
            None => {
                self.entries.push(Entry {
                    path: path.to_owned(),
                    good,
                    diagnostics: checked.diagnostics,
                });
                self.entries.sort_by(|a, b| a.path.cmp(&b.path));
            }
        }
        self.generation += 1;
    }

    pub fn remove(&mut self, path: &str) {
        self.entries.retain(|e| e.path != path);
        self.generation += 1;
    }

    pub fn get(&self, path: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.path == path)
    }

    /// The good version of the scenario with this id, with its path.
    pub fn by_id(&self, id: &str) -> Option<(&str, &Arc<Scenario>)> {
        self.entries.iter().find_map(|e| {
            let scenario = e.good.as_ref().filter(|s| s.id == id)?;
            Some((e.path.as_str(), scenario))
        })
    }

    pub fn scenario_by_id(&self, id: &str) -> Option<&Arc<Scenario>> {
        self.by_id(id).map(|(_, s)| s)
    }

    /// Finds a scenario by path, file name, file stem or scenario id.
    pub fn find(&self, name: &str) -> Option<&Entry> {
        let name = name.trim_end_matches('/');
        self.entries.iter().find(|e| {
            let file = e.path.rsplit('/').next().unwrap_or(&e.path);
            e.path == name
                || e.path.ends_with(&format!("/{name}"))
                || file == name
                || file.strip_suffix(".ron") == Some(name)
                || e.good.as_ref().is_some_and(|s| s.id == name)
        })
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Library>();
}

/// One card on the list: a scenario file, and the same exercise in other languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// The entry the card shows and Enter opens.
    pub shown: usize,
    /// The other versions, by entry, in path order.
    pub others: Vec<usize>,
}

/// The list's cards. A scenario and its translations (linked either way by `translations`, in
/// the same folder) make one card, which shows the version in `language`, else the English one,
/// else the first by path. Every other file is a card of its own, broken files included.
pub fn cards(entries: &[Entry], language: Language) -> Vec<Card> {
    let mut group: Vec<usize> = (0..entries.len()).collect();
    for (i, entry) in entries.iter().enumerate() {
        let Some(scenario) = &entry.good else {
            continue;
        };
        for file in scenario.translations.values() {
            let linked = sibling_path(&entry.path, file);
            if let Some(j) = entries
                .iter()
                .position(|e| e.good.is_some() && e.path == linked)
            {
                let (a, b) = (root(&mut group, i), root(&mut group, j));
                group[a.max(b)] = a.min(b);
            }
        }
    }
    let speaks = |j: usize, wanted: Language| {
        entries[j]
            .good
            .as_ref()
            .and_then(|s| Language::parse(s.language()))
            == Some(wanted)
    };
    let mut out = Vec::new();
    for first in 0..entries.len() {
        if root(&mut group, first) != first {
            continue;
        }
        let members: Vec<usize> = (first..entries.len())
            .filter(|&j| root(&mut group, j) == first)
            .collect();
        let shown = members
            .iter()
            .copied()
            .find(|&j| speaks(j, language))
            .or_else(|| members.iter().copied().find(|&j| speaks(j, Language::En)))
            .unwrap_or(first);
        let others = members.into_iter().filter(|&j| j != shown).collect();
        out.push(Card { shown, others });
    }
    out
}

/// The group an entry belongs to, by its lowest entry (union–find with path halving).
fn root(group: &mut [usize], mut i: usize) -> usize {
    while group[i] != i {
        group[i] = group[group[i]];
        i = group[i];
    }
    i
}

/// A file named in `translations`, beside the scenario that names it.
fn sibling_path(path: &str, file: &str) -> String {
    match path.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/{file}"),
        None => file.to_owned(),
    }
}
