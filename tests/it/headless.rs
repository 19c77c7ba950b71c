//! A headless app for tests: `MinimalPlugins`, `StatesPlugin` and the app's logic, with two
//! shipped scenarios loaded and a scratch folder for saved data.

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use doorstep::app::intent::Intent;
use doorstep::app::logic_plugin;
use doorstep::app::screen::Screen;
use doorstep::app::state::library::Library;
use doorstep::app::state::storage::Storage;

use super::repo;

/// A fresh app whose conversations use `seed`; `name` keeps each test's saved data apart.
pub fn app(name: &str, seed: u64) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.add_plugins(logic_plugin);
    let mut library = Library::default();
    for file in ["tenant-door.ron", "rally-kei.ron"] {
        let checked = doorstep::load_file(&repo().join("scenarios").join(file)).expect("readable");
        library.update(&format!("scenarios/{file}"), checked);
    }
    app.insert_resource(library);
    let dir = std::env::temp_dir().join(format!("doorstep-headless-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut storage = Storage::open(dir);
    storage.next_seed = Some(seed);
    app.insert_resource(storage);
    app.update();
    app
}

/// Sends an intent and lets the state change land (it shows one update later).
pub fn send(app: &mut App, intent: Intent) {
    app.world_mut().write_message(intent);
    app.update();
    app.update();
}

/// Updates the app until `done` holds, as work on Bevy's task pools lands some updates later;
/// false if it still does not hold after 30 seconds. Quick when the work is (a loaded machine,
/// such as CI running two builds, can take seconds to schedule a pool's task).
pub fn update_until(app: &mut App, done: impl Fn(&World) -> bool) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while std::time::Instant::now() < deadline {
        if done(app.world()) {
            return true;
        }
        app.update();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    done(app.world())
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}
