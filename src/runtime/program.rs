//! A scenario compiled for stepping: nodes, variables and targets as indices, not strings.
//!
//! Compiling keeps the facts that scoring needs (words spoken, move, step, flags) but no rule
//! about what they are worth: the score module turns them into points (see [`super::Ledger`]).

use std::collections::HashMap;
use std::sync::Arc;

use super::loops::nodes_in_loops;
use super::transcript::Carried;
use crate::scenario::flags;
use crate::scenario::model::{
    Assessment, Branch, Condition, Effect, FlagKind, Move, Node, Outcome, Scenario, Step, Value,
};

/// A node index that names no node (a `goto` to a missing node gets the conversation stuck).
pub(crate) const NOWHERE: usize = usize::MAX;

/// A scenario, compiled. Conversations, random play and the analysis all step through one.
#[derive(Debug)]
pub struct Program {
    scenario: Arc<Scenario>,
    pub(crate) nodes: Vec<ProgramNode>,
    pub(crate) start: Option<usize>,
    pub(crate) initial_vars: Vec<Value>,
    /// Variable names by slot.
    pub(crate) var_names: Vec<String>,
    /// Nodes that a `Visited`/`NotVisited` condition tests get a bit in the state's `visited`.
    pub(crate) watch_bits: HashMap<usize, usize>,
    pub(crate) watch_words: usize,
    /// Bits of the state's `once`: one per node and option that a loop can come back to.
    pub(crate) once_words: usize,
    /// The person's truth, and the cases that change it.
    pub(crate) truth: Option<Assessment>,
    pub(crate) truth_cases: Vec<(Vec<Test>, Assessment)>,
}

#[derive(Debug, Default)]
pub(crate) struct ProgramNode {
    pub say: Vec<SpokenLine>,
    /// Bit i: step `Step::FIVE[i]` is listed in `reached`.
    pub reached: u8,
    pub effects: Vec<SlotEffect>,
    pub options: Vec<ProgramOption>,
    pub next: Vec<ProgramBranch>,
    /// The ending's outcome, and the truth it overrides the person's with.
    pub end: Option<(Option<Outcome>, Option<Assessment>)>,
    /// Its bit in the state's `once`, when a loop can come back to it: its effects apply on
    /// the first visit only.
    pub once: Option<usize>,
}

/// What a line of the person's is made of, for whoever keeps score.
#[derive(Debug, Clone, PartialEq)]
pub struct LineFacts {
    /// Words in each variant.
    pub words: Vec<usize>,
    pub narration: bool,
    /// Airtime the author gave, instead of counting words.
    pub seconds: Option<f64>,
}

#[derive(Debug)]
pub(crate) struct SpokenLine {
    /// Its position in the node's `say`, for the text.
    pub source: usize,
    pub facts: LineFacts,
    pub when: Vec<Test>,
}

/// What an option is made of, for whoever keeps score.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionFacts {
    pub kind: Move,
    pub words: usize,
    /// Airtime the author gave, instead of counting words.
    pub seconds: Option<f64>,
    /// The step the option works on, if a real one.
    pub step: Step,
    /// Its flags that name good moves and mistakes (unknown flags count as neither).
    pub good: u32,
    pub mistakes: u32,
}

#[derive(Debug)]
pub(crate) struct ProgramOption {
    pub when: Vec<Test>,
    pub effects: Vec<SlotEffect>,
    pub route: Route,
    pub facts: OptionFacts,
    pub pin_last: bool,
    /// The node's `otherwise`: never offered, taken only when typed words match no option.
    pub hidden: bool,
    /// Its bit in the state's `once`, when a loop can offer it again: its effects apply the
    /// first time it is chosen only.
    pub once: Option<usize>,
}

#[derive(Debug)]
pub(crate) enum Route {
    Goto(usize),
    Branch(Vec<ProgramBranch>),
}

#[derive(Debug)]
pub(crate) struct ProgramBranch {
    pub to: usize,
    pub weight: u32,
    pub when: Vec<Test>,
}

