//! Pairs practice: two people talk live, one playing the person from a character card, while
//! an observer tallies questions, listening and talking and ticks the five steps.

use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{ContentRect, DrawContent, digit_key, draw_with, key};
use crate::app::Screen;
use crate::app::charts::{self, Timeline};
use crate::app::intent::Intent;
use crate::app::library::Library;
use crate::app::theme::palette;
use crate::app::workshop::Countdown;
use crate::scenario::{Scenario, Step};
use crate::score::{Airtime, TARGET};

/// Airtime given to a tap when taps and timed marks are mixed: a short utterance.
pub const TAP_SECONDS: f64 = 3.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairsPhase {
    /// Before the talk: the partner may read the card.
    Briefing,
    /// The timer runs; the observer marks.
    Running,
    /// The results: airtime and the step timeline.
    Done,
}

/// One observer mark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    pub kind: Airtime,
    /// Seconds held, or None for a tap.
    pub seconds: Option<f64>,
}

/// A pairs practice in progress.
#[derive(Resource, Debug)]
pub struct PairsSession {
    pub path: String,
    pub scenario: Arc<Scenario>,
    pub phase: PairsPhase,
    pub card_visible: bool,
    /// Marks are timed while a key is held (else one tap per utterance).
    pub timed: bool,
    pub marks: Vec<Mark>,
    /// Steps ticked, with the number of marks made when each was ticked.
    pub steps: Vec<(Step, usize)>,
}

impl PairsSession {
    pub fn new(path: String, scenario: Arc<Scenario>) -> Self {
        PairsSession {
            path,
            scenario,
            phase: PairsPhase::Briefing,
            card_visible: false,
            timed: false,
            marks: Vec::new(),
            steps: Vec::new(),
        }
    }

    /// Questions, listening and talking as shares of the marks (taps count one each; held
    /// marks count their seconds, and a tap among them counts [`TAP_SECONDS`]).
    pub fn airtime(&self) -> [f64; 3] {
        let all_taps = self.marks.iter().all(|m| m.seconds.is_none());
        let mut totals = [0.0; 3];
        for mark in &self.marks {
            let weight = if all_taps {
                1.0
            } else {
                mark.seconds.unwrap_or(TAP_SECONDS)
            };
            totals[mark.kind.slot()] += weight;
        }
        let sum: f64 = totals.iter().sum();
        if sum > 0.0 {
            totals.map(|t| t / sum)
        } else {
            [0.0; 3]
        }
    }

    /// The checklist as a step timeline over the marks.
    pub fn timeline(&self) -> Timeline {
        let mut out_of_order = Vec::new();
        let ticked_before =
            |step: Step, at: usize| self.steps.iter().any(|(s, when)| *s == step && *when <= at);
        for (step, at) in &self.steps {
            let early = match step {
                Step::Vision => !ticked_before(Step::Story, *at),
                Step::Ask => !ticked_before(Step::Story, *at) || !ticked_before(Step::Vision, *at),
                _ => false,
            };
            if early {
                out_of_order.push((*step, (*at).max(1)));
            }
        }
        Timeline {
            columns: self.marks.len().max(1),
            reached: self
                .steps
                .iter()
                .map(|(s, at)| (*s, (*at).max(1)))
                .collect(),
            worked: Vec::new(),
            out_of_order,
            axis: "utterances →".to_owned(),
        }
    }
}

/// State changes, which headless apps need too.
pub(crate) fn logic_plugin(app: &mut App) {
    app.add_systems(Update, apply_pairs_intents);
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_pairs
            .in_set(DrawContent)
            .run_if(in_state(Screen::Pairs)),
    );
}

fn apply_pairs_intents(
    mut intents: MessageReader<Intent>,
    mut commands: Commands,
    library: Res<Library>,
    pairs: Option<ResMut<PairsSession>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut countdown: ResMut<Countdown>,
    time: Res<Time<Real>>,
) {
    let now = time.elapsed();
    let mut pairs = pairs;
    let here = *screen.get() == Screen::Pairs;
    for intent in intents.read() {
        match intent {
            Intent::Pairs(path) => {
                if let Some(scenario) = library.get(path).and_then(|e| e.good.clone()) {
                    commands.insert_resource(PairsSession::new(path.clone(), scenario));
                    countdown.reset();
                    next.set(Screen::Pairs);
                }
            }
            _ if !here => {}
            Intent::ToggleCard => {
                if let Some(p) = pairs.as_mut() {
                    p.card_visible = !p.card_visible;
                }
            }
            Intent::ToggleMarkMode => {
                if let Some(p) = pairs.as_mut() {
                    p.timed = !p.timed;
                }
            }
            Intent::Mark { kind, seconds } => {
                if let Some(p) = pairs.as_mut().filter(|p| p.phase == PairsPhase::Running) {
                    p.marks.push(Mark {
                        kind: *kind,
                        seconds: *seconds,
                    });
                }
            }
            Intent::CheckStep(step) => {
                if let Some(p) = pairs.as_mut().filter(|p| p.phase == PairsPhase::Running) {
                    match p.steps.iter().position(|(s, _)| s == step) {
                        Some(i) => {
                            p.steps.remove(i);
                        }
                        None => {
                            let at = p.marks.len();
                            p.steps.push((*step, at));
                        }
                    }
                }
            }
            Intent::Advance => {
                if let Some(p) = pairs.as_mut() {
                    match p.phase {
                        PairsPhase::Briefing => {
                            p.phase = PairsPhase::Running;
                            p.card_visible = false;
                            countdown.start(now);
                        }
                        PairsPhase::Running => {
                            p.phase = PairsPhase::Done;
                            countdown.pause(now);
                        }
                        PairsPhase::Done => {}
                    }
                }
            }
            Intent::Back => {
                if let Some(p) = pairs.as_mut() {
                    match p.phase {
                        PairsPhase::Running => {
                            p.marks.pop();
                        }
                        PairsPhase::Done => p.phase = PairsPhase::Running,
                        PairsPhase::Briefing => {}
                    }
                }
            }
            _ => {}
        }
    }
}

