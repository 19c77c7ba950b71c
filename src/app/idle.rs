//! Idle near 0% CPU: redraw only on input, and stop bevy_egui 0.42 from asking for endless repaints.

use std::time::Duration;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::egui;
use bevy_egui::{EguiContext, EguiInput, EguiPreUpdateSet};

use super::state::workshop::Countdown;
use super::wake::{WakeUp, Waker};

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(WinitSettings::desktop_app());
    app.add_systems(
        PreUpdate,
        drop_repeated_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    );
    app.add_systems(PostUpdate, tick_while_counting);
}

/// bevy_egui 0.42 pushes a `ModifiersChanged` event every frame, even when nothing changed,
/// and egui repaints on every event, so the app never idles. Unchanged ones are dropped.
fn drop_repeated_modifiers(mut contexts: Query<(&mut EguiInput, &mut EguiContext)>) {
    for (mut input, mut context) in &mut contexts {
        let current = context.get_mut().input(|i| i.modifiers);
        input
            .events
            .retain(|event| !matches!(event, egui::Event::ModifiersChanged(m) if *m == current));
    }
}

/// While the countdown runs, wake once a second, just as its figure changes; idle otherwise.
/// The wake comes from the one alarm thread (`Waker::poke_after`): changing the event loop's
/// own wait every frame made it spin (177% of a core in `tests/benches/countdown.sh`).
fn tick_while_counting(
    countdown: Res<Countdown>,
    time: Res<Time<Real>>,
    waker: Option<Res<Waker>>,
    mut next: Local<Option<(Duration, WakeUp)>>,
) {
    let now = time.elapsed();
    let Some(wait) = countdown.until_next_tick(now) else {
        // Dropping the pending wake-up calls it off.
        *next = None;
        return;
    };
    if next.as_ref().is_some_and(|(due, _)| *due > now) {
        return;
    }
    // A few milliseconds late rather than early, so the wake finds the new second.
    let wait = wait + Duration::from_millis(3);
    if let Some(waker) = waker {
        *next = Some((now + wait, waker.poke_after(wait, Duration::ZERO)));
    }
}
