//! Whole-scenario analysis for authors: best and worst paths, endings, steps, balance, random play.
//!
//! How a path is scored (docs/tools.md explains it for authors):
//! - with the score's own rule book, taking the ending's `truth` as the trainee's assessment, so
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
mod beam;
mod exact;
mod findings;
mod prospects;
mod random;
mod record;
mod report;
mod stopped;
mod tells;
mod walk;

use std::sync::Arc;

use crate::runtime::{Chance, Conversation, NodeSet, Program};
use crate::scenario::links::{reachable_from, step_can_be_reached};
use crate::scenario::model::{Scenario, Step};
use crate::score;

pub use advice::{ADVICE_MARGIN, Prospect, TurnAdvice, advise, prospects, score_with_advice};
use exact::Exact;
use record::{Found, Record};
pub use report::*;
pub use tells::{STRATEGY_CEILING, tells};

/// How hard the analysis may work. With the defaults, scenarios of a few dozen nodes without
/// loops finish exactly, and every shipped scenario takes well under a second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Node entries the exact search may spend before it gives up and beam searches take over.
    /// The beam towards any ending gets this much again (more on a very long graph), and the
    /// beams towards each ending share this much between them.
    pub budget: usize,
    /// States the beam search keeps at each turn.
    pub beam_width: usize,
    /// Random playthroughs, with seeds 0, 1, 2, ...
    pub runs: usize,
    /// Seeds each meaning-blind strategy plays (see `tells.rs`).
    pub tell_seeds: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            budget: 250_000,
            beam_width: 64,
            runs: 1_000,
            tell_seeds: 50,
        }
    }
}

/// Seeds tried when looking for a run that reproduces a path's branches.
const REPRODUCE_SEEDS: u64 = 256;
/// Node entries all random playthroughs together may spend. With the other bounds below, this
/// keeps `analyze` within a few seconds on any file up to the 16 MiB limit; a scenario that
/// needs more gets fewer runs, and the report says how many ran.
const RANDOM_WORK: usize = 1_500_000;
/// Node entries the beam towards any ending may spend at most. On a very long graph the beam
/// keeps fewer states per turn so that it can still cross the graph within this.
const ANYWHERE_BEAM_WORK: usize = 1_500_000;
/// The least work one ending's beam search gets, however many endings share the budget.
const MIN_BEAM_WORK: usize = 2_000;

/// Analyses a scenario that has no errors.
pub fn analyze(scenario: &Scenario, settings: Settings) -> Analysis {
    let shared = Arc::new(scenario.clone());
    let program = Arc::new(Program::new(shared));
    let prospects = prospects::prospects(scenario);

    let mut exact = Exact::new(&program, settings.budget);
    exact.explore_all();
    let is_exact = exact.gaps == 0;
    let stopped = (!is_exact).then(|| {
        let too_long = exact
            .too_long
            .take()
            .or_else(|| stopped::find_loop(&program, settings.budget));
        stopped::why(&program, too_long.as_ref())
    });
    let states = exact.states;
    let mut record = std::mem::take(&mut exact.record);
    let mut seen = exact.seen.clone();
    drop(exact);

    let mut beam_width = None;
    if !is_exact {
        let settings = Settings {
            beam_width: beam_width_for(program.node_count(), settings.beam_width),
            ..settings
        };
        beam_width = Some(settings.beam_width);
        bounded_search(scenario, &program, settings, &mut record, &mut seen);
    }

    let turn_limit = (program.node_count() * 2).max(1_000);
    let mut random_work = RANDOM_WORK;
    let played = random::play(
        &program,
        settings.runs,
        turn_limit,
        &mut random_work,
        &mut record,
    );

    let mut findings = findings::findings(
        scenario, &program, &record, &seen, &played, is_exact, &prospects,
    );
    let tells = tells::tells(scenario, settings.tell_seeds);
    findings.extend(tells::findings(&tells));
    Analysis {
        scenario: scenario.id.clone(),
        title: scenario.title.clone(),
        size: size(scenario),
        search: SearchSummary {
            exact: is_exact,
            states,
            budget: settings.budget,
            beam_width,
            stopped,
        },
        endings: endings(scenario, &record),
        best: record.best.as_ref().map(|f| path_report(&program, f)),
        worst: record.worst.as_ref().map(|f| path_report(&program, f)),
        steps: steps(scenario, &record, is_exact),
        random: random_summary(&program, &played, turn_limit),
        tells,
        findings,
    }
}

