//! The conversation runtime: a player's walk through a compiled scenario, with its text and
//! transcript.
//!
//! The whole state of a conversation is its scenario, its seed and the numbers chosen so far,
//! so saving, restoring and rewinding all replay those choices from the start. The stepping
//! itself is [`Program`]'s, shared with random play and the analysis.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Arc;

use rand_chacha::ChaCha8Rng;

use super::dice::{RandomPicker, dice, shown_order};
use super::free::{Match, Taken, match_line};
use super::node_set::NodeSet;
use super::program::Program;
use super::step::{Chance, Landing, State, Trace, Walk};
use super::transcript::{
    Carried, ChoiceRecord, ChooseError, EndingRecord, Entry, Event, Offered, PersonLine, Said,
    SavedConversation, Transcript,
};
use crate::scenario::model::{Scenario, Step, Value};

/// Turns a random player takes at most.
pub const MAX_RANDOM_TURNS: usize = 10_000;

/// A conversation in progress.
#[derive(Debug, Clone)]
pub struct Conversation {
    program: Arc<Program>,
    seed: u64,
    rng: ChaCha8Rng,
    state: State<()>,
    visited: NodeSet,
    /// Options on offer, by position in the file, in file order.
    offered: Vec<usize>,
    /// The same, in the order shown.
    shown: Vec<usize>,
    pending: VecDeque<Event>,
    transcript: Transcript,
    /// Option numbers in file order; 0 is a node's `otherwise`.
    choices: Vec<usize>,
    /// What was typed at each turn, in free-text play.
    said: Vec<Option<Said>>,
    over: bool,
}

impl Conversation {
    /// Starts at the scenario's start node. Events for the opening are ready at once.
    pub fn start(scenario: Arc<Scenario>, seed: u64) -> Result<Self, ChooseError> {
        Self::begin(Arc::new(Program::new(scenario)), seed)
    }

    /// Starts a follow-up whose variables start from what carried over from the first
    /// conversation (see [`super::carry`]).
    pub fn start_after(
        scenario: Arc<Scenario>,
        seed: u64,
        carried: Carried,
    ) -> Result<Self, ChooseError> {
        let program = Program::carrying(scenario, &carried);
        let mut conversation = Self::begin(Arc::new(program), seed)?;
        conversation.transcript.carried = carried;
        Ok(conversation)
    }

    /// Starts a conversation with a scenario already compiled.
    pub fn begin(program: Arc<Program>, seed: u64) -> Result<Self, ChooseError> {
        let state = program.blank::<()>().ok_or(ChooseError::NoStart)?;
        let mut conversation = Conversation {
            transcript: Transcript {
                scenario: program.scenario().id.clone(),
                seed,
                vars: vec![vars_of(&program, &state)],
                ..Transcript::default()
            },
            visited: NodeSet::with_capacity(program.node_count()),
            rng: dice(seed),
            seed,
            state,
            offered: Vec::new(),
            shown: Vec::new(),
            pending: VecDeque::new(),
            choices: Vec::new(),
            said: Vec::new(),
            over: false,
            program,
        };
        conversation.step(|program, walk, out| program.open(walk, out));
        Ok(conversation)
    }

    /// Replays a list of choices from the start.
    pub fn replay(
        scenario: Arc<Scenario>,
        seed: u64,
        choices: &[usize],
    ) -> Result<Self, ChooseError> {
        Self::replay_program(Arc::new(Program::new(scenario)), seed, choices, &[])
    }

    fn replay_program(
        program: Arc<Program>,
        seed: u64,
        choices: &[usize],
        said: &[Option<Said>],
    ) -> Result<Self, ChooseError> {
        let mut conversation = Self::begin(program, seed)?;
        for (turn, &number) in choices.iter().enumerate() {
            let typed = said.get(turn).cloned().flatten();
            conversation.take(number, typed)?;
        }
        Ok(conversation)
    }

