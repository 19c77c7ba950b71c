//! `--bare`: a plain bevy_egui window, as a baseline for the app benchmark.
//!
//! It has one label and none of Doorstep's fixes (see tests/benches/app.sh). It shares the
//! binary's allocator and its settings, so the memory comparison measures what Doorstep adds.

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::{EguiContexts, EguiPlugin, EguiPrimaryContextPass, egui};

use super::timing;

pub fn run_bare() -> AppExit {
    let mut app = App::new();
    app.add_plugins(DefaultPlugins);
    app.add_plugins(EguiPlugin::default());
    app.insert_resource(WinitSettings::desktop_app());
    app.add_systems(Startup, |mut commands: Commands| {
        commands.spawn(Camera2d);
    });
    app.add_systems(EguiPrimaryContextPass, draw_label);
    timing::plugin(&mut app);
    app.run()
}

fn draw_label(mut contexts: EguiContexts) -> Result {
    egui::Window::new("Bare").show(contexts.ctx_mut()?, |ui| {
        ui.label("A bare bevy_egui window");
    });
    Ok(())
}
