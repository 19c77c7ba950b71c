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
/// them to settle makes it one reload. (Public for tests, with a `Waker` that wakes nothing.)
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
                let found = changes_of(event);
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

/// The scenario files an event from the watcher is about. A file moved out of the folder (to
/// the bin, say) comes as a removal of unknown kind, as the watcher can no longer tell a file
/// from a folder; it is a removal all the same.
fn changes_of(event: AssetSourceEvent) -> Vec<FileChange> {
    match event {
        AssetSourceEvent::AddedAsset(path) | AssetSourceEvent::ModifiedAsset(path) => {
            vec![FileChange::Written(path)]
        }
        AssetSourceEvent::RemovedAsset(path)
        | AssetSourceEvent::RemovedUnknown {
            path,
            is_meta: false,
        } => vec![FileChange::Removed(path)],
        AssetSourceEvent::RenamedAsset { old, new } => {
            vec![FileChange::Removed(old), FileChange::Written(new)]
        }
        _ => Vec::new(),
    }
}
