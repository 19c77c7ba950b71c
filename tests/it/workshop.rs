//! Trainer modes, headless: the room's vote, the watch-and-reveal sequence, the pairs tally,
//! projector settings and the timer, and the trainer's and audience's views agreeing.

use std::time::Duration;

use bevy::prelude::*;
use bevy_egui::egui;
use doorstep::app::intent::{Intent, TimerControl};
use doorstep::app::screen::Screen;
use doorstep::app::screens::play::play_ui;
use doorstep::app::screens::play::view::{Audience, PlayView};
use doorstep::app::state::pairs::{PairsPhase, PairsSession};
use doorstep::app::state::prefs::Prefs;
use doorstep::app::state::session::Session;
use doorstep::app::state::ui::SayState;
use doorstep::app::state::watch::{Stage, Watching};
use doorstep::app::state::workshop::{Countdown, Workshop};
use doorstep::app::theme;
use doorstep::scenario::Step;
use doorstep::score::Airtime;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::headless::{self, screen, send};

fn app(name: &str) -> App {
    headless::app(name, 3)
}

#[test]
fn the_room_votes_and_the_trainer_commits_its_pick() {
    let mut app = app("vote");
    send(&mut app, Intent::ToggleProjector);
    assert!(app.world().resource::<Workshop>().projector);
    send(&mut app, Intent::Open("scenarios/tenant-door.ron".into()));
    send(
        &mut app,
        Intent::Tally {
            option: 0,
            hands: 3,
        },
    );
    send(
        &mut app,
        Intent::Tally {
            option: 2,
            hands: 6,
        },
    );
    send(
        &mut app,
        Intent::Tally {
            option: 2,
            hands: -1,
        },
    );
    let room = app.world().resource::<Session>().room.clone();
    assert_eq!(room.hands[..3], [3, 0, 5]);
    assert!(room.hands[3..].iter().all(|h| *h == 0));
    assert_eq!(
        room.pick(),
        Some(2),
        "with nothing highlighted, the most hands win"
    );

    send(&mut app, Intent::Select(0));
    assert_eq!(
        app.world().resource::<Session>().room.pick(),
        Some(0),
        "the trainer's highlight wins"
    );
    // The room's letters follow the order shown: A is the option shown first.
    let shown_first = app.world().resource::<Session>().conversation.offered()[0].clone();
    send(&mut app, Intent::Advance);
    let session = app.world().resource::<Session>();
    let first = session
        .conversation
        .transcript()
        .choices()
        .next()
        .expect("one turn")
        .clone();
    assert_eq!((first.index, first.shown), (shown_first.index, 1));
    assert!(
        session.room.hands.is_empty() && session.room.selected.is_none(),
        "a new turn clears the vote"
    );

    send(
        &mut app,
        Intent::Tally {
            option: 0,
            hands: 2,
        },
    );
    send(
        &mut app,
        Intent::Tally {
            option: 1,
            hands: 2,
        },
    );
    send(&mut app, Intent::Advance);
    assert_eq!(
        app.world()
            .resource::<Session>()
            .conversation
            .transcript()
            .turns(),
        1,
        "a tie commits nothing"
    );

    send(&mut app, Intent::Back);
    assert_eq!(
        app.world()
            .resource::<Session>()
            .conversation
            .transcript()
            .turns(),
        0,
        "back rewinds a turn"
    );
}

