//! Writing a debrief or a pairs round to the exports folder, as Markdown or JSON, under a
//! readable name that never replaces an earlier export.

use super::storage::Storage;
use crate::app::intent::ExportFormat;
use crate::i18n::{Language, text, text_with};
use crate::render::{markdown, pairs};
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

/// Writes the debrief, its Markdown in `language`; returns what to tell the user, in it too.
pub fn export_debrief(
    storage: &Storage,
    debrief: &DebriefExport,
    format: ExportFormat,
    language: Language,
) -> String {
    let report = debrief.report;
    let (extension, body) = match format {
        ExportFormat::Markdown => {
            let mut out = markdown::report_in(report, language);
            out.push_str(&format!("\n## {}\n\n", text(language, "export-transcript")));
            out.push_str(&markdown::transcript_in(
                debrief.transcript,
                &report.person,
                debrief.player,
                language,
            ));
            if !debrief.note.is_empty() {
                let heading = text(language, "export-note");
                out.push_str(&format!("\n## {heading}\n\n{}\n", debrief.note));
            }
            ("md", out.into_bytes())
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
    told(
        write_export(&storage.data_dir, &stem, extension, &body),
        language,
    )
}

/// Writes a saved pairs round, its Markdown in `language`; returns what to tell the user, in it
/// too.
pub fn export_pairs(
    storage: &Storage,
    saved: &SavedPairs,
    format: ExportFormat,
    language: Language,
) -> String {
    let (extension, body) = match format {
        ExportFormat::Markdown => {
            let when = Moment::local(saved.finished_at).shown();
            let out = pairs::markdown(language, &saved.round, &when);
            ("md", out.into_bytes())
        }
        ExportFormat::Json => ("json", serde_json::to_vec_pretty(saved).unwrap_or_default()),
    };
    // The file's name stays in English, like every export's: it is a name, not a sentence.
    let kind = format!("pairs round {}", saved.round.round);
    let stem = export_stem(&saved.round.scenario, Some(&kind), saved.finished_at);
    told(
        write_export(&storage.data_dir, &stem, extension, &body),
        language,
    )
}

/// "Saved <path>" or why not, in `language`.
fn told(
    written: Result<std::path::PathBuf, crate::store::WriteError>,
    language: Language,
) -> String {
    match written {
        Ok(path) => text_with(
            language,
            "export-saved",
            &[("path", path.display().to_string().into())],
        ),
        Err(e) => text_with(
            language,
            "export-failed",
            &[("error", e.to_string().into())],
        ),
    }
}
