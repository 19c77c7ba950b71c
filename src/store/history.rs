//! Finished attempts, one JSON file each, under the data directory's `attempts/` folder.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::file::{self as store, SetAside, WriteError, file_stem};
use super::pairs::SavedPairs;
use crate::runtime::Transcript;
use crate::scenario::Assessment;
use crate::score::Report;

/// How much help the trainee had during an attempt.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Difficulty {
    /// The step tracker, the airtime meter, and going back a turn.
    #[default]
    Practice,
    /// The step tracker and going back, but no live airtime meter.
    Standard,
    /// Nothing live and no going back: the attempt counts as an assessment.
    Assessment,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [
        Difficulty::Practice,
        Difficulty::Standard,
        Difficulty::Assessment,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Difficulty::Practice => "Practice",
            Difficulty::Standard => "Standard",
            Difficulty::Assessment => "Assessment",
        }
    }

    /// The difficulty's name in the reader's language ("Practice", "Práctica").
    pub fn label_in(self, language: crate::i18n::Language) -> String {
        crate::i18n::text(language, &format!("difficulty-{}", self.id()))
    }

    /// What the trainee gets at this setting, in the reader's language.
    pub fn describe_in(self, language: crate::i18n::Language) -> String {
        crate::i18n::text(language, &format!("difficulty-{}-about", self.id()))
    }

    /// The difficulty as its messages are named.
    fn id(self) -> &'static str {
        match self {
            Difficulty::Practice => "practice",
            Difficulty::Standard => "standard",
            Difficulty::Assessment => "assessment",
        }
    }

    pub fn shows_tracker(self) -> bool {
        self != Difficulty::Assessment
    }

    pub fn shows_meter(self) -> bool {
        self == Difficulty::Practice
    }

    pub fn allows_rewind(self) -> bool {
        self != Difficulty::Assessment
    }

    /// The next setting, round.
    pub fn next(self) -> Difficulty {
        match self {
            Difficulty::Practice => Difficulty::Standard,
            Difficulty::Standard => Difficulty::Assessment,
            Difficulty::Assessment => Difficulty::Practice,
        }
    }
}

/// Which attempt another one refers to: its scenario, title and when it finished.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptLink {
    pub scenario: String,
    pub title: String,
    /// Seconds since the Unix epoch.
    pub finished_at: u64,
}

impl AttemptLink {
    pub fn to(attempt: &Attempt) -> Self {
        AttemptLink {
            scenario: attempt.scenario.clone(),
            title: attempt.title.clone(),
            finished_at: attempt.finished_at,
        }
    }
}

/// One finished conversation, as saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub scenario: String,
    pub title: String,
    /// Seconds since the Unix epoch.
    pub finished_at: u64,
    pub assessment: Option<Assessment>,
    /// The trainee's follow-up note.
    pub note: String,
    /// In a follow-up conversation: the attempt it continued from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follows: Option<AttemptLink>,
    /// The setting it was played at (attempts saved before settings existed: Practice).
    #[serde(default)]
    pub difficulty: Difficulty,
    pub report: Report,
    pub transcript: Transcript,
}

impl Attempt {
    pub fn new(
        report: Report,
        transcript: Transcript,
        assessment: Option<Assessment>,
        note: String,
        difficulty: Difficulty,
    ) -> Self {
        Attempt {
            scenario: report.scenario.clone(),
            title: report.title.clone(),
            finished_at: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            assessment,
            note,
            follows: None,
            difficulty,
            report,
            transcript,
        }
    }
}

/// The attempts folder, and beside it the pairs practice folder (`store/pairs.rs`).
#[derive(Debug, Clone)]
pub struct History {
    dir: PathBuf,
    pairs_dir: PathBuf,
}

/// Everything read from the folders, and the files that had to be set aside.
#[derive(Debug, Default)]
pub struct Loaded {
    pub attempts: Vec<Attempt>,
    pub pairs: Vec<SavedPairs>,
    pub set_aside: Vec<SetAside>,
    /// Every file looked at, read or set aside, so that the next look can skip them.
    pub files: Vec<PathBuf>,
}

