//! Watch mode: a scripted path plays line by line as the trainer advances, then "What went
//! wrong?" reveals the mistakes one at a time, then the room plays it as One Big Organizer.

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::play::conversation_entries;
use super::{ContentRect, DrawContent, draw_with, key};
use crate::app::Screen;
use crate::app::intent::Intent;
use crate::app::library::Library;
use crate::app::theme::palette;
use crate::runtime::Conversation;
use crate::scenario::Scenario;
use crate::score::{self, Report};

/// A scripted run being shown to the room.
#[derive(Resource, Debug)]
pub struct Watching {
    pub path: String,
    pub script: String,
    pub conversation: Conversation,
    pub report: Report,
    /// How far the trainer has advanced; see [`Stage`].
    pub position: usize,
}

/// What the room sees at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The first `n` entries of the conversation.
    Lines(usize),
    /// All of it, and the question "What went wrong?" with `n` mistakes revealed.
    Reveal(usize),
    /// Ready to replay it with the room choosing.
    OneBigOrganizer,
}

impl Watching {
    pub fn start(path: String, script: String, scenario: Arc<Scenario>) -> Option<Self> {
        let stored = scenario.paths.get(&script)?.clone();
        let conversation =
            Conversation::replay(Arc::clone(&scenario), stored.seed, &stored.choices).ok()?;
        let report = score::score(&scenario, conversation.transcript(), stored.assess);
        Some(Watching {
            path,
            script,
            conversation,
            report,
            position: 1,
        })
    }

    fn lines(&self) -> usize {
        self.conversation.transcript().entries.len()
    }

    fn last_position(&self) -> usize {
        self.lines() + self.report.mistakes.len() + 2
    }

    pub fn stage(&self) -> Stage {
        let lines = self.lines();
        let mistakes = self.report.mistakes.len();
        // After the last line comes the bare question (nothing revealed yet), so the room
        // can answer before the trainer shows anything.
        match self.position {
            p if p <= lines => Stage::Lines(p),
            p if p <= lines + 1 + mistakes => Stage::Reveal(p - lines - 1),
            _ => Stage::OneBigOrganizer,
        }
    }

    pub fn advance(&mut self) {
        self.position = (self.position + 1).min(self.last_position());
    }

    pub fn back(&mut self) {
        self.position = self.position.saturating_sub(1).max(1);
    }
}

/// State changes, which headless apps need too.
pub(crate) fn logic_plugin(app: &mut App) {
    app.add_systems(Update, apply_watch_intents);
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_watch
            .in_set(DrawContent)
            .run_if(in_state(Screen::Watch)),
    );
}

fn apply_watch_intents(
    mut intents: MessageReader<Intent>,
    mut commands: Commands,
    library: Res<Library>,
    watching: Option<ResMut<Watching>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let mut watching = watching;
    for intent in intents.read() {
        match intent {
            Intent::Watch { path, script } => {
                let scenario = library.get(path).and_then(|e| e.good.clone());
                if let Some(started) =
                    scenario.and_then(|s| Watching::start(path.clone(), script.clone(), s))
                {
                    commands.insert_resource(started);
                    next.set(Screen::Watch);
                }
            }
            Intent::Advance if *screen.get() == Screen::Watch => {
                if let Some(w) = watching.as_mut() {
                    w.advance();
                }
            }
            Intent::Back if *screen.get() == Screen::Watch => {
                if let Some(w) = watching.as_mut() {
                    w.back();
                }
            }
            _ => {}
        }
    }
}

fn draw_watch(
    mut contexts: EguiContexts,
    content: Res<ContentRect>,
    watching: Option<Res<Watching>>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let Some(watching) = watching else {
        return Ok(());
    };
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        watch_ui(ui, &watching)
    })
}

pub fn watch_ui(ui: &mut egui::Ui, watching: &Watching) -> Option<Intent> {
    let stage = watching.stage();
    let mut intent = None;
    if key(ui, egui::Key::PageDown)
        || key(ui, egui::Key::ArrowRight)
        || key(ui, egui::Key::Space)
        || key(ui, egui::Key::Enter)
    {
        intent = Some(if stage == Stage::OneBigOrganizer {
            Intent::OneBigOrganizer
        } else {
            Intent::Advance
        });
    }
    if key(ui, egui::Key::PageUp) || key(ui, egui::Key::ArrowLeft) || key(ui, egui::Key::Backspace)
    {
        intent = Some(Intent::Back);
    }
    let scenario = watching.conversation.scenario();
    let entries = &watching.conversation.transcript().entries;
    let revealed = match stage {
        Stage::Reveal(n) => n,
        Stage::OneBigOrganizer => watching.report.mistakes.len(),
        Stage::Lines(_) => 0,
    };
    egui::Panel::bottom("watch-controls").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(format!(
                    "Watching “{}” · {}",
                    watching.script, scenario.title
                ))
                .strong(),
            );
            let hint = match stage {
                Stage::Lines(n) => format!(
                    "line {n} of {} · PageDown: next · PageUp: back",
                    entries.len()
                ),
                Stage::Reveal(_) => "PageDown: reveal the next mistake".to_owned(),
                Stage::OneBigOrganizer => "PageDown: the room plays it".to_owned(),
            };
            ui.label(RichText::new(hint).weak());
            if ui.button("Next ▶").clicked() {
                intent = Some(if stage == Stage::OneBigOrganizer {
                    Intent::OneBigOrganizer
                } else {
                    Intent::Advance
                });
            }
        });
    });
    if !matches!(stage, Stage::Lines(_)) {
        egui::Panel::right("what-went-wrong").exact_size((ui.available_width() * 0.42).max(320.0)).show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("reveal").stick_to_bottom(true).show(ui, |ui| {
                ui.label(RichText::new("What went wrong?").heading());
                ui.label(RichText::new(format!("{revealed} of {} revealed", watching.report.mistakes.len())).small());
                for hit in watching.report.mistakes.iter().take(revealed) {
                    egui::Frame::group(ui.style()).inner_margin(10.0).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(format!("Turn {}: {}", hit.turn, hit.label)).color(palette::MISTAKE).strong());
                        ui.label(&hit.note);
                    });
                }
                if stage == Stage::OneBigOrganizer {
                    ui.add_space(12.0);
                    ui.label(RichText::new("Now: One Big Organizer").heading());
                    ui.label("The room plays the organizer. Same person, same moment, and this time the five steps.");
                    if ui.button(RichText::new("Start with the room choosing  ▶").size(24.0)).clicked() {
                        intent = Some(Intent::OneBigOrganizer);
                    }
                }
            });
        });
    }
    let shown = match stage {
        Stage::Lines(n) => n,
        _ => entries.len(),
    };
    let highlight: Vec<usize> = watching
        .report
        .mistakes
        .iter()
        .take(revealed)
        .map(|m| m.turn)
        .collect();
    egui::CentralPanel::default_margins().show(ui, |ui| {
        conversation_entries(
            ui,
            &entries[..shown.min(entries.len())],
            scenario,
            shown <= 1,
            &highlight,
        );
    });
    intent
}
