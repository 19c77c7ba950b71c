//! Words, stems and sentences of an utterance, as the classifier and the matcher read them.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

/// One word of an utterance: lower case, straight apostrophes, and its stem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub lower: String,
    pub stem: String,
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The text with curly quotes and dashes made plain, so that "don’t" and "don't" are one word.
pub fn plain(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' | '`' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            '\u{2026}' => '.',
            _ => c,
        })
        .collect()
}

/// The words of a text, by Unicode's word boundaries, each with its stem. A leading or trailing
/// apostrophe ("'cause", "talkin'") is dropped; "n't" stays with its verb.
pub fn words(text: &str) -> Vec<Word> {
    let plain = plain(text).to_lowercase();
    plain
        .unicode_words()
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(|w| Word {
            stem: stem(w),
            lower: w.to_owned(),
        })
        .collect()
}

/// A word's stem, with the spellings of speech folded in first ("gonna", "y'all", "cops").
pub fn stem(word: &str) -> String {
    let folded = match word {
        "gonna" => "going",
        "wanna" => "want",
        "gotta" => "got",
        "y'all" | "yall" | "ya" | "u" => "you",
        "ur" => "your",
        "cos" | "cuz" | "'cause" => "because",
        "ok" | "okay" | "k" => "okay",
        "yep" | "yup" | "yeah" | "ya'll" => "yes",
        "nope" | "nah" => "no",
        other => other,
    };
    stemmer().stem(folded).into_owned()
}

/// The sentences of a text, trimmed, empty ones left out. A run of question or exclamation
/// marks, or an ellipsis, ends a sentence as a full stop does.
pub fn sentences(text: &str) -> Vec<String> {
    plain(text)
        .unicode_sentences()
        .map(str::trim)
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .map(str::to_owned)
        .collect()
}

/// Whether a text says nothing: empty, only punctuation ("...", "—"), or wholly a stage
/// direction in brackets or asterisks ("(say nothing)", "*nods*", "[waits]").
pub fn says_nothing(text: &str) -> bool {
    let trimmed = plain(text);
    let trimmed = trimmed.trim();
    if !trimmed.chars().any(char::is_alphanumeric) {
        return true;
    }
    let bracketed = |open: char, close: char| {
        trimmed.starts_with(open)
            && trimmed.ends_with(close)
            && trimmed.len() > 1
            && !trimmed[1..trimmed.len() - 1].contains([open, close])
    };
    bracketed('(', ')') || bracketed('[', ']') || bracketed('*', '*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_apostrophes_and_plain_ones_make_the_same_word() {
        let curly = words("Don’t you think so?");
        let plain = words("don't you think so");
        assert_eq!(curly, plain);
        assert_eq!(curly[0].lower, "don't");
    }

    #[test]
    fn word_forms_share_a_stem() {
        assert_eq!(stem("organizing"), stem("organized"));
        assert_eq!(stem("gonna"), stem("going"));
    }

    #[test]
    fn stage_directions_and_dots_say_nothing() {
        for quiet in [
            "",
            "   ",
            "...",
            "…",
            "(say nothing)",
            "*nods*",
            "[waits]",
            "—",
        ] {
            assert!(says_nothing(quiet), "{quiet:?}");
        }
        for spoken in ["(sorry) what happened?", "ok", "Mm."] {
            assert!(!says_nothing(spoken), "{spoken:?}");
        }
    }

    #[test]
    fn a_long_turn_splits_into_sentences() {
        let parts = sentences("That sounds hard. What happened next? Will you come Thursday?");
        assert_eq!(parts.len(), 3);
        assert_eq!(sentences("..."), Vec::<String>::new());
    }
}
