//! Seeded random playthroughs: how much of a scenario a player who picks at random gets to see.

use std::collections::BTreeMap;

use super::record::{Record, Turn};
use super::walk::{self, heard_score};
use crate::runtime::{Chance, Landing, NodeSet, Program, RandomPicker, dice};

/// What the random players saw.
#[derive(Debug, Default)]
pub(crate) struct Played {
    /// Runs actually played (fewer than asked when the work limit ran out).
    pub runs: usize,
    pub finished: usize,
    pub stuck: usize,
    /// Runs still going after the turn limit.
    pub unfinished: usize,
    /// Sum over runs of the share of nodes each visited.
    pub share_sum: f64,
    /// Nodes that at least one run visited.
    pub coverage: NodeSet,
    /// Ending node → runs that ended there.
    pub endings: BTreeMap<usize, usize>,
    /// Node → seeds of the runs stuck there.
    pub stuck_at: BTreeMap<usize, Vec<u64>>,
    pub score_sum: f64,
    /// Every finished run's score, for the median.
    pub scores: Vec<f64>,
    pub lowest: Option<f64>,
    pub highest: Option<f64>,
}

/// Plays `runs` random runs with seeds `0..runs`. Run N is the run `doorstep run --random
/// --seed N` plays: options picked by a [`RandomPicker`], lines and branches drawn from the
/// conversation's own seeded RNG. Paths found also go into `record`, scored as the search
/// scores them (varied lines at their average).
pub(crate) fn play(
    program: &Program,
    runs: usize,
    turn_limit: usize,
    budget: &mut usize,
    record: &mut Record,
) -> Played {
    let nodes = program.node_count();
    let mut played = Played {
        coverage: NodeSet::with_capacity(nodes),
        ..Played::default()
    };
    let mut seen = NodeSet::with_capacity(nodes);
    let mut trail: Vec<Turn> = Vec::new();
    let mut landings = Vec::new();
    for seed in 0..runs as u64 {
        if *budget == 0 {
            break;
        }
        played.runs += 1;
        seen.clear();
        trail.clear();
        let mut rng = dice(seed);
        let mut picker = RandomPicker::new(seed);
        let mut landing =
            walk::open(program, Chance::Roll(&mut rng), Some(&mut seen), budget).pop();
        let mut turns = 0;
        loop {
            match landing {
                Some(Landing::Choice(state)) if turns < turn_limit => {
                    let offered = program.offered(&state);
                    // The player picks among the options as shown, as `run --random` does.
                    let shown = walk::shown(program, seed, turns + 1, &state, &offered);
                    let place = picker.pick(shown.len());
                    let Some(&option) = shown.get(place - 1) else {
                        break;
                    };
                    let number = offered.iter().position(|&o| o == option).unwrap_or(0) + 1;
                    trail.push(Turn {
                        node: state.node,
                        option,
                        number,
                    });
                    walk::choose(
                        program,
                        &state,
                        option,
                        Chance::Roll(&mut rng),
                        Some(&mut seen),
                        budget,
                        &mut landings,
                    );
                    landing = landings.pop();
                    landings.clear();
                    turns += 1;
                }
                Some(Landing::Choice(_)) => {
                    played.unfinished += 1;
                    break;
                }
                Some(Landing::End(end)) => {
                    record.finish(program, &end, || trail.clone());
                    let score = heard_score(program, &end);
                    played.finished += 1;
                    *played.endings.entry(end.node).or_insert(0) += 1;
                    played.score_sum += score;
                    played.scores.push(score);
                    played.lowest = Some(played.lowest.map_or(score, |l| l.min(score)));
                    played.highest = Some(played.highest.map_or(score, |h| h.max(score)));
                    break;
                }
                Some(Landing::Stuck(state)) => {
                    played.stuck += 1;
                    played.stuck_at.entry(state.node).or_default().push(seed);
                    break;
                }
                // Out of work mid-run: the run is left unfinished.
                None => {
                    played.unfinished += 1;
                    break;
                }
            }
        }
        played.share_sum += seen.len() as f64 / nodes.max(1) as f64;
        played.coverage.union(&seen);
    }
    played
}
