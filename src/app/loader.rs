//! Loads scenario files through Bevy's asset server, and hot-reloads them when they change.
//!
//! The app redraws only on input, so a change seen by the file watcher would wait for the
//! next key press. The watcher here forwards each event and wakes the event loop, and the
//! app keeps drawing for a moment until the reloaded file has been applied.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bevy::asset::io::AssetSourceEvent;
use bevy::asset::io::{AssetSource, AssetSourceBuilder};
use bevy::asset::{AssetLoader, LoadContext, io::Reader};
use bevy::prelude::*;
use bevy::tasks::futures_lite::AsyncReadExt;
use bevy::window::RequestRedraw;

use super::state::library::Library;
use super::wake::Waker;
use crate::runtime::load_bytes;
use crate::scenario::{Checked, MAX_FILE_BYTES};

/// A scenario file as loaded: the checked result, errors included.
#[derive(Asset, TypePath, Debug)]
pub struct ScenarioFile {
    pub checked: Checked,
}

#[derive(TypePath)]
struct ScenarioLoader {
    /// How the scenarios folder is named in diagnostics.
    label: String,
}

impl FromWorld for ScenarioLoader {
    fn from_world(world: &mut World) -> Self {
        ScenarioLoader {
            label: world
                .get_resource::<ScenarioDir>()
                .map_or_else(|| "scenarios".to_owned(), ScenarioDir::label),
        }
    }
}

impl AssetLoader for ScenarioLoader {
    type Asset = ScenarioFile;
    type Settings = ();
    type Error = std::io::Error;

    async fn load(
        &self,
        reader: &mut dyn Reader,
        _settings: &(),
        context: &mut LoadContext<'_>,
    ) -> Result<ScenarioFile, Self::Error> {
        let mut bytes = Vec::new();
        reader
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .await?;
        let path = display_path(&self.label, context.path().path());
        Ok(ScenarioFile {
            checked: load_bytes(Path::new(&path), &bytes),
        })
    }

    fn extensions(&self) -> &[&str] {
        &["ron"]
    }
}

/// The name shown for a scenario file, such as `scenarios/NAME.ron`.
fn display_path(folder: &str, inside: &Path) -> String {
    format!("{folder}/{}", inside.to_string_lossy().replace('\\', "/"))
}

/// Every scenario file being loaded; holding the handles keeps them loaded and watched.
#[derive(Resource, Default)]
struct ScenarioHandles(Vec<Handle<ScenarioFile>>);

/// The scenarios folder, and `.ron` files the watcher saw appear there since start-up.
/// Only `.ron` files are loaded: a README or an editor's swap file beside them is ignored.
#[derive(Resource, Clone, Default)]
pub struct ScenarioDir {
    pub path: std::path::PathBuf,
    added: Arc<Mutex<Vec<std::path::PathBuf>>>,
}

impl ScenarioDir {
    /// The folder as the user would name it: relative to the working directory when inside it.
    pub fn label(&self) -> String {
        let relative = std::env::current_dir()
            .ok()
            .and_then(|cwd| self.path.strip_prefix(cwd).ok().map(Path::to_owned));
        let shown = relative
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| self.path.clone());
        shown
            .to_string_lossy()
            .trim_end_matches('/')
            .replace('\\', "/")
    }
}

fn is_scenario_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ron")
        && !path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// Registers the `scenarios://` asset source. Must run before `DefaultPlugins`.
pub fn register_source(app: &mut App, dir: &Path, waker: Waker) {
    let scenario_dir = ScenarioDir {
        path: dir.to_owned(),
        added: Arc::default(),
    };
    app.insert_resource(scenario_dir.clone());
    let dir = dir.to_string_lossy().into_owned();
    let mut default_watcher =
        AssetSource::get_default_watcher(dir.clone(), Duration::from_millis(40));
    let source =
        AssetSourceBuilder::new(AssetSource::get_default_reader(dir)).with_watcher(move |sender| {
            let (forward, events) = async_channel::unbounded();
            let watcher = default_watcher(forward)?;
            let waker = waker.clone();
            let added = Arc::clone(&scenario_dir.added);
            std::thread::Builder::new()
                .name("scenario-watch".into())
                .spawn(move || {
                    while let Ok(event) = events.recv_blocking() {
                        if let AssetSourceEvent::AddedAsset(path) = &event
                            && is_scenario_file(path)
                        {
                            added
                                .lock()
                                .unwrap_or_else(|e| e.into_inner())
                                .push(path.clone());
                        }
                        if sender.send_blocking(event).is_err() {
                            break;
                        }
                        waker.poke(Duration::from_millis(1500));
                    }
                })
                .ok()?;
            Some(watcher)
        });
    app.register_asset_source("scenarios", source);
}

