//! Exported files: named by scenario, date and time, never written over an existing file; and
//! the debrief's JSON, with the trainee's follow-up note.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::clock::Moment;
use super::file::{WriteError, file_stem, write_new};
use crate::score::Report;

/// The exports folder in the data folder.
pub fn exports_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("exports")
}

/// A readable name with no extension: `rally-kei 2026-11-29 21-50`, or with `kind` after the
/// scenario (`rally-kei pairs 2026-11-29 21-50`). Local time, or UTC marked `Z` where the
/// platform does not tell the local offset.
pub fn export_stem(scenario: &str, kind: Option<&str>, unix_seconds: u64) -> String {
    let kind = kind.map(|k| format!(" {k}")).unwrap_or_default();
    format!(
        "{}{kind} {}",
        file_stem(scenario),
        Moment::local(unix_seconds).for_file()
    )
}

/// Writes an export under a new name (see [`write_new`]); returns where.
pub fn write_export(
    data_dir: &Path,
    stem: &str,
    extension: &str,
    bytes: &[u8],
) -> Result<PathBuf, WriteError> {
    write_new(&exports_dir(data_dir), stem, extension, bytes)
}

/// The debrief as JSON: the report's fields, exact as computed, and the follow-up note.
#[derive(Debug, Serialize)]
pub struct DebriefJson<'a> {
    #[serde(flatten)]
    pub report: &'a Report,
    /// The trainee's follow-up note from the assessment ("" when none was written).
    pub note: &'a str,
}
