//! Finished attempts, one JSON file each, under the data directory's `attempts/` folder.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::file::{self as store, SetAside, WriteError, file_stem};
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

    /// What the trainee gets at this setting, in a few words.
    pub fn describe(self) -> &'static str {
        match self {
            Difficulty::Practice => "step tracker, airtime meter, going back",
            Difficulty::Standard => "step tracker and going back; no airtime meter",
            Difficulty::Assessment => "nothing live, no going back; marked as an assessment",
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

/// The attempts folder.
#[derive(Debug, Clone)]
pub struct History {
    dir: PathBuf,
}

/// Everything read from the folder, and the files that had to be set aside.
#[derive(Debug, Default)]
pub struct Loaded {
    pub attempts: Vec<Attempt>,
    pub set_aside: Vec<SetAside>,
}

impl History {
    pub fn new(data_dir: &Path) -> Self {
        History {
            dir: data_dir.join("attempts"),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Saves an attempt under a name that sorts by time.
    pub fn save(&self, attempt: &Attempt) -> Result<PathBuf, WriteError> {
        let mut n = 0;
        let path = loop {
            let candidate = self.dir.join(format!(
                "{}-{:012}-{n}.json",
                file_stem(&attempt.scenario),
                attempt.finished_at
            ));
            if !candidate.exists() {
                break candidate;
            }
            n += 1;
        };
        store::write_json(&path, attempt)?;
        Ok(path)
    }

    /// Reads every attempt, oldest first. Unreadable files are set aside and listed.
    pub fn load(&self) -> Loaded {
        let mut loaded = Loaded::default();
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return loaded;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        for path in paths {
            match store::read_json::<Attempt>(&path) {
                Ok(Some(attempt)) => loaded.attempts.push(attempt),
                Ok(None) => {}
                Err(set_aside) => loaded.set_aside.push(set_aside),
            }
        }
        loaded.attempts.sort_by_key(|a| a.finished_at);
        loaded
    }
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
