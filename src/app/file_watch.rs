//! Watches the scenarios folder and reports changed files for loading (`state/loading.rs`).
//!
//! The app redraws only on input, so a change seen by the watcher would wait for the next key
//! press: each change also wakes the event loop.

use std::path::Path;
use std::time::Duration;

use bevy::asset::io::{AssetSource, AssetSourceEvent, AssetWatcher};
use bevy::prelude::*;

use super::state::loading::{FileChange, FileChanges};
use super::wake::Waker;

/// Keeps the folder watched for as long as the app runs.
#[derive(Resource)]
struct Watching(#[allow(dead_code)] Box<dyn AssetWatcher>);

/// Starts watching `dir`. An editor's save can arrive as several events; waiting 40 ms for
/// them to settle makes it one reload.
pub fn watch(app: &mut App, dir: &Path, waker: Waker) {
    let changes = FileChanges::default();
    app.insert_resource(changes.clone());
    let mut make_watcher = AssetSource::get_default_watcher(
        dir.to_string_lossy().into_owned(),
        Duration::from_millis(40),
    );
    let (sender, events) = async_channel::unbounded();
    let Some(watcher) = make_watcher(sender) else {
        return;
    };
    app.insert_resource(Watching(watcher));
    let _ = std::thread::Builder::new()
        .name("scenario-watch".into())
        .spawn(move || {
            while let Ok(event) = events.recv_blocking() {
                let found = match event {
                    AssetSourceEvent::AddedAsset(path) | AssetSourceEvent::ModifiedAsset(path) => {
                        vec![FileChange::Written(path)]
                    }
                    AssetSourceEvent::RemovedAsset(path) => vec![FileChange::Removed(path)],
                    AssetSourceEvent::RenamedAsset { old, new } => {
                        vec![FileChange::Removed(old), FileChange::Written(new)]
                    }
                    _ => Vec::new(),
                };
                if found.is_empty() {
                    continue;
                }
                for change in found {
                    changes.push(change);
                }
                waker.poke(Duration::from_millis(250));
            }
        });
}
