//! Gathering a room: every bundle and attempt file in a folder tree, read on several threads,
//! then each attempt counted once and put with the trainee who made it (`assign.rs`).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::assign::{Source, SourceKind, assemble};
use super::identity::AttemptId;
use super::model::{Room, RoomAttempt, Skipped};
use super::read::{Contents, read_file};
use super::walk::walk;
use crate::runtime::Entry;
use crate::store::history::Attempt;

/// The folder given could not be read at all. Problems with the files in it are never errors:
/// they are listed in [`Room::skipped`].
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct GatherError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// Most threads used to read: reading is mostly parsing, and a few cores are plenty.
const MAX_THREADS: usize = 8;

/// Reads every bundle and attempt in `folder` and its subfolders (or the one file `folder`
/// names), on as many threads as the machine has cores, up to eight.
pub fn gather(folder: &Path) -> Result<Room, GatherError> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    gather_on(folder, threads.min(MAX_THREADS))
}

/// [`gather`] on a given number of threads (at least one).
pub fn gather_on(folder: &Path, threads: usize) -> Result<Room, GatherError> {
    let found = walk(folder).map_err(|source| GatherError {
        path: folder.to_owned(),
        source,
    })?;
    let files_read = found.files.len();
    let mut skipped = found.skipped;
    let mut sources = Vec::new();
    for read in read_all(&found.files, threads) {
        match read {
            Ok(source) => sources.push(source),
            Err(skip) => skipped.push(skip),
        }
    }
    let mut room = assemble(sources);
    skipped.extend(std::mem::take(&mut room.skipped));
    skipped.sort_by(|a, b| (&a.file, a.entry).cmp(&(&b.file, b.entry)));
    room.skipped = skipped;
    room.files_read = files_read;
    room.ignored = found.ignored;
    Ok(room)
}

/// Reads the files on `threads` threads; the results come back in the files' order.
fn read_all(files: &[PathBuf], threads: usize) -> Vec<Result<Source, Skipped>> {
    let threads = threads.clamp(1, files.len().max(1));
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, Result<Source, Skipped>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = files.get(i) else { break };
                        done.push((i, read_source(path)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, read)| read).collect()
}

/// One file as a source of attempts, each reduced to what the room reads.
fn read_source(path: &Path) -> Result<Source, Skipped> {
    let shown = path.display().to_string();
    let contents = read_file(path).map_err(|(kind, reason)| Skipped {
        file: shown.clone(),
        entry: None,
        kind,
        reason,
    })?;
    Ok(match contents {
        Contents::Attempt(attempt) => Source {
            path: path.to_owned(),
            kind: SourceKind::Loose,
            attempts: vec![reduce(*attempt, path)],
            broken: Vec::new(),
        },
        Contents::Bundle {
            trainee,
            attempts,
            broken,
        } => Source {
            path: path.to_owned(),
            kind: SourceKind::Bundle { trainee },
            attempts: attempts
                .into_iter()
                .map(|(_, attempt)| reduce(attempt, path))
                .collect(),
            broken: broken
                .into_iter()
                .map(|(place, kind, reason)| Skipped {
                    file: shown.clone(),
                    entry: Some(place),
                    kind,
                    reason,
                })
                .collect(),
        },
    })
}

/// What the room keeps of an attempt: no transcript, no line-by-line review.
fn reduce(attempt: Attempt, path: &Path) -> RoomAttempt {
    let id = AttemptId::of(&attempt);
    let ended = attempt.transcript.ending.is_some();
    let turns = attempt
        .transcript
        .entries
        .iter()
        .filter(|e| matches!(e, Entry::Choice(_)))
        .count();
    let report = attempt.report;
    RoomAttempt {
        id,
        trainee: 0,
        round: 0,
        source: path.to_owned(),
        scenario: attempt.scenario,
        title: attempt.title,
        finished_at: attempt.finished_at,
        difficulty: attempt.difficulty,
        practice: report.practice,
        overall: report.overall,
        parts: report
            .parts
            .into_iter()
            .map(|p| (p.name, p.score))
            .collect(),
        airtime: [
            report.airtime.questions,
            report.airtime.listening,
            report.airtime.talking,
        ],
        reached: report.steps.reached.iter().map(|m| m.step).collect(),
        mistakes: report.mistakes,
        good_moves: report.good_moves,
        outcome: report.outcome,
        assessed: report.assessment.given,
        truth: report.assessment.truth,
        turns,
        ended,
    }
}
