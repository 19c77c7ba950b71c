//! Building the room's report from its attempts: counting, never re-scoring. Each attempt's
//! scores are the ones its debrief showed.

use std::collections::{BTreeMap, HashMap};

use super::model::{Room, RoomAttempt};
use super::report::{
    AssessmentAccuracy, FlagTally, RoomAirtime, RoomReport, Rounds, ScenarioReport, ScoreBucket,
    ScoreSpread, Stall, StepShare, TraineeRounds,
};
use crate::scenario::model::Step;
use crate::score::FlagHit;
use crate::score::rules::{LISTENING_FLOOR, TARGET, round1};

/// The room's report, one part per scenario, the most played first.
pub fn report(room: &Room) -> RoomReport {
    let mut by_scenario: BTreeMap<&str, Vec<&RoomAttempt>> = BTreeMap::new();
    for attempt in &room.attempts {
        by_scenario
            .entry(&attempt.scenario)
            .or_default()
            .push(attempt);
    }
    let mut scenarios: Vec<ScenarioReport> = by_scenario
        .into_values()
        .map(|attempts| scenario_report(room, &attempts))
        .collect();
    scenarios.sort_by(|a, b| {
        b.attempts
            .cmp(&a.attempts)
            .then_with(|| a.scenario.cmp(&b.scenario))
    });
    let mut trainees: Vec<usize> = room.attempts.iter().map(|a| a.trainee).collect();
    trainees.sort_unstable();
    trainees.dedup();
    RoomReport {
        attempts: room.attempts.len(),
        trainees: trainees.len(),
        duplicates: room.duplicates,
        files_read: room.files_read,
        skipped: room.skipped.clone(),
        scenarios,
    }
}

/// `attempts` are one scenario's, oldest first.
fn scenario_report(room: &Room, attempts: &[&RoomAttempt]) -> ScenarioReport {
    let n = attempts.len();
    let share = |count: usize| count as f64 / n as f64;
    let latest = attempts.last().map_or("", |a| a.title.as_str());
    let rounds = rounds(room, attempts);
    ScenarioReport {
        scenario: attempts
            .first()
            .map_or(String::new(), |a| a.scenario.clone()),
        title: latest.to_owned(),
        attempts: n,
        trainees: rounds.trainees.len(),
        scores: spread(attempts.iter().map(|a| a.overall).collect()),
        steps: Step::FIVE
            .into_iter()
            .map(|step| {
                let reached = attempts
                    .iter()
                    .filter(|a| a.reached.contains(&step))
                    .count();
                StepShare {
                    step,
                    label: step.label().to_owned(),
                    attempts: reached,
                    share: share(reached),
                }
            })
            .collect(),
        stalled: stalls(attempts),
        mistakes: tally_flags(attempts, |a| &a.mistakes),
        good_moves: tally_flags(attempts, |a| &a.good_moves),
        airtime: airtime(attempts),
        assessment: accuracy(attempts),
        rounds,
    }
}

fn spread(mut scores: Vec<f64>) -> ScoreSpread {
    scores.sort_by(f64::total_cmp);
    let mut buckets: Vec<ScoreBucket> = (0..10)
        .map(|i| ScoreBucket {
            from: i * 10,
            to: if i == 9 { 100 } else { i * 10 + 9 },
            attempts: 0,
        })
        .collect();
    for score in &scores {
        // Whole scores, as the debrief shows them: 69.6 shows as 70 and counts in 70–79.
        let shown = score.round().clamp(0.0, 100.0) as usize;
        buckets[(shown / 10).min(9)].attempts += 1;
    }
    let mean = scores.iter().sum::<f64>() / scores.len().max(1) as f64;
    ScoreSpread {
        buckets,
        lowest: scores.first().copied().unwrap_or(0.0),
        lower_quartile: round1(quantile(&scores, 0.25)),
        median: round1(quantile(&scores, 0.5)),
        upper_quartile: round1(quantile(&scores, 0.75)),
        highest: scores.last().copied().unwrap_or(0.0),
        mean: round1(mean),
    }
}

/// The `p` quantile of sorted values, interpolating linearly between the two nearest.
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let Some(last) = sorted.len().checked_sub(1) else {
        return 0.0;
    };
    let at = p * last as f64;
    let below = at.floor() as usize;
    let above = (below + 1).min(last);
    sorted[below] + (at - below as f64) * (sorted[above] - sorted[below])
}

fn stalls(attempts: &[&RoomAttempt]) -> Vec<Stall> {
    let mut counts: BTreeMap<Option<Step>, usize> = BTreeMap::new();
    for attempt in attempts {
        *counts.entry(attempt.stalled_at()).or_default() += 1;
    }
    let mut stalls: Vec<Stall> = counts
        .into_iter()
        .map(|(at, count)| Stall {
            at,
            label: at.map_or("Reached all five steps".to_owned(), |s| {
                s.label().to_owned()
            }),
            attempts: count,
            share: count as f64 / attempts.len() as f64,
        })
        .collect();
    // Most common first; among equals, the earlier step first and "all five" last.
    let order = |at: Option<Step>| at.and_then(Step::index).unwrap_or(Step::FIVE.len());
    stalls.sort_by(|a, b| {
        b.attempts
            .cmp(&a.attempts)
            .then_with(|| order(a.at).cmp(&order(b.at)))
    });
    stalls
}

