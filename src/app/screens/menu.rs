//! The scenario list: title, setting, person and length of each, errors for broken files, the
//! language switch, and one card for a scenario and its translations.

use std::collections::{HashSet, VecDeque};

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::intent::Intent;
use crate::app::keymap::{self, pressed, pressed_at};
use crate::app::lang::Tr;
use crate::app::screen::Screen;
use crate::app::state::library::{Card, Entry, Library, cards};
use crate::app::state::prefs::Prefs;
use crate::app::state::ui::MenuState;
use crate::app::state::watch::watch_script;
use crate::app::theme::palette;
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
use crate::i18n::{Arg, Language};
use crate::scenario::Scenario;
use crate::scenario::links::successors;
use crate::store::history::Difficulty;

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

/// The fewest turns from the start to any ending, as a length to show.
pub fn shortest_turns(scenario: &Scenario) -> Option<usize> {
    let start = scenario.start_node()?.to_owned();
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([(start, 0usize)]);
    while let Some((id, turns)) = queue.pop_front() {
        if !seen.insert(id.clone()) {
            continue;
        }
        let node = scenario.nodes.get(&id)?;
        if node.end.is_some() {
            return Some(turns);
        }
        let step = usize::from(!node.options.is_empty());
        for target in successors(node) {
            queue.push_back((target.to_owned(), turns + step));
        }
    }
    None
}

/// How long a scenario is, in words a trainee can use.
pub fn length_label(language: Language, scenario: &Scenario) -> String {
    let endings = scenario.nodes.values().filter(|n| n.end.is_some()).count();
    let turns = scenario
        .paths
        .get("model")
        .map(|p| p.choices.len())
        .or_else(|| shortest_turns(scenario))
        .unwrap_or(0);
    crate::i18n::text_with(
        language,
        "menu-length",
        &[
            ("turns", Arg::from(turns)),
            ("moments", Arg::from(scenario.nodes.len())),
            ("endings", Arg::from(endings)),
        ],
    )
}

/// A language tag as its speakers write its name ("Español"), or the tag itself.
fn language_name(tag: &str) -> String {
    Language::parse(tag).map_or_else(|| tag.to_owned(), |l| l.native_name().to_owned())
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

/// For a follow-up: the title of the first conversation (its id when the list lacks it).
fn first_title<'a>(entries: &'a [Entry], entry: &'a Entry) -> Option<&'a str> {
    let follows = entry.good.as_ref()?.follows.as_ref()?;
    let first = entries
        .iter()
        .filter_map(|e| e.good.as_ref())
        .find(|s| s.id == follows.scenario);
    Some(first.map_or(follows.scenario.as_str(), |s| s.title.as_str()))
}

/// "Watch a conversation go wrong (W)": what the scripted path is, not its name in the file.
pub fn watch_label(language: Language, scenario: &Scenario, script: &str) -> String {
    let what = crate::i18n::text(
        language,
        match script {
            "model" => "menu-watch-model",
            "skit" | "poor" => "menu-watch-wrong",
            _ => "menu-watch-scripted",
        },
    );
    let about = scenario
        .paths
        .get(script)
        .map(|p| p.description.trim())
        .filter(|d| !d.is_empty());
    match about {
        Some(about) if !matches!(script, "model" | "skit" | "poor") => {
            format!("{what}: {} (W)", crate::words::shorten(about, 60))
        }
        _ => format!("{what} (W)"),
    }
}

fn card(ui: &mut egui::Ui, entries: &[Entry], card: &Card, selected: bool) -> Option<Intent> {
    let mut intent = None;
    let language = ui.language();
    let entry = &entries[card.shown];
    let stroke = if selected {
        egui::Stroke::new(3.0, palette::ACCENT)
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    egui::Frame::group(ui.style())
        .stroke(stroke)
        .inner_margin(14.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            match &entry.good {
                Some(scenario) => {
                    // The title on its own line and the buttons below it: at any width and
                    // scale the two never overlap.
                    ui.label(RichText::new(&scenario.title).heading().size(24.0));
                    ui.horizontal_wrapped(|ui| {
                        let button = ui.add(
                            egui::Button::new(RichText::new(ui.tr("menu-practise")).size(20.0))
                                .selected(selected),
                        );
                        if selected {
                            button.scroll_to_me(None);
                        }
                        if button.clicked() {
                            intent = Some(Intent::Open(entry.path.clone()));
                        }
                        if let Some(script) = watch_script(scenario)
                            && ui
                                .button(watch_label(language, scenario, &script))
                                .clicked()
                        {
                            intent = Some(Intent::Watch {
                                path: entry.path.clone(),
                                script,
                            });
                        }
                        if ui.button(ui.tr("menu-pairs")).clicked() {
                            intent = Some(Intent::Pairs(entry.path.clone()));
                        }
                    });
                    if let Some(chosen) = other_languages(ui, entries, card) {
                        intent = Some(chosen);
                    }
                    let person = &scenario.person;
                    ui.label(RichText::new(format!("{} — {}", person.name, person.about)).strong());
                    let blurb = if scenario.summary.trim().is_empty() {
                        &scenario.setting
                    } else {
                        &scenario.summary
                    };
                    ui.label(blurb);
                    if let Some(first) = first_title(entries, entry) {
                        let note = ui.tr_with("menu-follow-up", &[("first", Arg::from(first))]);
                        ui.label(RichText::new(note).small());
                    }
                    ui.label(
                        RichText::new(length_label(language, scenario))
                            .small()
                            .weak(),
                    );
                }
                None => {
                    ui.label(RichText::new(&entry.path).heading().size(22.0));
                }
            }
            if let Some(error) = entry.error() {
                let note = if entry.good.is_some() {
                    "menu-error-last-good"
                } else {
                    "menu-error-unplayable"
                };
                ui.colored_label(palette::ERROR, RichText::new(error.to_string()).monospace());
                ui.label(RichText::new(ui.tr(note)).small());
            }
        });
    ui.add_space(6.0);
    intent
}

/// "Also in: English ▶": the card's other versions, each opened by a click (or by switching the
/// interface's language with L, which brings that version to the front).
fn other_languages(ui: &mut egui::Ui, entries: &[Entry], card: &Card) -> Option<Intent> {
    if card.others.is_empty() {
        return None;
    }
    let mut intent = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(ui.tr("menu-also-in")).weak());
        for &other in &card.others {
            let Some(scenario) = &entries[other].good else {
                continue;
            };
            let label = format!("{}  ▶", language_name(scenario.language()));
            if ui.button(label).clicked() {
                intent = Some(Intent::Open(entries[other].path.clone()));
            }
        }
    });
    intent
}
