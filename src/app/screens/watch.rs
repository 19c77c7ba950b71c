//! Watch mode: a scripted conversation line by line, then its mistakes revealed one by one.
//!
//! At the end the room plays the same scenario as One Big Organizer.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::intent::Intent;
use crate::app::keymap::{self, pressed};
use crate::app::lang::Tr;
use crate::app::screen::Screen;
use crate::app::state::watch::{Stage, Watching};
use crate::app::theme::palette;
use crate::app::widgets::input::room_for_columns;
use crate::app::widgets::log::{ORGANIZER, Shown, conversation_entries};
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
use crate::i18n::Arg;
use crate::render::labels;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_watch
            .in_set(DrawContent)
            .run_if(in_state(Screen::Watch)),
    );
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
        watch_ui(ui, &watching, true)
    })
}

/// `controls`: the trainer's hints and buttons; the room's own window shows none.
pub fn watch_ui(ui: &mut egui::Ui, watching: &Watching, controls: bool) -> Option<Intent> {
    let stage = watching.stage();
    let mut intent = None;
    if pressed(ui, &keymap::WATCH_NEXT) {
        intent = Some(if stage == Stage::OneBigOrganizer {
            Intent::OneBigOrganizer
        } else {
            Intent::Advance
        });
    }
    if pressed(ui, &keymap::WATCH_BACK) {
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
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&scenario.title).strong());
            let hint = match stage {
                Stage::Lines(n) => ui.tr_with(
                    "watch-line-hint",
                    &[("n", Arg::from(n)), ("total", Arg::from(entries.len()))],
                ),
                Stage::Reveal(_) => ui.tr("watch-reveal-hint"),
                Stage::OneBigOrganizer => ui.tr("watch-room-hint"),
            };
            if !controls {
                return;
            }
            ui.label(RichText::new(hint).weak());
            if ui.button(ui.tr("watch-next")).clicked() {
                intent = Some(if stage == Stage::OneBigOrganizer {
                    Intent::OneBigOrganizer
                } else {
                    Intent::Advance
                });
            }
        });
    });
    if !matches!(stage, Stage::Lines(_)) {
        // Beside the conversation where there is room, else below it.
        let panel = if room_for_columns(ui) {
            egui::Panel::right("what-went-wrong").exact_size(ui.available_width() * 0.42)
        } else {
            egui::Panel::bottom("what-went-wrong-below").exact_size(ui.available_height() * 0.5)
        };
        panel.resizable(false).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("reveal")
                .stick_to_bottom(true)
                .show(ui, |ui| {
                    ui.label(RichText::new(ui.tr("watch-what-went-wrong")).heading());
                    let count = [
                        ("n", Arg::from(revealed)),
                        ("total", Arg::from(watching.report.mistakes.len())),
                    ];
                    ui.label(RichText::new(ui.tr_with("watch-revealed", &count)).small());
                    for hit in watching.report.mistakes.iter().take(revealed) {
                        egui::Frame::group(ui.style())
                            .inner_margin(10.0)
                            .show(ui, |ui| {
                                ui.set_width(ui.available_width());
                                let (label, _) = labels::flag(ui.language(), hit);
                                let line = ui.tr_with(
                                    "watch-mistake",
                                    &[("turn", Arg::from(hit.turn)), ("label", Arg::from(label))],
                                );
                                ui.label(RichText::new(line).color(palette::MISTAKE).strong());
                                ui.label(&hit.note);
                            });
                    }
                    if stage == Stage::OneBigOrganizer {
                        ui.add_space(12.0);
                        ui.label(RichText::new(ui.tr("watch-obo-title")).heading());
                        ui.label(ui.tr("watch-obo-about"));
                        if controls
                            && ui
                                .button(RichText::new(ui.tr("watch-obo-start")).size(24.0))
                                .clicked()
                        {
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
        // Before the first line: what the room is about to watch, in the author's words.
        if let Stage::Lines(0 | 1) = stage
            && let Some(about) = scenario
                .paths
                .get(&watching.script)
                .map(|p| p.description.trim())
                .filter(|d| !d.is_empty())
        {
            ui.label(RichText::new(about).strong());
            ui.separator();
        }
        let show = Shown {
            speaker: ORGANIZER,
            highlight: &highlight,
            // The mistake just revealed: its turn is brought into view, centred.
            scroll_to: highlight.last().copied(),
        };
        conversation_entries(
            ui,
            &entries[..shown.min(entries.len())],
            scenario,
            shown <= 1,
            &show,
        );
    });
    intent
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    use super::*;
    use crate::app::lang::set_language;
    use crate::i18n::Language;

    /// The conversation, the reveal and One Big Organizer, drawn in Spanish.
    #[test]
    fn watching_speaks_spanish_to_the_end() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/rally-kei.ron");
        let checked = crate::load_file(&path).expect("shipped scenario is readable");
        let scenario = Arc::new(checked.scenario.expect("shipped scenario is valid"));
        let mut watching =
            Watching::start("rally-kei".into(), "skit".into(), scenario).expect("the skit plays");
        let mut seen = Vec::new();
        loop {
            let h = Harness::builder()
                .with_size(egui::vec2(1280.0, 900.0))
                .build_ui(|ui| {
                    set_language(ui.ctx(), Language::Es);
                    watch_ui(ui, &watching, true);
                });
            assert!(
                h.query_by_label_contains("⟦").is_none(),
                "{:?}: a message is missing",
                watching.stage()
            );
            for text in [
                "¿Qué salió mal?",
                "Ahora: Un Gran Organizador",
                "errores a la vista",
            ] {
                if h.query_by_label_contains(text).is_some() {
                    seen.push(text);
                }
            }
            drop(h);
            if watching.stage() == Stage::OneBigOrganizer {
                break;
            }
            watching.advance();
        }
        for text in [
            "¿Qué salió mal?",
            "Ahora: Un Gran Organizador",
            "errores a la vista",
        ] {
            assert!(seen.contains(&text), "{text}");
        }
    }
}
