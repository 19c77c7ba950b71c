//! `doorstep room FOLDER`: the room's results from the bundles and attempts in a folder, as
//! Markdown on standard output, and optionally as Markdown, CSV and xAPI files.

use std::path::{Path, PathBuf};

use clap::Args;

use super::{Failure, Io};
use crate::i18n::{Arg, Language, text_with};
use crate::room::{self, xapi};
use crate::store::write_atomic;

#[derive(Debug, Args)]
pub struct RoomArgs {
    /// A folder of bundles and attempt files (its subfolders are read too), or one file.
    pub folder: PathBuf,
    /// Also write the report as Markdown to this file.
    #[arg(long, value_name = "OUT.md")]
    pub markdown: Option<PathBuf>,
    /// Write one row per attempt, as CSV, to this file.
    #[arg(long, value_name = "OUT.csv")]
    pub csv: Option<PathBuf>,
    /// Write one xAPI 1.0.3 statement per attempt, as a JSON array, to this file.
    #[arg(long, value_name = "OUT.json")]
    pub xapi: Option<PathBuf>,
    /// Where the xAPI statements' ids start: your organization's web address, if it has a
    /// Learning Record Store.
    #[arg(long, value_name = "URL", default_value = xapi::DEFAULT_BASE)]
    pub xapi_base: String,
    /// Print the report as JSON instead of Markdown.
    #[arg(long)]
    pub json: bool,
}

pub(super) fn room(args: RoomArgs, io: &mut Io, language: Language) -> Result<(), Failure> {
    // Check the base before the folder is read: a typo should not cost a long read.
    let base = xapi::Base::parse(&args.xapi_base).map_err(|e| Failure::Usage(e.to_string()))?;
    let gathered = room::gather(&args.folder).map_err(|e| Failure::Usage(e.to_string()))?;
    let report = room::report(&gathered);
    let markdown = room::markdown_in(&report, language);
    if args.json {
        let json =
            serde_json::to_string_pretty(&report).map_err(|e| Failure::Usage(e.to_string()))?;
        writeln!(io.out, "{json}")?;
    } else {
        write!(io.out, "{markdown}")?;
    }
    for skipped in &gathered.skipped {
        let line = text_with(
            language,
            "room-cli-skipped",
            &[("why", Arg::from(skipped.to_string()))],
        );
        writeln!(io.err, "{line}")?;
    }
    let summary = text_with(
        language,
        "room-cli-read",
        &[
            ("files", Arg::from(report.files_read)),
            ("folder", Arg::from(args.folder.display().to_string())),
            ("attempts", Arg::from(report.attempts)),
            ("trainees", Arg::from(report.trainees)),
            ("duplicates", Arg::from(report.duplicates)),
            ("skipped", Arg::from(gathered.skipped.len())),
        ],
    );
    writeln!(io.err, "{summary}")?;
    if let Some(path) = &args.markdown {
        write_file(path, markdown.as_bytes(), io, language)?;
    }
    if let Some(path) = &args.csv {
        let csv = room::csv(&gathered).map_err(|e| Failure::Usage(e.to_string()))?;
        write_file(path, &csv, io, language)?;
    }
    if let Some(path) = &args.xapi {
        let statements = xapi::statements(&gathered, &base);
        let json =
            serde_json::to_vec_pretty(&statements).map_err(|e| Failure::Usage(e.to_string()))?;
        write_file(path, &json, io, language)?;
    }
    Ok(())
}

fn write_file(path: &Path, bytes: &[u8], io: &mut Io, language: Language) -> Result<(), Failure> {
    write_atomic(path, bytes).map_err(|e| Failure::Usage(e.to_string()))?;
    let wrote = text_with(
        language,
        "room-cli-wrote",
        &[("path", Arg::from(path.display().to_string()))],
    );
    writeln!(io.err, "{wrote}")?;
    Ok(())
}
