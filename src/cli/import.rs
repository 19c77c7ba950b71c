//! `doorstep import`: a story from another tool, converted into a scenario and checked.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::check::walk;
use super::{Failure, Io, read};
use crate::author::twee::{self, Source};
use crate::runtime;
use crate::scenario::diagnostic::error_count;
use crate::words::plural;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The notation of the file to import.
    #[arg(value_enum)]
    pub notation: Notation,
    /// The story to import: a file such as story.twee, or a folder of .twee and .tw files (read
    /// with its subfolders, in name order, as Tweego does).
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
    let label = args.file.display().to_string();
    let Some(sources) = sources(&args.file, io)? else {
        return Err(Failure::Findings);
    };
    let imported = match twee::import_sources(&sources, &label) {
        Ok(imported) => imported,
        Err(e) => {
            writeln!(io.err, "{label}:1:1: error: {e}")?;
            return Err(Failure::Findings);
        }
    };
    for warning in &imported.warnings {
        writeln!(io.err, "{}:{warning}", warning.file)?;
    }
    // The file name the scenario's own diagnostics will carry.
    let out_label = args
        .output
        .as_ref()
        .map_or("(standard output)".to_owned(), |p| p.display().to_string());
    let checked = runtime::load_bytes(Path::new(&out_label), imported.ron.as_bytes());
    let errors = error_count(&checked.diagnostics);
    for d in checked.diagnostics.iter().filter(|d| d.is_error()) {
        writeln!(io.err, "{d}")?;
    }
    // A scenario with errors is not written: nothing half-made is left behind.
    if errors == 0 {
        match &args.output {
            Some(path) => write_new(path, &imported.ron)?,
            None => write!(io.out, "{}", imported.ron)?,
        }
    }
    let warnings = checked.diagnostics.len() - errors;
    writeln!(
        io.err,
        "imported {} passage{} into {out_label}: {} nodes ({} endings), {} option{} from {} link{}; \
         {} import warning{}; check finds {errors} error{} and {warnings} warning{}",
        imported.passages,
        plural(imported.passages),
        imported.nodes,
        imported.endings,
        imported.options,
        plural(imported.options),
        imported.links,
        plural(imported.links),
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

/// The Twee files to read: the file given, or every `.twee` and `.tw` file in the folder and
/// its subfolders, in name order. None (after saying why) when one is not UTF-8 text.
fn sources(path: &Path, io: &mut Io) -> Result<Option<Vec<Source>>, Failure> {
    let files = if path.is_dir() {
        let mut files = Vec::new();
        walk(path, &is_twee, &mut files)
            .map_err(|e| Failure::Usage(format!("{}: {e}", path.display())))?;
        if files.is_empty() {
            return Err(Failure::Usage(format!(
                "{}: the folder holds no .twee or .tw files",
                path.display()
            )));
        }
        files
    } else {
        vec![path.to_path_buf()]
    };
    let mut sources = Vec::with_capacity(files.len());
    for file in files {
        let name = file.display().to_string();
        let Ok(text) = String::from_utf8(read(&file)?) else {
            writeln!(io.err, "{name}:1:1: error: the file is not UTF-8 text")?;
            return Ok(None);
        };
        sources.push(Source { name, text });
    }
    Ok(Some(sources))
}

fn is_twee(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("twee") || e.eq_ignore_ascii_case("tw"))
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
