//! The search for a debrief's better options, run off the frame on the async compute pool.
//!
//! The search walks the scenario's paths, which can take longer than a frame should.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use bevy::tasks::{AsyncComputeTaskPool, Task, block_on};

use crate::app::wake::Waker;
use crate::author::analysis::score_with_advice;
use crate::runtime::Transcript;
use crate::scenario::{Assessment, Scenario};
use crate::score::Report;

/// The search for a finished attempt's better options. Dropping it cancels a search not yet
/// begun; one under way runs to its end on its thread, and its result is thrown away.
#[derive(Debug)]
pub struct PendingAdvice {
    task: Task<Report>,
    /// Where the attempt was saved, to save it again with the advice.
    saved: Option<SavedAttempt>,
}

/// A saved attempt: its file, and its place in `Storage::attempts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedAttempt {
    pub path: PathBuf,
    pub index: usize,
}

impl PendingAdvice {
    /// Starts the search on the async compute pool. `waker` wakes the app when it is done,
    /// as an idle app would otherwise not look until the next input.
    pub fn start(
        scenario: Arc<Scenario>,
        transcript: Transcript,
        assessment: Option<Assessment>,
        saved: Option<SavedAttempt>,
        waker: Option<Waker>,
    ) -> Self {
        let task = AsyncComputeTaskPool::get().spawn(async move {
            let report = score_with_advice(&scenario, &transcript, assessment);
            // The task counts as finished only once this future has returned, a moment after
            // the wake-up, so the app keeps updating briefly rather than look just once.
            if let Some(waker) = waker {
                waker.poke(Duration::from_millis(250));
            }
            report
        });
        PendingAdvice { task, saved }
    }

    pub fn is_done(&self) -> bool {
        self.task.is_finished()
    }

    /// The report with the advice; waits for it if the search is not done.
    pub fn finish(self) -> (Report, Option<SavedAttempt>) {
        (block_on(self.task), self.saved)
    }
}
