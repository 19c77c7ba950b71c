//! Pairs practice rounds, saved like attempts so that History lists them: one JSON file each,
//! in the `pairs/` folder beside `attempts/` (attempt files stay as they were).

use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::score::observed::PairsRound;

/// One round of pairs practice, as saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedPairs {
    /// Seconds since the Unix epoch: when the round was last ended.
    pub finished_at: u64,
    pub round: PairsRound,
}

impl SavedPairs {
    /// A round ended now.
    pub fn now(round: PairsRound) -> Self {
        SavedPairs {
            finished_at: SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            round,
        }
    }
}
