//! The conversation: the person's card, the log, the options, the step tracker and airtime meter.
//! The same view serves a trainee alone, the room on a projector, and the trainer beside it.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, EguiTextureHandle};

use super::{ContentRect, DrawContent, digit_key, draw_with, key, wide_button};
use crate::app::Screen;
use crate::app::charts;
use crate::app::intent::Intent;
use crate::app::session::{Prefs, Room, Session};
use crate::app::theme::palette;
use crate::app::workshop::Workshop;
use crate::runtime::{Entry, Offered, Transcript};
use crate::scenario::{Scenario, Step, flags};
use crate::score;

/// Who the play screen is drawn for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// A trainee on their own: numbered options, no coach notes.
    Solo,
    /// The room, on a projector: lettered options and the show of hands.
    Room,
    /// The trainer's own screen while the room watches another: coach notes, hidden state,
    /// live scores.
    Trainer,
}

/// Everything the play screen shows.
pub struct PlayView<'a> {
    pub scenario: &'a Scenario,
    pub transcript: &'a Transcript,
    pub offered: Vec<Offered>,
    pub vars: Vec<(String, i64)>,
    pub room: &'a Room,
    pub prefs: &'a Prefs,
    pub audience: Audience,
    pub portrait: Option<egui::TextureId>,
}

impl<'a> PlayView<'a> {
    pub fn new(session: &'a Session, prefs: &'a Prefs, audience: Audience) -> Self {
        PlayView {
            scenario: session.scenario(),
            transcript: session.conversation.transcript(),
            offered: session.conversation.offered(),
            vars: session
                .conversation
                .vars()
                .iter()
                .map(|(k, v)| (k.clone(), *v))
                .collect(),
            room: &session.room,
            prefs,
            audience,
            portrait: None,
        }
    }

    /// "A" to "I" for the room, "1" to "9" for a trainee alone.
    pub fn label(&self, position: usize) -> String {
        match self.audience {
            Audience::Solo => (position + 1).to_string(),
            _ => char::from(b'A' + (position % 26) as u8).to_string(),
        }
    }
}

pub(super) fn plugin(app: &mut App) {
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
    workshop: Res<Workshop>,
    assets: Res<AssetServer>,
    mut portraits: Local<Vec<(String, Handle<Image>)>>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let Some(session) = session else {
        return Ok(());
    };
    let audience = match (workshop.projector, workshop.audience_window) {
        (false, _) => Audience::Solo,
        (true, false) => Audience::Room,
        (true, true) => Audience::Trainer,
    };
    let mut view = PlayView::new(&session, &prefs, audience);
    view.portrait = session.scenario().person.portrait.as_ref().map(|path| {
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
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        play_ui(ui, &view)
    })
}

/// Keys: digits choose; letters pick for the room (Shift adds a hand); arrows and Enter move
/// and commit; the clicker's next and back commit the pick and rewind.
fn play_keys(ui: &egui::Ui, view: &PlayView) -> Option<Intent> {
    let count = view.offered.len();
    let mut intent = None;
    for n in 1..=count.min(9) {
        if digit_key(n).is_some_and(|k| key(ui, k)) {
            intent = Some(Intent::Choose(n));
        }
    }
    if view.audience != Audience::Solo {
        for position in 0..count.min(9) {
            let Some(letter) = egui::Key::from_name(&view.label(position)) else {
                continue;
            };
            let (pressed, shift) = ui.input(|i| (i.key_pressed(letter), i.modifiers.shift));
            if pressed && !ui.ctx().text_edit_focused() {
                intent = Some(if shift {
                    Intent::Tally {
                        option: position,
                        hands: 1,
                    }
                } else {
                    Intent::Select(position)
                });
            }
        }
        if let Some(selected) = view.room.selected
            && key(ui, egui::Key::Minus)
        {
            intent = Some(Intent::Tally {
                option: selected,
                hands: -1,
            });
        }
        if key(ui, egui::Key::V) {
            intent = Some(Intent::ToggleTally);
        }
    } else {
        if key(ui, egui::Key::S) {
            intent = Some(Intent::ToggleTracker);
        }
        if key(ui, egui::Key::A) {
            intent = Some(Intent::ToggleAirtime);
        }
    }
    if count > 0 {
        let current = view.room.selected;
        if key(ui, egui::Key::ArrowDown) {
            intent = Some(Intent::Select(current.map_or(0, |s| (s + 1) % count)));
        }
        if key(ui, egui::Key::ArrowUp) {
            intent = Some(Intent::Select(
                current.map_or(count - 1, |s| (s + count - 1) % count),
            ));
        }
        if key(ui, egui::Key::Enter)
            || key(ui, egui::Key::PageDown)
            || key(ui, egui::Key::ArrowRight)
        {
            intent = Some(Intent::Advance);
        }
    }
    if view.transcript.turns() > 0
        && (key(ui, egui::Key::Backspace)
            || key(ui, egui::Key::PageUp)
            || key(ui, egui::Key::ArrowLeft))
    {
        intent = Some(Intent::Back);
    }
    intent
}

