//! The conversation: the person's card, the log, the options, the step tracker and airtime meter.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, EguiTextureHandle};

use super::{ContentRect, DrawContent, digit_key, draw_with, key, wide_button};
use crate::app::Screen;
use crate::app::charts;
use crate::app::intent::Intent;
use crate::app::session::{Prefs, Session};
use crate::app::theme::palette;
use crate::conversation::{Entry, Offered, Transcript};
use crate::scenario::{Scenario, Step};
use crate::scoring;

/// Which option has keyboard focus.
#[derive(Resource, Debug, Default)]
pub struct PlayState {
    pub selected: usize,
    /// Turn count when `selected` was last reset, so a new turn starts at the top.
    pub turn: usize,
}

/// Everything the play screen shows.
pub struct PlayView<'a> {
    pub scenario: &'a Scenario,
    pub transcript: &'a Transcript,
    pub offered: Vec<Offered>,
    pub prefs: &'a Prefs,
    pub portrait: Option<egui::TextureId>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PlayState>();
    app.add_systems(
        EguiPrimaryContextPass,
        draw_play.in_set(DrawContent).run_if(in_state(Screen::Play)),
    );
}

fn draw_play(
    mut contexts: EguiContexts,
    content: Res<ContentRect>,
    session: Option<Res<Session>>,
    prefs: Res<Prefs>,
    mut state: ResMut<PlayState>,
    assets: Res<AssetServer>,
    mut portraits: Local<Vec<(String, Handle<Image>)>>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let Some(session) = session else {
        return Ok(());
    };
    let scenario = session.scenario();
    let portrait = scenario.person.portrait.as_ref().map(|path| {
        let handle = match portraits.iter().find(|(p, _)| p == path) {
            Some((_, handle)) => handle.clone(),
            None => {
                let handle = assets.load(path.clone());
                portraits.push((path.clone(), handle.clone()));
                handle
            }
        };
        contexts.add_image(EguiTextureHandle::Strong(handle))
    });
    let view = PlayView {
        scenario,
        transcript: session.conversation.transcript(),
        offered: session.conversation.offered(),
        prefs: &prefs,
        portrait,
    };
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        play_ui(ui, &view, &mut state)
    })
}

pub fn play_ui(ui: &mut egui::Ui, view: &PlayView, state: &mut PlayState) -> Option<Intent> {
    let mut intent = None;
    let turns = view.transcript.turns();
    if state.turn != turns {
        state.turn = turns;
        state.selected = 0;
    }
    let count = view.offered.len();
    if count > 0 {
        for n in 1..=count.min(9) {
            if digit_key(n).is_some_and(|k| key(ui, k)) {
                intent = Some(Intent::Choose(n));
            }
        }
        if key(ui, egui::Key::ArrowDown) {
            state.selected = (state.selected + 1) % count;
        }
        if key(ui, egui::Key::ArrowUp) {
            state.selected = (state.selected + count - 1) % count;
        }
        state.selected = state.selected.min(count - 1);
        if key(ui, egui::Key::Enter) {
            intent = Some(Intent::Choose(state.selected + 1));
        }
    }
    if turns > 0 && key(ui, egui::Key::Backspace) {
        intent = Some(Intent::Rewind(turns));
    }
    if key(ui, egui::Key::S) {
        intent = Some(Intent::ToggleTracker);
    }
    if key(ui, egui::Key::A) {
        intent = Some(Intent::ToggleAirtime);
    }

    egui::Panel::left("person")
        .resizable(false)
        .exact_size(ui.available_width().clamp(260.0, 1600.0) * 0.27)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if let Some(side) = side_panel(ui, view) {
                    intent = Some(side);
                }
            });
        });
    egui::Panel::bottom("options").show(ui, |ui| {
        ui.add_space(6.0);
        ui.label(RichText::new("What do you say?").strong());
        for option in &view.offered {
            let selected = option.number == state.selected + 1;
            let text = RichText::new(format!("{}   {}", option.number, option.text))
                .size(crate::app::theme::BODY + 1.0);
            let response = wide_button(ui, text, selected);
            if selected && response.ctx.memory(|m| m.focused().is_none()) {
                response.scroll_to_me(None);
            }
            if response.clicked() {
                intent = Some(Intent::Choose(option.number));
            }
        }
        if turns > 0 {
            ui.horizontal(|ui| {
                if ui
                    .button("⟲ Back one turn")
                    .on_hover_text("Backspace. The attempt becomes practice.")
                    .clicked()
                {
                    intent = Some(Intent::Rewind(turns));
                }
                egui::ComboBox::from_id_salt("rewind")
                    .selected_text("Rewind to turn…")
                    .show_ui(ui, |ui| {
                        for turn in 1..=turns {
                            if ui.selectable_label(false, format!("Turn {turn}")).clicked() {
                                intent = Some(Intent::Rewind(turn));
                            }
                        }
                    });
                if view.transcript.rewound {
                    ui.label(RichText::new("Practice run (rewound)").italics());
                }
            });
        }
        ui.add_space(6.0);
    });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        conversation_log(ui, view.transcript, view.scenario, true);
    });
    intent
}

