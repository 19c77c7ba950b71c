//! The conversation runtime: a pull-based walk through a scenario with hidden state and a seeded RNG.
//!
//! The whole state of a conversation is its scenario, its seed and the numbers chosen so far,
//! so saving, restoring and rewinding all replay those choices from the start.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::sync::Arc;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::scenario::model::{
    Assessment, Branch, Choice, Condition, Effect, Move, Outcome, Scenario, Step, Value,
};

/// Turns a random player takes at most.
pub const MAX_RANDOM_TURNS: usize = 10_000;

/// How many nodes a chain of automatic `next` moves may pass before it counts as a loop.
const MAX_AUTOMATIC_MOVES: usize = 1_000;

/// Something the host should show, in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Event {
    /// The person speaks, or narration describes what happens.
    Line(PersonLine),
    /// The trainee's turn: these options are on offer.
    Options(Vec<Offered>),
    /// A step of the method was just completed.
    StepReached(Step),
    /// The conversation is over.
    Ended(EndingRecord),
    /// No way on from this node under the current state (an authoring bug; `check` warns).
    Stuck { node: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonLine {
    pub node: String,
    pub text: String,
    pub narration: bool,
    /// Explicit airtime from the scenario, if any.
    pub seconds: Option<f64>,
}

/// An option as offered: `number` is what the trainee types (1-based).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Offered {
    pub number: usize,
    /// Position among the node's options in the file.
    pub index: usize,
    pub text: String,
}

/// The ending reached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndingRecord {
    pub node: String,
    pub outcome: Option<Outcome>,
    pub truth: Option<Assessment>,
    pub summary: String,
}

/// One choice the trainee made, with everything scoring needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChoiceRecord {
    /// 1-based turn number.
    pub turn: usize,
    pub node: String,
    pub index: usize,
    pub number: usize,
    pub text: String,
    #[serde(rename = "move")]
    pub kind: Move,
    pub step: Step,
    pub flags: Vec<String>,
    pub note: String,
    pub seconds: Option<f64>,
    /// The other options that were on offer, by index, for "what else could I have said".
    pub alternatives: Vec<usize>,
}

/// One entry of the transcript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Entry {
    Person(PersonLine),
    Choice(ChoiceRecord),
    Reached {
        turn: usize,
        step: Step,
        node: String,
    },
}

/// Everything that happened, in order: the input to scoring.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub scenario: String,
    pub seed: u64,
    pub entries: Vec<Entry>,
    /// Variables at the start (index 0) and after each turn.
    pub vars: Vec<BTreeMap<String, Value>>,
    pub ending: Option<EndingRecord>,
    /// True when the trainee rewound: the attempt counts as practice.
    pub rewound: bool,
}

impl Transcript {
    pub fn choices(&self) -> impl Iterator<Item = &ChoiceRecord> {
        self.entries.iter().filter_map(|e| match e {
            Entry::Choice(c) => Some(c),
            _ => None,
        })
    }

    pub fn turns(&self) -> usize {
        self.choices().count()
    }
}

/// What went wrong when choosing or replaying.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChooseError {
    #[error("option {number} is not on offer (choose 1 to {offered})")]
    NotOffered { number: usize, offered: usize },
    #[error("the conversation is over")]
    Over,
    #[error("the conversation has no start node")]
    NoStart,
    #[error("saved state is for scenario '{saved}', not '{actual}'")]
    WrongScenario { saved: String, actual: String },
    #[error("cannot rewind to turn {0}")]
    NoSuchTurn(usize),
}

/// A player who picks uniformly among the options offered, reproducibly from a seed that is
/// separate from the conversation's own.
#[derive(Debug, Clone)]
pub struct RandomPicker(ChaCha8Rng);

impl RandomPicker {
    pub fn new(seed: u64) -> Self {
        RandomPicker(ChaCha8Rng::seed_from_u64(seed ^ 0x5EED))
    }

    /// A 1-based option number among `offered` (which must be at least 1).
    pub fn pick(&mut self, offered: usize) -> usize {
        self.0.random_range(1..=offered.max(1))
    }
}

/// Enough to rebuild a conversation exactly: see the module docs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedConversation {
    pub scenario: String,
    pub seed: u64,
    pub choices: Vec<usize>,
    pub rewound: bool,
}

/// A conversation in progress.
#[derive(Debug, Clone)]
pub struct Conversation {
    scenario: Arc<Scenario>,
    seed: u64,
    rng: ChaCha8Rng,
    vars: BTreeMap<String, Value>,
    visited: BTreeSet<String>,
    node: String,
    offered: Vec<usize>,
    pending: VecDeque<Event>,
    transcript: Transcript,
    choices: Vec<usize>,
    over: bool,
}

