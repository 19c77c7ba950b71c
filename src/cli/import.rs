//! `doorstep import`: a story from another tool, converted into a scenario and checked.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::{Failure, Io, read};
use crate::author::twee;
use crate::runtime;
use crate::scenario::diagnostic::error_count;
use crate::words::plural;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The notation of the file to import.
    #[arg(value_enum)]
    pub notation: Notation,
    /// The story to import, e.g. story.twee.
    pub file: PathBuf,
    /// Write the scenario here (it must not exist yet) instead of to standard output.
    #[arg(short, long, value_name = "OUT.ron")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Notation {
    /// Twine's Twee 3 text format.
    Twee,
}

pub(super) fn import(args: ImportArgs, io: &mut Io) -> Result<(), Failure> {
    let Notation::Twee = args.notation;
    let bytes = read(&args.file)?;
    let label = args.file.display().to_string();
    let Ok(text) = std::str::from_utf8(&bytes) else {
        writeln!(io.err, "{label}:1:1: error: the file is not UTF-8 text")?;
        return Err(Failure::Findings);
    };
    let imported = match twee::import(text, &label) {
        Ok(imported) => imported,
        Err(e) => {
            writeln!(io.err, "{label}:1:1: error: {e}")?;
            return Err(Failure::Findings);
        }
    };
    for warning in &imported.warnings {
        writeln!(io.err, "{label}:{warning}")?;
    }
    // The file name the scenario's own diagnostics will carry.
    let out_label = args
        .output
        .as_ref()
        .map_or("(standard output)".to_owned(), |p| p.display().to_string());
    let checked = runtime::load_bytes(Path::new(&out_label), imported.ron.as_bytes());
    match &args.output {
        Some(path) => write_new(path, &imported.ron)?,
        None => write!(io.out, "{}", imported.ron)?,
    }
    let errors = error_count(&checked.diagnostics);
    for d in checked.diagnostics.iter().filter(|d| d.is_error()) {
        writeln!(io.err, "{d}")?;
    }
    let warnings = checked.diagnostics.len() - errors;
    writeln!(
        io.err,
        "imported {} passage{} into {out_label}: {} nodes ({} endings), {} options; {} import warning{}; \
         check finds {errors} error{} and {warnings} warning{}",
        imported.passages,
        plural(imported.passages),
        imported.nodes,
        imported.endings,
        imported.options,
        imported.warnings.len(),
        plural(imported.warnings.len()),
        plural(errors),
        plural(warnings),
    )?;
    if errors > 0 {
        Err(Failure::Findings)
    } else {
        Ok(())
    }
}

/// Writes a file that must not exist yet.
fn write_new(path: &Path, text: &str) -> Result<(), Failure> {
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    file.and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| {
            let why = if e.kind() == std::io::ErrorKind::AlreadyExists {
                "already exists; pick another name, or move that file away first".to_owned()
            } else {
                e.to_string()
            };
            Failure::Usage(format!("{}: {why}", path.display()))
        })
}
