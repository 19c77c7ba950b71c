//! Headless app tests: intents drive menu → play → assess → debrief → try again.

use bevy::prelude::*;
use doorstep::app::intent::{ExportFormat, Intent};
use doorstep::app::screen::Screen;
use doorstep::app::state::library::Library;
use doorstep::app::state::prefs::Prefs;
use doorstep::app::state::session::Session;
use doorstep::app::state::storage::Storage;
use doorstep::runtime::Conversation;
use doorstep::scenario::Assessment;
use doorstep::store::history::Difficulty;

use super::headless::{self, screen, send, update_until};
use super::repo;

fn app(name: &str) -> App {
    headless::app(name, 7)
}

/// A stored path of the tenant scenario: option numbers in file order, as paths count them.
fn path(name: &str) -> Vec<usize> {
    super::shipped("tenant-door")
        .paths
        .get(name)
        .unwrap_or_else(|| panic!("a '{name}' path"))
        .choices
        .clone()
}

fn model() -> Vec<usize> {
    path("model")
}

/// A decent conversation that misses a few turns, so its debrief has better options.
fn uneven() -> Vec<usize> {
    path("all-questions")
}

#[test]
fn a_whole_attempt_from_menu_to_try_again() {
    let mut app = app("flow");
    assert_eq!(screen(&app), Screen::Menu);

    send(&mut app, Intent::Open("scenarios/tenant-door.ron".into()));
    assert_eq!(screen(&app), Screen::Play);
    let session = app.world().resource::<Session>();
    assert_eq!(session.scenario().id, "tenant-door");
    assert!(session.conversation.offered().len() >= 3);

    let model = uneven();
    for (turn, number) in model.iter().enumerate() {
        send(&mut app, Intent::ChooseNumber(*number));
        let session = app.world().resource::<Session>();
        assert_eq!(session.conversation.transcript().turns(), turn + 1);
    }
    assert_eq!(
        screen(&app),
        Screen::Assess,
        "the ending leads to the assessment"
    );

    send(
        &mut app,
        Intent::Assess {
            assessment: Assessment::Supporter,
            note: "Text her Wednesday".into(),
        },
    );
    assert_eq!(screen(&app), Screen::Debrief);
    let session = app.world().resource::<Session>();
    let replayed = Conversation::replay(session.scenario().clone(), 7, &model).expect("replays");
    let expected = doorstep::author::analysis::score_with_advice(
        session.scenario(),
        replayed.transcript(),
        Some(Assessment::Supporter),
    );
    let first = session.report.as_ref().expect("scored at once");
    assert_eq!(
        first.overall, expected.overall,
        "the debrief shows the score before the better options"
    );
    let landed = update_until(&mut app, |world| {
        world.resource::<Session>().advice.is_none()
    });
    assert!(landed, "the search for better options finishes");
    let session = app.world().resource::<Session>();
    let report = session.report.as_ref().expect("scored");
    assert_eq!(report, &expected, "the app scores exactly as the core does");
    assert_eq!(report.assessment.given, Some(Assessment::Supporter));
    assert!(!report.practice);
    let storage = app.world().resource::<Storage>();
    assert_eq!(storage.attempts.len(), 1, "the finished attempt is saved");
    assert_eq!(storage.attempts[0].note, "Text her Wednesday");
    assert_eq!(
        storage.attempts[0].report, expected,
        "with the better options"
    );
    assert!(
        expected.turns.iter().any(|t| t.better.is_some()),
        "this attempt has a better option to save"
    );
    assert_eq!(
        storage.history.load().attempts.len(),
        1,
        "and it is on disk"
    );
    // Compared as text: floats do not always read back from JSON to the same last bit.
    let files: Vec<_> = std::fs::read_dir(storage.history.dir())
        .expect("attempts folder")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(files.len(), 1, "one file, rewritten in place: {files:?}");
    assert_eq!(
        std::fs::read_to_string(&files[0]).expect("readable"),
        serde_json::to_string_pretty(&storage.attempts[0]).expect("serializes"),
        "the saved file is rewritten with the better options"
    );

    send(&mut app, Intent::TryAgain);
    assert_eq!(screen(&app), Screen::Play);
    let session = app.world().resource::<Session>();
    assert_eq!(session.conversation.transcript().turns(), 0);
    assert!(session.report.is_none());
}

#[test]
fn rewinding_marks_the_attempt_as_practice() {
    let mut app = app("rewind");
    send(&mut app, Intent::Open("scenarios/tenant-door.ron".into()));
    send(&mut app, Intent::ChooseNumber(2));
    send(&mut app, Intent::ChooseNumber(2));
    assert_eq!(screen(&app), Screen::Assess);
    send(&mut app, Intent::Rewind(1));
    assert_eq!(screen(&app), Screen::Play);
    for number in model() {
        send(&mut app, Intent::ChooseNumber(number));
    }
    send(
        &mut app,
        Intent::Assess {
            assessment: Assessment::Supporter,
            note: String::new(),
        },
    );
    let report = app
        .world()
        .resource::<Session>()
        .report
        .clone()
        .expect("scored");
    assert!(report.practice);
    assert_eq!(report.steps.reached.len(), 5);
}

