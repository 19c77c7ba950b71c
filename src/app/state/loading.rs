//! Loads scenario files off the main thread into the library, and stops waiting for any that
//! take too long.
//!
//! Each file is read and checked on the async compute pool. The library learns the result when
//! it lands; a file still loading after [`LoadTimeout`] is abandoned, and its card says so while
//! the last good version stays playable. The file watcher (`file_watch.rs`) and tests report
//! changed files through [`FileChanges`].

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::tasks::{AsyncComputeTaskPool, Task, block_on, futures_lite::future};
use bevy::window::RequestRedraw;

use super::language::UiLanguage;
use super::library::Library;
use crate::app::wake::{WakeUp, Waker};
use crate::i18n::{self, Arg};
use crate::runtime::load_bytes_beside;
use crate::scenario::{Checked, Diagnostic, MAX_FILE_BYTES, Position, Severity};

/// The scenarios folder.
#[derive(Resource, Clone, Debug, Default)]
pub struct ScenarioDir {
    pub path: PathBuf,
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

    /// The name shown for a file in the folder, such as `scenarios/NAME.ron`.
    pub fn shown(&self, inside: &Path) -> String {
        format!(
            "{}/{}",
            self.label(),
            inside.to_string_lossy().replace('\\', "/")
        )
    }
}

/// The folder that portraits and fonts are loaded from.
#[derive(Resource, Debug, Clone)]
pub struct AssetsDir(pub PathBuf);

/// Whether a path names a scenario file: `.ron`, and not hidden (an editor's swap file is).
pub fn is_scenario_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ron")
        && !path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// How a file is read and checked: from its full path, naming it as shown in diagnostics.
/// Tests put a slow one in place.
#[derive(Resource, Clone)]
pub struct ReadScenario(pub Arc<dyn Fn(&Path, &str) -> Checked + Send + Sync>);

impl Default for ReadScenario {
    fn default() -> Self {
        ReadScenario(Arc::new(read_and_check))
    }
}

/// Reads a scenario file (one byte past the size limit, so an oversized one is caught without
/// reading it all) and checks it; a file that cannot be read becomes one error.
fn read_and_check(file: &Path, shown: &str) -> Checked {
    let mut bytes = Vec::new();
    let read =
        std::fs::File::open(file).and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes));
    match read {
        // A follow-up is checked against the first conversation beside it, as `check` does.
        Ok(_) => load_bytes_beside(Path::new(shown), &bytes, file.parent()),
        Err(e) => failed(shown, format!("cannot read the file: {e}")),
    }
}

fn failed(shown: &str, message: String) -> Checked {
    Checked {
        path: PathBuf::from(shown),
        scenario: None,
        diagnostics: vec![Diagnostic {
            path: PathBuf::from(shown),
            position: Position::START,
            severity: Severity::Error,
            message,
        }],
    }
}

/// How long a file may take to load before the app stops waiting for it. Every file within the
/// size limit checks in a few seconds at most, so only a damaged disk or a hostile file that
/// slipped past the limits would get here.
#[derive(Resource, Clone, Copy, Debug)]
pub struct LoadTimeout(pub Duration);

impl Default for LoadTimeout {
    fn default() -> Self {
        LoadTimeout(Duration::from_secs(10))
    }
}

/// Files that changed since the last update, as the watcher or a test reports them.
#[derive(Resource, Clone, Default)]
pub struct FileChanges(Arc<Mutex<Vec<FileChange>>>);

/// A change to a file in the scenarios folder, by its path inside the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileChange {
    Written(PathBuf),
    Removed(PathBuf),
}

impl FileChanges {
    pub fn push(&self, change: FileChange) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(change);
    }

    fn take(&self) -> Vec<FileChange> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

/// One file being loaded.
struct Job {
    shown: String,
    started: Instant,
    task: Task<Checked>,
    /// Wakes an idle app when the load is overdue, to say so; called off with the job.
    _deadline: Option<WakeUp>,
}

/// The files being loaded. Dropping a job abandons it: a load not yet begun never runs, and
/// one under way finishes on its thread and is thrown away.
#[derive(Resource, Default)]
pub struct Loading {
    jobs: Vec<Job>,
    /// Whether the folder has been listed, so that "nothing loading" means "all loaded".
    listed: bool,
}

impl Loading {
    pub fn is_busy(&self) -> bool {
        !self.listed || !self.jobs.is_empty()
    }
}

/// Why the scenarios folder could not be listed (the folder, the system's error), kept as it is
/// so that the library's message follows the interface's language.
#[derive(Resource, Debug, Default)]
struct FolderUnreadable(Option<(PathBuf, String)>);

/// True once every file in the scenario folder has been loaded into the library (or abandoned).
#[derive(Resource, Debug, Default)]
pub struct LibraryReady(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ReadScenario>();
    app.init_resource::<LoadTimeout>();
    app.init_resource::<FileChanges>();
    app.init_resource::<Loading>();
    app.init_resource::<LibraryReady>();
    app.init_resource::<FolderUnreadable>();
    app.add_systems(Startup, list_scenarios);
    app.add_systems(
        PreUpdate,
        (
            word_folder_problem,
            start_changed_loads,
            finish_loads,
            mark_library_ready,
        )
            .chain(),
    );
}