/// Flags by the number of attempts that made them, each with its most common note.
fn tally_flags(
    attempts: &[&RoomAttempt],
    hits: impl Fn(&RoomAttempt) -> &Vec<FlagHit>,
) -> Vec<FlagTally> {
    #[derive(Default)]
    struct Seen<'a> {
        attempts: usize,
        times: usize,
        first: Option<&'a FlagHit>,
        notes: HashMap<(&'a str, &'a str), usize>,
    }
    let mut seen: BTreeMap<&str, Seen> = BTreeMap::new();
    for attempt in attempts {
        let mut counted: Vec<&str> = Vec::new();
        for hit in hits(attempt) {
            let entry = seen.entry(&hit.flag).or_default();
            entry.times += 1;
            entry.first.get_or_insert(hit);
            *entry.notes.entry((&hit.note, &hit.said)).or_default() += 1;
            if !counted.contains(&hit.flag.as_str()) {
                counted.push(&hit.flag);
                entry.attempts += 1;
            }
        }
    }
    let mut tallies: Vec<FlagTally> = seen
        .into_iter()
        .filter_map(|(flag, seen)| {
            let first = seen.first?;
            // The most common note that says something; among equals, the first in order.
            let (note, said) = seen
                .notes
                .iter()
                .max_by(|a, b| {
                    (!a.0.0.is_empty(), a.1)
                        .cmp(&(!b.0.0.is_empty(), b.1))
                        .then_with(|| b.0.cmp(a.0))
                })
                .map(|(key, _)| *key)?;
            Some(FlagTally {
                flag: flag.to_owned(),
                label: first.label.clone(),
                description: first.description.clone(),
                attempts: seen.attempts,
                share: seen.attempts as f64 / attempts.len() as f64,
                times: seen.times,
                note: note.to_owned(),
                said: said.to_owned(),
            })
        })
        .collect();
    tallies.sort_by(|a, b| {
        b.attempts
            .cmp(&a.attempts)
            .then_with(|| a.label.cmp(&b.label))
    });
    tallies
}

fn airtime(attempts: &[&RoomAttempt]) -> RoomAirtime {
    let spoken: Vec<&[f64; 3]> = attempts
        .iter()
        .map(|a| &a.airtime)
        .filter(|shares| shares.iter().sum::<f64>() > 0.0)
        .collect();
    let mut shares = [0.0; 3];
    for attempt in &spoken {
        for (total, share) in shares.iter_mut().zip(attempt.iter()) {
            *total += share;
        }
    }
    for total in &mut shares {
        *total /= spoken.len().max(1) as f64;
    }
    RoomAirtime {
        shares,
        target: TARGET,
        counted: spoken.len(),
        listened_enough: spoken.iter().filter(|s| s[1] >= LISTENING_FLOOR).count(),
    }
}

fn accuracy(attempts: &[&RoomAttempt]) -> AssessmentAccuracy {
    let judged: Vec<_> = attempts
        .iter()
        .filter_map(|a| a.assessed.zip(a.truth))
        .collect();
    let correct = judged
        .iter()
        .filter(|(given, truth)| given == truth)
        .count();
    let one_off = judged
        .iter()
        .filter(|(given, truth)| given.rank().abs_diff(truth.rank()) == 1)
        .count();
    AssessmentAccuracy {
        assessed: judged.len(),
        correct,
        one_off,
        not_assessed: attempts.len() - judged.len(),
        share_correct: (!judged.is_empty()).then(|| correct as f64 / judged.len() as f64),
    }
}

/// Each trainee's first attempt against their later ones (`attempts` oldest first).
fn rounds(room: &Room, attempts: &[&RoomAttempt]) -> Rounds {
    let mut by_trainee: BTreeMap<usize, Vec<&RoomAttempt>> = BTreeMap::new();
    for attempt in attempts {
        by_trainee.entry(attempt.trainee).or_default().push(attempt);
    }
    let mut trainees = Vec::new();
    let (mut firsts, mut laters) = (Vec::new(), Vec::new());
    for (trainee, mut theirs) in by_trainee {
        theirs.sort_by_key(|a| a.round);
        let Some((first, later)) = theirs.split_first() else {
            continue;
        };
        firsts.push(first.overall);
        laters.extend(later.iter().map(|a| a.overall));
        trainees.push(TraineeRounds {
            trainee: room
                .trainees
                .get(trainee)
                .map_or(String::new(), |t| t.label.clone()),
            first: first.overall,
            later_mean: mean(later.iter().map(|a| a.overall)),
            later_attempts: later.len(),
        });
    }
    let tried_again: Vec<&TraineeRounds> =
        trainees.iter().filter(|t| t.later_attempts > 0).collect();
    Rounds {
        first_mean: mean(firsts.iter().copied()),
        first_attempts: firsts.len(),
        later_mean: mean(laters.iter().copied()),
        later_attempts: laters.len(),
        tried_again: tried_again.len(),
        improved: tried_again
            .iter()
            .filter(|t| t.later_mean.is_some_and(|later| later > t.first))
            .count(),
        trainees,
    }
}

/// The mean to one decimal; None of nothing.
fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0usize), |(s, c), v| (s + v, c + 1));
    (count > 0).then(|| round1(sum / count as f64))
}
