//! The scenario list: title, setting, person and length of each, errors for broken files, the
//! language switch, and one card for a scenario and its translations.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::intent::Intent;
use crate::app::keymap::{self, pressed, pressed_at};
use crate::app::lang::Tr;
use crate::app::screen::Screen;
use crate::app::state::library::{Entry, Library, cards};
use crate::app::state::prefs::Prefs;
use crate::app::state::ui::MenuState;
use crate::app::state::watch::watch_script;
use crate::app::theme::palette;
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
use crate::i18n::Language;
use crate::store::history::Difficulty;

mod card;

use card::card;
pub use card::{length_label, shortest_turns, watch_label};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_menu.in_set(DrawContent).run_if(in_state(Screen::Menu)),
    );
}

fn draw_menu(
    mut contexts: EguiContexts,
    content: Res<ContentRect>,
    library: Res<Library>,
    prefs: Res<Prefs>,
    mut state: ResMut<MenuState>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    if let Some(problem) = &library.problem {
        let ctx = contexts.ctx_mut()?.clone();
        egui::Area::new("folder-problem".into())
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -12.0))
            .show(&ctx, |ui| {
                ui.colored_label(palette::ERROR, problem);
            });
    }
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        menu_ui(ui, &library.entries, &prefs, &mut state)
    })
}

pub fn menu_ui(
    ui: &mut egui::Ui,
    entries: &[Entry],
    prefs: &Prefs,
    state: &mut MenuState,
) -> Option<Intent> {
    let mut intent = None;
    let difficulty = prefs.difficulty;
    let language = ui.language();
    if pressed(ui, &keymap::DIFFICULTY) {
        intent = Some(Intent::SetDifficulty(difficulty.next()));
    }
    if pressed(ui, &keymap::FREE_TEXT) {
        intent = Some(Intent::ToggleFreeText);
    }
    if pressed(ui, &keymap::LANGUAGE) {
        intent = Some(Intent::SetLanguage(next_language(language)));
    }
    let cards = cards(entries, language);
    let playable: Vec<usize> = (0..cards.len())
        .filter(|&i| entries[cards[i].shown].good.is_some())
        .collect();
    if !playable.is_empty() {
        match pressed_at(ui, &keymap::MOVE) {
            Some(0) => state.selected = (state.selected + playable.len() - 1) % playable.len(),
            Some(_) => state.selected = (state.selected + 1) % playable.len(),
            None => {}
        }
        state.selected = state.selected.min(playable.len() - 1);
        let entry = &entries[cards[playable[state.selected]].shown];
        if pressed(ui, &keymap::OPEN) {
            intent = Some(Intent::Open(entry.path.clone()));
        }
        if pressed(ui, &keymap::WATCH)
            && let Some(script) = entry.good.as_deref().and_then(watch_script)
        {
            intent = Some(Intent::Watch {
                path: entry.path.clone(),
                script,
            });
        }
        if pressed(ui, &keymap::PAIRS) {
            intent = Some(Intent::Pairs(entry.path.clone()));
        }
    }
    egui::CentralPanel::default_margins().show(ui, |ui| {
        ui.heading(ui.tr("menu-heading"));
        ui.label(ui.tr("menu-how"));
        ui.add_space(6.0);
        if let Some(picked) = language_picker(ui, language) {
            intent = Some(picked);
        }
        if let Some(picked) = difficulty_picker(ui, difficulty) {
            intent = Some(picked);
        }
        if let Some(toggled) = free_text_toggle(ui, prefs.free_text) {
            intent = Some(toggled);
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button(ui.tr("menu-room-results")).clicked() {
                intent = Some(Intent::ShowRoom);
            }
            ui.label(RichText::new(ui.tr("menu-room-results-about")).weak());
        });
        ui.add_space(8.0);
        if entries.is_empty() {
            ui.label(ui.tr("menu-no-scenarios"));
        }
        egui::ScrollArea::vertical()
            .id_salt("menu")
            .auto_shrink([false; 2])
            .show(ui, |ui| {
                for (i, shown) in cards.iter().enumerate() {
                    let selected = playable.get(state.selected) == Some(&i);
                    if let Some(chosen) = card(ui, entries, shown, selected) {
                        intent = Some(chosen);
                    }
                }
            });
    });
    intent
}

/// The language after this one, for L.
fn next_language(language: Language) -> Language {
    let at = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    Language::ALL[(at + 1) % Language::ALL.len()]
}

/// Every language by its own name, the current one selected; L steps through them.
fn language_picker(ui: &mut egui::Ui, current: Language) -> Option<Intent> {
    let mut intent = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(ui.tr("menu-language")).strong());
        for language in Language::ALL {
            let button = egui::Button::new(language.native_name()).selected(language == current);
            if ui.add(button).clicked() && language != current {
                intent = Some(Intent::SetLanguage(language));
            }
        }
        ui.label(RichText::new(ui.tr("menu-language-about")).weak());
    });
    intent
}

/// The three difficulties, the current one selected; D steps through them.
fn difficulty_picker(ui: &mut egui::Ui, current: Difficulty) -> Option<Intent> {
    let mut intent = None;
    let language = ui.language();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(ui.tr("menu-difficulty")).strong());
        for difficulty in Difficulty::ALL {
            let button =
                egui::Button::new(difficulty.label_in(language)).selected(difficulty == current);
            if ui.add(button).clicked() {
                intent = Some(Intent::SetDifficulty(difficulty));
            }
        }
        ui.label(RichText::new(current.describe_in(language)).weak());
    });
    intent
}

/// Saying it yourself, beside the difficulty: on or off, and what it means.
fn free_text_toggle(ui: &mut egui::Ui, on: bool) -> Option<Intent> {
    let mut intent = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(ui.tr("menu-say-it")).strong());
        for (label, value) in [("menu-off", false), ("menu-on", true)] {
            if ui
                .add(egui::Button::new(ui.tr(label)).selected(on == value))
                .clicked()
                && on != value
            {
                intent = Some(Intent::ToggleFreeText);
            }
        }
        let what = if on {
            "menu-say-it-on"
        } else {
            "menu-say-it-off"
        };
        ui.label(RichText::new(ui.tr(what)).weak());
    });
    intent
}
