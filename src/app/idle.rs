//! Idle near 0% CPU: redraw only on input, and stop bevy_egui 0.42 from asking for endless repaints.

use std::time::Duration;

use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::egui;
use bevy_egui::{EguiContext, EguiInput, EguiPreUpdateSet};

use super::state::workshop::Countdown;

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

/// While the countdown runs, wake once a second, just as its label changes; idle otherwise.
fn tick_while_counting(
    countdown: Res<Countdown>,
    time: Res<Time<Real>>,
    mut winit: ResMut<WinitSettings>,
) {
    let idle = WinitSettings::desktop_app();
    let wanted = if let Some(wait) = countdown.until_next_tick(time.elapsed()) {
        // A few milliseconds late rather than early, so the wake finds the new second.
        let tick = UpdateMode::reactive(wait + Duration::from_millis(3));
        WinitSettings {
            focused_mode: tick,
            unfocused_mode: tick,
        }
    } else {
        idle
    };
    if winit.focused_mode != wanted.focused_mode || winit.unfocused_mode != wanted.unfocused_mode {
        *winit = wanted;
    }
}
