//! The scenario data model: what an author writes in a `.ron` file, as serde types.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::ordered::OrderedMap;

/// Integer value of a scenario variable (`trust`, `fear`, ...).
pub type Value = i64;

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
    /// A short bio the trainee sees.
    pub about: String,
    /// Image path relative to `assets/`.
    pub portrait: Option<String>,
    /// What the partner playing this person knows, feels and fears (pairs practice).
    pub card: Option<CharacterCard>,
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

/// What kind of conversational move an option is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Move {
    OpenQuestion,
    ClosedQuestion,
    Reflection,
    Affirmation,
    #[default]
    Statement,
    Vision,
    Ask,
    Lecture,
    /// Saying nothing and letting them talk.
    Silence,
    /// Not yet classified (imported scenarios).
    Unclassified,
}

impl Move {
    pub const ALL: [Move; 10] = [
        Move::OpenQuestion,
        Move::ClosedQuestion,
        Move::Reflection,
        Move::Affirmation,
        Move::Statement,
        Move::Vision,
        Move::Ask,
        Move::Lecture,
        Move::Silence,
        Move::Unclassified,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Move::OpenQuestion => "open question",
            Move::ClosedQuestion => "closed question",
            Move::Reflection => "reflection",
            Move::Affirmation => "affirmation",
            Move::Statement => "statement",
            Move::Vision => "vision",
            Move::Ask => "ask",
            Move::Lecture => "lecture",
            Move::Silence => "silence",
            Move::Unclassified => "unclassified",
        }
    }
}

/// The five steps of an organizing conversation.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize,
)]
pub enum Step {
    Door,
    Story,
    Vision,
    Obstacles,
    Ask,
    #[default]
    None,
}

impl Step {
    /// The five real steps, in the order the method teaches.
    pub const FIVE: [Step; 5] = [
        Step::Door,
        Step::Story,
        Step::Vision,
        Step::Obstacles,
        Step::Ask,
    ];

    /// Position in [`Step::FIVE`], if this is a real step.
    pub fn index(self) -> Option<usize> {
        Step::FIVE.iter().position(|s| *s == self)
    }

    pub fn label(self) -> &'static str {
        match self {
            Step::Door => "Get in the door",
            Step::Story => "Get their story",
            Step::Vision => "Propose a vision",
            Step::Obstacles => "Address obstacles",
            Step::Ask => "Advocate & assess",
            Step::None => "none",
        }
    }
}

/// A test on the conversation's state.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum Condition {
    Is(String, Value),
    IsNot(String, Value),
    AtLeast(String, Value),
    AtMost(String, Value),
    /// The conversation has passed through this node.
    Visited(String),
    NotVisited(String),
}

impl Condition {
    /// The variable tested, if this is a variable test.
    pub fn var(&self) -> Option<&str> {
        match self {
            Condition::Is(v, _)
            | Condition::IsNot(v, _)
            | Condition::AtLeast(v, _)
            | Condition::AtMost(v, _) => Some(v),
            Condition::Visited(_) | Condition::NotVisited(_) => None,
        }
    }

    /// The node tested, if this is a visit test.
    pub fn node(&self) -> Option<&str> {
        match self {
            Condition::Visited(n) | Condition::NotVisited(n) => Some(n),
            _ => None,
        }
    }

    /// Whether the condition holds for a variable value (visit tests: `visited`).
    pub fn holds(&self, value: Value, visited: bool) -> bool {
        match self {
            Condition::Is(_, n) => value == *n,
            Condition::IsNot(_, n) => value != *n,
            Condition::AtLeast(_, n) => value >= *n,
            Condition::AtMost(_, n) => value <= *n,
            Condition::Visited(_) => visited,
            Condition::NotVisited(_) => !visited,
        }
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Condition::Is(v, n) => write!(f, "{v} = {n}"),
            Condition::IsNot(v, n) => write!(f, "{v} ≠ {n}"),
            Condition::AtLeast(v, n) => write!(f, "{v} ≥ {n}"),
            Condition::AtMost(v, n) => write!(f, "{v} ≤ {n}"),
            Condition::Visited(n) => write!(f, "visited {n}"),
            Condition::NotVisited(n) => write!(f, "not visited {n}"),
        }
    }
}

/// A change to a variable.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub enum Effect {
    Set(String, Value),
    Add(String, Value),
}

impl Effect {
    pub fn var(&self) -> &str {
        match self {
            Effect::Set(v, _) | Effect::Add(v, _) => v,
        }
    }
}

/// How a conversation ended.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Ending {
    pub outcome: Option<Outcome>,
    /// The person's true category, which the trainee's assessment is scored against.
    pub truth: Option<Assessment>,
    /// What happened, for the debrief.
    pub summary: String,
}

/// Where the conversation left the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Outcome {
    Committed,
    Maybe,
    Declined,
    WalkedAway,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [
        Outcome::Committed,
        Outcome::Maybe,
        Outcome::Declined,
        Outcome::WalkedAway,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Committed => "committed",
            Outcome::Maybe => "maybe",
            Outcome::Declined => "declined",
            Outcome::WalkedAway => "walked away",
        }
    }
}

/// The organizer's categories for a person after a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
pub enum Assessment {
    Leader,
    Supporter,
    Undecided,
    Pass,
}

impl Assessment {
    /// In order, so that neighbours are "adjacent" for scoring.
    pub const ALL: [Assessment; 4] = [
        Assessment::Leader,
        Assessment::Supporter,
        Assessment::Undecided,
        Assessment::Pass,
    ];

    pub fn rank(self) -> usize {
        Assessment::ALL.iter().position(|a| *a == self).unwrap_or(0)
    }

    pub fn label(self) -> &'static str {
        match self {
            Assessment::Leader => "leader",
            Assessment::Supporter => "supporter",
            Assessment::Undecided => "undecided",
            Assessment::Pass => "pass",
        }
    }

    pub fn parse(text: &str) -> Option<Assessment> {
        Assessment::ALL
            .into_iter()
            .find(|a| a.label().eq_ignore_ascii_case(text.trim()))
    }
}

/// A stored run: the trainee's picks, each a 1-based number among the options offered.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ScriptedPath {
    pub description: String,
    pub choices: Vec<usize>,
    /// Seed for random lines and branches along the path.
    pub seed: u64,
    /// The assessment a trainee following this path would give.
    pub assess: Option<Assessment>,
}
