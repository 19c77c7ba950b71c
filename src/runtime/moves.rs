//! Options whose labelled move disagrees with how their words read to the classifier: listed by
//! `doorstep classify --scenario`, and warned about by `check` when the disagreement is strong.

use crate::heard::{Classifier, Group, Heard};
use crate::i18n::Language;
use crate::scenario::links::is_mistake;
use crate::scenario::locate::SourcePath;
use crate::scenario::model::{Move, Scenario};
use crate::scenario::validate::Finding;

/// `check` reads the options of a file that has at most this many: training the classifier at
/// first use takes about 55 ms in a release build and reading one option about 0.03 ms, so a
/// larger file (a generated one of thousands of nodes) is not read at all and its check stays as
/// quick as before.
pub const MAX_OPTIONS_READ: usize = 2_000;

/// A disagreement is strong when the classifier is at least this sure of another group...
const STRONG_CONFIDENCE: f64 = 0.85;
/// ...and gives the labelled move's group at most this much chance.
const STRONG_DOUBT: f64 = 0.05;

/// An option whose label and reading fall in different groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Disagreement {
    pub node: String,
    /// Its position in the node's options; the node's `otherwise` comes just after them.
    pub index: usize,
    pub text: String,
    pub labelled: Move,
    pub heard: Heard,
    /// The classifier is sure, and the label's group is nearly out of the question.
    pub strong: bool,
}

impl Disagreement {
    /// Where it is in the file.
    pub fn at(&self, otherwise: bool) -> SourcePath {
        let node = SourcePath::node(&self.node);
        if otherwise {
            node.field("otherwise")
        } else {
            node.field("options").index(self.index)
        }
    }
}

/// Every option whose labelled move's group differs from how its text reads, reading at most
/// `limit` options. A mistake may read as telling whatever its label, as the score counts it.
/// Only strong disagreements are warned about: the classifier is sure, the label's group is
/// nearly ruled out, the option is not a mistake (a mistake counts as telling whatever its
/// label), and the turn does not mix in a move of the label's group.
pub fn disagreements(scenario: &Scenario, limit: usize) -> Vec<Disagreement> {
    let language = Language::parse(scenario.language()).unwrap_or_default();
    let classifier = Classifier::shipped_in(language);
    let mut out = Vec::new();
    let options = scenario.nodes.iter().flat_map(|(id, node)| {
        node.options
            .iter()
            .chain(node.otherwise.as_deref())
            .enumerate()
            .map(move |(i, o)| (id, i, o))
    });
    for (node, index, option) in options.take(limit) {
        if option.kind == Move::Unclassified || option.text.trim().is_empty() {
            continue;
        }
        let reading = classifier.read(&option.text);
        let labelled = Group::of(option.kind);
        let read = reading.heard.group();
        if read == labelled || (read == Group::Telling && is_mistake(scenario, option)) {
            continue;
        }
        out.push(Disagreement {
            node: node.to_owned(),
            index,
            text: option.text.clone(),
            labelled: option.kind,
            heard: reading.heard,
            strong: !is_mistake(scenario, option)
                && !worded_alike(labelled, read)
                && !mixed_with(&reading.heard, labelled)
                && reading.heard.confidence >= STRONG_CONFIDENCE
                && reading.group_chance(labelled) <= STRONG_DOUBT,
        });
    }
    out
}

/// A closed question and an ask are often worded alike ("Can I text you Sunday?"), and authors
/// draw the line between them differently: no strong disagreement between those two.
fn worded_alike(a: Group, b: Group) -> bool {
    matches!(
        (a, b),
        (Group::Question, Group::Ask) | (Group::Ask, Group::Question)
    )
}

/// A turn that mixes moves may fairly be labelled by its other move.
fn mixed_with(heard: &Heard, labelled: Group) -> bool {
    heard.mixed && heard.with.is_some_and(|w| Group::of(w) == labelled)
}

/// The warnings `check` gives: strong disagreements, in a file of at most [`MAX_OPTIONS_READ`]
/// options.
pub fn move_warnings(scenario: &Scenario) -> Vec<Finding> {
    let options: usize = scenario
        .nodes
        .values()
        .map(|n| n.options.len() + usize::from(n.otherwise.is_some()))
        .sum();
    if options > MAX_OPTIONS_READ {
        return Vec::new();
    }
    disagreements(scenario, MAX_OPTIONS_READ)
        .into_iter()
        .filter(|d| d.strong)
        .map(|d| {
            let otherwise = scenario
                .nodes
                .get(&d.node)
                .is_some_and(|n| d.index == n.options.len());
            Finding::warning(
                d.at(otherwise).field("move"),
                format!(
                    "this option is labelled {:?} but reads as {} ({:.0}% sure): check its `move`, which decides how its airtime counts",
                    d.labelled,
                    d.heard.kind.label(),
                    d.heard.confidence * 100.0
                ),
            )
        })
        .collect()
}
