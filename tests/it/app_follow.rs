//! The app offers a follow-up after a debrief, carries over what the first conversation left,
//! and History links the two attempts.

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use doorstep::app::intent::Intent;
use doorstep::app::logic_plugin;
use doorstep::app::screen::Screen;
use doorstep::app::state::library::Library;
use doorstep::app::state::session::Session;
use doorstep::app::state::storage::Storage;
use doorstep::runtime::Entry;
use doorstep::scenario::Assessment;

use super::headless::{screen, send};
use super::repo;

fn app(name: &str) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.add_plugins(logic_plugin);
    let mut library = Library::default();
    for file in ["first.ron", "first-call.ron"] {
        let path = repo().join("tests/fixtures/follow").join(file);
        let checked = doorstep::load_file(&path).expect("readable");
        library.update(&format!("scenarios/{file}"), checked);
    }
    app.insert_resource(library);
    let dir =
        std::env::temp_dir().join(format!("doorstep-follow-app-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut storage = Storage::open(dir);
    storage.next_seed = Some(3);
    app.insert_resource(storage);
    app.update();
    app
}

fn play_to_debrief(app: &mut App, open: &str, choices: &[usize]) {
    send(app, Intent::Open(open.to_owned()));
    for &number in choices {
        send(app, Intent::ChooseNumber(number));
    }
    assert_eq!(screen(app), Screen::Assess);
    send(
        app,
        Intent::Assess {
            assessment: Assessment::Supporter,
            note: String::new(),
        },
    );
    assert_eq!(screen(app), Screen::Debrief);
}

fn person_said(app: &App) -> String {
    let session = app.world().resource::<Session>();
    session
        .conversation
        .transcript()
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Person(line) => Some(line.text.clone()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn after_a_maybe_the_debrief_follows_up_with_a_person_who_remembers() {
    let mut app = app("maybe");
    play_to_debrief(&mut app, "scenarios/first.ron", &[1, 1]);
    send(&mut app, Intent::FollowUp);
    assert_eq!(screen(&app), Screen::Play, "the follow-up starts");
    let session = app.world().resource::<Session>();
    assert_eq!(session.scenario().id, "first-call");
    assert_eq!(
        session.conversation.transcript().carried.get("promised"),
        Some(&1)
    );
    let said = person_said(&app);
    assert!(
        said.contains("You did call") && said.contains("The kids asked"),
        "{said}"
    );

    // Finished and assessed, the follow-up's attempt points back at the first.
    send(&mut app, Intent::ChooseNumber(1));
    send(
        &mut app,
        Intent::Assess {
            assessment: Assessment::Supporter,
            note: String::new(),
        },
    );
    let storage = app.world().resource::<Storage>();
    let [first, second] = &storage.attempts[..] else {
        panic!("two attempts: {:?}", storage.attempts.len());
    };
    let link = second
        .follows
        .as_ref()
        .expect("the follow-up links to the first");
    assert_eq!(
        (link.scenario.as_str(), link.finished_at),
        ("first", first.finished_at)
    );
    assert!(first.follows.is_none());
    // And the link survives a save and a reload.
    let reloaded = storage.history.load();
    assert!(
        reloaded
            .attempts
            .iter()
            .any(|a| a.follows.as_ref() == Some(link))
    );
}

#[test]
fn no_follow_up_is_offered_after_an_ending_it_does_not_follow() {
    let mut app = app("declined");
    play_to_debrief(&mut app, "scenarios/first.ron", &[2]);
    send(&mut app, Intent::FollowUp);
    assert_eq!(
        screen(&app),
        Screen::Debrief,
        "she said no: there is no call to make"
    );
    // Opened alone from the list, the follow-up starts from the author's defaults.
    send(&mut app, Intent::ToMenu);
    send(
        &mut app,
        Intent::Open("scenarios/first-call.ron".to_owned()),
    );
    assert!(person_said(&app).contains("who is this"));
}

/// The shipped rally, as a trainee would meet it: a "maybe", then the Wednesday call, where
/// Kei remembers what was said on Saturday.
#[test]
fn after_the_rallys_maybe_the_app_offers_the_call_to_kei() {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.add_plugins(logic_plugin);
    let mut library = Library::default();
    for id in ["rally-kei", "rally-kei-call"] {
        let path = repo().join("scenarios").join(format!("{id}.ron"));
        let checked = doorstep::load_file(&path).expect("readable");
        assert!(!checked.has_errors(), "{:?}", checked.first_error());
        library.update(&format!("scenarios/{id}.ron"), checked);
    }
    app.insert_resource(library);
    let dir = std::env::temp_dir().join(format!("doorstep-follow-rally-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    app.insert_resource(Storage::open(dir));
    app.update();

    let rally = doorstep::load_file(&repo().join("scenarios/rally-kei.ron"))
        .expect("readable")
        .scenario
        .expect("valid");
    let maybe = rally.paths.get("maybe").expect("the rally's maybe path");
    app.world_mut().resource_mut::<Storage>().next_seed = Some(maybe.seed);
    play_to_debrief(&mut app, "scenarios/rally-kei.ron", &maybe.choices);
    send(&mut app, Intent::FollowUp);
    assert_eq!(screen(&app), Screen::Play, "the call starts");
    let session = app.world().resource::<Session>();
    assert_eq!(session.scenario().id, "rally-kei-call");
    let carried = &session.conversation.transcript().carried;
    assert!(
        carried.values().any(|v| *v != 0),
        "something carries over from Saturday: {carried:?}"
    );

    // Opened cold from the list, the call starts from the author's defaults instead.
    let remembered = person_said(&app);
    send(&mut app, Intent::ToMenu);
    send(
        &mut app,
        Intent::Open("scenarios/rally-kei-call.ron".to_owned()),
    );
    let session = app.world().resource::<Session>();
    assert!(session.conversation.transcript().carried.is_empty());
    assert!(!remembered.is_empty() && !person_said(&app).is_empty());
}