impl Conversation {
    /// Starts at the scenario's start node. Events for the opening are ready at once.
    pub fn start(scenario: Arc<Scenario>, seed: u64) -> Result<Self, ChooseError> {
        let start = scenario
            .start
            .clone()
            .or_else(|| scenario.nodes.keys().next().map(str::to_owned))
            .filter(|id| scenario.nodes.contains_key(id))
            .ok_or(ChooseError::NoStart)?;
        let vars: BTreeMap<String, Value> = scenario
            .vars
            .iter()
            .map(|(k, v)| (k.to_owned(), *v))
            .collect();
        let mut conversation = Conversation {
            transcript: Transcript {
                scenario: scenario.id.clone(),
                seed,
                vars: vec![vars.clone()],
                ..Transcript::default()
            },
            scenario,
            seed,
            rng: ChaCha8Rng::seed_from_u64(seed),
            vars,
            visited: BTreeSet::new(),
            node: String::new(),
            offered: Vec::new(),
            pending: VecDeque::new(),
            choices: Vec::new(),
            over: false,
        };
        conversation.enter(start, None);
        Ok(conversation)
    }

    /// Replays a list of choices from the start.
    pub fn replay(
        scenario: Arc<Scenario>,
        seed: u64,
        choices: &[usize],
    ) -> Result<Self, ChooseError> {
        let mut conversation = Self::start(scenario, seed)?;
        for &number in choices {
            conversation.choose(number)?;
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

    /// Picks an offered option by its 1-based number.
    pub fn choose(&mut self, number: usize) -> Result<(), ChooseError> {
        if self.over {
            return Err(ChooseError::Over);
        }
        let Some(&index) = number.checked_sub(1).and_then(|i| self.offered.get(i)) else {
            return Err(ChooseError::NotOffered {
                number,
                offered: self.offered.len(),
            });
        };
        let scenario = Arc::clone(&self.scenario);
        let node_id = self.node.clone();
        let Some(choice) = scenario
            .nodes
            .get(&node_id)
            .and_then(|n| n.options.get(index))
        else {
            return Err(ChooseError::Over);
        };
        self.choices.push(number);
        let turn = self.choices.len();
        self.transcript.entries.push(Entry::Choice(ChoiceRecord {
            turn,
            node: node_id,
            index,
            number,
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
        }));
        self.offered.clear();
        self.apply(&choice.effects);
        let target = self.route(choice);
        let working_on = choice.step.index().map(|_| choice.step);
        self.enter_target(target, working_on);
        self.transcript.vars.push(self.vars.clone());
        Ok(())
    }

    /// Plays on to the end with a [`RandomPicker`] seeded by `seed`.
    /// Stops after [`MAX_RANDOM_TURNS`] turns, so a scenario that can loop for ever cannot hang it.
    pub fn play_randomly(&mut self, seed: u64) {
        let mut picker = RandomPicker::new(seed);
        while !self.over && !self.offered.is_empty() && self.choices.len() < MAX_RANDOM_TURNS {
            if self.choose(picker.pick(self.offered.len())).is_err() {
                break;
            }
        }
    }

    /// Every node the conversation has entered.
    pub fn visited(&self) -> &BTreeSet<String> {
        &self.visited
    }

    /// Rewinds to just before turn `turn` (1-based) was chosen. The attempt becomes practice.
    pub fn rewind_to(&self, turn: usize) -> Result<Self, ChooseError> {
        if turn == 0 || turn > self.choices.len() {
            return Err(ChooseError::NoSuchTurn(turn));
        }
        let mut rewound = Self::replay(
            Arc::clone(&self.scenario),
            self.seed,
            &self.choices[..turn - 1],
        )?;
        rewound.transcript.rewound = true;
        Ok(rewound)
    }

    pub fn save(&self) -> SavedConversation {
        SavedConversation {
            scenario: self.scenario.id.clone(),
            seed: self.seed,
            choices: self.choices.clone(),
            rewound: self.transcript.rewound,
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
        let mut conversation = Self::replay(scenario, saved.seed, &saved.choices)?;
        conversation.transcript.rewound = saved.rewound;
        Ok(conversation)
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
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
        &self.node
    }

    pub fn vars(&self) -> &BTreeMap<String, Value> {
        &self.vars
    }

    pub fn choices(&self) -> &[usize] {
        &self.choices
    }

    pub fn is_over(&self) -> bool {
        self.over
    }

    /// Options on offer now, as the trainee sees them.
    pub fn offered(&self) -> Vec<Offered> {
        let Some(node) = self.scenario.nodes.get(&self.node) else {
            return Vec::new();
        };
        self.offered
            .iter()
            .enumerate()
            .filter_map(|(i, &index)| {
                node.options.get(index).map(|o| Offered {
                    number: i + 1,
                    index,
                    text: o.text.clone(),
                })
            })
            .collect()
    }

    fn holds(&self, conditions: &[Condition]) -> bool {
        conditions.iter().all(|c| match c.node() {
            Some(node) => c.holds(0, self.visited.contains(node)),
            None => c.holds(
                c.var().and_then(|v| self.vars.get(v)).copied().unwrap_or(0),
                false,
            ),
        })
    }

    fn apply(&mut self, effects: &[Effect]) {
        for effect in effects {
            let slot = self.vars.entry(effect.var().to_owned()).or_insert(0);
            match effect {
                Effect::Set(_, n) => *slot = *n,
                Effect::Add(_, n) => *slot = slot.saturating_add(*n),
            }
        }
    }

    /// Where an option leads: its `goto`, or a weighted pick among its branches.
    fn route(&mut self, choice: &Choice) -> Option<String> {
        match &choice.goto {
            Some(target) => Some(target.clone()),
            None => self.pick_branch(&choice.branch),
        }
    }

    fn pick_branch(&mut self, branches: &[Branch]) -> Option<String> {
        let open: Vec<&Branch> = branches.iter().filter(|b| self.holds(&b.when)).collect();
        let total: u64 = open.iter().map(|b| u64::from(b.weight)).sum();
        if total == 0 {
            return None;
        }
        let mut roll = self.rng.random_range(0..total);
        for branch in open {
            let weight = u64::from(branch.weight);
            if roll < weight {
                return Some(branch.goto.clone());
            }
            roll -= weight;
        }
        None
    }

    fn enter_target(&mut self, target: Option<String>, working_on: Option<Step>) {
        match target {
            Some(target) => self.enter(target, working_on),
            None => self.stuck(),
        }
    }

    fn stuck(&mut self) {
        self.over = true;
        self.pending.push_back(Event::Stuck {
            node: self.node.clone(),
        });
    }

    /// Enters a node and follows automatic `next` moves until a choice or an ending.
    fn enter(&mut self, first: String, working_on: Option<Step>) {
        let scenario = Arc::clone(&self.scenario);
        let mut current = first;
        let mut step_done = false;
        for _ in 0..MAX_AUTOMATIC_MOVES {
            let Some(node) = scenario.nodes.get(&current) else {
                return self.stuck();
            };
            self.node = current.clone();
            self.visited.insert(current.clone());
            self.apply(&node.effects);
            for line in &node.say {
                if !self.holds(line.conditions()) {
                    continue;
                }
                let variants = line.variants();
                let text = match variants.len() {
                    0 => continue,
                    1 => variants[0].clone(),
                    n => variants[self.rng.random_range(0..n)].clone(),
                };
                let line = PersonLine {
                    node: current.clone(),
                    text,
                    narration: line.is_narration(),
                    seconds: line.seconds(),
                };
                self.transcript.entries.push(Entry::Person(line.clone()));
                self.pending.push_back(Event::Line(line));
            }
            if let Some(step) = working_on
                && !step_done
                && node.reached.contains(&step)
            {
                step_done = true;
                self.transcript.entries.push(Entry::Reached {
                    turn: self.choices.len(),
                    step,
                    node: current.clone(),
                });
                self.pending.push_back(Event::StepReached(step));
            }
            if let Some(end) = &node.end {
                let record = EndingRecord {
                    node: current.clone(),
                    outcome: end.outcome,
                    truth: end.truth,
                    summary: end.summary.clone(),
                };
                self.transcript.ending = Some(record.clone());
                self.over = true;
                self.pending.push_back(Event::Ended(record));
                return;
            }
            if !node.options.is_empty() {
                self.offered = (0..node.options.len())
                    .filter(|&i| self.holds(&node.options[i].when))
                    .collect();
                if self.offered.is_empty() {
                    return self.stuck();
                }
                self.pending.push_back(Event::Options(self.offered()));
                return;
            }
            match self.pick_branch(&node.next) {
                Some(next) => current = next,
                None => return self.stuck(),
            }
        }
        self.stuck();
    }
}
