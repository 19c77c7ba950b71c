//! At the ending: classify the person and write a follow-up note, as the method asks.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::intent::Intent;
use crate::app::keymap::{self, pressed, pressed_at};
use crate::app::lang::Tr;
use crate::app::screen::Screen;
use crate::app::state::session::Session;
use crate::app::state::ui::AssessState;
use crate::app::widgets::input::wide_button;
use crate::app::widgets::log::conversation_log;
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
use crate::i18n::{Arg, Language, text};
use crate::render::labels::assessment_label;
use crate::runtime::Transcript;
use crate::scenario::{Assessment, Scenario};
use crate::words::capitalised;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_assess
            .in_set(DrawContent)
            .run_if(in_state(Screen::Assess)),
    );
}

fn draw_assess(
    mut contexts: EguiContexts,
    content: Res<ContentRect>,
    session: Option<Res<Session>>,
    mut state: ResMut<AssessState>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let Some(session) = session else {
        return Ok(());
    };
    let scenario = std::sync::Arc::clone(session.scenario());
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        assess_ui(ui, &scenario, session.conversation.transcript(), &mut state)
    })
}

/// What each assessment means for the organizer's next step, in `language`.
pub fn describe(language: Language, assessment: Assessment) -> String {
    let id = match assessment {
        Assessment::Leader => "assess-screen-leader-about",
        Assessment::Supporter => "assess-screen-supporter-about",
        Assessment::Undecided => "assess-screen-undecided-about",
        Assessment::Pass => "assess-screen-pass-about",
    };
    text(language, id)
}

pub fn assess_ui(
    ui: &mut egui::Ui,
    scenario: &Scenario,
    transcript: &Transcript,
    state: &mut AssessState,
) -> Option<Intent> {
    let mut intent = None;
    if let Some(at) = pressed_at(ui, &keymap::ASSESS) {
        state.choice = Assessment::ALL.get(at).copied().or(state.choice);
    }
    let submit = |state: &AssessState| {
        state.choice.map(|assessment| Intent::Assess {
            assessment,
            note: state.note.trim().to_owned(),
        })
    };
    if pressed(ui, &keymap::OPEN) {
        intent = submit(state);
    }
    if transcript.turns() > 0 && pressed(ui, &keymap::REWIND) {
        intent = Some(Intent::Rewind(transcript.turns()));
    }
    egui::Panel::right("assess")
        .exact_size((ui.available_width() * 0.45).max(360.0))
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.add_space(8.0);
                // The ending's summary may name what the person is, so the debrief shows it,
                // after the trainee has made up their own mind.
                if transcript.ending.is_some() {
                    ui.label(
                        RichText::new(ui.tr("assess-screen-over"))
                            .heading()
                            .size(24.0),
                    );
                }
                ui.add_space(8.0);
                ui.label(
                    RichText::new(ui.tr_with(
                        "assess-screen-question",
                        &[("name", Arg::from(&scenario.person.name))],
                    ))
                    .strong()
                    .size(22.0),
                );
                let language = ui.language();
                for (i, assessment) in Assessment::ALL.iter().enumerate() {
                    let label = format!(
                        "{}   {}\n{}",
                        i + 1,
                        capitalised(&assessment_label(language, *assessment)),
                        describe(language, *assessment)
                    );
                    if wide_button(ui, label, state.choice == Some(*assessment)).clicked() {
                        state.choice = Some(*assessment);
                    }
                }
                ui.add_space(8.0);
                ui.label(RichText::new(ui.tr("assess-screen-note")).strong());
                let note_hint = ui.tr("assess-screen-note-hint");
                ui.add(
                    egui::TextEdit::multiline(&mut state.note)
                        .hint_text(note_hint)
                        .desired_rows(3)
                        .desired_width(f32::INFINITY),
                );
                ui.add_space(8.0);
                let ready = state.choice.is_some();
                let button = ui.add_enabled(
                    ready,
                    egui::Button::new(RichText::new(ui.tr("assess-screen-see-debrief")).size(22.0))
                        .min_size(egui::vec2(240.0, 48.0)),
                );
                if button.clicked() {
                    intent = submit(state);
                }
                if !ready {
                    ui.label(RichText::new(ui.tr("assess-screen-pick-first")).small());
                }
            });
        });
    egui::CentralPanel::default_margins()
        .show(ui, |ui| conversation_log(ui, transcript, scenario, false));
    intent
}
