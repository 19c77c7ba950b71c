//! Where things are saved: the data folder, the history of attempts and pairs practice, the
//! preferences, and messages about saving.

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use bevy::prelude::*;

use super::ApplyIntents;
use super::prefs::Prefs;
use crate::app::screen::Screen;
use crate::store::history::{Attempt, History, Loaded};
use crate::store::pairs::SavedPairs;
use crate::store::{self};

/// Where things are saved, and what was read back.
#[derive(Resource, Debug)]
pub struct Storage {
    pub data_dir: PathBuf,
    pub history: History,
    /// Every attempt read or saved, in the order they came (oldest first at the start; files
    /// found later are added at the end, so that an index stays valid).
    pub attempts: Vec<Attempt>,
    /// Every pairs practice round read or saved, in the same way.
    pub pairs: Vec<SavedPairs>,
    /// The files already read, set aside or written, so that a new look reads only new ones.
    pub known: HashSet<PathBuf>,
    /// Problems to show the user once (corrupt files set aside, failed writes).
    pub warnings: Vec<String>,
    /// A short message about the last action ("Saved to ...").
    pub notice: Option<String>,
    /// Seeds for new attempts: fixed in tests and screenshots, else from the clock.
    pub next_seed: Option<u64>,
}

impl Storage {
    pub fn open(data_dir: PathBuf) -> Self {
        let history = History::new(&data_dir);
        let mut storage = Storage {
            attempts: Vec::new(),
            pairs: Vec::new(),
            known: HashSet::new(),
            warnings: Vec::new(),
            data_dir,
            history,
            notice: None,
            next_seed: None,
        };
        storage.add(storage.history.load());
        storage
    }

    /// Reads attempt and pairs files added to the folders since the last look.
    pub fn refresh(&mut self) {
        let loaded = self.history.load_new(&self.known);
        self.add(loaded);
    }

    fn add(&mut self, loaded: Loaded) {
        self.attempts.extend(loaded.attempts);
        self.pairs.extend(loaded.pairs);
        self.known.extend(loaded.files);
        self.warnings
            .extend(loaded.set_aside.iter().map(ToString::to_string));
    }

    fn prefs_path(&self) -> PathBuf {
        self.data_dir.join("settings.json")
    }

    /// Writes the preferences, atomically.
    pub fn save_prefs(&self, prefs: &Prefs) -> Result<(), store::WriteError> {
        store::write_json(&self.prefs_path(), prefs)
    }

    pub fn load_prefs(&mut self) -> Prefs {
        match store::read_json::<Prefs>(&self.prefs_path()) {
            Ok(prefs) => prefs.unwrap_or_default(),
            Err(set_aside) => {
                self.warnings.push(set_aside.to_string());
                Prefs::default()
            }
        }
    }

    /// The seed for a new attempt: the fixed one if set (once), else from the clock.
    pub fn seed(&mut self) -> u64 {
        self.next_seed.take().unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64)
        })
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, save_prefs.after(ApplyIntents::Handle));
    app.add_systems(OnEnter(Screen::History), refresh_history);
}

/// History shows what another copy of the app, or someone copying files in, saved meanwhile.
fn refresh_history(storage: Option<ResMut<Storage>>) {
    if let Some(mut storage) = storage {
        storage.refresh();
    }
}

/// Writes the preferences to the data folder when they change (not when they are first read).
fn save_prefs(
    prefs: Res<Prefs>,
    mut storage: Option<ResMut<Storage>>,
    mut last: Local<Option<Prefs>>,
) {
    let Some(storage) = storage.as_mut() else {
        return;
    };
    match last.as_ref() {
        None => *last = Some(prefs.clone()),
        Some(saved) if saved == &*prefs => {}
        Some(_) => {
            if let Err(e) = storage.save_prefs(&prefs) {
                storage
                    .warnings
                    .push(format!("Could not save your settings: {e}"));
            }
            *last = Some(prefs.clone());
        }
    }
}
