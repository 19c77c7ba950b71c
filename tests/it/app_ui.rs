//! egui views, clicked by label with egui_kittest: each returns the intent a user expects.

use std::path::Path;
use std::sync::Arc;

use bevy_egui::egui;
use doorstep::app::intent::Intent;
use doorstep::app::screens::assess::assess_ui;
use doorstep::app::screens::debrief::{DebriefView, debrief_ui};
use doorstep::app::screens::menu::{length_label, menu_ui};
use doorstep::app::screens::play::play_ui;
use doorstep::app::screens::play::view::{Audience, PlayView};
use doorstep::app::state::library::Library;
use doorstep::app::state::prefs::Prefs;
use doorstep::app::state::session::Session;
use doorstep::app::state::ui::{AssessState, MenuState, SayState};
use doorstep::app::theme;
use doorstep::i18n::Language;
use doorstep::runtime::Conversation;
use doorstep::scenario::Assessment;
use doorstep::store::history::Difficulty;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::shipped;

/// Runs a view in a harness until it settles, collecting the intents it returned.
pub fn harness<'a, S: 'a>(
    state: S,
    mut view: impl FnMut(&mut egui::Ui, &mut S) -> Option<Intent> + 'a,
) -> Harness<'a, (S, Vec<Intent>)> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_ui_state(
            move |ui, (state, intents): &mut (S, Vec<Intent>)| {
                if let Some(intent) = view(ui, state) {
                    intents.push(intent);
                }
            },
            (state, Vec::new()),
        );
    theme::apply(&harness.ctx);
    harness.run();
    // Panels settle their sizes a frame after egui stops asking for repaints.
    harness.run_steps(2);
    harness.state_mut().1.clear();
    harness
}

fn session_of(conversation: Conversation) -> Session {
    Session::for_tests("scenarios/tenant-door.ron", conversation)
}

fn library() -> Library {
    let mut library = Library::default();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tenant-door.ron");
    library.update(
        "scenarios/tenant-door.ron",
        doorstep::load_file(&path).expect("readable"),
    );
    library.update(
        "scenarios/broken.ron",
        doorstep::load_bytes(Path::new("scenarios/broken.ron"), b"Scenario(\n  id: 3,\n)"),
    );
    library
}

#[test]
fn menu_lists_scenarios_shows_errors_and_opens_by_click_or_enter() {
    let library = library();
    let mut h = harness(MenuState::default(), |ui, state| {
        menu_ui(
            ui,
            &library.entries,
            &Prefs {
                difficulty: Difficulty::Standard,
                ..Prefs::default()
            },
            state,
        )
    });
    h.get_by_label("Knocking for the tenants' association");
    h.get_by_label_contains("Marisol — Lives in 3B");
    h.get_by_label_contains(&length_label(Language::En, &shipped("tenant-door")));
    h.get_by_label_contains("scenarios/broken.ron:2:7: error: `id` is text: write `id: \"3\"`");
    h.get_by_label("This file cannot be played until it is fixed.");
    // The difficulty is chosen here, by click or by D.
    h.get_by_label_contains("no airtime meter");
    h.get_by_label("Assessment").click();
    h.run();
    assert_eq!(h.state().1, [Intent::SetDifficulty(Difficulty::Assessment)]);
    h.state_mut().1.clear();
    h.key_press(egui::Key::D);
    h.run();
    assert_eq!(
        h.state().1,
        [Intent::SetDifficulty(Difficulty::Assessment)],
        "D steps to the next difficulty"
    );
    h.state_mut().1.clear();
    h.get_by_label("Practise  ▶").click();
    h.run();
    assert_eq!(
        h.state().1,
        [Intent::Open("scenarios/tenant-door.ron".into())]
    );
    h.state_mut().1.clear();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state().1,
        [Intent::Open("scenarios/tenant-door.ron".into())]
    );
}

#[test]
fn play_offers_options_as_buttons_and_keys() {
    let scenario = shipped("tenant-door");
    let conversation = Conversation::start(Arc::clone(&scenario), 1).expect("starts");
    let session = session_of(conversation);
    let prefs = Prefs::default();
    let mut h = harness((), |ui, _| {
        play_ui(
            ui,
            &PlayView::new(&session, &prefs, Audience::Solo),
            &mut SayState::default(),
        )
    });
    h.get_by_label(&scenario.person.about);
    h.get_by_label_contains("1. Get in the door");
    h.get_by_label_contains("Building C, third floor");
    // The options come in the order shown (shuffled by the seed); a click picks that place.
    let permission = "Sorry to bother you, do you have a minute?";
    let place = session
        .conversation
        .offered()
        .iter()
        .find(|o| o.text == permission)
        .expect("on offer")
        .shown;
    h.get_by_label_contains(&format!("{place}   {permission}"))
        .click();
    h.run();
    assert_eq!(h.state().1, [Intent::Choose(place)]);
    h.state_mut().1.clear();
    h.key_press(egui::Key::Num3);
    h.run();
    assert_eq!(h.state().1, [Intent::Choose(3)]);
    h.state_mut().1.clear();
    h.key_press(egui::Key::ArrowDown);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(
        h.state().1,
        [Intent::Select(0), Intent::Advance],
        "arrows move the highlight and Enter goes with it"
    );
}