/// When the exact search could not finish: a beam search towards any ending, then one per
/// ending, steering towards it, so that every ending gets a best and a worst path. The
/// per-ending searches share the work budget.
fn bounded_search(
    scenario: &Scenario,
    program: &Program,
    settings: Settings,
    record: &mut Record,
    seen: &mut NodeSet,
) {
    let incoming = prospects::incoming(scenario);
    let prospects = prospects::prospects(scenario);
    // First one beam towards any ending, with enough work to cross even a very long graph.
    let budget = settings
        .budget
        .max(program.node_count() * settings.beam_width * 4)
        .min(ANYWHERE_BEAM_WORK.max(settings.budget));
    let mut beam_towards = |aim: &beam::Aim, mut budget: usize| {
        let starts = walk::open(program, Chance::Every, Some(seen), &mut budget);
        beam::beam(
            program,
            aim,
            starts,
            settings.beam_width,
            &mut budget,
            record,
            seen,
        );
    };
    beam_towards(&beam::Aim::Anywhere(&prospects), budget);
    let endings: Vec<usize> = program.endings().collect();
    let share = (settings.budget / endings.len().max(1)).max(MIN_BEAM_WORK);
    for ending in endings {
        let reach = prospects::leading_to(&incoming, ending);
        let outcome = program.ending(ending).and_then(|(outcome, _)| outcome);
        let aim = beam::Aim::Ending {
            reach: &reach,
            outcome,
        };
        beam_towards(&aim, share);
    }
}

/// States per turn for the beams: as asked, or fewer on a graph so long that the beam towards
/// any ending could not cross it within [`ANYWHERE_BEAM_WORK`] (crossing takes about four node
/// entries per state per node).
fn beam_width_for(nodes: usize, asked: usize) -> usize {
    asked.min((ANYWHERE_BEAM_WORK / (nodes.max(1) * 4)).max(4))
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
                truth: end.truth.or(scenario.person.truth),
                best: range.map(|r| r.best),
                worst: range.map(|r| r.worst),
            })
        })
        .collect()
}

fn path_report(program: &Arc<Program>, found: &Found) -> PathReport {
    let turns = found
        .turns
        .iter()
        .map(|t| PathTurn {
            node: program.node_id(t.node).to_owned(),
            number: t.number,
            text: program
                .node(t.node)
                .and_then(|n| n.options.get(t.option))
                .map(|o| o.text.clone())
                .unwrap_or_default(),
        })
        .collect();
    let ending = program.node_id(found.ending).to_owned();
    PathReport {
        score: found.score,
        outcome: program.ending(found.ending).and_then(|e| e.0),
        reproduce: reproduce(program, found, &ending),
        ending,
        turns,
    }
}

/// Finds a seed whose run, with the path's choices, passes the same decision points and ends at
/// the same ending (the branches fall the same way).
fn reproduce(program: &Arc<Program>, found: &Found, ending: &str) -> Option<Reproduction> {
    let choices: Vec<usize> = found.turns.iter().map(|t| t.number).collect();
    let nodes: Vec<&str> = found
        .turns
        .iter()
        .map(|t| program.node_id(t.node))
        .collect();
    (0..REPRODUCE_SEEDS).find_map(|seed| {
        let mut conversation = Conversation::begin(Arc::clone(program), seed).ok()?;
        for &number in &choices {
            conversation.choose(number).ok()?;
        }
        let transcript = conversation.transcript();
        let same_route = transcript
            .choices()
            .map(|c| c.node.as_str())
            .eq(nodes.iter().copied());
        let end = transcript.ending.as_ref()?;
        (same_route && end.node == ending).then(|| Reproduction {
            choices: choices.clone(),
            seed,
            score: score::score(program.scenario(), transcript, end.truth).overall,
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

/// Nodes that links from the start lead to, ignoring conditions.
pub(crate) fn static_reachable(scenario: &Scenario) -> foldhash::HashSet<&str> {
    scenario
        .start_node()
        .map(|start| reachable_from(scenario, start))
        .unwrap_or_default()
}

pub(crate) fn statically_possible(scenario: &Scenario, step: Step) -> bool {
    step_can_be_reached(scenario, &static_reachable(scenario), step)
}

/// The middle value (the mean of the two middle ones for an even count).
fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

fn random_summary(program: &Program, played: &random::Played, turn_limit: usize) -> RandomSummary {
    let runs = played.runs.max(1) as f64;
    let nodes = program.node_count();
    RandomSummary {
        runs: played.runs,
        finished: played.finished,
        stuck: played.stuck,
        unfinished: played.unfinished,
        turn_limit,
        mean_share_visited: played.share_sum / runs,
        nodes_visited: played.coverage.len(),
        never_visited: (0..nodes)
            .filter(|&i| !played.coverage.contains(i))
            .map(|i| program.node_id(i).to_owned())
            .collect(),
        endings: program
            .endings()
            .map(|i| {
                let id = program.node_id(i).to_owned();
                (id, played.endings.get(&i).copied().unwrap_or(0))
            })
            .collect(),
        mean_score: (played.finished > 0).then(|| played.score_sum / played.finished as f64),
        median_score: median(&played.scores),
        lowest: played.lowest,
        highest: played.highest,
    }
}
