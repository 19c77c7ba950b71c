//! The play, assess and debrief screens drawn in Spanish: every message found, no English left.

use std::path::Path;
use std::sync::Arc;

use bevy_egui::egui;
use egui_kittest::Harness;

use super::{DebriefView, debrief_ui};
use crate::app::lang::set_language;
use crate::app::screens::assess::assess_ui;
use crate::app::screens::play::play_ui;
use crate::app::screens::play::view::{Audience, PlayView};
use crate::app::state::prefs::Prefs;
use crate::app::state::saying::Hearing;
use crate::app::state::session::Session;
use crate::app::state::ui::{AssessState, SayState};
use crate::i18n::{Language, has_missing};
use crate::runtime::Conversation;
use crate::scenario::{Assessment, Scenario};

fn tenant_door() -> Arc<Scenario> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tenant-door.ron");
    let checked = crate::load_file(&path).expect("readable");
    Arc::new(checked.scenario.expect("valid"))
}

/// Every text painted by a view drawn tall enough to show all of it, in `language`.
fn painted(language: Language, mut view: impl FnMut(&mut egui::Ui)) -> Vec<String> {
    fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(text) => out.push(text.galley.text().to_owned()),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 4000.0))
        .build_ui(move |ui| view(ui));
    set_language(&harness.ctx, language);
    harness.run_steps(4);
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

fn assert_spanish(what: &str, texts: &[String], expected: &[&str]) {
    let missing: Vec<_> = texts.iter().filter(|t| has_missing(t)).collect();
    assert!(missing.is_empty(), "{what}: {missing:?}");
    let all = texts.join("\n");
    for words in expected {
        assert!(all.contains(words), "{what}: no {words:?} in {all}");
    }
    for english in [
        "Turn ", "Airtime", "Taken as", "Heard as", "You said", "Hidden", "Show (", "Back one",
    ] {
        assert!(!all.contains(english), "{what}: {english:?} in {all}");
    }
}

#[test]
fn the_play_screen_speaks_spanish() {
    let scenario = tenant_door();
    let conversation = Conversation::replay(Arc::clone(&scenario), 1, &[2, 2]).expect("plays");
    let session = Session::for_tests("scenarios/tenant-door.ron", conversation);
    let prefs = Prefs::default();
    for audience in [Audience::Solo, Audience::Room, Audience::Trainer] {
        let view = PlayView::new(&session, &prefs, audience);
        let mut say = SayState::default();
        let texts = painted(Language::Es, |ui| {
            play_ui(ui, &view, &mut say);
        });
        assert_spanish(&format!("{audience:?}"), &texts, &["Los cinco pasos"]);
    }
    let free = Prefs {
        free_text: true,
        ..Prefs::default()
    };
    // A conversation just begun, so that a line typed is heard.
    let fresh = Conversation::replay(Arc::clone(&scenario), 1, &[]).expect("starts");
    let mut session = Session::for_tests("scenarios/tenant-door.ron", fresh);
    let view = PlayView::new(&session, &free, Audience::Solo);
    let mut say = SayState::default();
    let texts = painted(Language::Es, |ui| {
        play_ui(ui, &view, &mut say);
    });
    assert_spanish("the text box", &texts, &["Escríbelo"]);
    session.hearing = Hearing::of(
        &session.conversation,
        "Hi, I'm from 2A. I'm asking everyone about the heat. How has it been up here?",
    );
    let view = PlayView::new(&session, &free, Audience::Solo);
    let texts = painted(Language::Es, |ui| {
        play_ui(ui, &view, &mut say);
    });
    assert!(session.hearing.is_some(), "the line is heard");
    assert_spanish(
        "taken as",
        &texts,
        &["Dijiste", "Se oyó como", "Tomado como"],
    );
}

#[test]
fn the_assess_and_debrief_screens_speak_spanish() {
    let scenario = tenant_door();
    let conversation = Conversation::replay(Arc::clone(&scenario), 1, &[2, 2]).expect("plays");
    let transcript = conversation.transcript().clone();
    let mut state = AssessState::default();
    let texts = painted(Language::Es, |ui| {
        assess_ui(ui, &scenario, &transcript, &mut state);
    });
    assert_spanish("assess", &texts, &["¿Cómo evalúas a", "Líder"]);

    let report = crate::author::analysis::score_with_advice(
        &scenario,
        &transcript,
        Some(Assessment::Leader),
    );
    let view = DebriefView {
        trust: Some("trust"),
        note: "Llamar el jueves",
        looking_for_advice: true,
        follow_up: Some("La llamada del miércoles"),
        ..DebriefView::of(&report)
    };
    let texts = painted(Language::Es, |ui| {
        debrief_ui(ui, &view);
    });
    assert_spanish(
        "debrief",
        &texts,
        &[
            "Turno por turno",
            "Tiempo al habla",
            "Pidió permiso",
            "Evaluaste a la persona como líder",
            "Intentar otra vez",
        ],
    );
}
