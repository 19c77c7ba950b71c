//! The analysis report's types: what `doorstep analyze` prints, and `--json` serializes.

use serde::Serialize;

use crate::scenario::diagnostic::Position;
use crate::scenario::locate::SourcePath;
use crate::scenario::model::{Assessment, Outcome, Step};

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub scenario: String,
    pub title: String,
    pub size: Size,
    pub search: SearchSummary,
    pub endings: Vec<EndingScores>,
    /// The best-scoring path found, in full.
    pub best: Option<PathReport>,
    pub worst: Option<PathReport>,
    pub steps: Vec<StepReach>,
    pub random: RandomSummary,
    /// Whether a trainee could score well without reading (meaning-blind play, wording cues).
    pub tells: Tells,
    /// Things worth an author's attention that `check` cannot see; warnings, never errors.
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Size {
    pub nodes: usize,
    pub options: usize,
    pub endings: usize,
    /// Nodes with two or more options.
    pub decision_points: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchSummary {
    /// True when every path was followed to its end.
    pub exact: bool,
    /// Distinct decision states the exact search explored.
    pub states: usize,
    /// The node-entry budget of each search.
    pub budget: usize,
    /// The beam width, when the beam search ran.
    pub beam_width: Option<usize>,
    /// Why the exact search stopped short, when it did.
    pub stopped: Option<Stopped>,
}

/// Why the exact search could not follow every path to its end.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "cause", rename_all = "snake_case")]
pub enum Stopped {
    /// The work budget ran out: there are too many different paths (see `--budget`).
    Budget,
    /// A path ran to the turn cap without coming back to a decision it had taken.
    TurnCap { turns: usize },
    /// The conversation can go round a loop for ever. `nodes` is one round, from a decision
    /// back to the same node; `grows`, the variables that changed by the same amount on each of
    /// the last two rounds; `only_longer`, whether the last round changed nothing but the
    /// conversation's length (and so its score so far).
    Loop {
        nodes: Vec<String>,
        grows: Vec<Growth>,
        only_longer: bool,
    },
}

/// A variable that changes each time round a loop.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Growth {
    pub var: String,
    pub by: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EndingScores {
    pub node: String,
    pub outcome: Option<Outcome>,
    pub truth: Option<Assessment>,
    /// None when no path found reaches this ending.
    pub best: Option<f64>,
    pub worst: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathReport {
    pub score: f64,
    pub ending: String,
    pub outcome: Option<Outcome>,
    pub turns: Vec<PathTurn>,
    /// A seed with which `doorstep run --choose` follows this path.
    pub reproduce: Option<Reproduction>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathTurn {
    pub node: String,
    /// The option's number as offered (what `--choose` takes).
    pub number: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reproduction {
    pub choices: Vec<usize>,
    pub seed: u64,
    /// What that run scores (its lines are the seed's variants, not their average).
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepReach {
    pub step: Step,
    pub label: String,
    pub reach: Reach,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reach {
    /// Some path reaches it.
    Reached,
    /// The exact search proved that no path does.
    Never,
    /// The bounded search did not find a path that does.
    NotFound,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RandomSummary {
    pub runs: usize,
    pub finished: usize,
    pub stuck: usize,
    /// Runs still going at the turn limit, or when the work limit ran out.
    pub unfinished: usize,
    pub turn_limit: usize,
    /// The share of the scenario's nodes one run visits, on average.
    pub mean_share_visited: f64,
    /// Nodes at least one run visited.
    pub nodes_visited: usize,
    /// Nodes no run visited, in file order.
    pub never_visited: Vec<String>,
    /// Runs per ending, in file order.
    pub endings: Vec<(String, usize)>,
    pub mean_score: Option<f64>,
    pub median_score: Option<f64>,
    pub lowest: Option<f64>,
    pub highest: Option<f64>,
}

/// What an analysis finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    EveryOptionGood,
    EveryOptionPoor,
    NoNote,
    Stuck,
    NodeNeverReached,
    StepNeverReached,
    /// A way to score well without reading: a strategy or a wording cue.
    Tell,
}

/// A warning, located at a node or an option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub node: Option<String>,
    /// 0-based position of the option in the node's `options`.
    pub option: Option<usize>,
    pub message: String,
    /// Filled in by the caller that has the source text (see [`Finding::source_path`]).
    pub position: Option<Position>,
}

impl Finding {
    /// Where in the scenario's tree the finding points, for locating it in the source.
    pub fn source_path(&self) -> SourcePath {
        match (&self.node, self.option) {
            (Some(node), Some(i)) => SourcePath::node(node).field("options").index(i),
            (Some(node), None) => SourcePath::node(node),
            (None, _) => SourcePath::root().field("nodes"),
        }
    }
}

/// How one strategy fared over the seeds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StrategyScore {
    pub name: String,
    /// Seeds played: as asked, or fewer on a scenario so long that the work ran out.
    pub seeds: usize,
    /// Mean overall score over the seeds (an unfinished run counts 0), assessed correctly.
    pub mean: f64,
    pub best: f64,
    pub unfinished: usize,
}

/// How a wording cue splits the flagged options.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CueCount {
    pub cue: String,
    /// Options with the cue that are good moves, and that are mistakes.
    pub good: usize,
    pub mistakes: usize,
    /// The share of good moves among all flagged options, to compare with.
    pub base_good: f64,
    pub gives_away: bool,
}

/// Meaning-blind play and wording cues.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tells {
    pub seeds: usize,
    pub strategies: Vec<StrategyScore>,
    pub cues: Vec<CueCount>,
}
