//! Files on disk: atomic writes, and corrupt files set aside instead of wiped.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde::de::DeserializeOwned;

/// A file that could not be written.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct WriteError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// A saved file that could not be read back, and where it was moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub original: PathBuf,
    pub moved_to: Option<PathBuf>,
    pub reason: String,
}

impl std::fmt::Display for SetAside {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.moved_to {
            Some(moved) => write!(
                f,
                "{} could not be read ({}); it was kept as {}",
                self.original.display(),
                self.reason,
                moved.display()
            ),
            None => write!(
                f,
                "{} could not be read ({})",
                self.original.display(),
                self.reason
            ),
        }
    }
}

/// Where Doorstep keeps its data: `DOORSTEP_DATA_DIR`, else the platform's data directory.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("DOORSTEP_DATA_DIR") {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("org", "Doorstep", "Doorstep")
        .map(|d| d.data_dir().to_owned())
        .unwrap_or_else(|| PathBuf::from(".doorstep"))
}

/// The longest a scenario id may run in a file name before it is cut short.
const STEM_CHARS: usize = 64;

/// A safe, bounded file-name stem for a scenario id: letters, digits, `-` and `_` only, at most
/// 64 of them, and when anything had to change, a short hash of the whole id so that two long
/// ids stay apart.
pub fn file_stem(id: &str) -> String {
    let kept: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(STEM_CHARS)
        .collect();
    if kept == id && !kept.is_empty() {
        return kept;
    }
    // FNV-1a: stable across runs and platforms, unlike the standard library's hasher.
    let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{kept}-{:08x}", hash as u32)
}

/// The file a relative path names inside `dir`, once every symbolic link is resolved; None if
/// it does not exist or resolves to somewhere outside `dir` (a portrait that links to
/// `/etc/passwd`, say). The path's own spelling is checked by `check`; this is the disk's side.
pub fn resolve_inside(dir: &Path, relative: &str) -> Option<PathBuf> {
    let dir = fs::canonicalize(dir).ok()?;
    let file = fs::canonicalize(dir.join(relative)).ok()?;
    (file.starts_with(&dir) && file.is_file()).then_some(file)
}

/// Writes bytes so that readers see the old file or the new one, never half of either:
/// write a temporary file beside it, flush it to disk, then rename it over the target.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let fail = |source| WriteError {
        path: path.to_owned(),
        source,
    };
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(fail)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.map_err(fail)
}

/// Writes bytes to a new file in `dir` named `{stem}.{extension}`, or `{stem} (2).{extension}`
/// and so on when that is taken: never over an existing file. Like [`write_atomic`], readers
/// see the whole file or none; the name is claimed with a hard link, which fails rather than
/// replace a file another writer claimed first.
pub fn write_new(
    dir: &Path,
    stem: &str,
    extension: &str,
    bytes: &[u8],
) -> Result<PathBuf, WriteError> {
    let name = |n: u32| match n {
        1 => format!("{stem}.{extension}"),
        n => format!("{stem} ({n}).{extension}"),
    };
    let fail = |n: u32, source| WriteError {
        path: dir.join(name(n)),
        source,
    };
    fs::create_dir_all(dir).map_err(|e| fail(1, e))?;
    let temp = dir.join(format!(".{stem}.{}.new.tmp", std::process::id()));
    let written = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(fail(1, e));
    }
    for n in 1..=9999 {
        let path = dir.join(name(n));
        let claimed = match fs::hard_link(&temp, &path) {
            Ok(()) => fs::remove_file(&temp).map(|()| true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            // A file system without hard links (FAT on a USB stick): check, then rename.
            Err(_) if !path.exists() => fs::rename(&temp, &path).map(|()| true),
            Err(_) => Ok(false),
        };
        match claimed {
            Ok(true) => return Ok(path),
            Ok(false) => {}
            Err(e) => {
                let _ = fs::remove_file(&temp);
                return Err(fail(n, e));
            }
        }
    }
    let _ = fs::remove_file(&temp);
    Err(fail(
        1,
        std::io::Error::other("every numbered name is taken"),
    ))
}

pub fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), WriteError> {
    let json = serde_json::to_vec_pretty(value).map_err(|e| WriteError {
        path: path.to_owned(),
        source: std::io::Error::other(e),
    })?;
    write_atomic(path, &json)
}