#[test]
fn choices_are_ignored_outside_play_and_broken_scenarios_do_not_open() {
    let mut app = app("guards");
    send(&mut app, Intent::Choose(1));
    assert_eq!(screen(&app), Screen::Menu);
    assert!(app.world().get_resource::<Session>().is_none());

    let broken = doorstep::load_bytes(std::path::Path::new("scenarios/broken.ron"), b"Scenario(");
    app.world_mut()
        .resource_mut::<Library>()
        .update("scenarios/broken.ron", broken);
    send(&mut app, Intent::Open("scenarios/broken.ron".into()));
    assert_eq!(screen(&app), Screen::Menu);
}

#[test]
fn a_broken_reload_keeps_the_last_good_version_and_a_good_one_is_followed() {
    let mut app = app("reload");
    send(&mut app, Intent::Open("scenarios/tenant-door.ron".into()));
    send(&mut app, Intent::Choose(1));
    let path = repo().join("scenarios/tenant-door.ron");
    let text = std::fs::read_to_string(&path).expect("readable");

    let broken = doorstep::load_bytes(
        std::path::Path::new("scenarios/tenant-door.ron"),
        text.replace("goto: \"story\"", "goto: \"nowhere\"")
            .as_bytes(),
    );
    app.world_mut()
        .resource_mut::<Library>()
        .update("scenarios/tenant-door.ron", broken);
    app.update();
    let library = app.world().resource::<Library>();
    let entry = library.get("scenarios/tenant-door.ron").expect("listed");
    assert!(entry.good.is_some(), "the last good version is kept");
    assert!(
        entry
            .error()
            .expect("the error is shown")
            .message
            .contains("no node 'nowhere'")
    );

    let edited = text.replace(
        "Cold. My mom's staying with me",
        "Freezing. My mom's staying with me",
    );
    let good = doorstep::load_bytes(
        std::path::Path::new("scenarios/tenant-door.ron"),
        edited.as_bytes(),
    );
    app.world_mut()
        .resource_mut::<Library>()
        .update("scenarios/tenant-door.ron", good);
    app.update();
    let session = app.world().resource::<Session>();
    assert_eq!(
        session.conversation.transcript().turns(),
        1,
        "the same choices are replayed"
    );
    let story =
        doorstep::render::markdown::transcript(session.conversation.transcript(), "M", "You");
    let uses_new = session
        .scenario()
        .nodes
        .get("story")
        .is_some_and(|n| n.say[0].variants()[0].starts_with("Freezing."));
    assert!(uses_new, "the session follows the edited scenario: {story}");
}

#[test]
fn toggles_scale_and_exports() {
    let mut app = app("prefs");
    send(&mut app, Intent::ToggleTracker);
    send(&mut app, Intent::SetScale(5.0));
    let prefs = app.world().resource::<Prefs>();
    assert!(!prefs.show_tracker);
    assert_eq!(prefs.scale, 2.5, "scale is kept within 75%–250%");

    send(&mut app, Intent::Open("scenarios/tenant-door.ron".into()));
    for number in uneven() {
        send(&mut app, Intent::ChooseNumber(number));
    }
    send(
        &mut app,
        Intent::Assess {
            assessment: Assessment::Leader,
            note: String::new(),
        },
    );
    send(&mut app, Intent::Export(ExportFormat::Markdown));
    let notice = app
        .world()
        .resource::<Storage>()
        .notice
        .clone()
        .expect("a notice");
    let path = notice.strip_prefix("Saved ").expect("saved");
    let text = std::fs::read_to_string(path).expect("export exists");
    assert!(text.starts_with("# Debrief: Knocking for the tenants' association"));
    assert!(text.contains("## Transcript"));
    assert!(
        text.contains("   Better: \""),
        "an export has the better options, even one made while they are searched for: {text}"
    );
    send(&mut app, Intent::Export(ExportFormat::Json));
    let notice = app
        .world()
        .resource::<Storage>()
        .notice
        .clone()
        .expect("a notice");
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(notice.strip_prefix("Saved ").expect("saved")).expect("exists"),
    )
    .expect("json");
    assert_eq!(json["assessment"]["given"], "Leader");
}

#[test]
fn an_assessment_cannot_go_back_is_marked_in_history_and_the_setting_is_saved() {
    let mut app = app("difficulty");
    send(&mut app, Intent::SetDifficulty(Difficulty::Assessment));
    send(&mut app, Intent::Open("scenarios/tenant-door.ron".into()));
    let moves = model();
    send(&mut app, Intent::ChooseNumber(moves[0]));
    send(&mut app, Intent::Back);
    send(&mut app, Intent::Rewind(1));
    let session = app.world().resource::<Session>();
    assert_eq!(
        session.conversation.transcript().turns(),
        1,
        "no going back in an assessment"
    );
    for number in &moves[1..] {
        send(&mut app, Intent::ChooseNumber(*number));
    }
    send(
        &mut app,
        Intent::Assess {
            assessment: Assessment::Supporter,
            note: String::new(),
        },
    );
    let storage = app.world().resource::<Storage>();
    let saved = storage.history.load().attempts;
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].difficulty, Difficulty::Assessment);
    assert!(!saved[0].report.practice);

    // The setting is written to the data folder and read back at the next start.
    let data = storage.data_dir.clone();
    let mut reopened = Storage::open(data);
    assert_eq!(reopened.load_prefs().difficulty, Difficulty::Assessment);
}
