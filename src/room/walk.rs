//! Finding the files to read in a folder and its subfolders (a USB stick has many), within
//! limits: hidden files and links to folders are passed over, and only `.json` files are read.

use std::path::{Path, PathBuf};

use super::model::{SkipKind, Skipped};

/// The deepest a subfolder is looked into, counting the folder given as 0.
pub const MAX_DEPTH: usize = 12;
/// The most files read from one folder tree.
pub const MAX_FILES: usize = 50_000;

/// The files to read, in path order, and what was passed over.
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<PathBuf>,
    /// Files that are not `.json`, or hidden.
    pub ignored: usize,
    /// Subfolders that could not be listed or were not entered, and files over the limit.
    pub skipped: Vec<Skipped>,
}

/// Lists the `.json` files under `root` (or `root` itself, when it is a file). An error only
/// when `root` itself cannot be read.
pub fn walk(root: &Path) -> std::io::Result<Found> {
    let mut found = Found::default();
    if std::fs::metadata(root)?.is_file() {
        found.files.push(root.to_owned());
        return Ok(found);
    }
    // Fail early, with the reason, when the folder given cannot be listed.
    std::fs::read_dir(root)?;
    let mut folders = vec![(root.to_owned(), 0)];
    while let Some((folder, depth)) = folders.pop() {
        let entries = match std::fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) => {
                found.skipped.push(skip(
                    &folder,
                    SkipKind::Unreadable,
                    format!("a folder that could not be read ({e})"),
                ));
                continue;
            }
        };
        for entry in entries {
            let Ok(entry) = entry else { continue };
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') {
                found.ignored += 1;
                continue;
            }
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if depth < MAX_DEPTH {
                    folders.push((path, depth + 1));
                } else {
                    found.skipped.push(skip(
                        &path,
                        SkipKind::Limit,
                        format!("a folder more than {MAX_DEPTH} levels down, not looked into"),
                    ));
                }
                continue;
            }
            let is_json = Path::new(&*name)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("json"));
            // A link is followed to a file, never to a folder: a folder linking to itself would
            // have no end.
            let is_file = kind.is_file()
                || (kind.is_symlink() && std::fs::metadata(&path).is_ok_and(|m| m.is_file()));
            if kind.is_symlink() && !is_file && std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
                found.skipped.push(skip(
                    &path,
                    SkipKind::Limit,
                    "a link to a folder; links to folders are not followed".into(),
                ));
            } else if is_json && is_file {
                found.files.push(path);
            } else {
                found.ignored += 1;
            }
        }
    }
    found.files.sort();
    if found.files.len() > MAX_FILES {
        let left = found.files.len() - MAX_FILES;
        found.files.truncate(MAX_FILES);
        found.skipped.push(skip(
            root,
            SkipKind::Limit,
            format!(
                "{} more files not read: a room reads at most {} files",
                crate::words::thousands(left),
                crate::words::thousands(MAX_FILES)
            ),
        ));
    }
    Ok(found)
}

fn skip(path: &Path, kind: SkipKind, reason: String) -> Skipped {
    Skipped {
        file: path.display().to_string(),
        entry: None,
        kind,
        reason,
    }
}
