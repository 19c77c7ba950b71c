//! Doorstep: a practice simulator for organizing conversations.
//!
//! Layers, each using only the ones above it (docs/architecture.md draws them):
//! - `words`: small English helpers;
//! - `i18n`: languages, the messages of the command line and the debrief in Fluent;
//! - `scenario`: the model an author writes, loading and validation;
//! - `heard`: free text: the move classifier and matching a typed line to an option;
//! - `runtime`: the compiled scenario and the one set of stepping rules;
//! - `score`: the rule book and the Report;
//! - `author`: the analysis, the Twine importer and the starter scenario;
//! - `render` and `store`: text renderings, and saved data;
//! - `room`: a workshop's attempts gathered from a folder, and the room's report;
//! - `cli` and, with the `gui` feature, `app`.
//!
//! Everything but `app` builds and tests with `--no-default-features`.

pub mod author;
pub mod cli;
pub mod heard;
pub mod i18n;
pub mod render;
pub mod room;
pub mod runtime;
pub mod scenario;
pub mod score;
pub mod store;
pub mod words;

#[cfg(feature = "gui")]
pub mod app;

pub use runtime::{load_bytes, load_file};

#[cfg(test)]
#[path = "../tests/support/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;