fn draw_pairs(
    mut contexts: EguiContexts,
    content: Res<ContentRect>,
    pairs: Option<Res<PairsSession>>,
    mut held: Local<Option<(Airtime, f64)>>,
    time: Res<Time<Real>>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let Some(pairs) = pairs else { return Ok(()) };
    let now = time.elapsed_secs_f64();
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        pairs_ui(ui, &pairs, &mut held, now)
    })
}

const MARK_KEYS: [(egui::Key, Airtime, &str); 3] = [
    (egui::Key::Q, Airtime::Questions, "Q  question"),
    (egui::Key::L, Airtime::Listening, "L  listening"),
    (egui::Key::T, Airtime::Talking, "T  talking"),
];

/// `held` remembers which mark key is down and since when, for timed marks.
pub fn pairs_ui(
    ui: &mut egui::Ui,
    pairs: &PairsSession,
    held: &mut Option<(Airtime, f64)>,
    now: f64,
) -> Option<Intent> {
    let mut intent = None;
    let typing = ui.ctx().text_edit_focused();
    if key(ui, egui::Key::PageDown) || key(ui, egui::Key::ArrowRight) || key(ui, egui::Key::Enter) {
        intent = Some(Intent::Advance);
    }
    if key(ui, egui::Key::PageUp) || key(ui, egui::Key::ArrowLeft) || key(ui, egui::Key::Backspace)
    {
        intent = Some(Intent::Back);
    }
    if key(ui, egui::Key::C) {
        intent = Some(Intent::ToggleCard);
    }
    if key(ui, egui::Key::M) {
        intent = Some(Intent::ToggleMarkMode);
    }
    if pairs.phase == PairsPhase::Running && !typing {
        for (k, kind, _) in MARK_KEYS {
            let (pressed, released) = ui.input(|i| {
                let pressed = i.events.iter().any(|e| matches!(e, egui::Event::Key { key, pressed: true, repeat: false, .. } if *key == k));
                (pressed, i.key_released(k))
            });
            if pairs.timed {
                if pressed {
                    *held = Some((kind, now));
                }
                if released && let Some((held_kind, since)) = held.take_if(|(h, _)| *h == kind) {
                    intent = Some(Intent::Mark {
                        kind: held_kind,
                        seconds: Some((now - since).max(0.1)),
                    });
                }
            } else if pressed {
                intent = Some(Intent::Mark {
                    kind,
                    seconds: None,
                });
            }
        }
        for (i, step) in Step::FIVE.iter().enumerate() {
            if digit_key(i + 1).is_some_and(|k| key(ui, k)) {
                intent = Some(Intent::CheckStep(*step));
            }
        }
    }
    let scenario = &pairs.scenario;
    egui::Panel::bottom("pairs-controls").show(ui, |ui| {
        ui.horizontal(|ui| {
            let (label, next) = match pairs.phase {
                PairsPhase::Briefing => ("Start the conversation  ▶", Intent::Advance),
                PairsPhase::Running => ("End and see the results  ▶", Intent::Advance),
                PairsPhase::Done => ("Back to marking", Intent::Back),
            };
            if ui.button(RichText::new(label).size(22.0)).clicked() {
                intent = Some(next);
            }
            let card = if pairs.card_visible {
                "Hide the card (C)"
            } else {
                "Partner: show the card (C)"
            };
            if pairs.phase != PairsPhase::Done && ui.button(card).clicked() {
                intent = Some(Intent::ToggleCard);
            }
        });
    });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("pairs")
            .auto_shrink([false; 2])
            .show(ui, |ui| {
                ui.label(RichText::new(format!("Pairs practice: {}", scenario.title)).heading());
                if pairs.card_visible {
                    character_card(ui, scenario);
                    return;
                }
                match pairs.phase {
                    PairsPhase::Briefing => briefing(ui, scenario),
                    PairsPhase::Running => {
                        if let Some(marked) = marking(ui, pairs, held, now) {
                            intent = Some(marked);
                        }
                    }
                    PairsPhase::Done => results(ui, pairs),
                }
            });
    });
    intent
}

