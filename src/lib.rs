//! Doorstep: a practice simulator for organizing conversations.
//!
//! The core (`scenario`, `conversation`, `scoring`, `analysis`) has no engine imports and builds
//! with `--no-default-features`. The `gui` feature adds the Bevy app in `app`.

pub mod analysis;
#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod conversation;
pub mod debrief;
pub mod graph;
pub mod history;
pub mod scenario;
pub mod scoring;
pub mod starter;
pub mod store;
pub mod synthetic;
pub mod tools;
pub mod twee;