/// Starts loading a file, replacing any load of it still under way (the file changed again).
fn start_load(
    loading: &mut Loading,
    read: &ReadScenario,
    timeout: LoadTimeout,
    waker: Option<&Waker>,
    file: PathBuf,
    shown: String,
) {
    loading.jobs.retain(|job| job.shown != shown);
    let read = Arc::clone(&read.0);
    let task_waker = waker.cloned();
    let name = shown.clone();
    let task = AsyncComputeTaskPool::get().spawn(async move {
        let checked = read(&file, &name);
        // The task counts as finished a moment after this wake-up, so keep updating briefly.
        if let Some(waker) = task_waker {
            waker.poke(Duration::from_millis(250));
        }
        checked
    });
    // An idle app looks again only on input; wake it when the wait is over, to say so.
    let deadline = waker.map(|waker| {
        waker.poke_after(
            timeout.0 + Duration::from_millis(50),
            Duration::from_millis(250),
        )
    });
    loading.jobs.push(Job {
        shown,
        started: Instant::now(),
        task,
        _deadline: deadline,
    });
}

fn list_scenarios(
    dir: Option<Res<ScenarioDir>>,
    read: Res<ReadScenario>,
    timeout: Res<LoadTimeout>,
    waker: Option<Res<Waker>>,
    mut unreadable: ResMut<FolderUnreadable>,
    mut loading: ResMut<Loading>,
) {
    loading.listed = true;
    let Some(dir) = dir else {
        return;
    };
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir.path) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| is_scenario_file(p))
            .collect(),
        Err(e) => {
            unreadable.0 = Some((dir.path.clone(), e.to_string()));
            Vec::new()
        }
    };
    files.sort();
    for file in files {
        if let Some(name) = file.file_name() {
            let shown = dir.shown(Path::new(name));
            start_load(&mut loading, &read, *timeout, waker.as_deref(), file, shown);
        }
    }
}

/// The library's message about an unreadable folder, in the interface's language.
fn word_folder_problem(
    unreadable: Res<FolderUnreadable>,
    language: Res<UiLanguage>,
    mut library: ResMut<Library>,
) {
    if !unreadable.is_changed() && !language.is_changed() {
        return;
    }
    if let Some((folder, error)) = &unreadable.0 {
        library.problem = Some(i18n::text_with(
            language.0,
            "status-folder-unreadable",
            &[
                ("folder", Arg::from(folder.display().to_string())),
                ("error", Arg::from(error.as_str())),
            ],
        ));
    }
}

fn start_changed_loads(
    dir: Option<Res<ScenarioDir>>,
    changes: Res<FileChanges>,
    read: Res<ReadScenario>,
    timeout: Res<LoadTimeout>,
    waker: Option<Res<Waker>>,
    mut loading: ResMut<Loading>,
    mut library: ResMut<Library>,
) {
    let changes = changes.take();
    let Some(dir) = dir else {
        return;
    };
    for change in changes {
        match change {
            // A file written and gone again before this look (an editor's save, then a
            // delete) is a removal: reading it would list it with a "cannot read" error.
            FileChange::Written(inside)
                if is_scenario_file(&inside) && dir.path.join(&inside).exists() =>
            {
                let shown = dir.shown(&inside);
                let file = dir.path.join(&inside);
                start_load(&mut loading, &read, *timeout, waker.as_deref(), file, shown);
            }
            FileChange::Written(inside) | FileChange::Removed(inside)
                if is_scenario_file(&inside) =>
            {
                let shown = dir.shown(&inside);
                loading.jobs.retain(|job| job.shown != shown);
                library.remove(&shown);
            }
            _ => {}
        }
    }
}

fn finish_loads(
    timeout: Res<LoadTimeout>,
    language: Res<UiLanguage>,
    mut loading: ResMut<Loading>,
    mut library: ResMut<Library>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if loading.jobs.is_empty() {
        return;
    }
    for mut job in std::mem::take(&mut loading.jobs) {
        if let Some(checked) = block_on(future::poll_once(&mut job.task)) {
            library.update(&job.shown, checked);
            #[cfg(feature = "dev")]
            crate::app::timing::note_reload(&job.shown);
            redraw.write(RequestRedraw);
        } else if job.started.elapsed() > timeout.0 {
            let kept = library
                .get(&job.shown)
                .is_some_and(|entry| entry.good.is_some());
            let message = i18n::text_with(
                language.0,
                if kept {
                    "status-load-timeout-kept"
                } else {
                    "status-load-timeout"
                },
                &[
                    ("seconds", Arg::from(timeout.0.as_secs_f32().to_string())),
                    ("file", Arg::from(job.shown.as_str())),
                ],
            );
            library.update(&job.shown, failed(&job.shown, message));
            redraw.write(RequestRedraw);
        } else {
            loading.jobs.push(job);
        }
    }
}

fn mark_library_ready(loading: Res<Loading>, mut ready: ResMut<LibraryReady>) {
    let settled = !loading.is_busy();
    if ready.0 != settled {
        ready.0 = settled;
    }
}
