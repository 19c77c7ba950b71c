//! The scenarios the app knows: the last good version of each file, and its current problems.

use std::sync::Arc;

use bevy::prelude::*;

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
