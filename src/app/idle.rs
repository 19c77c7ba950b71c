//! Idle near 0% CPU: redraw only on input, and stop bevy_egui 0.42 from asking for endless repaints.

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::egui;
use bevy_egui::{EguiContext, EguiInput, EguiPreUpdateSet};

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(WinitSettings::desktop_app());
    app.add_systems(
        PreUpdate,
        drop_repeated_modifiers
            .after(EguiPreUpdateSet::ProcessInput)
            .before(EguiPreUpdateSet::BeginPass),
    );
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
