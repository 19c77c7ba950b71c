//! Whole-scenario analysis for authors: best and worst paths, endings, steps, balance, random play.
//!
//! How a path is scored (docs/tools.md explains it for authors):
//! - with `scoring`'s own formulas, taking the ending's `truth` as the trainee's assessment, so
//!   every finished path includes a full-marks assessment part;
//! - every branch that can be taken is followed, so "best" means the best that some run can
//!   reach with luck on its side, and "worst" likewise;
//! - a line with several variants counts at the average airtime of its variants.
//!
//! The exact search explores identical states once and stops after a fixed amount of work (node
//! entries, not time), so its output is the same on every machine. Past that budget a beam search
//! takes over and the result is labelled as bounded.

mod advice;
mod balance;
mod machine;
mod random;
pub mod render;
mod search;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use crate::conversation::Conversation;
use crate::scenario::diagnostic::Position;
use crate::scenario::locate::SourcePath;
use crate::scenario::model::{Assessment, Outcome, Scenario, Step};
use crate::scenario::validate;
use crate::scoring;

pub use advice::{Prospect, TurnAdvice, advise, prospects};
use machine::{Chance, Machine};
use search::{Exact, Found, Record};

/// How hard the analysis may work. The defaults finish the shipped scenarios exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Node entries the exact search may spend before it gives up and a beam search takes over;
    /// the beam search gets the same amount again.
    pub budget: usize,
    /// States the beam search keeps at each turn.
    pub beam_width: usize,
    /// Random playthroughs, with seeds 0, 1, 2, ...
    pub runs: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            budget: 250_000,
            beam_width: 64,
            runs: 1_000,
        }
    }
}

/// Seeds tried when looking for a run that reproduces a path's branches.
const REPRODUCE_SEEDS: u64 = 256;
/// Node entries all random playthroughs together may spend.
const RANDOM_WORK: usize = 5_000_000;
/// The least work one ending's beam search gets, however many endings share the budget.
const MIN_BEAM_WORK: usize = 2_000;

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

/// Analyses a scenario that has no errors.
pub fn analyze(scenario: &Scenario, settings: Settings) -> Analysis {
    let machine = Machine::new(scenario);
    let prospects = search::prospects(scenario);

    let mut exact = Exact::new(&machine, settings.budget);
    exact.explore_all();
    let is_exact = exact.gaps == 0;
    let states = exact.states;
    let mut record = std::mem::take(&mut exact.record);
    let mut seen = exact.seen.clone();
    drop(exact);

    let mut beam_width = None;
    if !is_exact {
        beam_width = Some(settings.beam_width);
        bounded_search(scenario, &machine, settings, &mut record, &mut seen);
    }

    let turn_limit = (machine.nodes.len() * 2).max(1_000);
    let mut random_work = RANDOM_WORK;
    let played = random::play(
        &machine,
        settings.runs,
        turn_limit,
        &mut random_work,
        &mut record,
    );

    let shared = Arc::new(scenario.clone());
    let findings = findings(
        scenario, &machine, &record, &seen, &played, is_exact, &prospects,
    );
    Analysis {
        scenario: scenario.id.clone(),
        title: scenario.title.clone(),
        size: size(scenario),
        search: SearchSummary {
            exact: is_exact,
            states,
            budget: settings.budget,
            beam_width,
        },
        endings: endings(scenario, &record),
        best: record
            .best
            .as_ref()
            .map(|f| path_report(&shared, &machine, f)),
        worst: record
            .worst
            .as_ref()
            .map(|f| path_report(&shared, &machine, f)),
        steps: steps(scenario, &record, is_exact),
        random: random_summary(&machine, &played, turn_limit),
        findings,
    }
}

