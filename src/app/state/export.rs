//! Writing a debrief or a pairs round to the exports folder, as Markdown or JSON, under a
//! readable name that never replaces an earlier export.

use super::storage::Storage;
use crate::app::intent::ExportFormat;
use crate::render::markdown;
use crate::runtime::Transcript;
use crate::score::Report;
use crate::store::clock::Moment;
use crate::store::export::{DebriefJson, export_stem, write_export};
use crate::store::pairs::SavedPairs;

/// What a debrief export is made of, from the session or from a reopened attempt.
pub struct DebriefExport<'a> {
    pub report: &'a Report,
    pub transcript: &'a Transcript,
    pub player: &'a str,
    pub note: &'a str,
    /// When the attempt finished, in seconds since the Unix epoch.
    pub finished_at: u64,
}

/// Writes the debrief; returns what to tell the user.
pub fn export_debrief(storage: &Storage, debrief: &DebriefExport, format: ExportFormat) -> String {
    let report = debrief.report;
    let (extension, body) = match format {
        ExportFormat::Markdown => {
            let mut text = markdown::report(report);
            text.push_str("\n## Transcript\n\n");
            text.push_str(&markdown::transcript(
                debrief.transcript,
                &report.person,
                debrief.player,
            ));
            if !debrief.note.is_empty() {
                text.push_str(&format!("\n## Follow-up note\n\n{}\n", debrief.note));
            }
            ("md", text.into_bytes())
        }
        ExportFormat::Json => {
            let json = DebriefJson {
                report,
                note: debrief.note,
            };
            ("json", serde_json::to_vec_pretty(&json).unwrap_or_default())
        }
    };
    let stem = export_stem(&report.scenario, None, debrief.finished_at);
    told(write_export(&storage.data_dir, &stem, extension, &body))
}

/// Writes a pairs round; returns what to tell the user.
pub fn export_pairs(storage: &Storage, saved: &SavedPairs, format: ExportFormat) -> String {
    let (extension, body) = match format {
        ExportFormat::Markdown => {
            let when = Moment::local(saved.finished_at).shown();
            ("md", markdown::pairs(&saved.round, &when).into_bytes())
        }
        ExportFormat::Json => ("json", serde_json::to_vec_pretty(saved).unwrap_or_default()),
    };
    let kind = format!("pairs round {}", saved.round.round);
    let stem = export_stem(&saved.round.scenario, Some(&kind), saved.finished_at);
    told(write_export(&storage.data_dir, &stem, extension, &body))
}

fn told(written: Result<std::path::PathBuf, crate::store::WriteError>) -> String {
    match written {
        Ok(path) => format!("Saved {}", path.display()),
        Err(e) => format!("Could not export: {e}"),
    }
}
