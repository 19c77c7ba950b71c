//! Room results: a trainer gathers the attempts a workshop handed in (bundles and single attempt
//! files in a folder, read as untrusted input) and sees where the room as a whole struggled.
//!
//! [`gather`] reads a folder into a [`Room`]; [`report`] counts it into a [`RoomReport`] per
//! scenario; [`markdown`], [`csv`] and [`xapi::statements`] write it out. Nothing here sends
//! anything anywhere.

mod assign;
mod build;
mod check;
mod gather;
mod identity;
mod markdown;
mod model;
mod read;
mod report;
mod table;
mod walk;
pub mod xapi;

pub use assign::MAX_ATTEMPTS;
pub use build::report;
pub use gather::{GatherError, gather, gather_on};
pub use identity::AttemptId;
pub use markdown::{markdown, markdown_in};
pub use model::{Room, RoomAttempt, SkipKind, Skipped, Trainee};
pub use read::{MAX_ATTEMPT_BYTES, MAX_FILE_BYTES};
pub use report::*;
pub use table::{COLUMNS, csv};
pub use walk::{MAX_DEPTH, MAX_FILES};