fn side_panel(ui: &mut egui::Ui, view: &PlayView) -> Option<Intent> {
    let mut intent = None;
    let person = &view.scenario.person;
    ui.add_space(6.0);
    ui.label(RichText::new(&view.scenario.title).heading().size(22.0));
    ui.separator();
    if let Some(texture) = view.portrait {
        ui.add(egui::Image::new((texture, egui::vec2(160.0, 160.0))).corner_radius(8.0));
    }
    ui.label(RichText::new(&person.name).size(26.0).strong());
    ui.label(&person.about);
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(RichText::new("The five steps").strong());
        let label = if view.prefs.show_tracker {
            "Hide (S)"
        } else {
            "Show (S)"
        };
        if ui.small_button(label).clicked() {
            intent = Some(Intent::ToggleTracker);
        }
    });
    if view.prefs.show_tracker {
        step_tracker(ui, view.transcript);
    } else {
        ui.label(RichText::new("Hidden for an assessed run.").small().weak());
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(RichText::new("Airtime").strong());
        let label = if view.prefs.show_airtime {
            "Hide (A)"
        } else {
            "Show (A)"
        };
        if ui.small_button(label).clicked() {
            intent = Some(Intent::ToggleAirtime);
        }
    });
    if view.prefs.show_airtime {
        let report = scoring::score(view.scenario, view.transcript, None);
        let a = &report.airtime;
        charts::airtime_bars(ui, [a.questions, a.listening, a.talking], a.target);
        ui.label(
            RichText::new("Bars: you so far. Lines: the 20 / 70 / 10 rule of thumb.")
                .small()
                .weak(),
        );
    }
    intent
}

fn step_tracker(ui: &mut egui::Ui, transcript: &Transcript) {
    let reached: Vec<Step> = transcript
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Reached { step, .. } => Some(*step),
            _ => None,
        })
        .collect();
    for (i, step) in Step::FIVE.iter().enumerate() {
        let done = reached.contains(step);
        let (mark, color) = if done {
            ("●", palette::STEP_DONE)
        } else {
            ("○", palette::STEP_TODO)
        };
        ui.horizontal(|ui| {
            ui.label(RichText::new(mark).color(color).size(22.0));
            let text = RichText::new(format!("{}. {}", i + 1, step.label()));
            ui.label(if done {
                text.color(palette::STEP_DONE).strong()
            } else {
                text
            });
        });
    }
}

/// The conversation so far; it keeps the newest line in view.
pub fn conversation_log(
    ui: &mut egui::Ui,
    transcript: &Transcript,
    scenario: &Scenario,
    show_setting: bool,
) {
    let person = &scenario.person.name;
    egui::ScrollArea::vertical()
        .id_salt("conversation")
        .stick_to_bottom(true)
        .auto_shrink([false; 2])
        .show(ui, |ui| {
            let width = ui.available_width();
            if show_setting {
                egui::Frame::new().inner_margin(8.0).show(ui, |ui| {
                    ui.label(RichText::new(&scenario.setting).italics().weak());
                });
            }
            for entry in &transcript.entries {
                match entry {
                    Entry::Person(line) if line.narration => {
                        ui.label(RichText::new(&line.text).italics().weak());
                    }
                    Entry::Person(line) => {
                        bubble(ui, person, &line.text, palette::PERSON_BUBBLE, width, false)
                    }
                    Entry::Choice(choice) => bubble(
                        ui,
                        scenario.player_name(),
                        &choice.text,
                        palette::TRAINEE_BUBBLE,
                        width,
                        true,
                    ),
                    Entry::Reached { step, .. } => {
                        ui.label(
                            RichText::new(format!("✓ {}", step.label()))
                                .color(palette::STEP_DONE)
                                .small(),
                        );
                    }
                }
            }
        });
}

fn bubble(ui: &mut egui::Ui, who: &str, text: &str, fill: egui::Color32, width: f32, right: bool) {
    let layout = if right {
        egui::Layout::right_to_left(egui::Align::TOP)
    } else {
        egui::Layout::left_to_right(egui::Align::TOP)
    };
    ui.allocate_ui_with_layout(egui::vec2(width, 0.0), layout, |ui| {
        egui::Frame::new()
            .fill(fill)
            .corner_radius(10.0)
            .inner_margin(12.0)
            .show(ui, |ui| {
                ui.set_max_width(width * 0.78);
                ui.vertical(|ui| {
                    ui.label(RichText::new(who).strong().small());
                    ui.label(text);
                });
            });
    });
}
