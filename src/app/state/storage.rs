//! Where things are saved: the data folder, the history of attempts, the preferences, and
//! messages about saving.

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use bevy::prelude::*;

use super::ApplyIntents;
use super::prefs::Prefs;
use crate::store::{self, history::Attempt, history::History};

/// Where things are saved, and what was read back.
#[derive(Resource, Debug)]
pub struct Storage {
    pub data_dir: PathBuf,
    pub history: History,
    pub attempts: Vec<Attempt>,
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
        let loaded = history.load();
        Storage {
            attempts: loaded.attempts,
            warnings: loaded.set_aside.iter().map(ToString::to_string).collect(),
            data_dir,
            history,
            notice: None,
            next_seed: None,
        }
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
