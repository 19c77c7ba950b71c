//! Languages: the command line's messages and the debrief in Project Fluent, compiled in.
//!
//! The resources are `assets/locales/<lang>/*.ftl`, read into the binary with `include_str!`, so
//! nothing is read or downloaded at run time. [`text`] looks a message up; a message that is
//! missing comes back as [`missing`] shows it, visibly, so tests can search for it.

mod locale;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use locale::{detect, from_locale};

/// A language the interface is written in. Saved in preferences by its tag ("en", "es").
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Es,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::En, Language::Es];

    /// The language's tag, as `--lang` and a scenario's `language` spell it.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
        }
    }

    /// The language's name in itself, as a switch between languages shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Es => "Español",
        }
    }

    /// A tag such as "es", "es-MX" or "en_US.UTF-8": the language part decides.
    pub fn parse(tag: &str) -> Option<Language> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The Fluent resources of this language, in the order they are added.
    fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Language::En => EN,
            Language::Es => ES,
        }
    }
}

/// Each resource by name, so that a test can compare the two languages file by file.
const EN: &[(&str, &str)] = &[
    ("cli.ftl", include_str!("../../assets/locales/en/cli.ftl")),
    (
        "debrief.ftl",
        include_str!("../../assets/locales/en/debrief.ftl"),
    ),
    (
        "coach.ftl",
        include_str!("../../assets/locales/en/coach.ftl"),
    ),
    ("room.ftl", include_str!("../../assets/locales/en/room.ftl")),
    (
        "app-chrome.ftl",
        include_str!("../../assets/locales/en/app-chrome.ftl"),
    ),
    (
        "app-menu.ftl",
        include_str!("../../assets/locales/en/app-menu.ftl"),
    ),
    (
        "app-play.ftl",
        include_str!("../../assets/locales/en/app-play.ftl"),
    ),
    (
        "app-debrief.ftl",
        include_str!("../../assets/locales/en/app-debrief.ftl"),
    ),
    (
        "app-trainer.ftl",
        include_str!("../../assets/locales/en/app-trainer.ftl"),
    ),
    (
        "app-history.ftl",
        include_str!("../../assets/locales/en/app-history.ftl"),
    ),
];
const ES: &[(&str, &str)] = &[
    ("cli.ftl", include_str!("../../assets/locales/es/cli.ftl")),
    (
        "debrief.ftl",
        include_str!("../../assets/locales/es/debrief.ftl"),
    ),
    (
        "coach.ftl",
        include_str!("../../assets/locales/es/coach.ftl"),
    ),
    ("room.ftl", include_str!("../../assets/locales/es/room.ftl")),
    (
        "app-chrome.ftl",
        include_str!("../../assets/locales/es/app-chrome.ftl"),
    ),
    (
        "app-menu.ftl",
        include_str!("../../assets/locales/es/app-menu.ftl"),
    ),
    (
        "app-play.ftl",
        include_str!("../../assets/locales/es/app-play.ftl"),
    ),
    (
        "app-debrief.ftl",
        include_str!("../../assets/locales/es/app-debrief.ftl"),
    ),
    (
        "app-trainer.ftl",
        include_str!("../../assets/locales/es/app-trainer.ftl"),
    ),
    (
        "app-history.ftl",
        include_str!("../../assets/locales/es/app-history.ftl"),
    ),
];

/// The text of every resource of a language, by file name: for tests and tools.
pub fn resources(language: Language) -> &'static [(&'static str, &'static str)] {
    language.sources()
}

/// The ids of every message in a Fluent text, in order (terms are private to a file and left out).
pub fn message_ids(source: &str) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Problems in a language's resources: syntax errors and ids given twice. Empty when clean.
pub fn resource_errors(language: Language) -> Vec<String> {
    let mut out = Vec::new();
    let mut bundle = new_bundle(language);
    for (name, source) in language.sources() {
        let resource =
            FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, errors)| {
                out.extend(
                    errors
                        .iter()
                        .map(|e| format!("{}/{name}: {e}", language.code())),
                );
                r
            });
        if let Err(errors) = bundle.add_resource(resource) {
            out.extend(
                errors
                    .iter()
                    .map(|e| format!("{}/{name}: {e}", language.code())),
            );
        }
    }
    out
}

fn new_bundle(language: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Terminal text and Markdown files: Unicode's isolation marks around arguments would show
    // up as stray characters in some terminals and in diffs.
    bundle.set_use_isolating(false);
    bundle
}

/// A language's messages, parsed once. A resource that fails to parse keeps what did parse;
/// `resource_errors` and the tests report the rest.
fn bundle(language: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    BUNDLES[index].get_or_init(|| {
        let mut bundle = new_bundle(language);
        for (_, source) in language.sources() {
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
            // An id given twice keeps its first text; the tests fail on it.
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// How a message that is not in the resources shows: its id between marks no text uses.
pub fn missing(id: &str) -> String {
    format!("{MISSING_OPEN}{id}{MISSING_CLOSE}")
}

pub const MISSING_OPEN: &str = "⟦";
pub const MISSING_CLOSE: &str = "⟧";

/// Whether a text holds a message that was not found, or an argument Fluent could not fill
/// (which it shows as `{$name}`).
pub fn has_missing(text: &str) -> bool {
    text.contains(MISSING_OPEN) || text.contains("{$")
}

/// A message with no arguments.
pub fn text(language: Language, id: &str) -> String {
    format(language, id, None)
}

/// A message with arguments: numbers choose plural forms and are formatted by Fluent.
pub fn text_with(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(t) => FluentValue::from(t.clone()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent.set(*name, value);
    }
    format(language, id, Some(&fluent))
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(t: &str) -> Self {
        Arg::Text(t.to_owned())
    }
}

impl From<String> for Arg {
    fn from(t: String) -> Self {
        Arg::Text(t)
    }
}

impl From<&String> for Arg {
    fn from(t: &String) -> Self {
        Arg::Text(t.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

fn format(language: Language, id: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle(language);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return missing(id);
    };
    // Errors (an argument not given, a reference to a missing message) are already shown in
    // the text itself, as Fluent writes them: `{$name}`, `{id}`.
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_pick_the_language_part() {
        assert_eq!(Language::parse("es-MX"), Some(Language::Es));
        assert_eq!(Language::parse("en_US.UTF-8"), Some(Language::En));
        assert_eq!(Language::parse("fr"), None);
    }

    #[test]
    fn a_missing_message_shows_visibly() {
        let shown = text(Language::Es, "no-such-message");
        assert!(has_missing(&shown), "{shown}");
    }
}