#[test]
fn hiding_the_tracker_hides_the_steps() {
    let scenario = shipped("tenant-door");
    let session = session_of(Conversation::start(Arc::clone(&scenario), 1).expect("starts"));
    let prefs = Prefs {
        show_tracker: false,
        ..Prefs::default()
    };
    let h = harness((), |ui, _| {
        play_ui(
            ui,
            &PlayView::new(&session, &prefs, Audience::Solo),
            &mut SayState::default(),
        )
    });
    assert!(h.query_by_label_contains("1. Get in the door").is_none());
    h.get_by_label("Hidden. Press S to show it.");
}

#[test]
fn the_difficulty_decides_what_shows_live() {
    let scenario = shipped("tenant-door");
    let session = session_of(Conversation::start(Arc::clone(&scenario), 1).expect("starts"));
    for difficulty in Difficulty::ALL {
        let prefs = Prefs {
            difficulty,
            ..Prefs::default()
        };
        let h = harness((), |ui, _| {
            play_ui(
                ui,
                &PlayView::new(&session, &prefs, Audience::Solo),
                &mut SayState::default(),
            )
        });
        let tracker = h.query_by_label_contains("1. Get in the door").is_some();
        let meter = h.query_by_label_contains("Bars: so far").is_some();
        let back = h.query_by_label_contains("Back one turn").is_some();
        let expected = match difficulty {
            Difficulty::Practice => (true, true),
            Difficulty::Standard => (true, false),
            Difficulty::Assessment => (false, false),
        };
        assert_eq!((tracker, meter), expected, "{difficulty:?}");
        // No turn taken yet, so there is nothing to go back to at any difficulty.
        assert!(!back);
        if difficulty == Difficulty::Assessment {
            h.get_by_label("Hidden in an assessment: the debrief shows them.");
        }
    }
}

#[test]
fn assessment_needs_a_choice_then_submits_it_with_the_note() {
    let scenario = shipped("tenant-door");
    let conversation =
        Conversation::replay(Arc::clone(&scenario), 1, &[1, 1, 1, 1, 1]).expect("plays");
    let mut h = harness(AssessState::default(), |ui, state| {
        assess_ui(ui, &scenario, conversation.transcript(), state)
    });
    h.get_by_label("How would you assess Marisol?");
    h.get_by_label("Pick one of the four first (keys 1–4).");
    h.get_by_label_contains("Supporter").click();
    h.run();
    h.state_mut().0.note = "Text her Wednesday".into();
    h.run();
    h.get_by_label("See the debrief  ▶").click();
    h.run();
    assert_eq!(
        h.state().1,
        [Intent::Assess {
            assessment: Assessment::Supporter,
            note: "Text her Wednesday".into()
        }]
    );
}

#[test]
fn debrief_explains_each_part_and_offers_a_better_option() {
    let scenario = shipped("tenant-door");
    let conversation = Conversation::replay(Arc::clone(&scenario), 1, &[2, 2]).expect("plays");
    let report = doorstep::author::analysis::score_with_advice(
        &scenario,
        conversation.transcript(),
        Some(Assessment::Leader),
    );
    let view = DebriefView {
        trust: Some("trust"),
        ..DebriefView::of(&report)
    };
    let mut h = harness((), |ui, _| debrief_ui(ui, &view));
    h.get_by_label(&doorstep::score::shown(report.overall));
    h.get_by_label_contains("100 × ⁴√(listening × telling × asking × reflecting)");
    h.get_by_label("✕ Asked permission");
    h.get_by_label("✕ Threw statistics");
    h.get_by_label_contains("Better: “Hi, I'm from 2A");
    h.get_by_label("You assessed them as leader; they were supporter (close).");
    // Two turns at the door learn nothing about her: the debrief says what was missed.
    h.get_by_label("What you never learned");
    let missed = report.never_learned.first().expect("facts never learned");
    h.get_by_label(&format!("•  {}", missed.text));
    h.get_by_label("↻ Try again (T)").click();
    h.run();
    assert_eq!(h.state().1, [Intent::TryAgain]);
    assert!(
        h.query_by_label("→ Follow up (F)").is_none(),
        "no follow-up without a scenario that follows this one"
    );
    drop(h);

    let view = DebriefView {
        follow_up: Some("The Wednesday call"),
        ..view
    };
    let mut h = harness((), |ui, _| debrief_ui(ui, &view));
    h.get_by_label("→ Follow up (F)").click();
    h.run();
    h.key_press(egui::Key::F);
    h.run();
    assert_eq!(h.state().1, [Intent::FollowUp, Intent::FollowUp]);
}
