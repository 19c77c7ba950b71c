//! The labelled utterances the shipped classifiers learn from: `tests/fixtures/moves/*.tsv` in
//! English and `tests/fixtures/moves/es/*.tsv` in Spanish, one `Kind<TAB>text` a line, compiled
//! into the binary. The same files are its test set under
//! cross-validation (tests/it/heard.rs), so every fold is scored on lines it never saw.

use crate::i18n::Language;
use crate::scenario::model::Move;

/// The English labelled files, by name, as compiled in.
pub const LABELLED: &[(&str, &str)] = &[
    (
        "workplace.tsv",
        include_str!("../../tests/fixtures/moves/workplace.tsv"),
    ),
    (
        "tenants.tsv",
        include_str!("../../tests/fixtures/moves/tenants.tsv"),
    ),
    (
        "rally.tsv",
        include_str!("../../tests/fixtures/moves/rally.tsv"),
    ),
    (
        "schools.tsv",
        include_str!("../../tests/fixtures/moves/schools.tsv"),
    ),
    (
        "remote.tsv",
        include_str!("../../tests/fixtures/moves/remote.tsv"),
    ),
    (
        "hard.tsv",
        include_str!("../../tests/fixtures/moves/hard.tsv"),
    ),
    (
        "short.tsv",
        include_str!("../../tests/fixtures/moves/short.tsv"),
    ),
];

/// The Spanish labelled files, by name, as compiled in.
pub const LABELLED_ES: &[(&str, &str)] = &[
    (
        "es/trabajo.tsv",
        include_str!("../../tests/fixtures/moves/es/trabajo.tsv"),
    ),
    (
        "es/vivienda.tsv",
        include_str!("../../tests/fixtures/moves/es/vivienda.tsv"),
    ),
    (
        "es/comunidad.tsv",
        include_str!("../../tests/fixtures/moves/es/comunidad.tsv"),
    ),
    (
        "es/dificiles.tsv",
        include_str!("../../tests/fixtures/moves/es/dificiles.tsv"),
    ),
    (
        "es/cortas.tsv",
        include_str!("../../tests/fixtures/moves/es/cortas.tsv"),
    ),
];

/// A language's labelled files.
pub fn labelled_in(language: Language) -> &'static [(&'static str, &'static str)] {
    match language {
        Language::En => LABELLED,
        Language::Es => LABELLED_ES,
    }
}

/// One labelled utterance.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    pub kind: Move,
    pub text: String,
}

/// A line of a labelled file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LabelError {
    #[error("line {line}: expected `Kind<TAB>text`")]
    NoTab { line: usize },
    #[error(
        "line {line}: `{kind}` is not a move (OpenQuestion, ClosedQuestion, Reflection, Affirmation, Statement, Vision, Ask, Lecture or Silence)"
    )]
    UnknownKind { line: usize, kind: String },
}

/// Reads a labelled file: `Kind<TAB>text` a line; blank lines and `#` comments are skipped. The
/// text may be empty (a silence).
pub fn parse(text: &str) -> Result<Vec<Labelled>, LabelError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (kind, said) = line
            .split_once('\t')
            .ok_or(LabelError::NoTab { line: line_no })?;
        let kind = kind_named(kind.trim()).ok_or_else(|| LabelError::UnknownKind {
            line: line_no,
            kind: kind.trim().to_owned(),
        })?;
        out.push(Labelled {
            kind,
            text: said.trim().to_owned(),
        });
    }
    Ok(out)
}

/// A move by its name in the format (`OpenQuestion`), never `Unclassified`.
pub fn kind_named(name: &str) -> Option<Move> {
    Move::ALL
        .into_iter()
        .filter(|m| *m != Move::Unclassified)
        .find(|m| format!("{m:?}") == name)
}

/// Every English labelled utterance compiled in.
pub fn shipped() -> Vec<Labelled> {
    shipped_in(Language::En)
}

/// Every labelled utterance of a language compiled in; a file that cannot be read is left out
/// (its test fails instead).
pub fn shipped_in(language: Language) -> Vec<Labelled> {
    labelled_in(language)
        .iter()
        .filter_map(|(_, text)| parse(text).ok())
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_kinds_and_texts_and_skips_comments() {
        let read = parse("# a comment\n\nOpenQuestion\tWhat happened?\nSilence\t\n").unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].kind, Move::OpenQuestion);
        assert_eq!(read[1].text, "");
        assert_eq!(
            parse("Question\tx"),
            Err(LabelError::UnknownKind {
                line: 1,
                kind: "Question".into()
            })
        );
        assert_eq!(parse("no tab here"), Err(LabelError::NoTab { line: 1 }));
    }
}
