//! Finishing an attempt: scoring, saving, exporting, and landing the better options later;
//! and reopening a past attempt's debrief from History.

use std::sync::Arc;

use bevy::prelude::*;
use bevy::window::RequestRedraw;

use super::ApplyIntents;
use super::advice::{PendingAdvice, SavedAttempt};
use super::export::{DebriefExport, export_debrief};
use super::language::UiLanguage;
use super::library::Library;
use super::navigate::Navigate;
use super::prefs::Prefs;
use super::review::Reviewing;
use super::session::{Session, handle_session_commands};
use super::storage::Storage;
use crate::app::intent::ExportFormat;
use crate::app::screen::Screen;
use crate::app::wake::Waker;
use crate::i18n::{Language, text, text_with};
use crate::scenario::{Assessment, Scenario};
use crate::score;
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
    /// Show the debrief of a past attempt: its index in `Storage::attempts`.
    Reopen(usize),
}

/// How many times a debrief has been opened, so that each opens at its top: the view scrolls
/// by an id made with it.
#[derive(Resource, Debug, Default)]
pub struct DebriefOpened(pub u64);

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
    app.init_resource::<DebriefOpened>();
    app.add_systems(OnEnter(Screen::Debrief), open_fresh);
    app.add_systems(OnExit(Screen::Debrief), drop_advice);
}

/// Every debrief opens at its top, with no message left from an earlier one ("Saved …").
fn open_fresh(mut opened: ResMut<DebriefOpened>, storage: Option<ResMut<Storage>>) {
    opened.0 += 1;
    if let Some(mut storage) = storage {
        storage.notice = None;
    }
}

fn handle_debrief_commands(
    mut received: MessageReader<DebriefCommand>,
    mut commands: Commands,
    settings: Res<Prefs>,
    reviewing: Option<Res<Reviewing>>,
    library: Res<Library>,
    mut session: Option<ResMut<Session>>,
    mut storage: Option<ResMut<Storage>>,
    waker: Option<Res<Waker>>,
    language: Res<UiLanguage>,
    mut navigate: MessageWriter<Navigate>,
) {
    let language = language.0;
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
                    .and_then(|storage| save(storage, attempt, language));
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
                let Some(storage) = storage.as_mut() else {
                    continue;
                };
                if let Some(Reviewing(attempt)) = reviewing.as_deref() {
                    let scenario = library.scenario_by_id(&attempt.scenario);
                    let player = player(scenario.map(|s| &**s), language);
                    let debrief = DebriefExport {
                        report: &attempt.report,
                        transcript: &attempt.transcript,
                        player: &player,
                        note: &attempt.note,
                        finished_at: attempt.finished_at,
                    };
                    storage.notice = Some(export_debrief(storage, &debrief, format, language));
                    continue;
                }
                let Some(s) = session.as_mut() else { continue };
                // An exported debrief has the better options too, even if that means waiting
                // for the search here.
                if let Some(pending) = s.advice.take() {
                    land(s, Some(storage), pending, language);
                }
                if let Some(report) = &s.report {
                    let player = player(Some(s.scenario()), language);
                    let debrief = DebriefExport {
                        report,
                        transcript: s.conversation.transcript(),
                        player: &player,
                        note: &s.note,
                        finished_at: s.saved_as.as_ref().map_or(0, |a| a.finished_at),
                    };
                    storage.notice = Some(export_debrief(storage, &debrief, format, language));
                }
            }
            DebriefCommand::Reopen(index) => {
                let Some(attempt) = storage.as_ref().and_then(|s| s.attempts.get(index)) else {
                    continue;
                };
                commands.insert_resource(Reviewing(attempt.clone()));
                navigate.write(Navigate(Screen::Debrief));
            }
        }
    }
}

/// What the transcript calls the trainee: the scenario's word for them, else "You" in
/// `language`.
fn player(scenario: Option<&Scenario>, language: Language) -> String {
    match scenario.filter(|s| !s.player.trim().is_empty()) {
        Some(s) => s.player.clone(),
        None => text(language, "transcript-you"),
    }
}

/// Adds an attempt to the history, on disk and in memory.
fn save(storage: &mut Storage, attempt: Attempt, language: Language) -> Option<SavedAttempt> {
    match storage.history.save(&attempt) {
        Ok(path) => {
            storage.known.insert(path.clone());
            storage.attempts.push(attempt);
            Some(SavedAttempt {
                path,
                index: storage.attempts.len() - 1,
            })
        }
        Err(e) => {
            storage.warnings.push(text_with(
                language,
                "debrief-screen-not-saved",
                &[("error", e.to_string().into())],
            ));
            None
        }
    }
}

/// Puts the better options into the debrief and the saved attempt once the search is done.
fn land_advice(
    mut session: Option<ResMut<Session>>,
    mut storage: Option<ResMut<Storage>>,
    language: Res<UiLanguage>,
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
        land(session, storage.as_deref_mut(), pending, language.0);
        redraw.write(RequestRedraw);
    }
}

/// Replaces the report with the one with advice, in the session, in memory and on disk.
fn land(
    session: &mut Session,
    storage: Option<&mut Storage>,
    pending: PendingAdvice,
    language: Language,
) {
    let (report, saved) = pending.finish();
    if let (Some(saved), Some(storage)) = (saved, storage)
        && let Some(attempt) = storage.attempts.get_mut(saved.index)
    {
        attempt.report = report.clone();
        if let Err(e) = store::write_json(&saved.path, attempt) {
            storage.warnings.push(text_with(
                language,
                "debrief-screen-advice-not-saved",
                &[("error", e.to_string().into())],
            ));
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
