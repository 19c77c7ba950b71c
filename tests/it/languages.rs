//! Languages: the Fluent resources agree key for key, the Spanish debrief and `run --lang es`
//! match their goldens, and a translation that is not the same exercise fails `check`.

use std::collections::BTreeSet;
use std::sync::Arc;

use doorstep::i18n::{self, Language};
use doorstep::render::markdown;
use doorstep::runtime::Conversation;
use doorstep::scenario::flags::BUILT_IN;

use super::{doorstep, fixture, repo};

fn ids(language: Language, file: &str) -> BTreeSet<String> {
    let (_, source) = i18n::resources(language)
        .iter()
        .find(|(name, _)| *name == file)
        .unwrap_or_else(|| panic!("{} has no {file}", language.code()));
    i18n::message_ids(source).into_iter().collect()
}

#[test]
fn every_message_is_in_every_language() {
    for language in Language::ALL {
        assert!(
            i18n::resource_errors(language).is_empty(),
            "{:#?}",
            i18n::resource_errors(language)
        );
    }
    for (file, _) in i18n::resources(Language::En) {
        let english = ids(Language::En, file);
        for language in Language::ALL {
            let other = ids(language, file);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}/{file}: missing {missing:?}, not in English {extra:?}",
                language.code()
            );
        }
    }
}

