//! Pairs practice's state: the partner's card, the observer's tally and checklist, the phase,
//! the round and who plays whom; each round is saved to History when it ends.

use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;

use super::ApplyIntents;
use super::export::export_pairs;
use super::language::UiLanguage;
use super::library::Library;
use super::navigate::Navigate;
use super::storage::Storage;
use super::workshop::Countdown;
use crate::app::intent::ExportFormat;
use crate::app::screen::Screen;
use crate::app::widgets::charts::Timeline;
use crate::i18n::{self, Arg, Language};
use crate::render::pairs;
use crate::scenario::{Scenario, Step};
use crate::score::Airtime;
use crate::score::observed::{Mark, Observation, PairsRound, TRAINEES};
use crate::store::pairs::SavedPairs;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairsPhase {
    /// Before the talk: the partner may read the card.
    Briefing,
    /// The timer runs; the observer marks.
    Running,
    /// The results: airtime and the step timeline.
    Done,
}

/// One thing the observer did, so that back undoes the last of any kind, in order.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Undo {
    Mark,
    Ticked(Step),
    /// A step unticked: where it was in the list, and the mark it had been ticked at.
    Unticked {
        step: Step,
        index: usize,
        at: usize,
    },
}

/// A pairs practice in progress.
#[derive(Resource, Debug, Clone)]
pub struct PairsSession {
    pub path: String,
    pub scenario: Arc<Scenario>,
    pub phase: PairsPhase,
    pub card_visible: bool,
    /// Marks are timed while a key is held (else one tap per utterance). Switching keeps the
    /// marks made the other way; the results say how each kind was counted.
    pub timed: bool,
    pub observation: Observation,
    undo: Vec<Undo>,
    /// 1 for the first round; one more each time the roles are swapped after a round.
    pub round: u32,
    /// The second trainee organizes.
    pub swapped: bool,
    /// Where this round was saved when it last ended, and its place in `Storage::pairs`.
    pub saved: Option<(PathBuf, usize)>,
}

impl PairsSession {
    pub fn new(path: String, scenario: Arc<Scenario>) -> Self {
        PairsSession {
            path,
            scenario,
            phase: PairsPhase::Briefing,
            card_visible: false,
            timed: false,
            observation: Observation::default(),
            undo: Vec::new(),
            round: 1,
            swapped: false,
            saved: None,
        }
    }

