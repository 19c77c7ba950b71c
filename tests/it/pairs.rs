//! Pairs practice, headless and drawn: back undoes the last mark of any kind, switching how
//! marks are made keeps both kinds and says how each counted, rounds are saved to History and
//! exported, and the roles swap for a second round.

use bevy::prelude::*;
use bevy_egui::egui;
use doorstep::app::intent::{ExportFormat, Intent};
use doorstep::app::screen::Screen;
use doorstep::app::screens::history::{HistoryView, history_ui};
use doorstep::app::screens::pairs::pairs_ui;
use doorstep::app::state::pairs::{PairsPhase, PairsSession};
use doorstep::app::state::storage::Storage;
use doorstep::app::state::ui::HistoryState;
use doorstep::scenario::Step;
use doorstep::score::Airtime;
use doorstep::store::history::History;
use egui_kittest::kittest::Queryable;

use super::app_ui::harness;
use super::headless::{self, screen, send};

fn app(name: &str) -> App {
    let mut app = headless::app(name, 3);
    send(&mut app, Intent::Pairs("scenarios/tenant-door.ron".into()));
    assert_eq!(screen(&app), Screen::Pairs);
    app
}

fn tap(app: &mut App, kind: Airtime) {
    send(
        app,
        Intent::Mark {
            kind,
            seconds: None,
        },
    );
}

fn hold(app: &mut App, kind: Airtime, seconds: f64) {
    send(
        app,
        Intent::Mark {
            kind,
            seconds: Some(seconds),
        },
    );
}

fn pairs(app: &App) -> &PairsSession {
    app.world().resource::<PairsSession>()
}

/// What the observer sees: marks of each kind, and the steps ticked.
fn seen(app: &App) -> (usize, Vec<Step>) {
    let observation = &pairs(app).observation;
    let steps = observation.steps.iter().map(|(s, _)| *s).collect();
    (observation.marks.len(), steps)
}

#[test]
fn back_undoes_the_last_mark_or_tick_whichever_came_last() {
    let mut app = app("pairs-undo");
    send(&mut app, Intent::Advance);
    tap(&mut app, Airtime::Questions);
    send(&mut app, Intent::CheckStep(Step::Door));
    tap(&mut app, Airtime::Listening);
    send(&mut app, Intent::CheckStep(Step::Story));
    send(&mut app, Intent::CheckStep(Step::Door));
    assert_eq!(seen(&app), (2, vec![Step::Story]), "Door unticked");

    let expected = [
        (2, vec![Step::Door, Step::Story]),
        (2, vec![Step::Door]),
        (1, vec![Step::Door]),
        (1, vec![]),
        (0, vec![]),
        (0, vec![]),
    ];
    for (n, after) in expected.into_iter().enumerate() {
        send(&mut app, Intent::Back);
        assert_eq!(seen(&app), after, "after back number {}", n + 1);
        if n == 0 {
            assert_eq!(
                pairs(&app).observation.steps,
                [(Step::Door, 1), (Step::Story, 2)],
                "an undone untick puts the step back as it was"
            );
        }
    }
}

#[test]
fn switching_between_taps_and_timed_keeps_both_and_says_how_each_counted() {
    let mut app = app("pairs-modes");
    send(&mut app, Intent::Advance);
    tap(&mut app, Airtime::Questions);
    tap(&mut app, Airtime::Listening);
    send(&mut app, Intent::ToggleMarkMode);
    hold(&mut app, Airtime::Listening, 6.0);
    hold(&mut app, Airtime::Talking, 3.0);
    let p = pairs(&app);
    assert!(p.timed);
    assert_eq!(p.observation.taps(), [1, 1, 0], "the taps are kept");
    assert_eq!(p.observation.timed().1, [0.0, 6.0, 3.0]);
    assert_eq!(
        p.airtime(),
        [0.2, 0.6, 0.2],
        "a tap counts as 3 s among timed marks"
    );

    send(&mut app, Intent::Advance);
    let p = pairs(&app);
    assert_eq!(p.phase, PairsPhase::Done);
    let mut held = None;
    let h = harness((), |ui, _| pairs_ui(ui, p, None, &mut held, 0.0));
    h.get_by_label_contains("Counted both ways");
    h.get_by_label_contains("2 timed marks, 9 s (0 s questions, 6 s listening, 3 s talking)");
    h.get_by_label_contains("2 taps (1 question, 1 listening, 0 talking), each tap counted as 3 s");
}

