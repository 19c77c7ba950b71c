//! Where things are saved: the data folder, the history of attempts and pairs practice, the
//! preferences, and messages about saving.

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use bevy::prelude::*;

use super::ApplyIntents;
use super::language::UiLanguage;
use super::prefs::Prefs;
use crate::app::screen::Screen;
use crate::i18n::{self, Arg, Language};
use crate::store::history::{Attempt, History, Loaded};
use crate::store::pairs::SavedPairs;
use crate::store::{self, SetAside};

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
    /// Problems to show the user once (failed writes), already in the interface's language.
    pub warnings: Vec<String>,
    /// Saved files that could not be read back and were set aside. Kept as they are, not as
    /// text: they are found before the language is known (it is one of the preferences).
    pub set_aside: Vec<SetAside>,
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
            set_aside: Vec::new(),
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
        self.set_aside.extend(loaded.set_aside);
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
                self.set_aside.push(set_aside);
                Prefs::default()
            }
        }
    }

    /// Every problem to show, in `language`: files set aside first, then the rest.
    pub fn all_warnings(&self, language: Language) -> Vec<String> {
        self.set_aside
            .iter()
            .map(|s| set_aside_message(s, language))
            .chain(self.warnings.iter().cloned())
            .collect()
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

/// A file set aside, as the user is told.
fn set_aside_message(set_aside: &SetAside, language: Language) -> String {
    let file = Arg::from(set_aside.original.display().to_string());
    let reason = Arg::from(set_aside.reason.as_str());
    match &set_aside.moved_to {
        Some(kept) => i18n::text_with(
            language,
            "status-set-aside-kept",
            &[
                ("file", file),
                ("reason", reason),
                ("kept", Arg::from(kept.display().to_string())),
            ],
        ),
        None => i18n::text_with(
            language,
            "status-set-aside",
            &[("file", file), ("reason", reason)],
        ),
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
    language: Res<UiLanguage>,
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
                storage.warnings.push(i18n::text_with(
                    language.0,
                    "status-settings-not-saved",
                    &[("error", Arg::from(e.to_string()))],
                ));
            }
            *last = Some(prefs.clone());
        }
    }
}
