//! The app in the trainee's language: the menu's switch, one card per exercise in two languages,
//! and the language following the choice saved in preferences.

use std::path::Path;

use bevy_egui::egui;
use doorstep::app::intent::Intent;
use doorstep::app::lang::set_language;
use doorstep::app::screens::menu::menu_ui;
use doorstep::app::state::library::{Library, cards};
use doorstep::app::state::prefs::Prefs;
use doorstep::app::state::ui::MenuState;
use doorstep::i18n::Language;
use egui_kittest::kittest::Queryable;

use super::app_ui::harness;

/// The raid scenario in both languages, and the tenant one in English only.
fn library() -> Library {
    let mut library = Library::default();
    for file in ["raid-rights.ron", "raid-rights.es.ron", "tenant-door.ron"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios")
            .join(file);
        library.update(
            &format!("scenarios/{file}"),
            doorstep::load_file(&path).expect("readable"),
        );
    }
    library
}

#[test]
fn a_scenario_and_its_translation_make_one_card_showing_the_trainees_language() {
    let library = library();
    let path = |i: usize| library.entries[i].path.as_str();
    let english = cards(&library.entries, Language::En);
    assert_eq!(
        english.len(),
        2,
        "raid-rights in two languages is one card, tenant-door another"
    );
    assert_eq!(path(english[0].shown), "scenarios/raid-rights.ron");
    assert_eq!(path(english[0].others[0]), "scenarios/raid-rights.es.ron");
    let spanish = cards(&library.entries, Language::Es);
    assert_eq!(path(spanish[0].shown), "scenarios/raid-rights.es.ron");
    // A scenario with no Spanish version is still on the Spanish list, in English.
    assert_eq!(path(spanish[1].shown), "scenarios/tenant-door.ron");
    assert!(spanish[1].others.is_empty());
}

#[test]
fn the_menu_in_spanish_offers_the_spanish_version_first_and_the_english_one_beside_it() {
    let library = library();
    let title = |file: &str| {
        let (_, scenario) = library.by_id(file).expect("loaded");
        scenario.title.clone()
    };
    let (es_title, en_title) = (title("raid-rights-es"), title("raid-rights"));
    let mut h = harness(MenuState::default(), |ui, state| {
        set_language(ui.ctx(), Language::Es);
        menu_ui(ui, &library.entries, &Prefs::default(), state)
    });
    h.run();
    h.get_by_label("Elige una conversación para practicar");
    h.get_by_label(&es_title);
    assert!(
        h.query_by_label(&en_title).is_none(),
        "the English title is not a second card"
    );
    h.get_by_label("Dificultad (D):");
    // Enter opens the card in the trainee's language; the other language is one click away.
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state().1,
        [Intent::Open("scenarios/raid-rights.es.ron".into())]
    );
    h.state_mut().1.clear();
    h.get_by_label("English  ▶").click();
    h.run();
    assert_eq!(
        h.state().1,
        [Intent::Open("scenarios/raid-rights.ron".into())]
    );
}

#[test]
fn the_language_switch_is_on_the_menu_by_click_and_by_l() {
    let library = library();
    let mut h = harness(MenuState::default(), |ui, state| {
        menu_ui(ui, &library.entries, &Prefs::default(), state)
    });
    h.get_by_label("Language (L):");
    h.get_by_label("Español").click();
    h.run();
    assert_eq!(h.state().1, [Intent::SetLanguage(Language::Es)]);
    h.state_mut().1.clear();
    h.key_press(egui::Key::L);
    h.run();
    assert_eq!(
        h.state().1,
        [Intent::SetLanguage(Language::Es)],
        "L steps to the next language"
    );
}

#[test]
fn the_language_chosen_on_the_menu_replaces_lang_and_is_saved_for_next_time() {
    use doorstep::app::state::language::{LanguageOverride, UiLanguage};
    use doorstep::app::state::storage::Storage;

    use super::headless::{app, send};

    let mut app = app("language", 1);
    // Started with `--lang es`: Spanish for this run, nothing saved yet.
    app.insert_resource(LanguageOverride(Some(Language::Es)));
    app.update();
    assert_eq!(app.world().resource::<UiLanguage>().0, Language::Es);
    let data = app.world().resource::<Storage>().data_dir.clone();
    assert_eq!(Storage::open(data.clone()).load_prefs().language, None);

    send(&mut app, Intent::SetLanguage(Language::En));
    assert_eq!(
        app.world().resource::<UiLanguage>().0,
        Language::En,
        "the menu's choice wins over --lang"
    );
    assert_eq!(
        Storage::open(data).load_prefs().language,
        Some(Language::En),
        "and is read back at the next start"
    );
}

/// A Spanish-speaking trainee plays the Spanish tenant scenario, assesses, and exports: the
/// notice and the whole Markdown file are in Spanish.
#[test]
fn a_spanish_trainee_plays_assesses_and_exports_in_spanish() {
    use doorstep::app::intent::ExportFormat;
    use doorstep::app::state::storage::Storage;
    use doorstep::scenario::Assessment;

    use super::headless::{app, send};

    let mut app = app("spanish-export", 1);
    let file = "tenant-door.es.ron";
    let checked = doorstep::load_file(&super::repo().join("scenarios").join(file)).expect("reads");
    let model = checked
        .scenario
        .as_ref()
        .expect("valid")
        .paths
        .get("model")
        .expect("a model path")
        .clone();
    app.world_mut()
        .resource_mut::<Library>()
        .update(&format!("scenarios/{file}"), checked);
    send(&mut app, Intent::SetLanguage(Language::Es));
    send(&mut app, Intent::Open(format!("scenarios/{file}")));
    for number in model.choices {
        send(&mut app, Intent::ChooseNumber(number));
    }
    send(
        &mut app,
        Intent::Assess {
            assessment: Assessment::Leader,
            note: "Tocar otra vez el sábado".into(),
        },
    );
    send(&mut app, Intent::Export(ExportFormat::Markdown));
    let notice = app
        .world()
        .resource::<Storage>()
        .notice
        .clone()
        .expect("a notice");
    let path = notice
        .strip_prefix("Guardado en ")
        .unwrap_or_else(|| panic!("the notice is in Spanish: {notice}"));
    let text = std::fs::read_to_string(path).expect("the export exists");
    assert!(text.starts_with("# Revisión: "), "{text}");
    assert!(text.contains("## Transcripción"), "{text}");
    assert!(
        text.contains("Tocar otra vez el sábado"),
        "the note: {text}"
    );
    for english in [
        "Debrief",
        "Transcript",
        "Overall",
        "Turn by turn",
        "You said",
    ] {
        assert!(
            !text.contains(english),
            "“{english}” left in English: {text}"
        );
    }
    assert!(!doorstep::i18n::has_missing(&text), "{text}");
}
