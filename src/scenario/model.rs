//! The scenario data model: what an author writes in a `.ron` file, as serde types.
//! The fixed words it uses (moves, steps, conditions, outcomes...) are in `vocabulary.rs`.

use serde::{Deserialize, Serialize};

use super::ordered::OrderedMap;
pub use super::vocabulary::*;

/// One scenario: a person, their hidden state, and a graph of nodes.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scenario {
    /// Format version; only `1` exists.
    pub format: u32,
    /// Stable identifier, used for history and exports.
    pub id: String,
    pub title: String,
    /// One or two sentences for the scenario list.
    pub summary: String,
    /// Where and when the conversation happens, shown before it starts.
    pub setting: String,
    /// The name the transcript gives the trainee ("You" when empty).
    pub player: String,
    pub person: Person,
    /// Hidden variables and their starting values.
    pub vars: OrderedMap<Value>,
    /// Flags this scenario adds to the built-in vocabulary.
    pub flags: OrderedMap<FlagDef>,
    /// The node the conversation opens on; the first node when empty.
    pub start: Option<String>,
    pub nodes: OrderedMap<Node>,
    /// Named scripted runs ("skit", "model").
    pub paths: OrderedMap<ScriptedPath>,
    /// Set when this is a second conversation with the person of another scenario.
    pub follows: Option<Follows>,
    /// The language the scenario is written in, as a tag such as "es" or "es-MX"; English
    /// when left out.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// The same exercise in other languages: a language tag and a file in the same folder, e.g.
    /// `{"es": "raid-rights.es.ron"}`. `check` holds each to the same structure as this one.
    #[serde(skip_serializing_if = "OrderedMap::is_empty")]
    pub translations: OrderedMap<String>,
}

impl Scenario {
    /// The node the conversation opens on: `start`, or else the first node; None when that
    /// names no node.
    pub fn start_node(&self) -> Option<&str> {
        let id = match &self.start {
            Some(start) => start.as_str(),
            None => self.nodes.keys().next()?,
        };
        let index = self.nodes.position(id)?;
        self.nodes.at(index).map(|(key, _)| key)
    }

    /// The language tag the scenario is written in: its `language`, else "en".
    pub fn language(&self) -> &str {
        if self.language.trim().is_empty() {
            "en"
        } else {
            self.language.trim()
        }
    }

    /// What the transcript calls the trainee.
    pub fn player_name(&self) -> &str {
        if self.player.trim().is_empty() {
            "You"
        } else {
            &self.player
        }
    }
}

/// The simulated person.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Person {
    pub name: String,
    /// What the organizer can see or know before a word is said: where they are, who they
    /// seem to be. Shown to the trainee at the start, so it must not give away the story.
    pub about: String,
    /// What the conversation can uncover, by id. Lines name the facts they reveal; the
    /// debrief lists the ones never learned.
    pub facts: OrderedMap<String>,
    /// The person's true category: what the trainee's assessment is scored against.
    pub truth: Option<Assessment>,
    /// Cases in which the truth is different, the first that holds at the end winning (for
    /// a person whose nature varies with a seeded branch).
    pub truth_if: Vec<TruthCase>,
    /// Image path relative to `assets/`.
    pub portrait: Option<String>,
    /// What the partner playing this person knows, feels and fears (pairs practice).
    pub card: Option<CharacterCard>,
}

/// A truth that holds when its conditions do.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TruthCase {
    pub when: Vec<Condition>,
    pub truth: Assessment,
}

/// Notes for a partner who plays the person live.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct CharacterCard {
    pub knows: Vec<String>,
    pub feels: Vec<String>,
    pub fears: Vec<String>,
    /// What it would take for this person to say yes.
    pub would_move_them: Vec<String>,
}

/// A scenario-defined flag.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct FlagDef {
    pub kind: FlagKind,
    /// Short name for the debrief; the flag id when empty.
    pub label: String,
    pub description: String,
}

/// Whether a flag marks a mistake or a good move.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum FlagKind {
    #[default]
    Mistake,
    Good,
}

/// A point in the conversation: the person's lines, then a choice, an automatic
/// continuation, or an ending.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Node {
    pub say: Vec<Line>,
    /// Steps the person's response here completes, when the trainee was working on them.
    pub reached: Vec<Step>,
    /// Applied on arrival, before any line is shown.
    pub effects: Vec<Effect>,
    pub options: Vec<Choice>,
    /// Continue without a choice: a weighted random pick among the branches whose `when` holds.
    pub next: Vec<Branch>,
    pub end: Option<Ending>,
    /// Taken in free-text play when what the trainee typed is close to none of the options:
    /// never shown in the list of options.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub otherwise: Option<Box<Choice>>,
}

