//! `--screenshot OUT.png`: drive the app to a screen, save it after a few frames, and exit.
//! `--open SCENARIO`: start a conversation with a scenario as soon as it has loaded.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured, save_to_disk};
use bevy::window::RequestRedraw;

use super::Screen;
use super::intent::Intent;
use super::library::Library;
use super::loader::LibraryReady;
use super::session::{Session, Storage};
use crate::scenario::Assessment;

/// What to capture.
#[derive(Resource, Debug, Clone)]
pub struct ScreenshotPlan {
    pub out: PathBuf,
    pub screen: Screen,
    /// Scenario to use (path, file name or id); the first playable one when None.
    pub scenario: Option<String>,
    /// Scripted path to follow; `model` when the scenario has one.
    pub path: Option<String>,
    /// For the play screen: how many choices to make first (default: half the path).
    pub turns: Option<usize>,
}

/// A scenario to open at start.
#[derive(Resource, Debug, Clone)]
pub struct OpenAtStart(pub String);

#[derive(Resource, Debug, Default)]
struct Progress {
    stage: Stage,
    frames: u32,
}

#[derive(Debug, Default, PartialEq, Eq, Clone, Copy)]
enum Stage {
    #[default]
    WaitForLibrary,
    Opened,
    Choosing(usize),
    Settle(u32),
    Capturing,
}

/// Frames to wait for loading before giving up.
const LOAD_TIMEOUT_FRAMES: u32 = 2_000;
/// Frames to let egui lay out before capturing.
const SETTLE_FRAMES: u32 = 8;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Progress>();
    app.add_systems(
        Update,
        (
            drive_screenshot.run_if(resource_exists::<ScreenshotPlan>),
            open_at_start.run_if(resource_exists::<OpenAtStart>),
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

fn drive_screenshot(
    mut commands: Commands,
    plan: Res<ScreenshotPlan>,
    mut progress: ResMut<Progress>,
    ready: Res<LibraryReady>,
    library: Res<Library>,
    session: Option<Res<Session>>,
    screen: Res<State<Screen>>,
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
    let entry = match &plan.scenario {
        Some(name) => library.find(name),
        None => library.entries.iter().find(|e| e.good.is_some()),
    };
    let scenario = entry.and_then(|e| e.good.clone());
    let path = scenario.as_ref().and_then(|s| {
        let name = plan.path.clone().unwrap_or_else(|| "model".to_owned());
        s.paths.get(&name).cloned()
    });
    let choices = path.as_ref().map(|p| p.choices.clone()).unwrap_or_default();
    match progress.stage {
        Stage::WaitForLibrary => {
            if plan.screen == Screen::Menu {
                progress.stage = Stage::Settle(0);
            } else if plan.screen == Screen::History {
                intents.write(Intent::ShowHistory);
                progress.stage = Stage::Settle(0);
            } else if let Some(entry) = entry.filter(|e| e.good.is_some()) {
                if let Some(storage) = storage.as_mut() {
                    storage.next_seed = Some(path.as_ref().map_or(0, |p| p.seed));
                }
                intents.write(Intent::Open(entry.path.clone()));
                progress.stage = Stage::Opened;
            } else {
                error!("no playable scenario for the screenshot");
                exit.write(AppExit::error());
            }
        }
        Stage::Opened => {
            if session.is_some() && *screen.get() == Screen::Play {
                progress.stage = Stage::Choosing(0);
            }
        }
        Stage::Choosing(done) => {
            let wanted = match plan.screen {
                Screen::Play => plan.turns.unwrap_or(choices.len() / 2).min(choices.len()),
                _ => choices.len(),
            };
            if done < wanted {
                intents.write(Intent::Choose(choices[done]));
                progress.stage = Stage::Choosing(done + 1);
            } else if plan.screen == Screen::Debrief && *screen.get() == Screen::Assess {
                let assessment = path.and_then(|p| p.assess).unwrap_or(Assessment::Supporter);
                intents.write(Intent::Assess {
                    assessment,
                    note: "Call Thursday after her shift.".to_owned(),
                });
                progress.stage = Stage::Settle(0);
            } else if plan.screen != Screen::Debrief {
                progress.stage = Stage::Settle(0);
            }
        }
        Stage::Settle(n) if n < SETTLE_FRAMES => progress.stage = Stage::Settle(n + 1),
        Stage::Settle(_) => {
            let out = plan.out.clone();
            commands
                .spawn(Screenshot::primary_window())
                .observe(save_to_disk(out))
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
