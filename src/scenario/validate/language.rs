//! Checks on a scenario's `language` and the `translations` it names (whether a translation
//! matches this scenario is checked by the runtime, which reads the other file).

use unic_langid::LanguageIdentifier;

use super::Checker;
use crate::scenario::locate::SourcePath;

/// The primary language of a tag ("es" of "es-MX"), when the tag is well formed.
pub fn primary_language(tag: &str) -> Option<String> {
    let id: LanguageIdentifier = tag.trim().parse().ok()?;
    let primary = id.language.as_str();
    (primary != "und").then(|| primary.to_owned())
}

/// Whether a translation's file name stays in the scenario's own folder: a plain `.ron` name.
pub fn is_plain_ron_name(name: &str) -> bool {
    name.ends_with(".ron")
        && name.len() > ".ron".len()
        && !name.contains(['/', '\\', ':'])
        && !name.starts_with('.')
}

impl Checker<'_> {
    pub(super) fn languages(&mut self) {
        let s = self.scenario;
        let root = SourcePath::root();
        let own = primary_language(s.language());
        if own.is_none() {
            self.error(
                root.field("language"),
                format!(
                    "language '{}' is not a language tag; write one such as \"en\", \"es\" or \"es-MX\"",
                    s.language
                ),
            );
        }
        for (tag, file) in s.translations.iter() {
            let at = root.field("translations").key(tag);
            match primary_language(tag) {
                None => self.error(
                    at,
                    format!("translation '{tag}' is not a language tag such as \"es\""),
                ),
                Some(lang) if Some(&lang) == own.as_ref() => self.error(
                    at,
                    format!(
                        "translation '{tag}' is in the scenario's own language ('{}')",
                        s.language()
                    ),
                ),
                Some(_) if !is_plain_ron_name(file) => self.error(
                    at,
                    format!(
                        "translation '{file}' must be a `.ron` file in the same folder, named without a folder"
                    ),
                ),
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_names() {
        assert_eq!(primary_language("es-MX").as_deref(), Some("es"));
        assert_eq!(primary_language("not a tag"), None);
        assert!(is_plain_ron_name("raid-rights.es.ron"));
        assert!(!is_plain_ron_name("../elsewhere.ron"));
        assert!(!is_plain_ron_name("notes.txt"));
    }
}