#[derive(Debug)]
pub(crate) enum Test {
    Var(usize, Condition),
    Visited(usize, bool),
}

#[derive(Debug)]
pub(crate) enum SlotEffect {
    Set(usize, Value),
    Add(usize, Value),
}

impl Program {
    pub fn new(scenario: Arc<Scenario>) -> Program {
        let mut compiler = Compiler {
            scenario: &scenario,
            var_slots: HashMap::new(),
            var_names: Vec::new(),
            initial_vars: Vec::new(),
            watch_bits: HashMap::new(),
            in_loops: nodes_in_loops(&scenario),
            once_bits: 0,
        };
        for (name, value) in scenario.vars.iter() {
            let slot = compiler.slot(name);
            compiler.initial_vars[slot] = *value;
        }
        let nodes: Vec<ProgramNode> = scenario
            .nodes
            .values()
            .enumerate()
            .map(|(index, node)| compiler.node(index, node))
            .collect();
        let truth_cases = scenario
            .person
            .truth_if
            .iter()
            .map(|case| (compiler.tests(&case.when), case.truth))
            .collect();
        let Compiler {
            var_names,
            initial_vars,
            watch_bits,
            once_bits,
            ..
        } = compiler;
        let watch_words = watch_bits.len().div_ceil(64);
        Program {
            start: scenario
                .start_node()
                .and_then(|id| scenario.nodes.position(id)),
            nodes,
            initial_vars,
            var_names,
            watch_bits,
            watch_words,
            once_words: once_bits.div_ceil(64),
            truth: scenario.person.truth,
            truth_cases,
            scenario,
        }
    }

    /// Compiles a follow-up whose variables start from what carried over from the first
    /// conversation (the others keep their own starting values).
    pub fn carrying(scenario: Arc<Scenario>, carried: &Carried) -> Program {
        let mut program = Program::new(scenario);
        for (name, value) in carried {
            if let Some(slot) = program.var_names.iter().position(|n| n == name) {
                program.initial_vars[slot] = *value;
            }
        }
        program
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }

    /// How many nodes the scenario has (indices are positions in its `nodes`).
    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    /// The id of the node at an index.
    pub fn node_id(&self, node: usize) -> &str {
        self.scenario.nodes.at(node).map_or("", |(id, _)| id)
    }

    /// The scenario's node at an index.
    pub fn node(&self, node: usize) -> Option<&Node> {
        self.scenario.nodes.at(node).map(|(_, n)| n)
    }

    /// The ending at a node: its outcome, and the truth it sets instead of the person's.
    pub fn ending(&self, node: usize) -> Option<(Option<Outcome>, Option<Assessment>)> {
        self.nodes.get(node).and_then(|n| n.end)
    }

    /// Whether an option is shown last whatever the shuffle.
    pub fn is_pinned_last(&self, node: usize, option: usize) -> bool {
        self.nodes
            .get(node)
            .and_then(|n| n.options.get(option))
            .is_some_and(|o| o.pin_last)
    }

    /// The facts of an option, by node and position in the node's `options`.
    pub fn option_facts(&self, node: usize, option: usize) -> Option<&OptionFacts> {
        Some(&self.nodes.get(node)?.options.get(option)?.facts)
    }

    /// Indices of the nodes that are endings.
    pub fn endings(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.nodes.len()).filter(|&i| self.nodes[i].end.is_some())
    }
}

struct Compiler<'a> {
    scenario: &'a Scenario,
    var_slots: HashMap<String, usize>,
    var_names: Vec<String>,
    initial_vars: Vec<Value>,
    watch_bits: HashMap<usize, usize>,
    in_loops: Vec<bool>,
    once_bits: usize,
}

