//! Words, stems and sentences of an utterance, as the classifier and the matcher read them, in
//! the utterance's language.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::i18n::Language;

/// One word of an utterance: lower case, straight apostrophes, and its stem. In Spanish both are
/// without accents, since trainees type "como" for "cómo" and "esta" for "está".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub lower: String,
    pub stem: String,
}

fn stemmer(language: Language) -> &'static Stemmer {
    static ENGLISH: OnceLock<Stemmer> = OnceLock::new();
    static SPANISH: OnceLock<Stemmer> = OnceLock::new();
    match language {
        Language::En => ENGLISH.get_or_init(|| Stemmer::create(Algorithm::English)),
        Language::Es => SPANISH.get_or_init(|| Stemmer::create(Algorithm::Spanish)),
    }
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
    words_in(Language::En, text)
}

/// The words of a text in a language, each with its stem.
pub fn words_in(language: Language, text: &str) -> Vec<Word> {
    let plain = plain(text).to_lowercase();
    plain
        .unicode_words()
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(|w| Word {
            stem: stem_in(language, w),
            lower: fold(language, w),
        })
        .collect()
}

/// A text made lower case and plain, and in Spanish without accents ("¿Cómo estás?" reads as
/// "¿como estas?"), as the cue phrases are written.
pub fn lowered(language: Language, text: &str) -> String {
    fold(language, &plain(text).to_lowercase())
}

/// Spanish accents dropped (ñ kept: "año" is not "ano"); English left as it is.
fn fold(language: Language, text: &str) -> String {
    match language {
        Language::En => text.to_owned(),
        Language::Es => text
            .chars()
            .map(|c| match c {
                'á' | 'à' => 'a',
                'é' | 'è' => 'e',
                'í' | 'ì' => 'i',
                'ó' | 'ò' => 'o',
                'ú' | 'ù' | 'ü' => 'u',
                _ => c,
            })
            .collect(),
    }
}

/// A word's stem in a language.
pub fn stem_in(language: Language, word: &str) -> String {
    match language {
        Language::En => stem(word),
        Language::Es => {
            // Stemmed with its accents (the stemmer's suffixes carry them: "-ción"), then
            // folded, so that "cómo" and "como" share a stem.
            let said = fold(language, word);
            let folded = match said.as_str() {
                "pa" => "para",
                "q" | "k" | "ke" => "que",
                "xq" | "pq" | "porq" => "porque",
                "tons" | "entons" | "entos" => "entonces",
                "ok" | "okey" | "oki" => "okay",
                "sip" | "aja" => "si",
                "nel" | "nop" => "no",
                "ud" | "uds" => "usted",
                _ => word,
            };
            fold(language, &stemmer(language).stem(folded))
        }
    }
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
    stemmer(Language::En).stem(folded).into_owned()
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
    fn spanish_words_match_with_or_without_accents() {
        let typed = words_in(Language::Es, "¿Como estas?");
        let written = words_in(Language::Es, "¿Cómo estás?");
        assert_eq!(typed, written);
        assert_eq!(written[0].lower, "como");
        assert_eq!(
            stem_in(Language::Es, "organizamos"),
            stem_in(Language::Es, "organizar")
        );
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
