//! Builds and runs the windowed app from the command-line options.

use std::path::{Path, PathBuf};

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::EguiPlugin;

use super::file_watch;
use super::options::Options;
use super::screen::Screen;
use super::screenshot::{OpenAtStart, OpenRoomAtStart, ScreenshotPlan};
use super::state::language::LanguageOverride;
use super::state::loading::{AssetsDir, ScenarioDir};
use super::state::prefs::Prefs;
use super::state::storage::Storage;
use super::wake::Waker;
use super::{logic_plugin, ui_plugin};
use crate::store;

/// Finds a folder next to the working directory or, for an installed binary, near the executable.
pub fn find_dir(name: &str) -> PathBuf {
    let here = PathBuf::from(name);
    if here.is_dir() {
        return std::path::absolute(&here).unwrap_or(here);
    }
    let from_exe = std::env::current_exe().ok().and_then(|exe| {
        exe.ancestors()
            .skip(1)
            .take(4)
            .map(|dir| dir.join(name))
            .find(|dir| dir.is_dir())
    });
    from_exe.unwrap_or(here)
}

/// Runs the app until its window closes; returns whether it ended cleanly.
pub fn run(options: Options) -> AppExit {
    #[cfg(feature = "dev")]
    if options.bare {
        return super::bare::run_bare();
    }
    // The saved preference is not read yet: the terminal gets `--lang`, else the system's.
    explain_missing_gpu(options.lang.unwrap_or_else(crate::i18n::detect));
    let scenarios_dir = options
        .scenarios
        .clone()
        .unwrap_or_else(|| find_dir("scenarios"));
    // The watcher resolves a relative folder against the executable's, not the working one.
    let scenarios_dir = std::path::absolute(&scenarios_dir).unwrap_or(scenarios_dir);
    let assets_dir = find_dir("assets");
    let screenshot = options.screenshot.clone().map(|out| ScreenshotPlan {
        out,
        screen: options.screen,
        scenario: options.scenario.clone(),
        path: options.script.clone(),
        stage: options.stage,
        projector: options.projector,
        free: options.free,
        say: options.say.clone(),
        audience: options.audience || options.audience_view,
        capture_audience: options.audience_view,
    });
    let mut app = App::new();
    let waker = Waker::default();
    app.insert_resource(waker.clone());
    file_watch::watch(&mut app, &scenarios_dir, waker);
    app.insert_resource(ScenarioDir {
        path: scenarios_dir,
    });
    let title = crate::i18n::text(
        options.lang.unwrap_or_else(crate::i18n::detect),
        "app-window-title",
    );
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title,
                    resolution: WindowResolution::new(options.size.0, options.size.1),
                    ..default()
                }),
                // Closing the trainer's window ends the app, even with the audience window open.
                exit_condition: bevy::window::ExitCondition::OnPrimaryClosed,
                ..default()
            })
            .set(AssetPlugin {
                file_path: absolute(&assets_dir),
                ..default()
            }),
    );
    app.add_plugins(EguiPlugin::default());
    app.add_plugins((logic_plugin, ui_plugin));
    // A screenshot is a made-up session: it reads and writes a scratch folder of its own,
    // never the trainee's History or settings.
    let data_dir = match &screenshot {
        Some(_) => {
            let scratch =
                std::env::temp_dir().join(format!("doorstep-screenshot-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&scratch);
            scratch
        }
        None => store::data_dir(),
    };
    let mut storage = Storage::open(data_dir);
    let mut prefs: Prefs = storage.load_prefs();
    if let Some(scale) = options.scale {
        prefs.scale = scale;
    }
    if let Some(plan) = &screenshot {
        storage.next_seed = Some(0);
        if plan.screen == Screen::Play || plan.screen == Screen::Debrief {
            prefs.show_tracker = true;
            prefs.show_airtime = true;
        }
    }
    app.insert_resource(storage);
    app.insert_resource(prefs);
    app.insert_resource(LanguageOverride(options.lang));
    if let Some(plan) = screenshot {
        app.insert_resource(plan);
    } else if let Some(open) = options.open {
        app.insert_resource(OpenAtStart(open));
    } else if let Some(folder) = options.room {
        app.insert_resource(OpenRoomAtStart(folder));
    }
    app.insert_resource(AssetsDir(assets_dir));
    app.add_systems(Startup, spawn_camera);
    app.run()
}

fn absolute(path: &Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_owned())
        .to_string_lossy()
        .into_owned()
}

fn spawn_camera(mut commands: Commands) {
    commands.spawn(Camera2d);
}

/// Bevy panics with "Unable to find a GPU!" when no Vulkan driver is installed; say what to do.
fn explain_missing_gpu(language: crate::i18n::Language) {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        if message.contains("Unable to find a GPU") || message.contains("adapter") {
            eprintln!(
                "{}\n    sudo apt-get install mesa-vulkan-drivers\n{}",
                crate::i18n::text(language, "status-no-gpu"),
                crate::i18n::text(language, "status-no-gpu-after")
            );
            std::process::exit(3);
        }
        default_hook(info);
    }));
}
