//! `doorstep check`: every diagnostic of every scenario file, and a count.

use std::path::{Path, PathBuf};

use super::{Failure, Io};
use crate::runtime;
use crate::scenario::diagnostic::error_count;
use crate::words::plural;

/// Every `.ron` file under the given files and folders, sorted.
pub fn collect_scenario_files(
    paths: &[PathBuf],
) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
    let mut files = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| (path.clone(), e))?;
        if meta.is_dir() {
            walk(path, &is_ron, &mut files).map_err(|e| (path.clone(), e))?;
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// Every file under `dir` that `keep` accepts, folder by folder in name order.
pub(super) fn walk(
    dir: &Path,
    keep: &dyn Fn(&Path) -> bool,
    files: &mut Vec<PathBuf>,
) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, keep, files)?;
        } else if keep(&path) {
            files.push(path);
        }
    }
    Ok(())
}

fn is_ron(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ron")
}

pub(super) fn check(paths: &[PathBuf], io: &mut Io) -> Result<(), Failure> {
    let (mut errors, mut warnings, mut unreadable) = (0, 0, false);
    let mut files = Vec::new();
    for path in paths {
        let found = collect_scenario_files(std::slice::from_ref(path))
            .map_err(|(path, e)| Failure::Usage(format!("{}: {e}", path.display())))?;
        if found.is_empty() {
            // A folder, whatever its name, with no `.ron` file anywhere inside.
            writeln!(
                io.err,
                "doorstep: {}: a folder with no scenario files in it (a scenario is a file ending in .ron)",
                path.display()
            )?;
            unreadable = true;
        }
        files.extend(found);
    }
    for (i, file) in files.iter().enumerate() {
        match runtime::load_file(file) {
            Ok(mut checked) => {
                for d in &checked.diagnostics {
                    writeln!(io.out, "{d}")?;
                }
                let file_errors = error_count(&checked.diagnostics);
                errors += file_errors;
                warnings += checked.diagnostics.len() - file_errors;
                if i + 1 == files.len() {
                    // The process ends next: freeing a large scenario piece by piece would take
                    // an eighth as long again as loading it, for memory the system frees anyway.
                    std::mem::forget(checked.scenario.take());
                }
            }
            Err(e) => {
                writeln!(io.err, "doorstep: {e}")?;
                unreadable = true;
            }
        }
    }
    writeln!(
        io.err,
        "checked {} file{}: {errors} error{}, {warnings} warning{}",
        files.len(),
        plural(files.len()),
        plural(errors),
        plural(warnings)
    )?;
    if unreadable {
        Err(Failure::Unreadable)
    } else if errors > 0 {
        Err(Failure::Findings)
    } else {
        Ok(())
    }
}