#[test]
fn watching_plays_line_by_line_then_reveals_each_mistake_then_the_room_plays() {
    let mut app = app("watch");
    send(
        &mut app,
        Intent::Watch {
            path: "scenarios/rally-kei.ron".into(),
            script: "skit".into(),
        },
    );
    assert_eq!(screen(&app), Screen::Watch);
    let (lines, mistakes) = {
        let w = app.world().resource::<Watching>();
        (
            w.conversation.transcript().entries.len(),
            w.report.mistakes.len(),
        )
    };
    assert!(mistakes >= 9, "the skit has its mistakes: {mistakes}");
    assert_eq!(app.world().resource::<Watching>().stage(), Stage::Lines(1));
    send(&mut app, Intent::Advance);
    assert_eq!(app.world().resource::<Watching>().stage(), Stage::Lines(2));
    send(&mut app, Intent::Back);
    send(&mut app, Intent::Back);
    assert_eq!(
        app.world().resource::<Watching>().stage(),
        Stage::Lines(1),
        "back stops at the first line"
    );
    for _ in 1..lines {
        send(&mut app, Intent::Advance);
    }
    assert_eq!(
        app.world().resource::<Watching>().stage(),
        Stage::Lines(lines)
    );
    send(&mut app, Intent::Advance);
    assert_eq!(
        app.world().resource::<Watching>().stage(),
        Stage::Reveal(0),
        "the question comes before any answer"
    );
    for revealed in 1..=mistakes {
        send(&mut app, Intent::Advance);
        assert_eq!(
            app.world().resource::<Watching>().stage(),
            Stage::Reveal(revealed)
        );
    }
    send(&mut app, Intent::Advance);
    assert_eq!(
        app.world().resource::<Watching>().stage(),
        Stage::OneBigOrganizer
    );
    send(&mut app, Intent::Advance);
    assert_eq!(
        app.world().resource::<Watching>().stage(),
        Stage::OneBigOrganizer,
        "it stays at the end"
    );

    send(&mut app, Intent::OneBigOrganizer);
    assert_eq!(screen(&app), Screen::Play);
    assert!(
        app.world().resource::<Workshop>().projector,
        "the room plays on the projector"
    );
    let session = app.world().resource::<Session>();
    assert_eq!(session.scenario().id, "rally-kei");
    assert_eq!(session.conversation.transcript().turns(), 0);
}

#[test]
fn the_pairs_tally_gives_the_airtime_split() {
    let mut app = app("pairs");
    send(&mut app, Intent::Pairs("scenarios/tenant-door.ron".into()));
    assert_eq!(screen(&app), Screen::Pairs);
    send(&mut app, Intent::ToggleCard);
    assert!(app.world().resource::<PairsSession>().card_visible);
    send(
        &mut app,
        Intent::Mark {
            kind: Airtime::Questions,
            seconds: None,
        },
    );
    assert!(
        app.world()
            .resource::<PairsSession>()
            .observation
            .marks
            .is_empty(),
        "no marks before the conversation starts"
    );

    send(&mut app, Intent::Advance);
    let pairs = app.world().resource::<PairsSession>();
    assert_eq!(pairs.phase, PairsPhase::Running);
    assert!(!pairs.card_visible, "the card hides when the talk starts");
    assert!(
        app.world().resource::<Countdown>().running(),
        "the timer starts with the talk"
    );

    let taps = [
        (Airtime::Questions, 2),
        (Airtime::Listening, 7),
        (Airtime::Talking, 1),
    ];
    for (kind, count) in taps {
        for _ in 0..count {
            send(
                &mut app,
                Intent::Mark {
                    kind,
                    seconds: None,
                },
            );
        }
    }
    send(&mut app, Intent::CheckStep(Step::Door));
    send(&mut app, Intent::CheckStep(Step::Vision));
    let pairs = app.world().resource::<PairsSession>();
    assert_eq!(pairs.airtime(), [0.2, 0.7, 0.1]);
    let timeline = pairs.timeline();
    assert_eq!(timeline.reached, [(Step::Door, 10), (Step::Vision, 10)]);
    assert_eq!(
        timeline.out_of_order,
        [(Step::Vision, 10)],
        "a vision before the story is out of order"
    );

    send(&mut app, Intent::Back);
    let pairs = app.world().resource::<PairsSession>();
    assert!(
        !pairs.observation.ticked(Step::Vision) && pairs.observation.marks.len() == 10,
        "back undoes the last thing marked: the vision's tick"
    );
    send(&mut app, Intent::Advance);
    assert_eq!(
        app.world().resource::<PairsSession>().phase,
        PairsPhase::Done
    );
    assert!(
        !app.world().resource::<Countdown>().running(),
        "the timer stops at the end"
    );
}

