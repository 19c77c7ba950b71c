//! The scenario list: title, setting, person and length of each, and errors for broken files.

use std::collections::{HashSet, VecDeque};

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::intent::Intent;
use crate::app::keymap::{self, pressed, pressed_at};
use crate::app::screen::Screen;
use crate::app::state::library::{Entry, Library};
use crate::app::state::prefs::Prefs;
use crate::app::state::ui::MenuState;
use crate::app::state::watch::watch_script;
use crate::app::theme::palette;
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
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
pub fn length_label(scenario: &Scenario) -> String {
    let endings = scenario.nodes.values().filter(|n| n.end.is_some()).count();
    let turns = scenario
        .paths
        .get("model")
        .map(|p| p.choices.len())
        .or_else(|| shortest_turns(scenario))
        .unwrap_or(0);
    format!(
        "about {turns} turns · {} moments · {endings} endings",
        scenario.nodes.len()
    )
}

pub fn menu_ui(
    ui: &mut egui::Ui,
    entries: &[Entry],
    prefs: &Prefs,
    state: &mut MenuState,
) -> Option<Intent> {
    let mut intent = None;
    let difficulty = prefs.difficulty;
    if pressed(ui, &keymap::DIFFICULTY) {
        intent = Some(Intent::SetDifficulty(difficulty.next()));
    }
    if pressed(ui, &keymap::FREE_TEXT) {
        intent = Some(Intent::ToggleFreeText);
    }
    let playable: Vec<usize> = (0..entries.len())
        .filter(|&i| entries[i].good.is_some())
        .collect();
    if !playable.is_empty() {
        match pressed_at(ui, &keymap::MOVE) {
            Some(0) => state.selected = (state.selected + playable.len() - 1) % playable.len(),
            Some(_) => state.selected = (state.selected + 1) % playable.len(),
            None => {}
        }
        state.selected = state.selected.min(playable.len() - 1);
        let entry = &entries[playable[state.selected]];
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
        ui.heading("Choose a conversation to practise");
        ui.label("Use the Up and Down arrow keys and Enter, or click. Press ? for all keys.");
        ui.add_space(6.0);
        if let Some(picked) = difficulty_picker(ui, difficulty) {
            intent = Some(picked);
        }
        if let Some(toggled) = free_text_toggle(ui, prefs.free_text) {
            intent = Some(toggled);
        }
        ui.horizontal_wrapped(|ui| {
            if ui.button("Room results (R)").clicked() {
                intent = Some(Intent::ShowRoom);
            }
            ui.label(RichText::new("for trainers: what a workshop's bundles show").weak());
        });
        ui.add_space(8.0);
        if entries.is_empty() {
            ui.label("No scenarios found. Put .ron files in the scenarios/ folder.");
        }
        egui::ScrollArea::vertical()
            .id_salt("menu")
            .auto_shrink([false; 2])
            .show(ui, |ui| {
                for (i, entry) in entries.iter().enumerate() {
                    let selected = playable.get(state.selected) == Some(&i);
                    let first = first_title(entries, entry);
                    if let Some(chosen) = card(ui, entry, selected, first) {
                        intent = Some(chosen);
                    }
                }
            });
    });
    intent
}

/// The three difficulties, the current one selected; D steps through them.
fn difficulty_picker(ui: &mut egui::Ui, current: Difficulty) -> Option<Intent> {
    let mut intent = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Difficulty (D):").strong());
        for difficulty in Difficulty::ALL {
            let button = egui::Button::new(difficulty.label()).selected(difficulty == current);
            if ui.add(button).clicked() {
                intent = Some(Intent::SetDifficulty(difficulty));
            }
        }
        ui.label(RichText::new(current.describe()).weak());
    });
    intent
}

/// Saying it yourself, beside the difficulty: on or off, and what it means.
fn free_text_toggle(ui: &mut egui::Ui, on: bool) -> Option<Intent> {
    let mut intent = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Say it yourself (Y):").strong());
        for (label, value) in [("Off", false), ("On", true)] {
            if ui
                .add(egui::Button::new(label).selected(on == value))
                .clicked()
                && on != value
            {
                intent = Some(Intent::ToggleFreeText);
            }
        }
        let what = if on {
            "type what you would say; it is taken as the closest option, which you can change"
        } else {
            "choose from the options written for each turn"
        };
        ui.label(RichText::new(what).weak());
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
pub fn watch_label(scenario: &Scenario, script: &str) -> String {
    let what = match script {
        "model" => "Watch the model conversation",
        "skit" | "poor" => "Watch a conversation go wrong",
        _ => "Watch a scripted conversation",
    };
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

fn card(ui: &mut egui::Ui, entry: &Entry, selected: bool, first: Option<&str>) -> Option<Intent> {
    let mut intent = None;
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
                            egui::Button::new(RichText::new("Practise  ▶").size(20.0))
                                .selected(selected),
                        );
                        if selected {
                            button.scroll_to_me(None);
                        }
                        if button.clicked() {
                            intent = Some(Intent::Open(entry.path.clone()));
                        }
                        if let Some(script) = watch_script(scenario)
                            && ui.button(watch_label(scenario, &script)).clicked()
                        {
                            intent = Some(Intent::Watch { path: entry.path.clone(), script });
                        }
                        if ui.button("Pairs practice (P)").clicked() {
                            intent = Some(Intent::Pairs(entry.path.clone()));
                        }
                    });
                    let person = &scenario.person;
                    ui.label(RichText::new(format!("{} — {}", person.name, person.about)).strong());
                    let blurb = if scenario.summary.trim().is_empty() {
                        &scenario.setting
                    } else {
                        &scenario.summary
                    };
                    ui.label(blurb);
                    if let Some(first) = first {
                        ui.label(RichText::new(format!(
                            "A second conversation, after “{first}”. Finish that one and choose Follow up \
                             to carry over what happened; started from here, it begins as the author set it."
                        )).small());
                    }
                    ui.label(RichText::new(length_label(scenario)).small().weak());
                }
                None => {
                    ui.label(RichText::new(&entry.path).heading().size(22.0));
                }
            }
            if let Some(error) = entry.error() {
                let note = if entry.good.is_some() {
                    "This file has an error; you are seeing its last good version."
                } else {
                    "This file cannot be played until it is fixed."
                };
                ui.colored_label(palette::ERROR, RichText::new(error.to_string()).monospace());
                ui.label(RichText::new(note).small());
            }
        });
    ui.add_space(6.0);
    intent
}
