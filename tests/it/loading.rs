//! The app loads scenario files off the main thread, reloads changed ones, and stops waiting
//! for a file that takes too long, saying so on its card.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use doorstep::app::logic_plugin;
use doorstep::app::state::library::Library;
use doorstep::app::state::loading::{
    FileChange, FileChanges, LibraryReady, LoadTimeout, ReadScenario, ScenarioDir,
};

use super::headless::update_until;
use super::repo;

/// A scenarios folder holding the small fixture as each of `names`.
fn folder(test: &str, names: &[&str]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("doorstep-loading-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let small = std::fs::read(repo().join("tests/fixtures/small.ron")).expect("fixture");
    for name in names {
        std::fs::write(dir.join(name), &small).expect("scenario");
    }
    dir
}

fn app(dir: &Path, setup: impl FnOnce(&mut App)) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.add_plugins(logic_plugin);
    app.insert_resource(ScenarioDir {
        path: dir.to_owned(),
    });
    setup(&mut app);
    app
}

fn entry_error(app: &App, name: &str) -> Option<String> {
    let library = app.world().resource::<Library>();
    let entry = library.find(name)?;
    entry.error().map(|d| d.message.clone())
}

fn has_good(app: &App, name: &str) -> bool {
    let library = app.world().resource::<Library>();
    library.find(name).is_some_and(|e| e.good.is_some())
}

#[test]
fn a_slow_file_is_abandoned_with_a_message_and_the_app_keeps_updating() {
    let dir = folder("slow", &["quick.ron", "stuck.ron"]);
    let mut app = app(&dir, |app| {
        // A loader that never finishes in time for one file, as a hostile file would.
        app.insert_resource(ReadScenario(Arc::new(|file: &Path, shown: &str| {
            if shown.ends_with("stuck.ron") {
                std::thread::sleep(Duration::from_secs(3));
            }
            let bytes = std::fs::read(file).unwrap_or_default();
            doorstep::load_bytes(Path::new(shown), &bytes)
        })));
        app.insert_resource(LoadTimeout(Duration::from_millis(300)));
    });
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    let mut settled = false;
    while started.elapsed() < Duration::from_secs(2) {
        let update = Instant::now();
        app.update();
        slowest = slowest.max(update.elapsed());
        if app.world().resource::<LibraryReady>().0 {
            settled = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(
        settled,
        "the library settles once the slow load is abandoned"
    );
    assert!(
        started.elapsed() < Duration::from_millis(2_500),
        "without waiting for the slow file"
    );
    assert!(
        slowest < Duration::from_millis(250),
        "no update waits for a load (slowest took {slowest:?})"
    );
    assert!(has_good(&app, "quick.ron"), "the quick file loaded");
    let message = entry_error(&app, "stuck.ron").expect("the stuck file's card has a message");
    assert!(
        message.contains("took longer than 0.3 s")
            && message.contains("doorstep check")
            && message.contains("stuck.ron"),
        "{message}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_changed_file_reloads_a_broken_one_keeps_the_last_good_version_and_a_removed_one_goes() {
    let dir = folder("reload", &["kept.ron"]);
    let mut app = app(&dir, |_| {});
    assert!(update_until(&mut app, |w| w.resource::<LibraryReady>().0
        && w.resource::<Library>().entries.len() == 1));
    assert!(has_good(&app, "kept.ron"));

    std::fs::write(dir.join("kept.ron"), "Scenario(id: \"broken\"").expect("break it");
    let changes = app.world().resource::<FileChanges>().clone();
    changes.push(FileChange::Written(PathBuf::from("kept.ron")));
    assert!(update_until(&mut app, |w| {
        w.resource::<Library>()
            .find("kept.ron")
            .is_some_and(|e| e.error().is_some())
    }));
    assert!(
        has_good(&app, "kept.ron"),
        "a broken reload keeps the last good version"
    );
    let message = entry_error(&app, "kept.ron").expect("the error is shown");
    assert!(message.contains("is never closed"), "{message}");

    // A new file appears, and a swap file beside it is ignored.
    std::fs::copy(repo().join("tests/fixtures/small.ron"), dir.join("new.ron")).expect("copy");
    changes.push(FileChange::Written(PathBuf::from("new.ron")));
    changes.push(FileChange::Written(PathBuf::from(".new.ron.swp")));
    assert!(update_until(&mut app, |w| has_good_in(w, "new.ron")));

    changes.push(FileChange::Removed(PathBuf::from("kept.ron")));
    assert!(update_until(&mut app, |w| w
        .resource::<Library>()
        .find("kept.ron")
        .is_none()));
    assert_eq!(app.world().resource::<Library>().entries.len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

fn has_good_in(world: &World, name: &str) -> bool {
    world
        .resource::<Library>()
        .find(name)
        .is_some_and(|e| e.good.is_some())
}

#[test]
fn an_unreadable_file_gets_a_card_that_says_why() {
    let dir = folder("unreadable", &[]);
    std::fs::create_dir_all(dir.join("folder.ron")).expect("a folder named like a scenario");
    let mut app = app(&dir, |_| {});
    assert!(update_until(&mut app, |w| w.resource::<LibraryReady>().0
        && !w.resource::<Library>().entries.is_empty()));
    let message = entry_error(&app, "folder.ron").expect("a message");
    assert!(message.starts_with("cannot read the file"), "{message}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_scenario_deleted_or_moved_away_while_the_app_runs_leaves_the_list() {
    let dir = folder("watched", &["kept.ron", "binned.ron", "deleted.ron"]);
    let bin = dir.with_extension("bin");
    let _ = std::fs::remove_dir_all(&bin);
    std::fs::create_dir_all(&bin).expect("a bin beside it");
    let mut app = app(&dir, |app| {
        doorstep::app::file_watch::watch(app, &dir, Default::default());
    });
    assert!(update_until(&mut app, |w| w.resource::<LibraryReady>().0
        && w.resource::<Library>().entries.len() == 3));

    // Moved to the bin, as a file manager deletes: the watcher cannot tell what went.
    std::fs::rename(dir.join("binned.ron"), bin.join("binned.ron")).expect("moved away");
    std::fs::remove_file(dir.join("deleted.ron")).expect("deleted");
    let gone = update_until(&mut app, |w| {
        let library = w.resource::<Library>();
        library.find("binned.ron").is_none() && library.find("deleted.ron").is_none()
    });
    let listed: Vec<String> = app
        .world()
        .resource::<Library>()
        .entries
        .iter()
        .map(|e| e.path.clone())
        .collect();
    assert!(gone, "still listed: {listed:?}");
    assert!(has_good(&app, "kept.ron"));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&bin);
}