#[test]
fn a_round_is_saved_to_history_once_and_exported() {
    let mut app = app("pairs-saved");
    send(&mut app, Intent::Advance);
    tap(&mut app, Airtime::Questions);
    tap(&mut app, Airtime::Listening);
    send(&mut app, Intent::CheckStep(Step::Door));
    send(&mut app, Intent::Advance);
    send(&mut app, Intent::Back);
    tap(&mut app, Airtime::Listening);
    send(&mut app, Intent::Advance);
    let storage = app.world().resource::<Storage>();
    assert_eq!(storage.pairs.len(), 1, "ending again updates the round");
    let on_disk = History::new(&storage.data_dir).load();
    assert_eq!(on_disk.pairs.len(), 1);
    assert_eq!(on_disk.pairs[0].round.observation.marks.len(), 3);

    let view = HistoryView {
        attempts: &storage.attempts,
        pairs: &storage.pairs,
        folder: "attempts",
        bundle: None,
    };
    let h = harness(HistoryState::default(), |ui, state| {
        history_ui(ui, &view, state)
    });
    h.get_by_label("Pairs practice");
    h.get_by_label("Round 1: Trainee 1 organized; Trainee 2 played Marisol.");
    h.get_by_label("1 of 5 steps");
    drop(h);

    send(&mut app, Intent::Export(ExportFormat::Markdown));
    let notice = app.world().resource::<Storage>().notice.clone();
    let path = notice.expect("a notice").replace("Saved ", "");
    assert!(path.contains("tenant-door pairs round 1 "), "{path}");
    let text = std::fs::read_to_string(&path).expect("exported");
    assert!(text.starts_with("# Pairs practice: Knocking for the tenants' association, round 1"));
    assert!(text.contains("Trainee 1 organized; Trainee 2 played Marisol."));
    assert!(text.contains("Counted by taps, one per utterance: 3 taps"));
    assert!(text.contains("- ✓ Get in the door"));
    send(&mut app, Intent::Export(ExportFormat::Json));
    let notice = app.world().resource::<Storage>().notice.clone();
    let path = notice.expect("a notice").replace("Saved ", "");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("exported")).expect("json");
    assert_eq!(json["round"]["organizer"], "Trainee 1");
    assert_eq!(
        json["round"]["observation"]["marks"][0]["kind"],
        "questions"
    );
}

#[test]
fn the_roles_swap_for_a_second_round_and_the_results_say_who_played_whom() {
    let mut app = app("pairs-swap");
    send(&mut app, Intent::Advance);
    tap(&mut app, Airtime::Listening);
    send(&mut app, Intent::SwapRoles);
    assert_eq!(pairs(&app).organizer(), "Trainee 1", "no swap mid-talk");
    send(&mut app, Intent::Advance);

    let p = pairs(&app);
    let mut held = None;
    let mut h = harness((), |ui, _| pairs_ui(ui, p, None, &mut held, 0.0));
    h.get_by_label("Round 1: Trainee 1 organized; Trainee 2 played Marisol.");
    h.key_press(egui::Key::R);
    h.run();
    h.get_by_label("Swap roles: next round (R)").click();
    h.run();
    assert_eq!(h.state().1, [Intent::SwapRoles, Intent::SwapRoles]);
    drop(h);

    send(&mut app, Intent::SwapRoles);
    let p = pairs(&app);
    assert_eq!(p.phase, PairsPhase::Briefing);
    assert_eq!(p.round, 2);
    assert!(
        p.observation.marks.is_empty(),
        "a new round starts unmarked"
    );
    send(&mut app, Intent::Advance);
    tap(&mut app, Airtime::Questions);
    send(&mut app, Intent::Advance);
    let storage = app.world().resource::<Storage>();
    let roles: Vec<String> = storage
        .pairs
        .iter()
        .map(|s| doorstep::render::pairs::roles(doorstep::i18n::Language::En, &s.round, true))
        .collect();
    assert_eq!(
        roles,
        [
            "Trainee 1 organized; Trainee 2 played Marisol.",
            "Trainee 2 organized; Trainee 1 played Marisol."
        ]
    );
    assert_eq!(storage.pairs[1].round.round, 2);
}
