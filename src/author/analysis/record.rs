//! What the searches find: paths to endings, ranges of scores, and the record of the best and
//! worst.

use std::collections::BTreeMap;
use std::hash::BuildHasherDefault;

use super::walk::{Scored, ending_score};
use crate::runtime::Program;

/// Hashing with fixed keys, so that nothing about a run depends on a random hasher seed.
pub(crate) type Fixed = BuildHasherDefault<std::hash::DefaultHasher>;

/// One turn of a path: at `node`, the option at `option` (0-based in the file), which was
/// offered as number `number`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Turn {
    pub node: usize,
    pub option: usize,
    pub number: usize,
}

/// A path that reached an ending, with its score.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub score: f64,
    pub ending: usize,
    pub turns: Vec<Turn>,
}

/// The lowest and highest score of the endings below some point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Range {
    pub worst: f64,
    pub best: f64,
}

impl Range {
    pub fn point(score: f64) -> Range {
        Range {
            worst: score,
            best: score,
        }
    }

    pub fn merge(a: Option<Range>, b: Option<Range>) -> Option<Range> {
        match (a, b) {
            (Some(a), Some(b)) => Some(Range {
                worst: a.worst.min(b.worst),
                best: a.best.max(b.best),
            }),
            (a, b) => a.or(b),
        }
    }
}

/// What every kind of search learns, merged.
#[derive(Debug, Default)]
pub(crate) struct Record {
    pub best: Option<Found>,
    pub worst: Option<Found>,
    /// Ending node → the range of scores of paths that reach it.
    pub endings: BTreeMap<usize, Range>,
    /// Steps reached on some path (bit i: `Step::FIVE[i]`).
    pub steps: u8,
    /// Node → how many different states got stuck there.
    pub stuck: BTreeMap<usize, usize>,
}

impl Record {
    /// Scores a path that has ended and keeps it if it is the best or worst so far.
    pub fn finish(
        &mut self,
        program: &Program,
        end: &Scored,
        turns: impl FnOnce() -> Vec<Turn>,
    ) -> f64 {
        let score = ending_score(program, end);
        self.steps |= end.ledger.order.reached;
        let range = self.endings.entry(end.node).or_insert(Range::point(score));
        *range = Range::merge(Some(*range), Some(Range::point(score))).unwrap_or(*range);
        let better = self.best.as_ref().is_none_or(|b| score > b.score);
        let worse = self.worst.as_ref().is_none_or(|w| score < w.score);
        if better || worse {
            let found = Found {
                score,
                ending: end.node,
                turns: turns(),
            };
            if better {
                self.best = Some(found.clone());
            }
            if worse {
                self.worst = Some(found);
            }
        }
        score
    }

    pub fn stuck(&mut self, state: &Scored) {
        self.steps |= state.ledger.order.reached;
        *self.stuck.entry(state.node).or_insert(0) += 1;
    }
}
