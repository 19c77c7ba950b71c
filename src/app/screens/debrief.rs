//! The debrief of the attempt just assessed, or of one reopened from History: its keys and
//! actions here, its body (score, parts, charts, every turn explained) in `debrief/body.rs`.

use bevy::prelude::*;
use bevy_egui::egui::{self, Color32, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::intent::{ExportFormat, Intent};
use crate::app::keymap::{self, pressed};
use crate::app::lang::Tr;
use crate::app::screen::Screen;
use crate::app::state::debrief::DebriefOpened;
use crate::app::state::language::UiLanguage;
use crate::app::state::library::Library;
use crate::app::state::review::Reviewing;
use crate::app::state::session::{Session, follow_up_of};
use crate::app::state::storage::Storage;
use crate::app::theme::palette;
use crate::app::widgets::input::{hint, keyboard_scroll};
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
use crate::i18n::{Arg, text_with};
use crate::score::Report;
use crate::store::clock::Moment;

mod body;
#[cfg(test)]
mod tests;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_debrief
            .in_set(DrawContent)
            .run_if(in_state(Screen::Debrief)),
    );
}

fn draw_debrief(
    mut contexts: EguiContexts,
    content: Res<ContentRect>,
    session: Option<Res<Session>>,
    reviewing: Option<Res<Reviewing>>,
    storage: Option<Res<Storage>>,
    library: Res<Library>,
    opened: Res<DebriefOpened>,
    language: Res<UiLanguage>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let notice = storage.as_ref().and_then(|s| s.notice.as_deref());
    let played;
    let follow_up;
    let trust;
    let view = if let Some(Reviewing(attempt)) = reviewing.as_deref() {
        played = text_with(
            language.0,
            "debrief-screen-played",
            &[("when", Moment::local(attempt.finished_at).shown().into())],
        );
        trust = trust_variable(&attempt.report);
        DebriefView {
            report: &attempt.report,
            trust: trust.as_deref(),
            note: &attempt.note,
            played: Some(&played),
            notice,
            looking_for_advice: false,
            follow_up: None,
            opened: opened.0,
        }
    } else {
        let Some(session) = session.as_deref() else {
            return Ok(());
        };
        let Some(report) = session.report.as_ref() else {
            return Ok(());
        };
        follow_up = follow_up_of(&library, &session.conversation);
        trust = trust_variable(report);
        DebriefView {
            report,
            trust: trust.as_deref(),
            note: &session.note,
            played: None,
            notice,
            looking_for_advice: session.advice.is_some(),
            follow_up: follow_up.as_ref().map(|(_, s)| s.title.as_str()),
            opened: opened.0,
        }
    };
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        debrief_ui(ui, &view)
    })
}

/// What the debrief shows.
pub struct DebriefView<'a> {
    pub report: &'a Report,
    /// The variable charted over the conversation, if any.
    pub trust: Option<&'a str>,
    /// The trainee's follow-up note from the assessment ("" for none).
    pub note: &'a str,
    /// For an attempt reopened from History: when it was played.
    pub played: Option<&'a str>,
    /// A message about the last action, such as where an export was saved.
    pub notice: Option<&'a str>,
    /// The better options are still being searched for.
    pub looking_for_advice: bool,
    /// The title of the scenario that follows this conversation, if the library has one.
    pub follow_up: Option<&'a str>,
    /// How many debriefs have been opened: a new one opens scrolled to its top.
    pub opened: u64,
}

impl<'a> DebriefView<'a> {
    /// The debrief of a report and nothing else: no chart, note, notice or follow-up, the first
    /// debrief opened. Fields are set over it where there is more to show.
    pub fn of(report: &'a Report) -> Self {
        DebriefView {
            report,
            trust: None,
            note: "",
            played: None,
            notice: None,
            looking_for_advice: false,
            follow_up: None,
            opened: 1,
        }
    }
}

/// The variable charted as "trust": one named trust, else the first.
fn trust_variable(report: &Report) -> Option<String> {
    let first = report.state.first()?;
    first
        .iter()
        .find(|(k, _)| k == "trust")
        .or(first.first())
        .map(|(k, _)| k.clone())
}

pub fn score_color(score: f64) -> Color32 {
    if score >= 75.0 {
        palette::GOOD
    } else if score >= 45.0 {
        palette::ACCENT
    } else {
        palette::MISTAKE
    }
}

pub fn debrief_ui(ui: &mut egui::Ui, view: &DebriefView) -> Option<Intent> {
    let mut intent = None;
    if pressed(ui, &keymap::TRY_AGAIN) {
        intent = Some(Intent::TryAgain);
    }
    if view.follow_up.is_some() && pressed(ui, &keymap::FOLLOW_UP) {
        intent = Some(Intent::FollowUp);
    }
    if pressed(ui, &keymap::EXPORT_MARKDOWN) {
        intent = Some(Intent::Export(ExportFormat::Markdown));
    }
    if pressed(ui, &keymap::EXPORT_JSON) {
        intent = Some(Intent::Export(ExportFormat::Json));
    }
    egui::Panel::bottom("debrief-actions").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(RichText::new(ui.tr("debrief-screen-try-again")).size(20.0))
                .clicked()
            {
                intent = Some(Intent::TryAgain);
            }
            if let Some(title) = view.follow_up
                && hint(
                    ui.button(RichText::new(ui.tr("debrief-screen-follow-up")).size(20.0)),
                    ui.tr_with(
                        "debrief-screen-next-conversation",
                        &[("title", Arg::from(title))],
                    ),
                )
                .clicked()
            {
                intent = Some(Intent::FollowUp);
            }
            if ui.button(ui.tr("debrief-screen-export-markdown")).clicked() {
                intent = Some(Intent::Export(ExportFormat::Markdown));
            }
            if ui.button(ui.tr("debrief-screen-export-json")).clicked() {
                intent = Some(Intent::Export(ExportFormat::Json));
            }
            if view.looking_for_advice {
                let looking = ui.tr("debrief-screen-looking");
                ui.label(RichText::new(looking).small().weak());
            }
            if let Some(notice) = view.notice {
                ui.label(RichText::new(notice).small());
            }
        });
        ui.add_space(4.0);
    });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt(("debrief", view.opened))
            .auto_shrink([false; 2])
            .show(ui, |ui| {
                keyboard_scroll(ui);
                body::body(ui, view)
            });
    });
    intent
}