    pub fn organizer(&self) -> &'static str {
        TRAINEES[usize::from(self.swapped)]
    }

    pub fn partner(&self) -> &'static str {
        TRAINEES[usize::from(!self.swapped)]
    }

    /// This round as it stands, for the results and for saving.
    pub fn round(&self) -> PairsRound {
        PairsRound {
            scenario: self.scenario.id.clone(),
            title: self.scenario.title.clone(),
            person: self.scenario.person.name.clone(),
            round: self.round,
            organizer: self.organizer().to_owned(),
            partner: self.partner().to_owned(),
            observation: self.observation.clone(),
        }
    }

    pub fn airtime(&self) -> [f64; 3] {
        self.observation.airtime()
    }

    /// Who plays whom in this round: said as a plan before it ends, as a fact after.
    pub fn roles(&self, language: Language) -> String {
        pairs::roles(language, &self.round(), self.phase == PairsPhase::Done)
    }

    /// The checklist as a step timeline over the marks, its axis in English.
    pub fn timeline(&self) -> Timeline {
        self.timeline_in(Language::En)
    }

    /// The checklist as a step timeline over the marks, its axis in `language`.
    pub fn timeline_in(&self, language: Language) -> Timeline {
        let at_least_one = |(step, at): &(Step, usize)| (*step, (*at).max(1));
        Timeline {
            columns: self.observation.marks.len().max(1),
            reached: self.observation.steps.iter().map(at_least_one).collect(),
            worked: Vec::new(),
            out_of_order: self
                .observation
                .out_of_order()
                .iter()
                .map(at_least_one)
                .collect(),
            axis: i18n::text(language, "pairs-axis"),
        }
    }

    fn mark(&mut self, mark: Mark) {
        self.observation.marks.push(mark);
        self.undo.push(Undo::Mark);
    }

    fn check(&mut self, step: Step) {
        let steps = &mut self.observation.steps;
        match steps.iter().position(|(s, _)| *s == step) {
            Some(index) => {
                let (_, at) = steps.remove(index);
                self.undo.push(Undo::Unticked { step, index, at });
            }
            None => {
                steps.push((step, self.observation.marks.len()));
                self.undo.push(Undo::Ticked(step));
            }
        }
    }

    /// Undoes the last mark or tick, whichever came last.
    fn undo_last(&mut self) {
        let steps = &mut self.observation.steps;
        match self.undo.pop() {
            Some(Undo::Mark) => {
                self.observation.marks.pop();
            }
            Some(Undo::Ticked(step)) => steps.retain(|(s, _)| *s != step),
            Some(Undo::Unticked { step, index, at }) => {
                steps.insert(index.min(steps.len()), (step, at));
            }
            None => {}
        }
    }

    /// The next round, with the roles swapped and nothing marked.
    fn next_round(&mut self) {
        self.round += 1;
        self.swapped = !self.swapped;
        self.phase = PairsPhase::Briefing;
        self.observation = Observation::default();
        self.undo.clear();
        self.saved = None;
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
    /// On to the next phase; ending the talk saves the round.
    Next,
    /// Undo the last mark or tick, or go back from the results to marking.
    Previous,
    /// Before a round: swap the roles. After one: the next round, roles swapped.
    SwapRoles,
    /// Export the results of the round just ended.
    Export(ExportFormat),
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
    mut storage: Option<ResMut<Storage>>,
    mut countdown: ResMut<Countdown>,
    time: Res<Time<Real>>,
    mut navigate: MessageWriter<Navigate>,
    language: Res<UiLanguage>,
) {
    let language = language.0;
    let now = time.elapsed();
    for command in received.read() {
        if let PairsCommand::Start(path) = command {
            if let Some(scenario) = library.get(path).and_then(|e| e.good.clone()) {
                commands.insert_resource(PairsSession::new(path.clone(), scenario));
                countdown.reset();
                navigate.write(Navigate(Screen::Pairs));
            }
            continue;
        }
        let Some(p) = pairs.as_mut() else { continue };
        let running = p.phase == PairsPhase::Running;
        match command {
            PairsCommand::Start(_) => {}
            PairsCommand::ToggleCard => p.card_visible = !p.card_visible,
            PairsCommand::ToggleMarkMode => p.timed = !p.timed,
            PairsCommand::Mark { kind, seconds } if running => p.mark(Mark {
                kind: *kind,
                seconds: *seconds,
            }),
            PairsCommand::CheckStep(step) if running => p.check(*step),
            PairsCommand::Mark { .. } | PairsCommand::CheckStep(_) => {}
            PairsCommand::Next => match p.phase {
                PairsPhase::Briefing => {
                    p.phase = PairsPhase::Running;
                    p.card_visible = false;
                    countdown.start(now);
                }
                PairsPhase::Running => {
                    p.phase = PairsPhase::Done;
                    countdown.pause(now);
                    if let Some(storage) = storage.as_mut() {
                        storage.notice = None;
                        save_round(p, storage, language);
                    }
                }
                PairsPhase::Done => {}
            },
            PairsCommand::Previous => match p.phase {
                PairsPhase::Running => p.undo_last(),
                PairsPhase::Done => p.phase = PairsPhase::Running,
                PairsPhase::Briefing => {}
            },
            PairsCommand::SwapRoles => match p.phase {
                PairsPhase::Briefing => p.swapped = !p.swapped,
                PairsPhase::Done => {
                    p.next_round();
                    countdown.reset();
                    if let Some(storage) = storage.as_mut() {
                        storage.notice = None;
                    }
                }
                // Mid-talk, a swap would mix two people's marks in one round.
                PairsPhase::Running => {}
            },
            PairsCommand::Export(format) => {
                let Some(storage) = storage.as_mut() else {
                    continue;
                };
                let saved = p.saved.as_ref().and_then(|(_, i)| storage.pairs.get(*i));
                if p.phase == PairsPhase::Done
                    && let Some(saved) = saved
                {
                    let told = export_pairs(storage, saved, *format, language);
                    storage.notice = Some(told);
                }
            }
        }
    }
}

/// Saves the round just ended to History, over its own file if it was ended before.
fn save_round(p: &mut PairsSession, storage: &mut Storage, language: Language) {
    let saved = SavedPairs::now(p.round());
    let replacing = p.saved.as_ref().map(|(path, _)| path.as_path());
    match storage.history.save_pairs(&saved, replacing) {
        Ok(path) => {
            let index = match p.saved.as_ref().map(|(_, i)| *i) {
                Some(i) if i < storage.pairs.len() => {
                    storage.pairs[i] = saved;
                    i
                }
                _ => {
                    storage.pairs.push(saved);
                    storage.known.insert(path.clone());
                    storage.pairs.len() - 1
                }
            };
            p.saved = Some((path, index));
        }
        Err(e) => storage.warnings.push(i18n::text_with(
            language,
            "pairs-save-failed",
            &[("error", Arg::from(e.to_string()))],
        )),
    }
}