/// Reads a JSON file. A missing file is `Ok(None)`; an unreadable or corrupt one is renamed
/// to `NAME.corrupt-SECONDS` so the user can recover it, and reported.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<Option<T>, SetAside> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(SetAside {
                original: path.to_owned(),
                moved_to: None,
                reason: e.to_string(),
            });
        }
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| set_aside(path, e.to_string()))
}

fn set_aside(path: &Path, reason: String) -> SetAside {
    let stamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let target = path.with_file_name(format!("{name}.corrupt-{stamp}"));
    let moved_to = fs::rename(path, &target).ok().map(|()| target);
    SetAside {
        original: path.to_owned(),
        moved_to,
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("doorstep-store-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("scratch dir");
        dir
    }

    #[cfg(unix)]
    #[test]
    fn a_portrait_that_links_outside_its_folder_is_refused() {
        let dir = scratch("resolve");
        let assets = dir.join("assets");
        fs::create_dir_all(assets.join("portraits")).expect("assets");
        fs::write(assets.join("portraits/kei.png"), b"png").expect("portrait");
        fs::write(dir.join("secret.txt"), b"secret").expect("outside");
        std::os::unix::fs::symlink(dir.join("secret.txt"), assets.join("portraits/evil.png"))
            .expect("link out");
        std::os::unix::fs::symlink(assets.join("portraits/kei.png"), assets.join("same.png"))
            .expect("link in");
        assert!(resolve_inside(&assets, "portraits/kei.png").is_some());
        assert!(
            resolve_inside(&assets, "same.png").is_some(),
            "a link inside is fine"
        );
        assert_eq!(resolve_inside(&assets, "portraits/evil.png"), None);
        assert_eq!(resolve_inside(&assets, "portraits/missing.png"), None);
        assert_eq!(
            resolve_inside(&assets, "portraits"),
            None,
            "a folder is no picture"
        );
    }

    #[test]
    fn a_new_file_never_replaces_one_already_there() {
        let dir = scratch("new");
        let first = write_new(&dir, "rally 2026-11-29 21-50", "md", b"one").expect("written");
        let second = write_new(&dir, "rally 2026-11-29 21-50", "md", b"two").expect("written");
        assert_eq!(first, dir.join("rally 2026-11-29 21-50.md"));
        assert_eq!(second, dir.join("rally 2026-11-29 21-50 (2).md"));
        assert_eq!(fs::read(&first).expect("kept"), b"one");
        assert_eq!(fs::read(&second).expect("kept"), b"two");
        assert_eq!(
            fs::read_dir(&dir).expect("listed").count(),
            2,
            "no temp left"
        );
    }

    #[test]
    fn atomic_write_replaces_the_whole_file_and_leaves_no_temp() {
        let dir = scratch("atomic");
        let path = dir.join("a.json");
        write_json(&path, &vec![1, 2, 3]).expect("writes");
        write_json(&path, &vec![4]).expect("overwrites");
        assert_eq!(read_json::<Vec<i32>>(&path), Ok(Some(vec![4])));
        let names: Vec<String> = fs::read_dir(&dir)
            .expect("lists")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.json"]);
    }

    #[test]
    fn file_stems_are_safe_bounded_and_distinct() {
        assert_eq!(file_stem("rally-kei"), "rally-kei");
        let long_a = format!("{}a", "x".repeat(300));
        let long_b = format!("{}b", "x".repeat(300));
        let (a, b) = (file_stem(&long_a), file_stem(&long_b));
        assert!(a.len() <= 64 + 9 && a != b, "{a} {b}");
        assert_eq!(
            file_stem("../../etc"),
            format!("etc-{}", &file_stem("../../etc")[4..])
        );
        assert!(!file_stem("../../etc").contains('/'));
        assert!(!file_stem("").is_empty());
    }

    #[test]
    fn a_corrupt_file_is_set_aside_not_wiped() {
        let dir = scratch("corrupt");
        let path = dir.join("b.json");
        fs::write(&path, b"{ not json").expect("writes");
        let err = read_json::<Vec<i32>>(&path).expect_err("corrupt");
        let moved = err.moved_to.clone().expect("moved");
        assert!(!path.exists());
        assert_eq!(fs::read(&moved).expect("kept"), b"{ not json");
        assert!(err.to_string().contains("could not be read"));
        assert_eq!(read_json::<Vec<i32>>(&dir.join("missing.json")), Ok(None));
    }
}