/// When the exact search could not finish: a beam search towards any ending, then one per
/// ending, steering towards it, so that every ending gets a best and a worst path. The
/// per-ending searches share the work budget.
fn bounded_search(
    scenario: &Scenario,
    machine: &Machine,
    settings: Settings,
    record: &mut Record,
    seen: &mut machine::NodeSet,
) {
    let incoming = search::incoming(scenario);
    let endings: Vec<usize> = (0..machine.nodes.len())
        .filter(|&i| machine.nodes[i].end.is_some())
        .collect();
    let levels = machine.nodes.len() * 4 + 64;
    // First one beam towards any ending, with enough work to cross even a very long graph.
    let prospects = search::prospects(scenario);
    let mut budget = settings
        .budget
        .max(machine.nodes.len() * settings.beam_width * 4);
    let starts = machine
        .open(&mut Chance::Every, Some(seen), &mut budget)
        .into_iter()
        .map(|landing| (landing, Vec::new()))
        .collect();
    search::beam(
        machine,
        &search::Aim::Anywhere(&prospects),
        starts,
        settings.beam_width,
        levels,
        &mut budget,
        record,
        seen,
    );
    let share = (settings.budget / endings.len().max(1)).max(MIN_BEAM_WORK);
    for ending in endings {
        let reach = search::leading_to(&incoming, ending);
        let (outcome, truth) = machine.nodes[ending].end.unwrap_or((None, None));
        let aim = search::Aim::Ending {
            reach: &reach,
            outcome,
            truth,
        };
        let mut budget = share;
        let starts = machine
            .open(&mut Chance::Every, Some(seen), &mut budget)
            .into_iter()
            .map(|landing| (landing, Vec::new()))
            .collect();
        search::beam(
            machine,
            &aim,
            starts,
            settings.beam_width,
            levels,
            &mut budget,
            record,
            seen,
        );
    }
}

fn size(scenario: &Scenario) -> Size {
    let nodes = || scenario.nodes.values();
    Size {
        nodes: scenario.nodes.len(),
        options: nodes().map(|n| n.options.len()).sum(),
        endings: nodes().filter(|n| n.end.is_some()).count(),
        decision_points: nodes().filter(|n| n.options.len() >= 2).count(),
    }
}

fn endings(scenario: &Scenario, record: &Record) -> Vec<EndingScores> {
    scenario
        .nodes
        .iter()
        .enumerate()
        .filter_map(|(i, (id, node))| {
            let end = node.end.as_ref()?;
            let range = record.endings.get(&i);
            Some(EndingScores {
                node: id.to_owned(),
                outcome: end.outcome,
                truth: end.truth,
                best: range.map(|r| r.best),
                worst: range.map(|r| r.worst),
            })
        })
        .collect()
}

fn path_report(scenario: &Arc<Scenario>, machine: &Machine, found: &Found) -> PathReport {
    let turns = found
        .turns
        .iter()
        .map(|t| PathTurn {
            node: machine.ids.get(t.node).cloned().unwrap_or_default(),
            number: t.number,
            text: machine
                .nodes
                .get(t.node)
                .and_then(|_| scenario.nodes.at(t.node))
                .and_then(|(_, n)| n.options.get(t.option))
                .map(|o| o.text.clone())
                .unwrap_or_default(),
        })
        .collect();
    let ending = machine.ids.get(found.ending).cloned().unwrap_or_default();
    PathReport {
        score: found.score,
        outcome: machine
            .nodes
            .get(found.ending)
            .and_then(|n| n.end)
            .and_then(|e| e.0),
        reproduce: reproduce(scenario, found, &ending),
        ending,
        turns,
    }
}

/// Finds a seed whose run, with the path's choices, passes the same decision points and ends at
/// the same ending (the branches fall the same way).
fn reproduce(scenario: &Arc<Scenario>, found: &Found, ending: &str) -> Option<Reproduction> {
    let choices: Vec<usize> = found.turns.iter().map(|t| t.number).collect();
    let nodes: Vec<&str> = found
        .turns
        .iter()
        .filter_map(|t| scenario.nodes.at(t.node).map(|(id, _)| id))
        .collect();
    (0..REPRODUCE_SEEDS).find_map(|seed| {
        let conversation = Conversation::replay(Arc::clone(scenario), seed, &choices).ok()?;
        let transcript = conversation.transcript();
        let same_route = transcript
            .choices()
            .map(|c| c.node.as_str())
            .eq(nodes.iter().copied());
        let end = transcript.ending.as_ref()?;
        (same_route && end.node == ending).then(|| Reproduction {
            choices: choices.clone(),
            seed,
            score: scoring::score(scenario, transcript, end.truth).overall,
        })
    })
}

fn steps(scenario: &Scenario, record: &Record, is_exact: bool) -> Vec<StepReach> {
    Step::FIVE
        .into_iter()
        .enumerate()
        .map(|(i, step)| StepReach {
            step,
            label: step.label().to_owned(),
            reach: if record.steps & (1 << i) != 0 {
                Reach::Reached
            } else if is_exact || !statically_possible(scenario, step) {
                Reach::Never
            } else {
                Reach::NotFound
            },
        })
        .collect()
}