    /// The next event to show, or None while waiting for a choice or after the end.
    pub fn next_event(&mut self) -> Option<Event> {
        self.pending.pop_front()
    }

    /// Takes every pending event.
    pub fn drain_events(&mut self) -> Vec<Event> {
        self.pending.drain(..).collect()
    }

    /// Picks the option at a place in the order shown (1-based), as a trainee does.
    pub fn choose_shown(&mut self, shown: usize) -> Result<(), ChooseError> {
        if self.over {
            return Err(ChooseError::Over);
        }
        let index = shown.checked_sub(1).and_then(|i| self.shown.get(i)).ok_or(
            ChooseError::NotOffered {
                number: shown,
                offered: self.shown.len(),
            },
        )?;
        let number = self.offered.iter().position(|i| i == index).unwrap_or(0) + 1;
        self.choose(number)
    }

    /// Picks an offered option by its 1-based number counted in file order, as stored paths
    /// and `run --choose` do; 0 takes the node's `otherwise`.
    pub fn choose(&mut self, number: usize) -> Result<(), ChooseError> {
        self.take(number, None)
    }

    /// Which option a typed line would be taken as here, and how it is heard. Nothing changes
    /// until [`Conversation::say`].
    pub fn hear(&self, text: &str) -> Match {
        if self.over {
            return Match {
                taken: Taken::Nothing,
                score: Default::default(),
                heard: crate::heard::classify_in(self.language(), text),
                ranking: Vec::new(),
            };
        }
        match_line(&self.program, &self.state, &self.offered(), text)
    }

    /// Says a typed line, taken as an option on offer or the node's `otherwise` (what
    /// [`Conversation::hear`] matched, or another option the trainee picked instead). The
    /// transcript keeps the line and how it was heard, and scoring counts its words and move.
    pub fn say(&mut self, said: Said, taken: &Taken) -> Result<(), ChooseError> {
        let number = match taken {
            Taken::Option(offered) => offered.number,
            Taken::Otherwise { .. } => 0,
            Taken::Nothing => return Err(ChooseError::NoMatch),
        };
        self.take(number, Some(said))
    }

    fn take(&mut self, number: usize, said: Option<Said>) -> Result<(), ChooseError> {
        if self.over {
            return Err(ChooseError::Over);
        }
        let index = match number {
            0 => self.program.otherwise_open(&self.state),
            n => n.checked_sub(1).and_then(|i| self.offered.get(i)).copied(),
        };
        let Some(index) = index else {
            return Err(ChooseError::NotOffered {
                number,
                offered: self.offered.len(),
            });
        };
        let program = Arc::clone(&self.program);
        let node = self.state.node;
        let Some(choice) = program.node(node).and_then(|n| n.option(index)) else {
            return Err(ChooseError::Over);
        };
        self.choices.push(number);
        let shown = self.shown.iter().position(|&i| i == index).unwrap_or(0) + 1;
        self.transcript.entries.push(Entry::Choice(ChoiceRecord {
            turn: self.choices.len(),
            node: program.node_id(node).to_owned(),
            index,
            number,
            shown,
            text: choice.text.clone(),
            kind: choice.kind,
            step: choice.step,
            flags: choice.flags.clone(),
            note: choice.note.clone(),
            seconds: choice.seconds,
            alternatives: self
                .offered
                .iter()
                .copied()
                .filter(|&i| i != index)
                .collect(),
            typed: said.as_ref().map(|s| s.text.clone()),
            heard: said.as_ref().map(|s| s.heard),
        }));
        self.said.push(said);
        self.offered.clear();
        self.shown.clear();
        let state = self.state.clone();
        self.step(|program, walk, out| program.choose(&state, index, walk, out));
        self.transcript.vars.push(vars_of(&program, &self.state));
        Ok(())
    }

