//! `DOORSTEP_TIMING=1`: prints how long the first frame took, for the app benchmark.

use std::sync::OnceLock;
use std::time::Instant;

use bevy::prelude::*;

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Marks the process start; call first thing in `main`.
pub fn mark_start() {
    STARTED.get_or_init(Instant::now);
}

pub fn plugin(app: &mut App) {
    if std::env::var_os("DOORSTEP_TIMING").is_some() {
        app.add_systems(Last, (report_first_frame, report_font_atlas));
    }
}

/// The font atlas is one of the app's largest allocations, held three times (egui's image,
/// Bevy's copy, the GPU's): note its size whenever it grows.
fn report_font_atlas(
    mut contexts: Query<&mut bevy_egui::EguiContext>,
    mut last: Local<Vec<[usize; 2]>>,
) {
    let sizes: Vec<[usize; 2]> = contexts
        .iter_mut()
        .map(|mut context| context.get_mut().fonts(|f| f.font_image_size()))
        .collect();
    if *last != sizes {
        eprintln!("doorstep-timing: font atlas {sizes:?}");
        *last = sizes;
    }
}

/// Notes when a scenario file's new version reached the library (wall clock, for scripts).
pub fn note_reload(path: &str) {
    if std::env::var_os("DOORSTEP_TIMING").is_some() {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        eprintln!("doorstep-timing: reloaded {path} at {ms}");
    }
}

/// Rendering runs one update behind, so the first frame is on screen after the second update.
/// Every update is noted too, so that the benchmark can count how often an idle app wakes.
fn report_first_frame(mut updates: Local<u32>) {
    *updates += 1;
    let ms = STARTED
        .get()
        .map_or(0.0, |t| t.elapsed().as_secs_f64() * 1e3);
    if *updates == 2 {
        eprintln!("doorstep-timing: first frame after {ms:.0} ms");
    }
    eprintln!("doorstep-timing: update {} at {ms:.0} ms", *updates);
}