pub fn play_ui(ui: &mut egui::Ui, view: &PlayView) -> Option<Intent> {
    let mut intent = play_keys(ui, view);
    let turns = view.transcript.turns();
    let side_width = ui.available_width().clamp(260.0, 1600.0) * 0.27;
    egui::Panel::left("person")
        .resizable(false)
        .exact_size(side_width)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("side").show(ui, |ui| {
                if let Some(side) = side_panel(ui, view) {
                    intent = Some(side);
                }
            });
        });
    egui::Panel::bottom("options").show(ui, |ui| {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let prompt = match view.audience {
                Audience::Solo => "What do you say?",
                _ => "What should the organizer say? Hands up!",
            };
            ui.label(RichText::new(prompt).strong());
            if view.audience == Audience::Trainer {
                ui.label(
                    RichText::new(
                        "letter: pick · Shift+letter: add a hand · V: tally · PageDown: go",
                    )
                    .small()
                    .weak(),
                );
            }
        });
        let most = view.room.hands.iter().copied().max().unwrap_or(0).max(1);
        for (position, option) in view.offered.iter().enumerate() {
            let selected = view.room.selected == Some(position);
            let mut text = format!("{}   {}", view.label(position), option.text);
            let hands = view.room.hands.get(position).copied().unwrap_or(0);
            if view.room.show_tally && view.audience != Audience::Solo {
                text.push_str(&format!("   ✋ {hands}"));
            }
            let response = wide_button(ui, RichText::new(text), selected);
            if view.room.show_tally && hands > 0 && view.audience != Audience::Solo {
                let bar = response.rect.shrink(2.0);
                let width = bar.width() * hands as f32 / most as f32;
                let fill = egui::Rect::from_min_size(
                    egui::pos2(bar.left(), bar.bottom() - 6.0),
                    egui::vec2(width, 6.0),
                );
                ui.painter().rect_filled(fill, 2.0, palette::ACCENT);
            }
            if response.clicked() {
                intent = Some(if view.audience == Audience::Solo {
                    Intent::Choose(option.number)
                } else {
                    Intent::Select(position)
                });
            }
            if view.audience == Audience::Trainer {
                trainer_note(ui, view.scenario, view.transcript, option);
            }
        }
        ui.horizontal_wrapped(|ui| {
            if view.audience != Audience::Solo
                && view.room.pick().is_some()
                && ui.button("Go with the room's pick  ▶").clicked()
            {
                intent = Some(Intent::Advance);
            }
            if turns > 0 {
                if ui
                    .button("⟲ Back one turn")
                    .on_hover_text("Backspace or PageUp. The attempt becomes practice.")
                    .clicked()
                {
                    intent = Some(Intent::Back);
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
            }
            if view.transcript.rewound {
                ui.label(RichText::new("Practice run (rewound)").italics());
            }
        });
        ui.add_space(6.0);
    });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        conversation_log(ui, view.transcript, view.scenario, true);
    });
    intent
}