fn static_reachable(scenario: &Scenario) -> std::collections::HashSet<String> {
    let start = scenario
        .start
        .clone()
        .or_else(|| scenario.nodes.keys().next().map(str::to_owned))
        .unwrap_or_default();
    validate::reachable_from(scenario, &start)
}

fn statically_possible(scenario: &Scenario, step: Step) -> bool {
    validate::step_can_be_reached(scenario, &static_reachable(scenario), step)
}

fn random_summary(machine: &Machine, played: &random::Played, turn_limit: usize) -> RandomSummary {
    let runs = played.runs.max(1) as f64;
    RandomSummary {
        runs: played.runs,
        finished: played.finished,
        stuck: played.stuck,
        unfinished: played.unfinished,
        turn_limit,
        mean_share_visited: played.share_sum / runs,
        nodes_visited: played.coverage.len(),
        never_visited: (0..machine.nodes.len())
            .filter(|&i| !played.coverage.contains(i))
            .filter_map(|i| machine.ids.get(i).cloned())
            .collect(),
        endings: (0..machine.nodes.len())
            .filter(|&i| machine.nodes[i].end.is_some())
            .filter_map(|i| {
                let id = machine.ids.get(i)?.clone();
                Some((id, played.endings.get(&i).copied().unwrap_or(0)))
            })
            .collect(),
        mean_score: (played.finished > 0).then(|| played.score_sum / played.finished as f64),
        lowest: played.lowest,
        highest: played.highest,
    }
}

#[allow(clippy::too_many_arguments)]
fn findings(
    scenario: &Scenario,
    machine: &Machine,
    record: &Record,
    seen: &machine::NodeSet,
    played: &random::Played,
    is_exact: bool,
    prospects: &search::Prospects,
) -> Vec<Finding> {
    let mut out = balance::decision_points(scenario, prospects);
    out.extend(balance::missing_notes(scenario));
    let mut stuck: BTreeMap<usize, (usize, &[u64])> = BTreeMap::new();
    for (&node, &states) in &record.stuck {
        stuck.entry(node).or_default().0 = states;
    }
    for (&node, seeds) in &played.stuck_at {
        stuck.entry(node).or_default().1 = seeds;
    }
    for (node, (states, seeds)) in stuck {
        let id = machine.ids.get(node).cloned().unwrap_or_default();
        let mut how = Vec::new();
        if states > 0 {
            how.push("the search found a way there".to_owned());
        }
        if let [first, ..] = seeds {
            let listed: Vec<String> = seeds.iter().take(5).map(ToString::to_string).collect();
            let more = if seeds.len() > 5 { ", ..." } else { "" };
            how.push(format!(
                "{} random run{} got stuck there, seed{} {}{more}",
                seeds.len(),
                plural(seeds.len()),
                plural(seeds.len()),
                listed.join(", ")
            ));
            how.push(format!(
                "`doorstep run --random --seed {first}` replays one"
            ));
        }
        let how = how.join("; ");
        out.push(Finding {
            kind: FindingKind::Stuck,
            node: Some(id.clone()),
            option: None,
            message: format!(
                "the conversation can get stuck at node '{id}': no option or branch is open ({how})"
            ),
            position: None,
        });
    }
    if is_exact {
        let reachable = static_reachable(scenario);
        for (i, id) in machine.ids.iter().enumerate() {
            if reachable.contains(id) && !seen.contains(i) {
                out.push(Finding {
                    kind: FindingKind::NodeNeverReached,
                    node: Some(id.clone()),
                    option: None,
                    message: format!(
                        "node '{id}' is never reached: links lead to it, but their conditions never hold on any path"
                    ),
                    position: None,
                });
            }
        }
        for (i, step) in Step::FIVE.into_iter().enumerate() {
            if record.steps & (1 << i) == 0 && statically_possible(scenario, step) {
                out.push(Finding {
                    kind: FindingKind::StepNeverReached,
                    node: None,
                    option: None,
                    message: format!(
                        "step '{}' is never reached on any path: the options working on it are never offered where a node confirms it",
                        step.label()
                    ),
                    position: None,
                });
            }
        }
    }
    out
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
