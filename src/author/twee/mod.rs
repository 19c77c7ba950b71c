//! Importing a Twine story written in Twee 3 notation, from one file or a folder of them, as a
//! Doorstep scenario (docs/tools.md).
//!
//! Passages become nodes; links, whether written `[[...]]` or with a story format's link macros,
//! become options marked `Unclassified` for the author to sort; a passage tagged `ending` or
//! `end`, or one with no links, becomes an ending (tags such as `committed` and `leader` set its
//! outcome and truth). Number variables become `vars` and `effects`; other story-format code
//! is kept as comments, each with a warning naming the passage, the line and what to do.

mod args;
mod assign;
mod chapbook;
mod convert;
#[cfg(test)]
mod cut_tests;
mod harlowe;
mod links;
mod markup;
mod node;
mod parse;
mod piece;
mod prose;
mod square;
mod sugarcube;
mod tags;
mod unspoken;
mod way_out;
mod write;

use std::fmt;

/// The scenario's RON text, and what the author should look at.
#[derive(Debug, Clone)]
pub struct Imported {
    pub ron: String,
    /// Sorted by position in the Twee file.
    pub warnings: Vec<Warning>,
    /// Passages that became nodes.
    pub passages: usize,
    /// All nodes, including endings that stand in for missing passages.
    pub nodes: usize,
    pub options: usize,
    pub endings: usize,
    /// Links to passages found in the conversation's passages (identical links in one passage,
    /// links past a node's limit and links of endings count too, though they became no option).
    pub links: usize,
}

/// One Twee file to import: its name (for messages) and its text.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
}

/// Something in the Twee file the import could not carry over as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The Twee file it is in.
    pub file: String,
    /// 1-based line and column in that file.
    pub line: usize,
    pub col: usize,
    pub passage: Option<String>,
    pub message: String,
}

impl Warning {
    pub(crate) fn at(
        file: &str,
        line: usize,
        col: usize,
        passage: Option<&str>,
        message: impl Into<String>,
    ) -> Warning {
        Warning {
            file: file.to_owned(),
            line,
            col,
            passage: passage.map(str::to_owned),
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    /// `line:col: warning: passage 'Name': message`; the caller puts the file in front.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: warning: ", self.line, self.col)?;
        if let Some(passage) = &self.passage {
            write!(f, "passage '{passage}': ")?;
        }
        f.write_str(&self.message)
    }
}

/// Why nothing could be imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error(
        "no passages found: a Twee file is made of passages, each starting with a line such as `:: Start`"
    )]
    NoPassages,
    #[error("every passage is story-format code or styling; there is no conversation to import")]
    NothingToImport,
}

/// Converts Twee 3 text. `source_name` names the file in messages and in the scenario's
/// opening comment.
pub fn import(text: &str, source_name: &str) -> Result<Imported, ImportError> {
    let source = Source {
        name: source_name.to_owned(),
        text: text.to_owned(),
    };
    import_sources(std::slice::from_ref(&source), source_name)
}

/// Converts a story spread over several Twee files, read in the order given, as Tweego compiles
/// a folder. `label` names the story in the scenario's opening comment.
pub fn import_sources(sources: &[Source], label: &str) -> Result<Imported, ImportError> {
    let mut warnings = Vec::new();
    let story = parse::parse(sources, &mut warnings);
    if story.passages.is_empty() {
        return Err(ImportError::NoPassages);
    }
    let mut imported = convert::convert(story, label, &mut warnings);
    if imported.passages == 0 {
        return Err(ImportError::NothingToImport);
    }
    let order = |file: &str| sources.iter().position(|s| s.name == file);
    warnings.sort_by_key(|w| (order(&w.file), w.line, w.col));
    imported.warnings = warnings;
    Ok(imported)
}

/// A scenario id from a story's title: letters in ASCII (`Café` gives `cafe`, `Забастовка`
/// gives `zabastovka`), lower case, and digits, words joined by `-`.
pub(crate) fn scenario_id(title: &str) -> String {
    let mut id = String::new();
    for c in deunicode::deunicode(title).chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    // A story title can be long; an id is a short, stable name (and at most 256 characters).
    let id: String = id.chars().take(64).collect();
    match id.trim_end_matches('-') {
        "" => "imported-story".to_owned(),
        id => id.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::scenario_id;

    #[test]
    fn ids_keep_the_letters_of_any_script() {
        assert_eq!(
            scenario_id("Break room at the depot"),
            "break-room-at-the-depot"
        );
        assert_eq!(scenario_id("Café à Montréal"), "cafe-a-montreal");
        assert_eq!(scenario_id("Забастовка"), "zabastovka");
        assert_eq!(scenario_id("!!!"), "imported-story");
    }
}
