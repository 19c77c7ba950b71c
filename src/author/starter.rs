//! `doorstep new`: a commented starter scenario that validates clean and shows every feature.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The template, as shipped: a valid scenario whose id is `my-scenario`.
pub const TEMPLATE: &str = include_str!("starter.ron");

const TEMPLATE_ID: &str = "id: \"my-scenario\"";
const FILE_PLACEHOLDER: &str = "THIS-FILE";

/// Why the starter could not be written.
#[derive(Debug, thiserror::Error)]
pub enum NewError {
    #[error("{} already exists; pick another name, or move that file away first", .0.display())]
    Exists(PathBuf),
    #[error("{}: {source}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// The file `doorstep new NAME` writes: NAME itself when it ends in `.ron`, else NAME.ron.
pub fn target_path(name: &str) -> PathBuf {
    if name.ends_with(".ron") {
        PathBuf::from(name)
    } else {
        PathBuf::from(format!("{name}.ron"))
    }
}

/// A scenario id from a file name: lower case, with runs of anything but letters, digits,
/// `-` and `_` turned into a single `-`.
pub fn id_for(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut id = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
            id.push(c.to_ascii_lowercase());
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_matches('-').to_owned();
    if id.is_empty() {
        "my-scenario".to_owned()
    } else {
        id
    }
}

/// The starter's text for a file: its id comes from the file name, and the commands in its
/// opening comment name the file, quoted so that they can be pasted.
pub fn starter_text(path: &Path) -> String {
    TEMPLATE
        .replacen(TEMPLATE_ID, &format!("id: \"{}\"", id_for(path)), 1)
        .replace(FILE_PLACEHOLDER, &shell_word(&path.display().to_string()))
}

/// A file name as a command line reads it back: as it is when the shell leaves it alone, else
/// in quotes (single quotes on Unix, where nothing inside them is special; double quotes on
/// Windows).
pub fn shell_word(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c));
    if plain {
        text.to_owned()
    } else if cfg!(windows) {
        format!("\"{}\"", text.replace('"', "\\\""))
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

/// Writes the starter for `doorstep new NAME`, never over an existing file.
pub fn write_starter(name: &str) -> Result<PathBuf, NewError> {
    let path = target_path(name);
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path);
    let mut file = match file {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(NewError::Exists(path));
        }
        Err(source) => return Err(NewError::Write { path, source }),
    };
    file.write_all(starter_text(&path).as_bytes())
        .map_err(|source| NewError::Write {
            path: path.clone(),
            source,
        })?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_the_file_name() {
        assert_eq!(
            id_for(Path::new("scenarios/Nurses Vote.ron")),
            "nurses-vote"
        );
        assert_eq!(id_for(Path::new("a/b/bus_yard-2.ron")), "bus_yard-2");
        assert_eq!(id_for(Path::new("¿¿.ron")), "my-scenario");
        assert_eq!(target_path("x"), PathBuf::from("x.ron"));
        assert_eq!(target_path("x.ron"), PathBuf::from("x.ron"));
    }

    #[test]
    fn the_template_id_is_replaced_once() {
        let text = starter_text(Path::new("kitchen.ron"));
        assert!(text.contains("id: \"kitchen\""));
        assert!(!text.contains("my-scenario"));
        assert!(text.contains("doorstep check kitchen.ron"));
    }
}