#[test]
fn timed_marks_weigh_by_seconds() {
    let mut app = app("timed");
    send(&mut app, Intent::Pairs("scenarios/tenant-door.ron".into()));
    send(&mut app, Intent::ToggleMarkMode);
    send(&mut app, Intent::Advance);
    for (kind, seconds) in [
        (Airtime::Questions, 4.0),
        (Airtime::Listening, 10.0),
        (Airtime::Listening, 4.0),
        (Airtime::Talking, 2.0),
    ] {
        send(
            &mut app,
            Intent::Mark {
                kind,
                seconds: Some(seconds),
            },
        );
    }
    let pairs = app.world().resource::<PairsSession>();
    assert!(pairs.timed);
    assert_eq!(pairs.airtime(), [0.2, 0.7, 0.1]);
}

#[test]
fn projector_blank_audience_window_and_timer_controls() {
    let mut app = app("settings");
    send(&mut app, Intent::ToggleAudienceWindow);
    assert!(
        !app.world().resource::<Workshop>().audience_window,
        "the room's window belongs to projector mode"
    );
    send(&mut app, Intent::ToggleProjector);
    send(&mut app, Intent::ToggleBlank);
    send(&mut app, Intent::ToggleAudienceWindow);
    let workshop = app.world().resource::<Workshop>().clone();
    assert!(workshop.blank && workshop.audience_window);
    send(&mut app, Intent::ToggleBlank);
    assert!(!app.world().resource::<Workshop>().blank);

    send(&mut app, Intent::Timer(TimerControl::AddMinutes(3)));
    assert_eq!(
        app.world().resource::<Countdown>().length,
        Duration::from_secs(8 * 60)
    );
    send(&mut app, Intent::Timer(TimerControl::StartPause));
    assert!(app.world().resource::<Countdown>().running());
    send(&mut app, Intent::Timer(TimerControl::StartPause));
    assert!(!app.world().resource::<Countdown>().running());
    send(&mut app, Intent::Timer(TimerControl::Reset));
    assert_eq!(app.world().resource::<Countdown>().counted, Duration::ZERO);
}

#[test]
fn countdown_counts_down_pauses_and_stops_at_zero() {
    let mut countdown = Countdown::default();
    let at = Duration::from_secs;
    countdown.start(at(10));
    assert_eq!(countdown.label(at(10)), "5:00");
    assert_eq!(countdown.label(at(71)), "3:59");
    countdown.pause(at(70));
    assert_eq!(
        countdown.label(at(500)),
        "4:00",
        "paused time is not counted"
    );
    countdown.start(at(500));
    assert_eq!(countdown.label(at(1_000)), "0:00");
}

#[test]
fn the_trainer_and_the_room_see_the_same_vote() {
    let mut app = app("sync");
    send(&mut app, Intent::ToggleProjector);
    send(&mut app, Intent::ToggleAudienceWindow);
    send(&mut app, Intent::Open("scenarios/tenant-door.ron".into()));
    send(&mut app, Intent::Choose(1));
    send(&mut app, Intent::Select(1));
    send(
        &mut app,
        Intent::Tally {
            option: 1,
            hands: 5,
        },
    );
    send(&mut app, Intent::ToggleTally);
    let session = app.world().resource::<Session>();
    let prefs = Prefs::default();
    let offered = session.conversation.offered();
    let node = session
        .scenario()
        .nodes
        .get(session.conversation.node())
        .expect("at a node");
    let note = node.options[offered[0].index].note.clone();
    let trust = format!("trust: {}", session.conversation.vars()["trust"]);
    for audience in [Audience::Room, Audience::Trainer] {
        let view = PlayView::new(session, &prefs, audience);
        let mut h = Harness::builder()
            .with_size(egui::vec2(1920.0, 1080.0))
            .build_ui(|ui| {
                play_ui(ui, &view, &mut SayState::default());
            });
        theme::apply(&h.ctx);
        theme::apply_look(&h.ctx, theme::Look::Projector);
        h.run();
        h.run_steps(2);
        h.get_by_label_contains(&format!("A   {}   ✋ 0", offered[0].text));
        h.get_by_label_contains(&format!("B   {}   ✋ 5", offered[1].text));
        let trainer = audience == Audience::Trainer;
        assert_eq!(
            h.query_by_label_contains(&note).is_some(),
            trainer,
            "only the trainer sees coach notes"
        );
        assert_eq!(
            h.query_by_label_contains(&trust).is_some(),
            trainer,
            "only the trainer sees hidden state"
        );
    }
}
