//! Importing a Twine story written in Twee 3 notation as a Doorstep scenario (docs/tools.md).
//!
//! Passages become nodes; links become options, marked `Unclassified` for the author to sort;
//! a passage tagged `ending` or `end`, or one with no links, becomes an ending (tags such as
//! `committed` and `leader` set its outcome and truth). Harlowe and SugarCube macros have no
//! equivalent and are kept as comments, each with a warning naming the passage and the line.

mod convert;
mod markup;
mod parse;
mod prose;
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
}

/// Something in the Twee file the import could not carry over as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line and column in the Twee file.
    pub line: usize,
    pub col: usize,
    pub passage: Option<String>,
    pub message: String,
}

impl Warning {
    pub(crate) fn at(
        line: usize,
        col: usize,
        passage: Option<&str>,
        message: impl Into<String>,
    ) -> Warning {
        Warning {
            line,
            col,
            passage: passage.map(str::to_owned),
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    /// `line:col: warning: passage 'Name': message`; the caller puts the file name in front.
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

/// Converts Twee 3 text. `source_name` names the file in the scenario's opening comment.
pub fn import(text: &str, source_name: &str) -> Result<Imported, ImportError> {
    let mut warnings = Vec::new();
    let story = parse::parse(text, &mut warnings);
    if story.passages.is_empty() {
        return Err(ImportError::NoPassages);
    }
    let mut imported = convert::convert(story, source_name, &mut warnings);
    if imported.passages == 0 {
        return Err(ImportError::NothingToImport);
    }
    warnings.sort_by_key(|w| (w.line, w.col));
    imported.warnings = warnings;
    Ok(imported)
}

/// A scenario id from a story's title: lower case ASCII letters and digits, words joined by `-`.
pub(crate) fn scenario_id(title: &str) -> String {
    let mut id = String::new();
    for c in title.chars() {
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
