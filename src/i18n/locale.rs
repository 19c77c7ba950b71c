//! The language of the operating system's locale, English when it names none we have.

use super::Language;

/// The OS's language if Doorstep speaks it, else English.
pub fn detect() -> Language {
    sys_locale::get_locale()
        .and_then(|tag| from_locale(&tag))
        .unwrap_or_default()
}

/// A locale as the OS spells it ("es-MX", "es_US.UTF-8"); None for "C", "POSIX" and languages
/// Doorstep does not have.
pub fn from_locale(tag: &str) -> Option<Language> {
    Language::parse(tag)
}