/// Under each option on the trainer's screen: its move, step, flags and coach note.
fn trainer_note(ui: &mut egui::Ui, scenario: &Scenario, transcript: &Transcript, option: &Offered) {
    let node = transcript.choices().count();
    let _ = node;
    let Some(choice) = scenario
        .nodes
        .values()
        .flat_map(|n| n.options.iter())
        .find(|c| c.text == option.text)
    else {
        return;
    };
    let flags: Vec<String> = choice
        .flags
        .iter()
        .filter_map(|f| flags::lookup(scenario, f))
        .map(|f| match f.kind {
            crate::scenario::FlagKind::Good => format!("✓ {}", f.label),
            crate::scenario::FlagKind::Mistake => format!("✕ {}", f.label),
        })
        .collect();
    let step = if choice.step == Step::None {
        String::new()
    } else {
        format!(" · {}", choice.step.label())
    };
    ui.label(
        RichText::new(format!(
            "{}{step}  {}  {}",
            choice.kind.label(),
            flags.join("  "),
            choice.note
        ))
        .small(),
    );
}

fn side_panel(ui: &mut egui::Ui, view: &PlayView) -> Option<Intent> {
    let mut intent = None;
    let person = &view.scenario.person;
    ui.add_space(6.0);
    ui.label(RichText::new(&view.scenario.title).heading());
    ui.separator();
    if let Some(texture) = view.portrait {
        ui.add(egui::Image::new((texture, egui::vec2(110.0, 110.0))).corner_radius(8.0));
    }
    ui.label(RichText::new(&person.name).size(26.0).strong());
    if view.audience != Audience::Room {
        ui.label(&person.about);
    }
    ui.separator();
    let solo = view.audience == Audience::Solo;
    ui.horizontal(|ui| {
        ui.label(RichText::new("The five steps").strong());
        if solo {
            let label = if view.prefs.show_tracker {
                "Hide (S)"
            } else {
                "Show (S)"
            };
            if ui.small_button(label).clicked() {
                intent = Some(Intent::ToggleTracker);
            }
        }
    });
    if view.prefs.show_tracker || !solo {
        step_tracker(ui, view.transcript);
    } else {
        ui.label(RichText::new("Hidden for an assessed run.").small().weak());
    }
    if view.audience == Audience::Room {
        return intent;
    }
    ui.separator();
    ui.horizontal(|ui| {
        ui.label(RichText::new("Airtime").strong());
        if solo {
            let label = if view.prefs.show_airtime {
                "Hide (A)"
            } else {
                "Show (A)"
            };
            if ui.small_button(label).clicked() {
                intent = Some(Intent::ToggleAirtime);
            }
        }
    });
    if view.prefs.show_airtime || !solo {
        let report = score::score(view.scenario, view.transcript, None);
        let a = &report.airtime;
        charts::airtime_bars(ui, [a.questions, a.listening, a.talking], a.target);
        ui.label(
            RichText::new("Bars: so far. Lines: the 20 / 70 / 10 rule of thumb.")
                .small()
                .weak(),
        );
        if view.audience == Audience::Trainer {
            ui.separator();
            ui.label(RichText::new(format!("Live score: {:.0}", report.overall)).strong());
            for hit in &report.mistakes {
                ui.colored_label(
                    palette::MISTAKE,
                    format!("Turn {}: {}", hit.turn, hit.label),
                );
            }
            ui.separator();
            ui.label(RichText::new("Hidden state").strong());
            for (var, value) in &view.vars {
                ui.label(format!("{var}: {value}"));
            }
        }
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
            ui.label(RichText::new(mark).color(color));
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
    conversation_entries(ui, &transcript.entries, scenario, show_setting, &[]);
}

/// Some entries of a conversation, with the given turns highlighted.
pub fn conversation_entries(
    ui: &mut egui::Ui,
    entries: &[Entry],
    scenario: &Scenario,
    show_setting: bool,
    highlight: &[usize],
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
            for entry in entries {
                match entry {
                    Entry::Person(line) if line.narration => {
                        ui.label(RichText::new(&line.text).italics().weak());
                    }
                    Entry::Person(line) => {
                        bubble(ui, person, &line.text, palette::PERSON_BUBBLE, width, false)
                    }
                    Entry::Choice(choice) => {
                        let fill = if highlight.contains(&choice.turn) {
                            palette::MISTAKE.linear_multiply(0.45)
                        } else {
                            palette::TRAINEE_BUBBLE
                        };
                        bubble(ui, scenario.player_name(), &choice.text, fill, width, true);
                    }
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