impl Compiler<'_> {
    fn slot(&mut self, var: &str) -> usize {
        if let Some(&slot) = self.var_slots.get(var) {
            return slot;
        }
        let slot = self.initial_vars.len();
        self.var_slots.insert(var.to_owned(), slot);
        self.var_names.push(var.to_owned());
        self.initial_vars.push(0);
        slot
    }

    fn index_of(&self, id: &str) -> usize {
        self.scenario.nodes.position(id).unwrap_or(NOWHERE)
    }

    fn tests(&mut self, conditions: &[Condition]) -> Vec<Test> {
        conditions
            .iter()
            .map(|c| match (c.var(), c.node()) {
                (Some(var), _) => Test::Var(self.slot(var), c.clone()),
                (None, Some(node)) => {
                    let index = self.index_of(node);
                    let next_bit = self.watch_bits.len();
                    let bit = *self.watch_bits.entry(index).or_insert(next_bit);
                    Test::Visited(bit, matches!(c, Condition::Visited(_)))
                }
                // Every condition tests a variable or a node; this arm only satisfies the match.
                (None, None) => Test::Visited(usize::MAX, false),
            })
            .collect()
    }

    fn effects(&mut self, effects: &[Effect]) -> Vec<SlotEffect> {
        effects
            .iter()
            .map(|e| match e {
                Effect::Set(v, n) => SlotEffect::Set(self.slot(v), *n),
                Effect::Add(v, n) => SlotEffect::Add(self.slot(v), *n),
            })
            .collect()
    }

    fn branches(&mut self, branches: &[Branch]) -> Vec<ProgramBranch> {
        branches
            .iter()
            .map(|b| ProgramBranch {
                to: self.index_of(&b.goto),
                weight: b.weight,
                when: self.tests(&b.when),
            })
            .collect()
    }

    /// A new bit in the state's `once`, for a node or option that a loop can come back to.
    fn once_bit(&mut self, in_loop: bool) -> Option<usize> {
        in_loop.then(|| {
            self.once_bits += 1;
            self.once_bits - 1
        })
    }

    fn node(&mut self, index: usize, node: &Node) -> ProgramNode {
        let in_loop = self.in_loops.get(index).copied().unwrap_or(false);
        let say = node
            .say
            .iter()
            .enumerate()
            .filter(|(_, line)| !line.variants().is_empty())
            .map(|(source, line)| SpokenLine {
                source,
                facts: LineFacts {
                    words: line.variants().iter().map(|t| word_count(t)).collect(),
                    narration: line.is_narration(),
                    seconds: line.seconds(),
                },
                when: self.tests(line.conditions()),
            })
            .collect();
        let hidden = node.otherwise.iter().map(|o| (&**o, true));
        let options = node
            .options
            .iter()
            .map(|o| (o, false))
            .chain(hidden)
            .map(|(o, hidden)| {
                let (good, mistakes) = flag_counts(self.scenario, &o.flags);
                ProgramOption {
                    once: self.once_bit(in_loop),
                    pin_last: o.pin_last,
                    hidden,
                    when: self.tests(&o.when),
                    effects: self.effects(&o.effects),
                    route: match &o.goto {
                        Some(to) => Route::Goto(self.index_of(to)),
                        None => Route::Branch(self.branches(&o.branch)),
                    },
                    facts: OptionFacts {
                        kind: o.kind,
                        words: word_count(&o.text),
                        seconds: o.seconds,
                        step: o.step,
                        good,
                        mistakes,
                    },
                }
            })
            .collect();
        ProgramNode {
            say,
            reached: node
                .reached
                .iter()
                .filter_map(|s| s.index())
                .fold(0, |mask, i| mask | (1 << i)),
            effects: self.effects(&node.effects),
            options,
            next: self.branches(&node.next),
            end: node.end.as_ref().map(|e| (e.outcome, e.truth)),
            once: self.once_bit(in_loop),
        }
    }
}

/// Words in a text, as airtime counts them.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Good and mistake flags among an option's flags (unknown flags count as neither).
pub fn flag_counts(scenario: &Scenario, ids: &[String]) -> (u32, u32) {
    ids.iter()
        .filter_map(|f| flags::lookup(scenario, f))
        .fold((0, 0), |(good, bad), info| match info.kind {
            FlagKind::Good => (good + 1, bad),
            FlagKind::Mistake => (good, bad + 1),
        })
}
