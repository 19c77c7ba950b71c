//! Driving the app from the command line with scripted intents: `--screenshot` and `--open`.
//!
//! `--screenshot OUT.png`: drive the app to a screen, save it after a few frames, and exit.
//! `--open SCENARIO`: start a conversation with a scenario as soon as it has loaded.
//! `--room FOLDER`: open the Room screen on a folder of trainees' bundles.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use bevy::window::RequestRedraw;

use super::audience::AudienceWindow;
use super::intent::Intent;
use super::screen::Screen;
use super::state::library::Library;
use super::state::loading::LibraryReady;
use super::state::room::RoomResults;
use super::state::session::Session;
use super::state::storage::Storage;

mod script;
use script::script;

/// What to capture.
#[derive(Resource, Debug, Clone)]
pub struct ScreenshotPlan {
    pub out: PathBuf,
    pub screen: Screen,
    /// Scenario to use (path, file name or id); the first playable one when None.
    pub scenario: Option<String>,
    /// Scripted path to follow; `model` when the scenario has one.
    pub path: Option<String>,
    /// How far to go: choices on the play screen (default: half the path), advances in
    /// watch mode (default: to the end), and in pairs 0 briefing, 1 card, 2 marking, 3 results.
    pub stage: Option<usize>,
    /// Capture in projector mode.
    pub projector: bool,
    /// Capture with "Say it yourself" on.
    pub free: bool,
    /// Lines typed from the first turn on: each taken as matched but the last, left showing
    /// what it was taken as. None typed: the choices of the path, then the empty text box.
    pub say: Vec<String>,
    /// Open the audience window.
    pub audience: bool,
    /// Capture the audience window instead of the trainer's.
    pub capture_audience: bool,
}

/// A screenshot writes only to its own scratch folder (see `launch`), so the History it shows
/// is made here: every stored path of the scenario, played, scored and saved, each a minute
/// apart. Saved directly, without the debrief's search for better options, to stay quick.
fn seed_history(storage: &mut Storage, scenario: &std::sync::Arc<crate::scenario::Scenario>) {
    use crate::store::history::{Attempt, Difficulty};
    for (minute, stored) in scenario.paths.values().enumerate() {
        let Ok(conversation) = crate::runtime::Conversation::replay(
            std::sync::Arc::clone(scenario),
            stored.seed,
            &stored.choices,
        ) else {
            continue;
        };
        let transcript = conversation.into_transcript();
        let report = crate::score::score(scenario, &transcript, stored.assess);
        let mut attempt = Attempt::new(
            report,
            transcript,
            stored.assess,
            String::new(),
            Difficulty::Practice,
        );
        attempt.finished_at += 60 * minute as u64;
        if storage.history.save(&attempt).is_err() {
            warn!("could not save a made-up attempt for the History screenshot");
        }
    }
    storage.refresh();
}

/// A scenario to open at start.
#[derive(Resource, Debug, Clone)]
pub struct OpenAtStart(pub String);

/// A folder of bundles to show on the Room screen at start.
#[derive(Resource, Debug, Clone)]
pub struct OpenRoomAtStart(pub PathBuf);

#[derive(Resource, Debug, Default)]
struct Progress {
    stage: Stage,
    frames: u32,
    script: Vec<Intent>,
}

#[derive(Debug, Default, PartialEq, Eq, Clone, Copy)]
enum Stage {
    #[default]
    WaitForLibrary,
    Sending(usize),
    /// A debrief is captured with its better options, once they are found.
    AwaitAdvice(u32),
    Settle(u32),
    Capturing,
}

/// Frames between scripted intents.
const STEP_FRAMES: u32 = 3;

/// Frames to wait for loading before giving up.
const LOAD_TIMEOUT_FRAMES: u32 = 2_000;
/// Frames to let egui lay out before capturing.
const SETTLE_FRAMES: u32 = 8;
/// Frames to wait for a debrief's better options before capturing without them.
const ADVICE_TIMEOUT_FRAMES: u32 = 2_000;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Progress>();
    app.add_systems(
        Update,
        (
            drive_screenshot.run_if(resource_exists::<ScreenshotPlan>),
            open_at_start.run_if(resource_exists::<OpenAtStart>),
            open_room_at_start.run_if(resource_exists::<OpenRoomAtStart>),
        ),
    );
}