fn briefing(ui: &mut egui::Ui, scenario: &Scenario) {
    ui.label(RichText::new(&scenario.setting).italics());
    ui.add_space(8.0);
    ui.label(format!(
        "Organizer: you are talking with {}. {}",
        scenario.person.name, scenario.person.about
    ));
    ui.label(format!("Partner: you play {}. Press C to read your card while the organizer looks away, then C again to hide it.", scenario.person.name));
    ui.label("Observer: press Q, L or T as each person speaks, and 1–5 as each step is done. The timer starts with the conversation.");
    ui.label(
        RichText::new(
            "G pauses the timer, [ and ] change its length. Press Enter or PageDown to start.",
        )
        .weak(),
    );
}

fn character_card(ui: &mut egui::Ui, scenario: &Scenario) {
    ui.label(
        RichText::new(format!(
            "For the partner only: you are {}",
            scenario.person.name
        ))
        .size(26.0)
        .color(palette::ACCENT),
    );
    let Some(card) = &scenario.person.card else {
        ui.label(&scenario.person.about);
        ui.label(RichText::new("This scenario has no character card; its author can add one under person: (card: ...).").weak());
        return;
    };
    for (title, items) in [
        ("What you know", &card.knows),
        ("How you feel", &card.feels),
        ("What you fear", &card.fears),
        ("What would move you", &card.would_move_them),
    ] {
        if items.is_empty() {
            continue;
        }
        ui.add_space(6.0);
        ui.label(RichText::new(title).strong().size(22.0));
        for item in items {
            ui.label(format!("•  {item}"));
        }
    }
}

fn marking(
    ui: &mut egui::Ui,
    pairs: &PairsSession,
    held: &mut Option<(Airtime, f64)>,
    now: f64,
) -> Option<Intent> {
    let mut intent = None;
    let mode = if pairs.timed {
        "timed: hold the key while they speak"
    } else {
        "tapped: one press per utterance"
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("Tally ({mode})")).strong());
        if ui.small_button("Switch (M)").clicked() {
            intent = Some(Intent::ToggleMarkMode);
        }
    });
    ui.horizontal(|ui| {
        for (_, kind, label) in MARK_KEYS {
            let count = pairs.marks.iter().filter(|m| m.kind == kind).count();
            let holding = held.is_some_and(|(k, _)| k == kind);
            let text = RichText::new(format!("{label}\n{count}")).size(26.0);
            let response = ui.add(
                egui::Button::new(text)
                    .selected(holding)
                    .min_size(egui::vec2(200.0, 90.0)),
            );
            if pairs.timed {
                if response.drag_started()
                    || (response.is_pointer_button_down_on() && held.is_none())
                {
                    *held = Some((kind, now));
                }
                if (response.drag_stopped() || response.clicked())
                    && let Some((k, since)) = held.take_if(|(k, _)| *k == kind)
                {
                    intent = Some(Intent::Mark {
                        kind: k,
                        seconds: Some((now - since).max(0.1)),
                    });
                }
            } else if response.clicked() {
                intent = Some(Intent::Mark {
                    kind,
                    seconds: None,
                });
            }
        }
    });
    let shares = pairs.airtime();
    charts::airtime_bars(ui, shares, TARGET);
    ui.add_space(8.0);
    ui.label(RichText::new("The five steps (keys 1–5)").strong());
    for (i, step) in Step::FIVE.iter().enumerate() {
        let mut done = pairs.steps.iter().any(|(s, _)| s == step);
        if ui
            .checkbox(&mut done, format!("{}. {}", i + 1, step.label()))
            .changed()
        {
            intent = Some(Intent::CheckStep(*step));
        }
    }
    intent
}

fn results(ui: &mut egui::Ui, pairs: &PairsSession) {
    let shares = pairs.airtime();
    ui.label(RichText::new("Airtime").heading());
    charts::airtime_bars(ui, shares, TARGET);
    ui.label(format!(
        "{} marks: {} questions, {} listening, {} talking.",
        pairs.marks.len(),
        pairs
            .marks
            .iter()
            .filter(|m| m.kind == Airtime::Questions)
            .count(),
        pairs
            .marks
            .iter()
            .filter(|m| m.kind == Airtime::Listening)
            .count(),
        pairs
            .marks
            .iter()
            .filter(|m| m.kind == Airtime::Talking)
            .count(),
    ));
    ui.add_space(10.0);
    ui.label(RichText::new("The five steps").heading());
    charts::step_timeline(ui, &pairs.timeline());
    let missing: Vec<&str> = Step::FIVE
        .iter()
        .filter(|s| !pairs.steps.iter().any(|(t, _)| t == *s))
        .map(|s| s.label())
        .collect();
    if !missing.is_empty() {
        ui.colored_label(
            palette::MISTAKE,
            format!("Not done: {}", missing.join(", ")),
        );
    }
}