    /// Plays on to the end with a [`RandomPicker`] seeded by `seed`, which picks among the
    /// options as shown. Stops after [`MAX_RANDOM_TURNS`] turns, so a scenario that can loop
    /// for ever cannot hang it.
    pub fn play_randomly(&mut self, seed: u64) {
        let mut picker = RandomPicker::new(seed);
        while !self.over && !self.shown.is_empty() && self.choices.len() < MAX_RANDOM_TURNS {
            if self.choose_shown(picker.pick(self.shown.len())).is_err() {
                break;
            }
        }
    }

    /// The ids of every node the conversation has entered, in file order.
    pub fn visited(&self) -> Vec<&str> {
        (0..self.program.node_count())
            .filter(|&i| self.visited.contains(i))
            .map(|i| self.program.node_id(i))
            .collect()
    }

    /// Rewinds to just before turn `turn` (1-based) was chosen. The attempt becomes practice.
    pub fn rewind_to(&self, turn: usize) -> Result<Self, ChooseError> {
        if turn == 0 || turn > self.choices.len() {
            return Err(ChooseError::NoSuchTurn(turn));
        }
        let mut rewound = Self::replay_program(
            Arc::clone(&self.program),
            self.seed,
            &self.choices[..turn - 1],
            &self.said[..turn - 1],
        )?;
        rewound.transcript.rewound = true;
        rewound.transcript.carried = self.transcript.carried.clone();
        Ok(rewound)
    }

    pub fn save(&self) -> SavedConversation {
        SavedConversation {
            scenario: self.scenario().id.clone(),
            seed: self.seed,
            choices: self.choices.clone(),
            said: if self.said.iter().any(Option::is_some) {
                self.said.clone()
            } else {
                Vec::new()
            },
            rewound: self.transcript.rewound,
            carried: self.transcript.carried.clone(),
        }
    }

    pub fn restore(
        scenario: Arc<Scenario>,
        saved: &SavedConversation,
    ) -> Result<Self, ChooseError> {
        if saved.scenario != scenario.id {
            return Err(ChooseError::WrongScenario {
                saved: saved.scenario.clone(),
                actual: scenario.id.clone(),
            });
        }
        let program = Arc::new(Program::carrying(scenario, &saved.carried));
        let mut conversation =
            Self::replay_program(program, saved.seed, &saved.choices, &saved.said)?;
        conversation.transcript.rewound = saved.rewound;
        conversation.transcript.carried = saved.carried.clone();
        Ok(conversation)
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        self.program.scenario()
    }

    /// The language the scenario is written in, which typed lines are heard in.
    pub fn language(&self) -> crate::i18n::Language {
        crate::i18n::Language::parse(self.scenario().language()).unwrap_or_default()
    }

