//! Room results: a folder of bundles read off the frame, its report, and writing it out.
//!
//! Reading a folder can take a moment (a USB stick, a thousand attempts), so `room::gather`
//! runs on Bevy's async compute pool, as the advice search does, and the screen says so
//! meanwhile.

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bevy::prelude::*;
use bevy::tasks::{AsyncComputeTaskPool, Task, block_on};

use super::ApplyIntents;
use super::language::UiLanguage;
use super::storage::Storage;
use super::ui::RoomState;
use crate::app::intent::RoomFormat;
use crate::app::screen::Screen;
use crate::app::wake::Waker;
use crate::i18n::{Arg, Language, text_with};
use crate::room::{self, Room, RoomReport, xapi};
use crate::store::export::{export_stem, write_export};

/// A request about the room's results.
#[derive(Message, Debug, Clone, PartialEq)]
pub(crate) enum RoomCommand {
    /// Read this folder (again), replacing what was shown.
    Gather(PathBuf),
    Export(RoomFormat),
}

/// A folder read, and what the room did there.
#[derive(Debug)]
pub struct Gathered {
    pub folder: PathBuf,
    pub room: Room,
    pub report: RoomReport,
}

/// What the Room screen shows: the folder being read, the last one read, and messages.
#[derive(Resource, Debug, Default)]
pub struct RoomResults {
    /// A folder being read; dropping it throws the result away.
    pub gathering: Option<(PathBuf, Task<Result<Gathered, String>>)>,
    pub gathered: Option<Gathered>,
    /// Why the last folder could not be read at all (missing, not a folder).
    pub failed: Option<String>,
    /// A short message about the last export ("Saved …").
    pub notice: Option<String>,
}

impl RoomResults {
    /// The folder being read, if one is.
    pub fn reading(&self) -> Option<&PathBuf> {
        self.gathering.as_ref().map(|(folder, _)| folder)
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<RoomCommand>();
    app.init_resource::<RoomResults>();
    app.add_systems(
        Update,
        (
            handle_room_commands.in_set(ApplyIntents::Handle),
            land_room.after(ApplyIntents::Handle),
        ),
    );
    app.add_systems(OnEnter(Screen::Room), forget_notice);
}

/// A message about an earlier export is not news on coming back.
fn forget_notice(mut results: ResMut<RoomResults>) {
    results.notice = None;
}

fn handle_room_commands(
    mut received: MessageReader<RoomCommand>,
    mut results: ResMut<RoomResults>,
    mut form: ResMut<RoomState>,
    storage: Option<Res<Storage>>,
    waker: Option<Res<Waker>>,
    language: Res<UiLanguage>,
) {
    for command in received.read() {
        match command.clone() {
            RoomCommand::Gather(folder) => {
                let waker = waker.as_deref().cloned();
                let reading = folder.clone();
                let task = AsyncComputeTaskPool::get().spawn(async move {
                    let gathered = gather(reading);
                    if let Some(waker) = waker {
                        waker.poke(Duration::from_millis(250));
                    }
                    gathered
                });
                // The field shows the folder read, also when it came from `--room`.
                form.folder = folder.display().to_string();
                results.gathering = Some((folder, task));
                results.failed = None;
                results.notice = None;
            }
            RoomCommand::Export(format) => {
                let (Some(storage), Some(gathered)) = (storage.as_deref(), &results.gathered)
                else {
                    continue;
                };
                results.notice = Some(export(storage, gathered, format, language.0));
            }
        }
    }
}

/// Reads the folder and counts the report, on a pool thread.
fn gather(folder: PathBuf) -> Result<Gathered, String> {
    let room = room::gather(&folder).map_err(|e| e.to_string())?;
    let report = room::report(&room);
    Ok(Gathered {
        folder,
        room,
        report,
    })
}

/// Shows a folder once it has been read.
fn land_room(mut results: ResMut<RoomResults>) {
    if !results
        .gathering
        .as_ref()
        .is_some_and(|(_, task)| task.is_finished())
    {
        return;
    }
    let Some((_, task)) = results.gathering.take() else {
        return;
    };
    match block_on(task) {
        Ok(gathered) => results.gathered = Some(gathered),
        Err(why) => results.failed = Some(why),
    }
}

/// Writes the results into the exports folder; returns what to tell the trainer. The Markdown
/// is in the interface's language; CSV and xAPI are data, the same in every language.
fn export(
    storage: &Storage,
    gathered: &Gathered,
    format: RoomFormat,
    language: Language,
) -> String {
    let body = match format {
        RoomFormat::Markdown => Ok(room::markdown_in(&gathered.report, language).into_bytes()),
        RoomFormat::Csv => room::csv(&gathered.room).map_err(|e| e.to_string()),
        RoomFormat::Xapi => {
            let statements = xapi::statements(&gathered.room, &xapi::Base::default());
            serde_json::to_vec_pretty(&statements).map_err(|e| e.to_string())
        }
    };
    let (kind, extension) = match format {
        RoomFormat::Markdown => ("results", "md"),
        RoomFormat::Csv => ("results", "csv"),
        RoomFormat::Xapi => ("xapi", "json"),
    };
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let stem = export_stem("room", Some(kind), now);
    let failed = |error: String| {
        text_with(
            language,
            "room-screen-export-failed",
            &[("error", Arg::from(error))],
        )
    };
    match body.map(|bytes| write_export(&storage.data_dir, &stem, extension, &bytes)) {
        Ok(Ok(path)) => text_with(
            language,
            "room-screen-exported",
            &[("path", Arg::from(path.display().to_string()))],
        ),
        Ok(Err(e)) => failed(e.to_string()),
        Err(e) => failed(e),
    }
}