pub(super) fn plugin(app: &mut App) {
    app.init_asset::<ScenarioFile>();
    app.init_asset_loader::<ScenarioLoader>();
    app.init_resource::<LibraryReady>();
    app.init_resource::<ScenarioHandles>();
    app.init_resource::<ScenarioDir>();
    app.add_systems(Startup, load_scenarios);
    app.add_systems(
        PreUpdate,
        (load_new_files, sync_library, mark_library_ready).chain(),
    );
}

fn load_scenarios(
    dir: Res<ScenarioDir>,
    assets: Res<AssetServer>,
    mut handles: ResMut<ScenarioHandles>,
    mut library: ResMut<Library>,
) {
    let mut files: Vec<std::path::PathBuf> = match std::fs::read_dir(&dir.path) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| is_scenario_file(p))
            .collect(),
        Err(e) => {
            library.problem = Some(format!(
                "Cannot read the scenarios folder {}: {e}",
                dir.path.display()
            ));
            Vec::new()
        }
    };
    files.sort();
    for file in files {
        if let Some(name) = file.file_name() {
            handles
                .0
                .push(assets.load(format!("scenarios://{}", name.to_string_lossy())));
        }
    }
}

fn load_new_files(
    dir: Res<ScenarioDir>,
    assets: Res<AssetServer>,
    mut handles: ResMut<ScenarioHandles>,
) {
    let added: Vec<std::path::PathBuf> =
        std::mem::take(&mut *dir.added.lock().unwrap_or_else(|e| e.into_inner()));
    for path in added {
        handles.0.push(assets.load(format!(
            "scenarios://{}",
            path.to_string_lossy().replace('\\', "/")
        )));
    }
}

fn sync_library(
    mut events: MessageReader<AssetEvent<ScenarioFile>>,
    files: Res<Assets<ScenarioFile>>,
    assets: Res<AssetServer>,
    dir: Res<ScenarioDir>,
    mut library: ResMut<Library>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    for event in events.read() {
        match event {
            AssetEvent::Added { id } | AssetEvent::Modified { id } => {
                if let (Some(file), Some(path)) = (files.get(*id), assets.get_path(*id)) {
                    let shown = display_path(&dir.label(), path.path());
                    library.update(&shown, file.checked.clone());
                    #[cfg(feature = "dev")]
                    super::timing::note_reload(&shown);
                    redraw.write(RequestRedraw);
                }
            }
            AssetEvent::Removed { id } => {
                if let Some(path) = assets.get_path(*id) {
                    library.remove(&display_path(&dir.label(), path.path()));
                }
            }
            _ => {}
        }
    }
}

/// True once every file in the scenario folder has been loaded into the library.
#[derive(Resource, Debug, Default)]
pub struct LibraryReady(pub bool);

fn mark_library_ready(
    handles: Res<ScenarioHandles>,
    assets: Res<AssetServer>,
    library: Res<Library>,
    mut ready: ResMut<LibraryReady>,
) {
    if ready.0 {
        return;
    }
    // Loaded is not enough: the library learns of a file from its asset event, a frame later.
    let settled = handles
        .0
        .iter()
        .all(|h| assets.is_loaded(h.id()) || assets.load_state(h.id()).is_failed());
    let loaded = handles
        .0
        .iter()
        .filter(|h| assets.is_loaded(h.id()))
        .count();
    ready.0 = settled && library.entries.len() >= loaded;
}
