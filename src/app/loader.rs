//! Loads scenario files through Bevy's asset server, and hot-reloads them when they change.
//!
//! The app redraws only on input, so a change seen by the file watcher would wait for the
//! next key press. The watcher here forwards each event and wakes the event loop, and the
//! app keeps drawing for a moment until the reloaded file has been applied.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bevy::asset::io::{AssetSource, AssetSourceBuilder};
use bevy::asset::{AssetLoader, LoadContext, LoadedFolder, io::Reader};
use bevy::prelude::*;
use bevy::tasks::futures_lite::AsyncReadExt;
use bevy::window::RequestRedraw;
use bevy::winit::{EventLoopProxyWrapper, WinitUserEvent};

use super::library::Library;
use crate::scenario::{Checked, MAX_FILE_BYTES, load_bytes};

/// A scenario file as loaded: the checked result, errors included.
#[derive(Asset, TypePath, Debug)]
pub struct ScenarioFile {
    pub checked: Checked,
}

#[derive(Default, TypePath)]
struct ScenarioLoader;

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
        let path = display_path(context.path().path());
        Ok(ScenarioFile {
            checked: load_bytes(Path::new(&path), &bytes),
        })
    }

    fn extensions(&self) -> &[&str] {
        &["ron"]
    }
}

/// The name shown for a scenario file: `scenarios/NAME.ron`.
fn display_path(inside: &Path) -> String {
    format!("scenarios/{}", inside.to_string_lossy().replace('\\', "/"))
}

/// Wakes the event loop from the file-watcher thread.
#[derive(Resource, Clone, Default)]
pub struct Waker {
    wake: Arc<Mutex<Option<Box<dyn Fn() + Send>>>>,
    /// Milliseconds since `epoch` until which the app keeps drawing.
    awake_until: Arc<AtomicU64>,
    epoch: Arc<Mutex<Option<Instant>>>,
}

impl Waker {
    fn now_ms(&self) -> u64 {
        let mut epoch = self.epoch.lock().unwrap_or_else(|e| e.into_inner());
        epoch.get_or_insert_with(Instant::now).elapsed().as_millis() as u64
    }

    /// Called from the watcher thread when a file changed.
    pub fn poke(&self, keep_drawing: Duration) {
        let until = self.now_ms() + keep_drawing.as_millis() as u64;
        self.awake_until.fetch_max(until, Ordering::Relaxed);
        if let Some(wake) = self.wake.lock().unwrap_or_else(|e| e.into_inner()).as_ref() {
            wake();
        }
    }

    fn is_awake(&self) -> bool {
        self.now_ms() < self.awake_until.load(Ordering::Relaxed)
    }
}

/// The folder handle, which keeps every scenario loaded.
#[derive(Resource)]
struct ScenarioFolder(Handle<LoadedFolder>);

/// Registers the `scenarios://` asset source. Must run before `DefaultPlugins`.
pub fn register_source(app: &mut App, dir: &Path, waker: Waker) {
    let dir = dir.to_string_lossy().into_owned();
    let mut default_watcher =
        AssetSource::get_default_watcher(dir.clone(), Duration::from_millis(40));
    let source =
        AssetSourceBuilder::new(AssetSource::get_default_reader(dir)).with_watcher(move |sender| {
            let (forward, events) = async_channel::unbounded();
            let watcher = default_watcher(forward)?;
            let waker = waker.clone();
            std::thread::Builder::new()
                .name("scenario-watch".into())
                .spawn(move || {
                    while let Ok(event) = events.recv_blocking() {
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
    app.init_resource::<Waker>();
    app.init_resource::<LibraryReady>();
    app.add_systems(Startup, (load_scenarios, connect_waker));
    app.add_systems(
        PreUpdate,
        (
            sync_library,
            mark_library_ready,
            keep_drawing_while_reloading,
        )
            .chain(),
    );
}

fn load_scenarios(mut commands: Commands, assets: Res<AssetServer>) {
    commands.insert_resource(ScenarioFolder(assets.load_folder("scenarios://")));
}

fn connect_waker(waker: Res<Waker>, proxy: Option<Res<EventLoopProxyWrapper>>) {
    if let Some(proxy) = proxy {
        let proxy = (**proxy).clone();
        *waker.wake.lock().unwrap_or_else(|e| e.into_inner()) = Some(Box::new(move || {
            let _ = proxy.send_event(WinitUserEvent::WakeUp);
        }));
    }
}

fn sync_library(
    mut events: MessageReader<AssetEvent<ScenarioFile>>,
    files: Res<Assets<ScenarioFile>>,
    assets: Res<AssetServer>,
    mut library: ResMut<Library>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    for event in events.read() {
        match event {
            AssetEvent::Added { id } | AssetEvent::Modified { id } => {
                if let (Some(file), Some(path)) = (files.get(*id), assets.get_path(*id)) {
                    let shown = display_path(path.path());
                    library.update(&shown, file.checked.clone());
                    super::timing::note_reload(&shown);
                    redraw.write(RequestRedraw);
                }
            }
            AssetEvent::Removed { id } => {
                if let Some(path) = assets.get_path(*id) {
                    library.remove(&display_path(path.path()));
                }
            }
            _ => {}
        }
    }
}

fn keep_drawing_while_reloading(waker: Res<Waker>, mut redraw: MessageWriter<RequestRedraw>) {
    if waker.is_awake() {
        redraw.write(RequestRedraw);
    }
}

/// True once every file in the scenario folder has been loaded into the library.
#[derive(Resource, Debug, Default)]
pub struct LibraryReady(pub bool);

fn mark_library_ready(
    folder: Option<Res<ScenarioFolder>>,
    assets: Res<AssetServer>,
    folders: Res<Assets<LoadedFolder>>,
    library: Res<Library>,
    mut ready: ResMut<LibraryReady>,
) {
    if ready.0 {
        return;
    }
    let Some(folder) = folder else { return };
    if assets.is_loaded_with_dependencies(folder.0.id())
        && folders
            .get(&folder.0)
            .is_some_and(|f| library.entries.len() >= f.handles.len())
    {
        ready.0 = true;
    }
}
