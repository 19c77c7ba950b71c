//! Saying it yourself in the app: every shipped scenario played to a debrief by typed lines,
//! sent as intents, with a wrong match put right by picking another option.

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use doorstep::app::intent::Intent;
use doorstep::app::logic_plugin;
use doorstep::app::screen::Screen;
use doorstep::app::state::library::Library;
use doorstep::app::state::prefs::Prefs;
use doorstep::app::state::session::Session;
use doorstep::app::state::storage::Storage;
use doorstep::runtime::Taken;
use doorstep::scenario::Assessment;

use super::free::paraphrases;
use super::headless::{screen, send};
use super::repo;

/// A headless app with every shipped scenario in its library.
fn app_with_every_scenario(name: &str) -> (App, Vec<String>) {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.add_plugins(logic_plugin);
    let mut library = Library::default();
    let mut ids = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(repo().join("scenarios"))
        .expect("the scenarios folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    for file in files {
        let checked = doorstep::load_file(&file).expect("readable");
        let name = file.file_name().expect("a name").to_string_lossy();
        ids.push(name.trim_end_matches(".ron").to_owned());
        library.update(&format!("scenarios/{name}"), checked);
    }
    app.insert_resource(library);
    let dir = std::env::temp_dir().join(format!("doorstep-free-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    app.insert_resource(Storage::open(dir));
    app.update();
    (app, ids)
}

fn session(app: &App) -> &Session {
    app.world().resource::<Session>()
}

#[test]
fn every_shipped_scenario_can_be_said_to_a_debrief() {
    let (mut app, ids) = app_with_every_scenario("every");
    assert!(ids.len() >= 9, "{ids:?}");
    send(&mut app, Intent::ToggleFreeText);
    assert!(app.world().resource::<Prefs>().free_text);
    let (mut accepted, mut corrected) = (0, 0);
    for id in &ids {
        let scenario = super::shipped(id);
        let model = scenario.paths.get("model").expect("a model path");
        let written = paraphrases(id);
        app.world_mut().resource_mut::<Storage>().next_seed = Some(model.seed);
        send(&mut app, Intent::Open(format!("scenarios/{id}.ron")));
        assert_eq!(screen(&app), Screen::Play, "{id} opens");
        let mut typed = Vec::new();
        for turn in 0..200 {
            if screen(&app) != Screen::Play {
                break;
            }
            // The model path's option when it is on offer (a follow-up opened from the list
            // starts from the author's defaults, so it can differ), else the first shown.
            let s = session(&app);
            let offered = s.conversation.offered();
            let target = model
                .choices
                .get(turn)
                .and_then(|n| offered.iter().find(|o| o.number == *n))
                .or(offered.first())
                .cloned()
                .unwrap_or_else(|| panic!("{id}: nothing on offer at turn {}", turn + 1));
            let node = s.conversation.node().to_owned();
            // Our own paraphrase of the option where we wrote one, else its text.
            let line = written
                .get(&(node, target.index + 1))
                .and_then(|lines| lines.get(turn % lines.len()))
                .cloned()
                .unwrap_or_else(|| target.text.clone());
            send(&mut app, Intent::Say(line.clone()));
            let hearing = session(&app).hearing.clone().expect("the line is heard");
            assert_eq!(hearing.said.text, line);
            let take = match &hearing.matched.taken {
                Taken::Option(o) if o.number == target.number => {
                    accepted += 1;
                    None
                }
                // A match that is not the option meant, or none: the trainee picks it.
                _ => {
                    corrected += 1;
                    Some(target.shown)
                }
            };
            send(&mut app, Intent::TakeAs(take));
            assert!(session(&app).hearing.is_none(), "{id}: the line is taken");
            typed.push(line);
        }
        assert_eq!(screen(&app), Screen::Assess, "{id} reaches an ending");
        send(
            &mut app,
            Intent::Assess {
                assessment: model.assess.unwrap_or(Assessment::Supporter),
                note: String::new(),
            },
        );
        assert_eq!(screen(&app), Screen::Debrief, "{id} is debriefed");
        let report = session(&app).report.clone().expect("a report");
        let said: Vec<_> = report.turns.iter().map(|t| t.typed.clone()).collect();
        let expected: Vec<_> = typed.into_iter().map(Some).collect();
        assert_eq!(said, expected, "{id}: the debrief keeps every typed line");
        assert!(report.turns.iter().all(|t| t.heard.is_some()), "{id}");
        send(&mut app, Intent::ToMenu);
    }
    println!("typed lines taken as meant: {accepted}; picked by hand: {corrected}");
    assert!(
        accepted > 4 * corrected,
        "{accepted} accepted, {corrected} corrected"
    );
}

#[test]
fn typed_lines_wait_for_the_trainee_and_are_ignored_without_the_setting() {
    let (mut app, _) = app_with_every_scenario("wait");
    send(&mut app, Intent::Open("scenarios/rally-kei.ron".into()));
    send(&mut app, Intent::Say("What brings you out tonight?".into()));
    assert!(
        session(&app).hearing.is_none(),
        "off: typed lines are ignored"
    );

    send(&mut app, Intent::ToggleFreeText);
    send(&mut app, Intent::Say("What brings you out tonight?".into()));
    let hearing = session(&app).hearing.clone().expect("heard");
    assert_eq!(session(&app).conversation.transcript().turns(), 0);
    // Saying it differently drops the line; nothing was said to the person.
    send(&mut app, Intent::Retype);
    assert!(session(&app).hearing.is_none());
    assert_eq!(session(&app).conversation.transcript().turns(), 0);
    // Another option than the match, by its place shown.
    send(&mut app, Intent::Say(hearing.said.text.clone()));
    send(&mut app, Intent::TakeAs(Some(2)));
    let conversation = &session(&app).conversation;
    assert_eq!(conversation.transcript().turns(), 1);
    assert_eq!(
        conversation.choices().len(),
        1,
        "the turn is said as the option picked"
    );
    // On the projector the room votes on options: typed lines wait for a trainee alone.
    send(&mut app, Intent::ToggleProjector);
    send(&mut app, Intent::Say("And how was work?".into()));
    assert!(session(&app).hearing.is_none());
}
