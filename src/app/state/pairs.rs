//! Pairs practice's state: the partner's card, the observer's tally and checklist, the phase.

use std::sync::Arc;

use bevy::prelude::*;

use super::ApplyIntents;
use super::library::Library;
use super::navigate::Navigate;
use super::workshop::Countdown;
use crate::app::screen::Screen;
use crate::app::widgets::charts::Timeline;
use crate::scenario::{Scenario, Step};
use crate::score::Airtime;

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

/// A step through pairs practice, checked against the screen by the router.
#[derive(Message, Debug, Clone, PartialEq)]
pub(crate) enum PairsCommand {
    /// Start pairs practice with a scenario from the library.
    Start(String),
    ToggleCard,
    ToggleMarkMode,
    /// An observer's mark; counted only while the conversation runs.
    Mark {
        kind: Airtime,
        seconds: Option<f64>,
    },
    /// Tick or untick a step; counted only while the conversation runs.
    CheckStep(Step),
    /// On to the next phase.
    Next,
    /// Undo the last mark, or go back from the results to marking.
    Previous,
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<PairsCommand>();
    app.add_systems(Update, handle_pairs_commands.in_set(ApplyIntents::Handle));
}

/// The countdown is the talk's timer here, so the phases start, stop and reset it.
fn handle_pairs_commands(
    mut received: MessageReader<PairsCommand>,
    mut commands: Commands,
    library: Res<Library>,
    mut pairs: Option<ResMut<PairsSession>>,
    mut countdown: ResMut<Countdown>,
    time: Res<Time<Real>>,
    mut navigate: MessageWriter<Navigate>,
) {
    let now = time.elapsed();
    for command in received.read() {
        match command {
            PairsCommand::Start(path) => {
                if let Some(scenario) = library.get(path).and_then(|e| e.good.clone()) {
                    commands.insert_resource(PairsSession::new(path.clone(), scenario));
                    countdown.reset();
                    navigate.write(Navigate(Screen::Pairs));
                }
            }
            PairsCommand::ToggleCard => {
                if let Some(p) = pairs.as_mut() {
                    p.card_visible = !p.card_visible;
                }
            }
            PairsCommand::ToggleMarkMode => {
                if let Some(p) = pairs.as_mut() {
                    p.timed = !p.timed;
                }
            }
            PairsCommand::Mark { kind, seconds } => {
                if let Some(p) = pairs.as_mut().filter(|p| p.phase == PairsPhase::Running) {
                    p.marks.push(Mark {
                        kind: *kind,
                        seconds: *seconds,
                    });
                }
            }
            PairsCommand::CheckStep(step) => {
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
            PairsCommand::Next => {
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
            PairsCommand::Previous => {
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
        }
    }
}