impl Node {
    /// An option by its position: the node's `options`, then its `otherwise` just after them.
    pub fn option(&self, index: usize) -> Option<&Choice> {
        self.options.get(index).or_else(|| {
            (index == self.options.len())
                .then_some(self.otherwise.as_deref())
                .flatten()
        })
    }

    /// Where a node's `otherwise` sits among its options' positions.
    pub fn otherwise_index(&self) -> Option<usize> {
        self.otherwise.as_ref().map(|_| self.options.len())
    }
}

/// Something the person says, or a piece of narration.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub enum Line {
    /// Speech.
    Say(String),
    /// Stage direction: not speech, not counted as airtime.
    Narrate(String),
    /// Speech, one variant picked at random.
    OneOf(Vec<String>),
    /// The full form.
    Line {
        #[serde(default)]
        text: Vec<String>,
        #[serde(default)]
        narration: bool,
        #[serde(default)]
        when: Vec<Condition>,
        #[serde(default)]
        seconds: Option<f64>,
        /// Ids of the person's `facts` this line makes known.
        #[serde(default)]
        reveals: Vec<String>,
    },
}

impl Line {
    /// The variants one of which is shown.
    pub fn variants(&self) -> &[String] {
        match self {
            Line::Say(t) | Line::Narrate(t) => std::slice::from_ref(t),
            Line::OneOf(v) | Line::Line { text: v, .. } => v,
        }
    }

    pub fn is_narration(&self) -> bool {
        matches!(
            self,
            Line::Narrate(_)
                | Line::Line {
                    narration: true,
                    ..
                }
        )
    }

    pub fn conditions(&self) -> &[Condition] {
        match self {
            Line::Line { when, .. } => when,
            _ => &[],
        }
    }

    pub fn seconds(&self) -> Option<f64> {
        match self {
            Line::Line { seconds, .. } => *seconds,
            _ => None,
        }
    }

    /// The facts this line reveals.
    pub fn reveals(&self) -> &[String] {
        match self {
            Line::Line { reveals, .. } => reveals,
            _ => &[],
        }
    }
}

/// One thing the trainee can say or do.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Choice {
    pub text: String,
    #[serde(rename = "move")]
    pub kind: Move,
    pub step: Step,
    pub flags: Vec<String>,
    /// What the coach says about this choice in the debrief.
    pub note: String,
    /// Offered only when every condition holds.
    pub when: Vec<Condition>,
    pub effects: Vec<Effect>,
    pub goto: Option<String>,
    /// Weighted random targets, instead of `goto`.
    pub branch: Vec<Branch>,
    /// Airtime override; otherwise counted from the words.
    pub seconds: Option<f64>,
    /// Always shown last, wherever the shuffle would put it ("(Say nothing)", say).
    pub pin_last: bool,
    /// Other ways a trainee might say this, for matching what they type in free-text play.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<String>,
}

/// A possible target of an option or of a node's `next`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    pub goto: String,
    #[serde(default = "default_weight")]
    pub weight: u32,
    #[serde(default)]
    pub when: Vec<Condition>,
}

fn default_weight() -> u32 {
    1
}

/// How a conversation ended.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Ending {
    pub outcome: Option<Outcome>,
    /// Overrides the person's `truth` for this ending; needs `why`.
    pub truth: Option<Assessment>,
    /// Why this ending changes the truth, for the debrief.
    pub why: String,
    /// What happened, for the debrief; shown after the trainee's assessment.
    pub summary: String,
}

/// A stored run: the trainee's picks, each a 1-based number among the options offered, counted
/// in file order (not the shuffled order a trainee sees).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ScriptedPath {
    pub description: String,
    pub choices: Vec<usize>,
    /// Seed for random lines and branches along the path.
    pub seed: u64,
    /// The assessment a trainee following this path would give.
    pub assess: Option<Assessment>,
    /// In a follow-up: the first scenario's stored path played before this one, whose outcome
    /// carries over. Without it the path starts from the variables' own values.
    pub after: Option<String>,
}

/// A follow-up's link to the first conversation, and what carries over from it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Follows {
    /// The first conversation's scenario id.
    pub scenario: String,
    /// Endings of the first conversation after which the app offers this one; any when empty.
    pub after: Vec<String>,
    /// What carries over, each into one of this scenario's variables. A variable's own value is
    /// what it starts at when there was no first conversation.
    pub carry: Vec<Carry>,
}

/// One thing that carries over from the first conversation into a variable of the follow-up.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Carry {
    pub from: CarryFrom,
    pub to: String,
}

/// What is carried: a number from the first conversation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub enum CarryFrom {
    /// A variable's value at the end.
    Var(String),
    /// 1 if the person revealed this fact, else 0.
    Fact(String),
    /// How many of the trainee's choices carried this flag (a promise, a mistake).
    Flag(String),
    /// 1 if the conversation ended at this ending, else 0.
    Ending(String),
    /// 1 if the conversation passed through this node, else 0.
    Visited(String),
}
