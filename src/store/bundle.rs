//! A bundle: the attempts a trainee chose to hand a trainer, in one versioned JSON file.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::file::{self as store, WriteError};
use super::history::Attempt;
use super::when::local_day;

/// What a bundle says it is, in its `format` field.
pub const BUNDLE_FORMAT: &str = "doorstep-bundle";
/// The bundle layout this Doorstep writes and reads.
pub const BUNDLE_VERSION: u32 = 1;

/// The longest a trainee's name may run in a file name.
const NAME_CHARS: usize = 40;

/// A trainee's chosen attempts, each with its Report and transcript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// Always [`BUNDLE_FORMAT`]: how a reader tells a bundle from other JSON.
    pub format: String,
    pub version: u32,
    /// The trainee's name, only when they chose to give one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainee: Option<String>,
    /// Seconds since the Unix epoch.
    pub exported_at: u64,
    pub attempts: Vec<Attempt>,
}

impl Bundle {
    /// A bundle of `attempts`, oldest first. A blank name counts as no name.
    pub fn new(mut attempts: Vec<Attempt>, trainee: Option<String>) -> Self {
        attempts.sort_by_key(|a| a.finished_at);
        Bundle {
            format: BUNDLE_FORMAT.to_owned(),
            version: BUNDLE_VERSION,
            trainee: trainee
                .map(|name| name.trim().to_owned())
                .filter(|name| !name.is_empty()),
            exported_at: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            attempts,
        }
    }

    /// A name a trainer can read in a folder of many: `doorstep-2026-11-29-alex-rivera.json`,
    /// or `doorstep-2026-11-29.json` without a name. The day is local.
    pub fn file_name(&self) -> String {
        let mut stem = String::from("doorstep");
        if let Some(day) = local_day(self.exported_at) {
            stem.push('-');
            stem.push_str(&day);
        }
        if let Some(name) = self.trainee.as_deref().map(slug).filter(|s| !s.is_empty()) {
            stem.push('-');
            stem.push_str(&name);
        }
        format!("{stem}.json")
    }

    /// Writes the bundle into `folder` under [`Bundle::file_name`], numbered `-2`, `-3`… when
    /// that name is taken, and returns where it went.
    pub fn write_into(&self, folder: &Path) -> Result<PathBuf, WriteError> {
        let name = self.file_name();
        let stem = name.trim_end_matches(".json");
        let mut path = folder.join(&name);
        let mut n = 2;
        while path.exists() {
            path = folder.join(format!("{stem}-{n}.json"));
            n += 1;
        }
        self.write_to(&path)?;
        Ok(path)
    }

    /// Writes the bundle to `path`, atomically: a reader sees the old file or the new one.
    pub fn write_to(&self, path: &Path) -> Result<(), WriteError> {
        store::write_json(path, self)
    }
}

/// A name as lower-case ASCII words joined by `-`: "Ana María" → "ana-maria".
fn slug(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_lowercase();
    let words: Vec<&str> = ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = String::new();
    for word in words {
        if out.len() + word.len() + 1 > NAME_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_short_readable_file_names() {
        assert_eq!(slug("Ana María  O'Neil"), "ana-maria-o-neil");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("   "), "");
        assert!(slug(&"word ".repeat(100)).len() <= NAME_CHARS);
        let mut bundle = Bundle::new(Vec::new(), Some("  Ana María ".into()));
        assert_eq!(bundle.trainee.as_deref(), Some("Ana María"));
        bundle.exported_at = crate::store::when::start_of_local_day("2026-11-29").expect("day");
        assert_eq!(bundle.file_name(), "doorstep-2026-11-29-ana-maria.json");
        bundle.trainee = None;
        assert_eq!(bundle.file_name(), "doorstep-2026-11-29.json");
        assert_eq!(Bundle::new(Vec::new(), Some(" ".into())).trainee, None);
    }

    #[test]
    fn a_second_bundle_on_the_same_day_gets_its_own_name() {
        let dir = std::env::temp_dir().join(format!("doorstep-bundle-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let bundle = Bundle::new(Vec::new(), Some("Sam".into()));
        let first = bundle.write_into(&dir).expect("written");
        let second = bundle.write_into(&dir).expect("written");
        assert_ne!(first, second);
        assert!(
            second.to_string_lossy().ends_with("-sam-2.json"),
            "{second:?}"
        );
        let read: Bundle =
            serde_json::from_slice(&std::fs::read(&second).expect("read")).expect("parses");
        assert_eq!(read, bundle);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
