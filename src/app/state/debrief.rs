//! Finishing an attempt: scoring, saving, exporting, and landing the better options later.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use bevy::prelude::*;
use bevy::window::RequestRedraw;

use super::ApplyIntents;
use super::advice::{PendingAdvice, SavedAttempt};
use super::navigate::Navigate;
use super::prefs::Prefs;
use super::session::{Session, handle_session_commands};
use super::storage::Storage;
use crate::app::intent::ExportFormat;
use crate::app::screen::Screen;
use crate::app::wake::Waker;
use crate::render::markdown;
use crate::scenario::Assessment;
use crate::score::{self, Report};
use crate::store;
use crate::store::history::{Attempt, AttemptLink};

/// A request about the finished attempt.
#[derive(Message, Debug, Clone, PartialEq)]
pub(crate) enum DebriefCommand {
    /// Score the ended conversation with the trainee's assessment, save it, show the debrief.
    Assess {
        assessment: Assessment,
        note: String,
    },
    Export(ExportFormat),
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<DebriefCommand>();
    // Headless apps have no window plugin to register it.
    app.add_message::<RequestRedraw>();
    app.add_systems(
        Update,
        (
            // So that an Assess in the same frame as the last choice finds the ending.
            handle_debrief_commands
                .in_set(ApplyIntents::Handle)
                .after(handle_session_commands),
            land_advice.after(ApplyIntents::Handle),
        ),
    );
    app.add_systems(OnExit(Screen::Debrief), drop_advice);
}

fn handle_debrief_commands(
    mut received: MessageReader<DebriefCommand>,
    settings: Res<Prefs>,
    mut session: Option<ResMut<Session>>,
    mut storage: Option<ResMut<Storage>>,
    waker: Option<Res<Waker>>,
    mut navigate: MessageWriter<Navigate>,
) {
    for command in received.read() {
        match command.clone() {
            DebriefCommand::Assess { assessment, note } => {
                let Some(s) = session.as_mut() else { continue };
                if !s.conversation.is_over() {
                    continue;
                }
                // The plain score is quick; the better options follow from a search.
                let transcript = s.conversation.transcript().clone();
                let report = score::score(s.scenario(), &transcript, Some(assessment));
                let mut attempt = Attempt::new(
                    report.clone(),
                    transcript.clone(),
                    Some(assessment),
                    note.clone(),
                    settings.difficulty,
                );
                attempt.follows = s.follows.clone();
                s.saved_as = Some(AttemptLink::to(&attempt));
                let saved = storage
                    .as_deref_mut()
                    .and_then(|storage| save(storage, attempt));
                s.assessment = Some(assessment);
                s.note = note;
                s.report = Some(report);
                s.advice = Some(PendingAdvice::start(
                    Arc::clone(s.scenario()),
                    transcript,
                    Some(assessment),
                    saved,
                    waker.as_deref().cloned(),
                ));
                navigate.write(Navigate(Screen::Debrief));
            }
            DebriefCommand::Export(format) => {
                let (Some(s), Some(storage)) = (session.as_mut(), storage.as_mut()) else {
                    continue;
                };
                // An exported debrief has the better options too, even if that means waiting
                // for the search here.
                if let Some(pending) = s.advice.take() {
                    land(s, Some(storage), pending);
                }
                if let Some(report) = &s.report {
                    storage.notice = Some(export(storage, s, report, format));
                }
            }
        }
    }
}

/// Adds an attempt to the history, on disk and in memory.
fn save(storage: &mut Storage, attempt: Attempt) -> Option<SavedAttempt> {
    match storage.history.save(&attempt) {
        Ok(path) => {
            storage.attempts.push(attempt);
            Some(SavedAttempt {
                path,
                index: storage.attempts.len() - 1,
            })
        }
        Err(e) => {
            storage
                .warnings
                .push(format!("Could not save this attempt: {e}"));
            None
        }
    }
}

/// Puts the better options into the debrief and the saved attempt once the search is done.
fn land_advice(
    mut session: Option<ResMut<Session>>,
    mut storage: Option<ResMut<Storage>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let Some(session) = session.as_mut() else {
        return;
    };
    // Looked at through `Deref` first, so that waiting does not mark the session changed.
    if !session.advice.as_ref().is_some_and(PendingAdvice::is_done) {
        return;
    }
    if let Some(pending) = session.advice.take() {
        land(session, storage.as_deref_mut(), pending);
        redraw.write(RequestRedraw);
    }
}

/// Replaces the report with the one with advice, in the session, in memory and on disk.
fn land(session: &mut Session, storage: Option<&mut Storage>, pending: PendingAdvice) {
    let (report, saved) = pending.finish();
    if let (Some(saved), Some(storage)) = (saved, storage)
        && let Some(attempt) = storage.attempts.get_mut(saved.index)
    {
        attempt.report = report.clone();
        if let Err(e) = store::write_json(&saved.path, attempt) {
            storage
                .warnings
                .push(format!("Could not save the better options: {e}"));
        }
    }
    session.report = Some(report);
}

/// Leaving the debrief gives up on advice nobody will see.
fn drop_advice(session: Option<ResMut<Session>>) {
    if let Some(mut session) = session
        && session.advice.is_some()
    {
        session.advice = None;
    }
}

/// Writes the debrief to the exports folder; returns what to tell the user.
fn export(storage: &Storage, session: &Session, report: &Report, format: ExportFormat) -> String {
    let stamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (extension, body) = match format {
        ExportFormat::Markdown => {
            let transcript = markdown::transcript(
                session.conversation.transcript(),
                &session.scenario().person.name,
                session.scenario().player_name(),
            );
            let mut text = markdown::report(report);
            text.push_str("\n## Transcript\n\n");
            text.push_str(&transcript);
            if !session.note.is_empty() {
                text.push_str(&format!("\n## Follow-up note\n\n{}\n", session.note));
            }
            ("md", text.into_bytes())
        }
        ExportFormat::Json => (
            "json",
            serde_json::to_vec_pretty(report).unwrap_or_default(),
        ),
    };
    let path = storage.data_dir.join("exports").join(format!(
        "{}-{stamp}.{extension}",
        store::file_stem(&report.scenario)
    ));
    match store::write_atomic(&path, &body) {
        Ok(()) => format!("Saved {}", path.display()),
        Err(e) => format!("Could not export: {e}"),
    }
}
