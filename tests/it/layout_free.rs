//! Saying it yourself is readable at 1280×720 and 1920×1080, at 100% and 200%: the text box,
//! "Taken as" over the options, a line that matches nothing, and a typed run's debrief.

use std::sync::Arc;

use doorstep::app::screen::Screen;
use doorstep::app::screens::debrief::{DebriefView, debrief_ui};
use doorstep::app::screens::play::play_ui;
use doorstep::app::screens::play::view::{Audience, PlayView};
use doorstep::app::state::prefs::Prefs;
use doorstep::app::state::saying::Hearing;
use doorstep::app::state::session::Session;
use doorstep::app::state::ui::SayState;
use doorstep::app::theme::Look;
use doorstep::runtime::{Conversation, Said, Taken};
use doorstep::scenario::Assessment;

use super::layout::{SETTINGS, assert_readable, screen_harness};
use super::shipped;

/// Our own words for the rally's first model turns, as a trainee might type them.
const TYPED: &[&str] = &[
    "Hey, I'm from Hollis, a few blocks over. What do you think of all this?",
    "Did you know Dre yourself?",
    "So it's personal for you, he was a neighbour.",
];

/// The rally with its first turns typed, each taken as the option it matched (or, when it
/// matched none, the model path's).
fn typed_rally() -> Conversation {
    let scenario = shipped("rally-kei");
    let model = scenario.paths.get("model").expect("a model path");
    let mut conversation = Conversation::start(Arc::clone(&scenario), model.seed).expect("starts");
    for (line, number) in TYPED.iter().zip(&model.choices) {
        let matched = conversation.hear(line);
        let taken = match matched.taken {
            Taken::Nothing => Taken::Option(
                conversation
                    .offered()
                    .into_iter()
                    .find(|o| o.number == *number)
                    .expect("offered"),
            ),
            taken => taken,
        };
        conversation.say(Said::hear(line), &taken).expect("said");
    }
    conversation
}

#[test]
fn saying_it_yourself_is_readable_everywhere() {
    let prefs = Prefs {
        free_text: true,
        ..Prefs::default()
    };
    let typed = || Session::for_tests("scenarios/rally-kei.ron", typed_rally());
    let empty = typed();
    let mut heard = typed();
    heard.hearing = Hearing::of(
        &heard.conversation,
        "That must have hit hard, with Dre so close to home. What made you come out tonight?",
    );
    let mut nothing = typed();
    nothing.hearing = Hearing::of(&nothing.conversation, "Nice weather for tomatoes.");
    for &setting in SETTINGS.iter().filter(|s| s.look == Look::Standard) {
        for (what, session) in [
            ("the text box", &empty),
            ("taken as", &heard),
            ("matching nothing", &nothing),
        ] {
            let view = PlayView::new(session, &prefs, Audience::Solo);
            let mut say = SayState::default();
            let h = screen_harness(setting, Screen::Play, |ui| play_ui(ui, &view, &mut say));
            assert_readable(&format!("free-text play, {what}"), setting, &h);
        }
    }
}

#[test]
fn a_typed_run_s_debrief_is_readable_everywhere() {
    let scenario = shipped("rally-kei");
    let conversation = typed_rally();
    let report = doorstep::score::score(&scenario, conversation.transcript(), None::<Assessment>);
    assert!(report.turns.iter().all(|t| t.typed.is_some()));
    for &setting in SETTINGS {
        let view = DebriefView {
            trust: Some("trust"),
            ..DebriefView::of(&report)
        };
        let h = screen_harness(setting, Screen::Debrief, |ui| debrief_ui(ui, &view));
        assert_readable("a typed run's debrief", setting, &h);
    }
}
