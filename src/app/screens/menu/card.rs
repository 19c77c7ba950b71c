//! One card on the scenario list: the scenario in the trainee's language, what it is about, how
//! long it is, its buttons, the same exercise in other languages, and a broken file's error.

use std::collections::{HashSet, VecDeque};

use bevy_egui::egui::{self, RichText};

use crate::app::intent::Intent;
use crate::app::lang::Tr;
use crate::app::state::library::{Card, Entry};
use crate::app::state::watch::watch_script;
use crate::app::theme::palette;
use crate::i18n::{Arg, Language};
use crate::scenario::Scenario;
use crate::scenario::links::successors;

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

pub(super) fn card(
    ui: &mut egui::Ui,
    entries: &[Entry],
    card: &Card,
    selected: bool,
) -> Option<Intent> {
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