fn open_at_start(
    mut commands: Commands,
    request: Res<OpenAtStart>,
    ready: Res<LibraryReady>,
    library: Res<Library>,
    mut storage: Option<ResMut<Storage>>,
    mut intents: MessageWriter<Intent>,
) {
    if !ready.0 {
        return;
    }
    match library.find(&request.0) {
        Some(entry) if entry.good.is_some() => {
            intents.write(Intent::Open(entry.path.clone()));
        }
        found => {
            let why = if found.is_some() {
                "has errors"
            } else {
                "was not found in the scenarios folder"
            };
            if let Some(storage) = storage.as_mut() {
                storage
                    .warnings
                    .push(format!("Scenario '{}' {why}.", request.0));
            }
        }
    }
    commands.remove_resource::<OpenAtStart>();
}

/// The room's folder needs no scenario, so it opens at once.
fn open_room_at_start(
    mut commands: Commands,
    request: Res<OpenRoomAtStart>,
    mut intents: MessageWriter<Intent>,
) {
    intents.write(Intent::OpenRoom(request.0.clone()));
    commands.remove_resource::<OpenRoomAtStart>();
}

fn drive_screenshot(
    mut commands: Commands,
    plan: Res<ScreenshotPlan>,
    mut progress: ResMut<Progress>,
    ready: Res<LibraryReady>,
    library: Res<Library>,
    audience: Query<Entity, (With<Window>, With<AudienceWindow>)>,
    session: Option<Res<Session>>,
    room: Option<Res<RoomResults>>,
    mut storage: Option<ResMut<Storage>>,
    mut intents: MessageWriter<Intent>,
    mut redraw: MessageWriter<RequestRedraw>,
    mut exit: MessageWriter<AppExit>,
) {
    redraw.write(RequestRedraw);
    progress.frames += 1;
    if !ready.0 {
        if progress.frames > LOAD_TIMEOUT_FRAMES {
            error!("the scenarios did not finish loading");
            exit.write(AppExit::error());
        }
        return;
    }
    match progress.stage {
        Stage::WaitForLibrary => {
            let entry = match &plan.scenario {
                Some(name) => library.find(name),
                None => library.entries.iter().find(|e| e.good.is_some()),
            };
            let entry = entry.filter(|e| e.good.is_some());
            let needs_scenario = plan.screen != Screen::Menu;
            let Some(entry) = entry
                .or(library.entries.first())
                .filter(|_| !needs_scenario || entry.is_some())
            else {
                let known: Vec<&str> = library.entries.iter().map(|e| e.path.as_str()).collect();
                error!("no playable scenario for the screenshot (loaded: {known:?})");
                exit.write(AppExit::error());
                return;
            };
            if let Some(storage) = storage.as_mut() {
                let seed = plan
                    .path
                    .as_ref()
                    .and_then(|p| entry.good.as_ref()?.paths.get(p))
                    .map_or(0, |p| p.seed);
                storage.next_seed = Some(seed);
                if plan.screen == Screen::History
                    && let Some(scenario) = &entry.good
                {
                    seed_history(storage, scenario);
                }
            }
            let exports = storage
                .as_ref()
                .map(|s| crate::store::export::exports_dir(&s.data_dir))
                .unwrap_or_default();
            progress.script = script(&plan, entry, exports);
            progress.stage = Stage::Sending(0);
        }
        Stage::Sending(i) => {
            // State changes land a frame after the intent, so leave a gap between intents.
            if progress.frames.is_multiple_of(STEP_FRAMES) {
                match progress.script.get(i).cloned() {
                    Some(intent) => {
                        intents.write(intent);
                        progress.stage = Stage::Sending(i + 1);
                    }
                    None => progress.stage = Stage::AwaitAdvice(0),
                }
            }
        }
        Stage::AwaitAdvice(n) => {
            let pending = session.is_some_and(|s| s.advice.is_some())
                || room.is_some_and(|r| r.gathering.is_some());
            progress.stage = if pending && n < ADVICE_TIMEOUT_FRAMES {
                Stage::AwaitAdvice(n + 1)
            } else {
                Stage::Settle(0)
            };
        }
        Stage::Settle(n) if n < SETTLE_FRAMES => progress.stage = Stage::Settle(n + 1),
        Stage::Settle(_) => {
            let screenshot = match audience.iter().next().filter(|_| plan.capture_audience) {
                Some(window) => Screenshot::window(window),
                None => Screenshot::primary_window(),
            };
            commands
                .spawn(screenshot)
                .observe(save_to_disk(plan.out.clone()))
                .observe(
                    |_: On<ScreenshotCaptured>, mut exit: MessageWriter<AppExit>| {
                        exit.write(AppExit::Success);
                    },
                );
            progress.stage = Stage::Capturing;
        }
        Stage::Capturing => {}
    }
}
