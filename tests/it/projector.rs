//! Running a room, headless: blanking holds the room's vote, projector mode owns its window
//! and its countdown, and "next" with nothing picked says so.

use std::time::Duration;

use bevy::prelude::*;
use doorstep::app::intent::{Intent, TimerControl};
use doorstep::app::screen::Screen;
use doorstep::app::state::session::Session;
use doorstep::app::state::workshop::{Countdown, Workshop};

use super::headless::{self, screen, send};

fn room() -> App {
    let mut app = headless::app("projector", 5);
    send(&mut app, Intent::ToggleProjector);
    send(&mut app, Intent::Open("scenarios/rally-kei.ron".into()));
    app
}

#[test]
fn while_the_screen_is_black_the_room_s_keys_change_nothing() {
    let mut app = room();
    send(&mut app, Intent::ToggleBlank);
    send(&mut app, Intent::Select(1));
    send(
        &mut app,
        Intent::Tally {
            option: 1,
            hands: 1,
        },
    );
    send(&mut app, Intent::Advance);
    let session = app.world().resource::<Session>();
    assert_eq!(session.room.selected, None, "a letter pressed in the dark");
    assert!(session.room.hands.iter().all(|h| *h == 0));
    assert_eq!(session.conversation.transcript().turns(), 0);

    send(&mut app, Intent::ToggleBlank);
    send(&mut app, Intent::Select(1));
    assert_eq!(app.world().resource::<Session>().room.selected, Some(1));
}

#[test]
fn next_with_nothing_picked_asks_for_a_pick_and_a_pick_clears_it() {
    let mut app = room();
    send(&mut app, Intent::Advance);
    let session = app.world().resource::<Session>();
    assert!(session.room.needs_pick);
    assert_eq!(session.conversation.transcript().turns(), 0);
    send(&mut app, Intent::Select(0));
    assert!(!app.world().resource::<Session>().room.needs_pick);
    send(&mut app, Intent::Advance);
    assert_eq!(
        app.world()
            .resource::<Session>()
            .conversation
            .transcript()
            .turns(),
        1
    );
}

#[test]
fn leaving_projector_mode_closes_the_room_s_window_and_unblanks() {
    let mut app = room();
    send(&mut app, Intent::ToggleAudienceWindow);
    send(&mut app, Intent::ToggleBlank);
    send(&mut app, Intent::ToggleProjector);
    let workshop = app.world().resource::<Workshop>();
    assert!(!workshop.projector);
    assert!(
        !workshop.audience_window,
        "the trainer's notes would vanish while the room's window stayed open"
    );
    assert!(!workshop.blank, "a black screen nobody can unblank");
}

#[test]
fn the_countdown_pauses_when_it_leaves_the_screen() {
    let mut app = room();
    send(&mut app, Intent::Timer(TimerControl::StartPause));
    assert!(app.world().resource::<Countdown>().running());
    send(&mut app, Intent::ToggleProjector);
    assert!(
        !app.world().resource::<Countdown>().running(),
        "a countdown nobody can see must not run out"
    );
    assert_eq!(screen(&app), Screen::Play);
}

#[test]
fn the_countdown_stops_at_zero_and_says_so_until_reset() {
    let mut countdown = Countdown {
        length: Duration::from_secs(60),
        ..Countdown::default()
    };
    let at = Duration::from_secs;
    countdown.start(at(0));
    assert_eq!(
        countdown.until_next_tick(at(0)),
        Some(Duration::from_millis(5))
    );
    let wait = countdown
        .until_next_tick(Duration::from_millis(10_300))
        .expect("running");
    assert_eq!(
        wait,
        Duration::from_millis(700),
        "wakes as the label changes"
    );
    countdown.stop_if_done(at(59));
    assert!(countdown.running());
    countdown.stop_if_done(at(61));
    assert!(!countdown.running());
    assert_eq!(countdown.label(at(500)), "0:00");
    assert_eq!(countdown.until_next_tick(at(500)), None, "idle at 0:00");
    countdown.reset();
    assert_eq!(countdown.label(at(500)), "1:00");
}