#[test]
fn the_files_on_disk_are_the_ones_compiled_in() {
    for language in Language::ALL {
        let folder = repo().join("assets/locales").join(language.code());
        let mut on_disk: Vec<String> = std::fs::read_dir(&folder)
            .expect("locale folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".ftl"))
            .collect();
        on_disk.sort();
        let mut compiled: Vec<String> = i18n::resources(language)
            .iter()
            .map(|(name, _)| (*name).to_owned())
            .collect();
        compiled.sort();
        assert_eq!(on_disk, compiled, "{}", language.code());
    }
}

#[test]
fn english_flag_names_match_the_built_in_vocabulary() {
    for (id, _, label, description) in BUILT_IN {
        assert_eq!(i18n::text(Language::En, &format!("flag-{id}")), *label);
        assert_eq!(
            i18n::text(Language::En, &format!("flag-{id}-about")),
            *description
        );
        let spanish = i18n::text(Language::Es, &format!("flag-{id}"));
        assert!(!i18n::has_missing(&spanish) && spanish != *label, "{id}");
    }
}

#[test]
fn plurals_and_missing_keys() {
    let one = i18n::text_with(
        Language::Es,
        "debrief-questions",
        &[("questions", 1usize.into()), ("open", 1usize.into())],
    );
    let two = i18n::text_with(
        Language::Es,
        "debrief-questions",
        &[("questions", 2usize.into()), ("open", 2usize.into())],
    );
    assert_eq!(
        (one.as_str(), two.as_str()),
        ("Preguntas: 1 (1 abierta", "Preguntas: 2 (2 abiertas")
    );
    assert!(i18n::has_missing(&i18n::text(Language::Es, "no-such-key")));
    // An argument left out shows as Fluent writes it.
    assert!(i18n::has_missing(&i18n::text(Language::Es, "debrief-turn")));
    assert_eq!(i18n::from_locale("es_MX.UTF-8"), Some(Language::Es));
    assert_eq!(i18n::from_locale("C"), None);
}

/// Compares `text` with a golden file, or rewrites it with DOORSTEP_BLESS=1.
fn golden(name: &str, text: &str) {
    let path = fixture(name);
    if std::env::var_os("DOORSTEP_BLESS").is_some() {
        std::fs::write(&path, text).expect("blessed");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(!i18n::has_missing(text), "a message was not found:\n{text}");
    assert_eq!(
        text, expected,
        "{name} changed; if on purpose, run with DOORSTEP_BLESS=1 and read the diff"
    );
}

#[test]
fn run_in_spanish_matches_its_golden() {
    let out = doorstep(&[
        "run",
        "scenarios/raid-rights.es.ron",
        "--path",
        "model",
        "--lang",
        "es",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    golden(
        "translation/run-es.golden.md",
        &String::from_utf8_lossy(&out.stdout),
    );
}

#[test]
fn the_spanish_export_matches_its_golden() {
    let text = std::fs::read_to_string(fixture("translation/door.es.ron")).expect("fixture");
    let scenario = super::scenario_from(&text);
    let mut conversation = Conversation::start(Arc::clone(&scenario), 0).expect("starts");
    // The statistic, then the ask: a mistake, a good move and a step out of order to show.
    for number in [1, 2, 1] {
        conversation.choose(number).expect("plays");
    }
    let transcript = conversation.into_transcript();
    let report = doorstep::score::score(
        &scenario,
        &transcript,
        Some(doorstep::scenario::Assessment::Leader),
    );
    let mut export = markdown::report_in(&report, Language::Es);
    export.push_str(&markdown::transcript_in(
        &transcript,
        "Rosa",
        "Tú",
        Language::Es,
    ));
    golden("translation/export-es.golden.md", &export);
}

#[test]
fn a_translation_must_be_the_same_exercise() {
    let good = doorstep(&[
        "check",
        "tests/fixtures/translation/door.ron",
        "tests/fixtures/translation/door.es.ron",
    ]);
    assert!(
        good.status.success(),
        "{}",
        String::from_utf8_lossy(&good.stdout)
    );
    let out = doorstep(&["check", "tests/fixtures/translation/door-broken.ron"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    let at = "tests/fixtures/translation/door-broken.ron:";
    for expected in [
        "11:59: error: line 2 of node 'open' differs from the 'es' translation (door-broken.es.ron) in: the number of variants",
        "15:17: error: option 2 of node 'open' differs from the 'es' translation (door-broken.es.ron) in: goto",
        "19:9: error: node 'story' differs from the 'es' translation (door-broken.es.ron) in: the number of options",
        "37:9: error: node 'gone' is missing from the 'es' translation (door-broken.es.ron)",
        "39:13: error: path 'model' differs from the 'es' translation (door-broken.es.ron) in: seed",
    ] {
        assert!(
            text.contains(&format!("{at}{expected}")),
            "{expected}\n{text}"
        );
    }
}

#[test]
fn a_scenario_names_its_language_and_translations_plainly() {
    let text = std::fs::read_to_string(fixture("translation/door.ron"))
        .expect("fixture")
        .replace("language: \"en\"", "language: \"not a tag\"")
        .replace("\"door.es.ron\"", "\"../door.es.ron\"");
    let checked = doorstep::load_bytes(std::path::Path::new("door.ron"), text.as_bytes());
    let messages: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| d.message.clone())
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("is not a language tag")),
        "{messages:#?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("same folder")),
        "{messages:#?}"
    );
}

#[test]
fn shipped_translations_link_both_ways() {
    for file in [
        "raid-rights.ron",
        "raid-rights.es.ron",
        "tenant-door.ron",
        "tenant-door.es.ron",
    ] {
        let checked = doorstep::load_file(&repo().join("scenarios").join(file)).expect("readable");
        let scenario = checked.scenario.expect("valid");
        assert!(
            !scenario.translations.is_empty(),
            "{file} names its translation"
        );
    }
}

#[test]
fn without_lang_the_system_language_is_used() {
    let run = |locale: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_doorstep"))
            .args([
                "run",
                "tests/fixtures/translation/door.ron",
                "--path",
                "model",
            ])
            .current_dir(repo())
            .env("LC_ALL", locale)
            .output()
            .expect("binary runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(run("es_MX.UTF-8").contains("# Revisión: The door"));
    assert!(run("C").contains("# Debrief: The door"));
    assert!(run("fr_FR.UTF-8").contains("# Debrief: The door"));
}
