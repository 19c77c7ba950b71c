//! Words an organizer's trainee may use for the same thing ("cops" for "police", "boss" for
//! "manager"), folded into one concept before the matcher compares a typed line with an option.

use std::collections::HashMap;
use std::sync::OnceLock;

mod en;
mod es;

use super::features::contains_phrase;
use super::tokens::stem_in;
use crate::i18n::Language;

/// A language's concepts by stem, and the stems of its words with no meaning of their own.
type Table = (HashMap<String, String>, Vec<String>);

fn table(language: Language) -> &'static Table {
    static ENGLISH: OnceLock<Table> = OnceLock::new();
    static SPANISH: OnceLock<Table> = OnceLock::new();
    let (cell, concepts, function) = match language {
        Language::En => (&ENGLISH, en::CONCEPTS, en::FUNCTION_WORDS),
        Language::Es => (&SPANISH, es::CONCEPTS, es::FUNCTION_WORDS),
    };
    cell.get_or_init(|| {
        let mut table = HashMap::new();
        for row in concepts {
            let name = format!("~{}", row[0]);
            for word in row.iter().filter(|w| !w.contains(' ')) {
                table
                    .entry(stem_in(language, word))
                    .or_insert_with(|| name.clone());
            }
        }
        let function = function.iter().map(|w| stem_in(language, w)).collect();
        (table, function)
    })
}

/// The concepts a text says in a phrase rather than a word (Spanish "¿cómo estás?", "¿cómo
/// vas?", "¿cómo andas?" are one question), each once, for a text lowered as the cues are.
pub fn phrase_concepts(language: Language, lowered: &str) -> Vec<String> {
    let phrases: &[(&str, &[&str])] = match language {
        Language::En => &[],
        Language::Es => es::PHRASES,
    };
    let padded = format!(" {lowered} ");
    phrases
        .iter()
        .filter(|(_, said)| said.iter().any(|p| contains_phrase(&padded, p)))
        .map(|(name, _)| format!("~{name}"))
        .collect()
}

/// The concept an English stem stands for.
#[cfg(test)]
pub fn concept(stem: &str) -> Option<String> {
    concept_in(Language::En, stem)
}

/// The concept a stem stands for in a language: its row's name, or the stem itself. None for a
/// word with no meaning of its own.
pub fn concept_in(language: Language, stem: &str) -> Option<String> {
    let (concepts, function) = table(language);
    if function.iter().any(|f| f == stem) {
        return None;
    }
    Some(
        concepts
            .get(stem)
            .cloned()
            .unwrap_or_else(|| stem.to_owned()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heard::tokens::stem;

    #[test]
    fn words_for_one_thing_share_a_concept() {
        assert_eq!(concept(&stem("cops")), concept(&stem("police")));
        assert_eq!(concept(&stem("supervisor")), concept(&stem("boss")));
        assert_eq!(concept(&stem("the")), None);
        assert_eq!(concept("malik"), Some("malik".to_owned()));
    }

    #[test]
    fn spanish_words_for_one_thing_share_a_concept() {
        let es = |w: &str| concept_in(Language::Es, &stem_in(Language::Es, w));
        assert_eq!(es("migra"), es("ice"));
        assert_eq!(es("patrón"), es("supervisor"));
        assert_eq!(es("el"), None);
        let how = |text: &str| phrase_concepts(Language::Es, text);
        assert_eq!(
            how("¿como vas con lo de las noticias?"),
            how("¿como estas tu?")
        );
        assert!(!how("como vas").is_empty());
    }
}