    /// The compiled scenario, for whoever wants to step through it further.
    pub fn program(&self) -> &Arc<Program> {
        &self.program
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn transcript(&self) -> &Transcript {
        &self.transcript
    }

    pub fn into_transcript(self) -> Transcript {
        self.transcript
    }

    /// The node the conversation is at.
    pub fn node(&self) -> &str {
        self.program.node_id(self.state.node)
    }

    /// The hidden variables now.
    pub fn vars(&self) -> BTreeMap<String, Value> {
        vars_of(&self.program, &self.state)
    }

    pub fn choices(&self) -> &[usize] {
        &self.choices
    }

    pub fn is_over(&self) -> bool {
        self.over
    }

    /// Options on offer now, in the order the trainee sees them.
    pub fn offered(&self) -> Vec<Offered> {
        let Some(node) = self.program.node(self.state.node) else {
            return Vec::new();
        };
        self.shown
            .iter()
            .enumerate()
            .filter_map(|(place, &index)| {
                let number = self.offered.iter().position(|&i| i == index)? + 1;
                node.options.get(index).map(|o| Offered {
                    shown: place + 1,
                    number,
                    index,
                    text: o.text.clone(),
                })
            })
            .collect()
    }

    /// Takes one step of this conversation with its own dice, recording what is said, then
    /// lands where it ends.
    fn step(&mut self, go: impl FnOnce(&Program, &mut Walk<Recorder>, &mut Vec<Landing<()>>)) {
        let program = Arc::clone(&self.program);
        let mut recorder = Recorder {
            program: &program,
            transcript: &mut self.transcript,
            pending: &mut self.pending,
            visited: &mut self.visited,
            turn: self.choices.len(),
        };
        // A conversation is a single run, so it never stops early for lack of work.
        let mut budget = usize::MAX;
        let mut walk = Walk {
            chance: Chance::Roll(&mut self.rng),
            trace: &mut recorder,
            seen: None,
            budget: &mut budget,
        };
        let mut landings = Vec::new();
        go(&program, &mut walk, &mut landings);
        self.land(landings.pop());
    }

    /// Records where a step landed: the choice on offer, the ending, or a dead end.
    fn land(&mut self, landing: Option<Landing<()>>) {
        let Some(landing) = landing else {
            return self.stuck();
        };
        match landing {
            Landing::Choice(state) => {
                self.offered = self.program.offered(&state);
                let node = state.node;
                let program = &self.program;
                self.shown = shown_order(self.seed, self.choices.len() + 1, &self.offered, |o| {
                    program.is_pinned_last(node, o)
                });
                self.state = state;
                self.pending.push_back(Event::Options(self.offered()));
            }
            Landing::End(state) => {
                self.state = state;
                let node = self.state.node;
                let end = self.program.node(node).and_then(|n| n.end.as_ref());
                let record = EndingRecord {
                    node: self.program.node_id(node).to_owned(),
                    outcome: end.and_then(|e| e.outcome),
                    truth: self.program.truth(&self.state),
                    why: end
                        .filter(|e| e.truth.is_some() && !e.why.trim().is_empty())
                        .map(|e| e.why.clone()),
                    summary: end.map(|e| e.summary.clone()).unwrap_or_default(),
                };
                self.transcript.ending = Some(record.clone());
                self.over = true;
                self.pending.push_back(Event::Ended(record));
            }
            Landing::Stuck(state) => {
                self.state = state;
                self.stuck();
            }
        }
    }

    fn stuck(&mut self) {
        self.over = true;
        self.pending.push_back(Event::Stuck {
            node: self.node().to_owned(),
        });
    }
}

/// Writes what a player's run says and reaches into the transcript and the pending events.
struct Recorder<'a> {
    program: &'a Program,
    transcript: &'a mut Transcript,
    pending: &'a mut VecDeque<Event>,
    visited: &'a mut NodeSet,
    turn: usize,
}

impl Trace for Recorder<'_> {
    fn entered(&mut self, node: usize) {
        self.visited.insert(node);
    }

    fn line(&mut self, node: usize, line: usize, variant: usize) {
        let Some(said) = self.program.node(node).and_then(|n| n.say.get(line)) else {
            return;
        };
        let line = PersonLine {
            node: self.program.node_id(node).to_owned(),
            text: said.variants().get(variant).cloned().unwrap_or_default(),
            narration: said.is_narration(),
            seconds: said.seconds(),
            reveals: said.reveals().to_vec(),
        };
        self.transcript.entries.push(Entry::Person(line.clone()));
        self.pending.push_back(Event::Line(line));
    }

    fn reached(&mut self, node: usize, step: Step) {
        self.transcript.entries.push(Entry::Reached {
            turn: self.turn,
            step,
            node: self.program.node_id(node).to_owned(),
        });
        self.pending.push_back(Event::StepReached(step));
    }
}

/// The variables of a state, by name.
fn vars_of<L>(program: &Program, state: &State<L>) -> BTreeMap<String, Value> {
    program
        .var_names
        .iter()
        .cloned()
        .zip(state.vars.iter().copied())
        .collect()
}