impl History {
    pub fn new(data_dir: &Path) -> Self {
        History {
            dir: data_dir.join("attempts"),
            pairs_dir: data_dir.join("pairs"),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn pairs_dir(&self) -> &Path {
        &self.pairs_dir
    }

    /// Saves an attempt under a name that sorts by time.
    pub fn save(&self, attempt: &Attempt) -> Result<PathBuf, WriteError> {
        let path = free_name(&self.dir, &attempt.scenario, attempt.finished_at);
        store::write_json(&path, attempt)?;
        Ok(path)
    }

    /// Saves a pairs round under a name that sorts by time, or over `replacing`, its own
    /// earlier file, when the observer went back to marking and ended the round again.
    pub fn save_pairs(
        &self,
        saved: &SavedPairs,
        replacing: Option<&Path>,
    ) -> Result<PathBuf, WriteError> {
        let path = match replacing {
            Some(path) => path.to_owned(),
            None => free_name(&self.pairs_dir, &saved.round.scenario, saved.finished_at),
        };
        store::write_json(&path, saved)?;
        Ok(path)
    }

    /// Reads every attempt and pairs round, each kind oldest first. Unreadable files are set
    /// aside and listed.
    pub fn load(&self) -> Loaded {
        self.load_new(&HashSet::new())
    }

    /// Reads only the files not in `known`, oldest first: what another copy of the app, or
    /// someone copying files in, added since. Nothing new costs a listing of each folder.
    pub fn load_new(&self, known: &HashSet<PathBuf>) -> Loaded {
        let mut loaded = Loaded::default();
        loaded.attempts = read_new(&self.dir, known, &mut loaded);
        loaded.attempts.sort_by_key(|a| a.finished_at);
        loaded.pairs = read_new(&self.pairs_dir, known, &mut loaded);
        loaded.pairs.sort_by_key(|p| p.finished_at);
        loaded
    }
}

/// A name in `dir` for a scenario's file finished at that time, not yet taken.
fn free_name(dir: &Path, scenario: &str, finished_at: u64) -> PathBuf {
    let mut n = 0;
    loop {
        let candidate = dir.join(format!(
            "{}-{finished_at:012}-{n}.json",
            file_stem(scenario)
        ));
        if !candidate.exists() {
            return candidate;
        }
        n += 1;
    }
}

/// Reads the JSON files in `dir` that are not in `known`, noting each in `loaded.files` and
/// any set aside in `loaded.set_aside`.
fn read_new<T: DeserializeOwned>(
    dir: &Path,
    known: &HashSet<PathBuf>,
    loaded: &mut Loaded,
) -> Vec<T> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !known.contains(p))
        .collect();
    paths.sort();
    let mut read = Vec::new();
    for path in paths {
        match store::read_json::<T>(&path) {
            Ok(Some(value)) => read.push(value),
            Ok(None) => {}
            Err(set_aside) => loaded.set_aside.push(set_aside),
        }
        loaded.files.push(path);
    }
    read
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::Conversation;
    use crate::score;
    use std::sync::Arc;

    #[test]
    fn an_attempt_with_a_very_long_id_is_saved_and_read_back() {
        // The longest id a scenario may have; saved as is, it would pass the 255-byte name limit.
        let id = "a".repeat(crate::scenario::validate::MAX_ID_CHARS);
        let text = format!(
            r#"Scenario(id: "{id}", title: "Long", person: (name: "N", truth: Pass), nodes: {{
                "a": (say: [Say("Hi.")], options: [(text: "Bye.", goto: "end")]),
                "end": (end: (outcome: Maybe)),
            }})"#
        );
        let checked = crate::load_bytes(Path::new("long.ron"), text.as_bytes());
        let scenario = Arc::new(checked.scenario.expect("valid"));
        let conversation = Conversation::replay(Arc::clone(&scenario), 0, &[1]).expect("plays");
        let transcript = conversation.into_transcript();
        let report = score::score(&scenario, &transcript, Some(Assessment::Pass));
        let attempt = Attempt::new(
            report,
            transcript,
            Some(Assessment::Pass),
            String::new(),
            Difficulty::Standard,
        );
        let dir = std::env::temp_dir().join(format!("doorstep-history-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let history = History::new(&dir);
        let path = history.save(&attempt).expect("saved despite the long id");
        assert!(path.file_name().is_some_and(|n| n.len() < 100));
        let loaded = history.load();
        assert_eq!(loaded.attempts, [attempt]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
