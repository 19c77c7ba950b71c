//! Saying it yourself, clicked and typed with egui_kittest: the setting on the scenario list,
//! the text box, "Taken as", accepting with Enter, another option by its digit, and the debrief.

use std::sync::Arc;

use bevy_egui::egui;
use doorstep::app::intent::Intent;
use doorstep::app::screens::debrief::{DebriefView, debrief_ui};
use doorstep::app::screens::menu::menu_ui;
use doorstep::app::screens::play::play_ui;
use doorstep::app::screens::play::view::{Audience, PlayView};
use doorstep::app::state::library::Library;
use doorstep::app::state::prefs::Prefs;
use doorstep::app::state::saying::Hearing;
use doorstep::app::state::session::Session;
use doorstep::app::state::ui::{MenuState, SayState};
use doorstep::runtime::{Conversation, Said, Taken};
use doorstep::scenario::Assessment;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

use super::app_ui::harness;
use super::shipped;

const MEANT: &str = "Hey, I'm from Hollis, a few blocks over. What do you think of all this?";

fn free() -> Prefs {
    Prefs {
        free_text: true,
        ..Prefs::default()
    }
}

fn rally() -> Session {
    let scenario = shipped("rally-kei");
    let conversation = Conversation::start(Arc::clone(&scenario), 1).expect("starts");
    Session::for_tests("scenarios/rally-kei.ron", conversation)
}

#[test]
fn the_setting_sits_beside_the_difficulty_and_y_turns_it_on() {
    let library = Library::default();
    let prefs = Prefs::default();
    let mut h = harness(MenuState::default(), |ui, state| {
        menu_ui(ui, &library.entries, &prefs, state)
    });
    h.get_by_label("Say it yourself (Y):");
    h.get_by_label_contains("choose from the options");
    h.get_by_label("On").click();
    h.run();
    h.key_press(egui::Key::Y);
    h.run();
    assert_eq!(
        h.state().1,
        [Intent::ToggleFreeText, Intent::ToggleFreeText]
    );
}

#[test]
fn a_typed_line_is_sent_with_enter_and_its_keys_stay_in_the_box() {
    let session = rally();
    let prefs = free();
    let mut h = harness(SayState::default(), |ui, say| {
        play_ui(ui, &PlayView::new(&session, &prefs, Audience::Solo), say)
    });
    h.get_by_label("What do you say? Type it and press Enter.");
    // Recall, not recognition: no option is shown before the line is typed.
    for option in session.conversation.offered() {
        assert!(h.query_by_label_contains(&option.text).is_none());
    }
    let input = h.get_by_role(Role::TextInput);
    assert!(
        input.is_focused(),
        "the box has the focus when the turn starts"
    );
    // Letters and digits typed are the line, never the app's keys (A is the airtime meter).
    input.type_text("A 2 ");
    h.run();
    h.get_by_role(Role::TextInput).type_text(MEANT);
    h.run();
    assert!(h.state().1.is_empty(), "{:?}", h.state().1);
    // Esc leaves the box; Enter brings it back without saying anything.
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.get_by_role(Role::TextInput).is_focused());
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.get_by_role(Role::TextInput).is_focused());
    assert!(h.state().1.is_empty(), "{:?}", h.state().1);
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().1, [Intent::Say(format!("A 2 {MEANT}"))]);
}

#[test]
fn taken_as_is_accepted_with_enter_or_changed_with_a_digit() {
    let mut session = rally();
    session.hearing = Hearing::of(&session.conversation, MEANT);
    let hearing = session.hearing.clone().expect("heard");
    let Taken::Option(taken) = &hearing.matched.taken else {
        panic!("the line matches an option: {:?}", hearing.matched.taken);
    };
    assert!(taken.text.contains("Hollis"), "{}", taken.text);
    let prefs = free();
    let mut h = harness(SayState::default(), |ui, say| {
        play_ui(ui, &PlayView::new(&session, &prefs, Audience::Solo), say)
    });
    h.get_by_label(&format!("Taken as: {}. {}", taken.shown, taken.text));
    h.get_by_label_contains("Heard as: open question");
    h.get_by_label(&format!("You said: “{MEANT}”"));
    // The options are shown now, numbered, so a bad match never traps the trainee.
    for option in session.conversation.offered() {
        h.get_by_label(&format!("{}   {}", option.shown, option.text));
    }
    h.key_press(egui::Key::Enter);
    h.run();
    let other = if taken.shown == 2 { 3 } else { 2 };
    h.key_press(if other == 2 {
        egui::Key::Num2
    } else {
        egui::Key::Num3
    });
    h.run();
    h.get_by_label("Say it differently").click();
    h.run();
    assert_eq!(
        h.state().1,
        [
            Intent::TakeAs(None),
            Intent::TakeAs(Some(other)),
            Intent::Retype
        ]
    );
}

#[test]
fn a_line_that_matches_nothing_shows_the_options_to_pick_from() {
    let mut session = rally();
    session.hearing = Hearing::of(&session.conversation, "Nice weather for tomatoes.");
    let needs_pick = session.hearing.as_ref().is_some_and(Hearing::needs_pick);
    assert!(needs_pick, "{:?}", session.hearing);
    let prefs = free();
    let mut h = harness(SayState::default(), |ui, say| {
        play_ui(ui, &PlayView::new(&session, &prefs, Audience::Solo), say)
    });
    h.get_by_label("That matches none of the options here: pick the closest.");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.state().1.is_empty(), "Enter has nothing to accept");
    h.key_press(egui::Key::Num1);
    h.run();
    assert_eq!(h.state().1, [Intent::TakeAs(Some(1))]);
}

#[test]
fn the_debrief_shows_what_was_said_beside_what_it_was_taken_as() {
    let scenario = shipped("rally-kei");
    let mut conversation = Conversation::start(Arc::clone(&scenario), 1).expect("starts");
    let matched = conversation.hear(MEANT);
    conversation
        .say(Said::hear(MEANT), &matched.taken)
        .expect("said");
    let Taken::Option(taken) = matched.taken else {
        panic!("matched an option");
    };
    let report = doorstep::score::score(&scenario, conversation.transcript(), None::<Assessment>);
    let view = DebriefView::of(&report);
    let h = harness((), |ui, _| debrief_ui(ui, &view));
    h.get_by_label(&format!("You said: “{MEANT}”"));
    h.get_by_label(&format!("Taken as: “{}”", taken.text));
    h.get_by_label_contains("Heard as: open question");
}
