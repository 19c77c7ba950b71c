//! Integration test modules and shared helpers.

mod analysis;
#[cfg(feature = "gui")]
mod app;
#[cfg(feature = "gui")]
mod app_follow;
#[cfg(feature = "gui")]
mod app_free;
#[cfg(feature = "gui")]
mod app_room;
#[cfg(feature = "gui")]
mod app_ui;
#[cfg(feature = "gui")]
mod app_ui_free;
#[cfg(feature = "gui")]
mod app_ui_lang;
mod architecture;
mod bounded;
mod cli;
mod determinism;
mod diagnostics;
mod follow;
mod free;
#[cfg(feature = "gui")]
mod headless;
mod heard;
#[cfg(feature = "gui")]
mod history;
mod hostile;
#[cfg(feature = "gui")]
mod keys;
mod languages;
#[cfg(feature = "gui")]
mod layout;
#[cfg(feature = "gui")]
mod layout_free;
mod listening;
#[cfg(feature = "gui")]
mod loading;
#[cfg(feature = "gui")]
mod pairs;
#[cfg(feature = "gui")]
mod projector;
mod room;
mod room_cli;
mod room_junk;
mod room_out;
mod scoring;
mod shipped;
mod slips;
mod starter;
#[path = "../support/synthetic.rs"]
#[allow(dead_code)]
pub mod synthetic;
mod twee;
mod twee_stories;
#[cfg(feature = "gui")]
mod workshop;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use doorstep::scenario::Scenario;

pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the `doorstep` binary from the repository root.
pub fn doorstep(args: &[&str]) -> std::process::Output {
    doorstep_in(repo(), args)
}

/// Runs the `doorstep` binary in a folder.
pub fn doorstep_in(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_doorstep"))
        .args(args)
        .current_dir(dir)
        // English unless a test asks for `--lang`, whatever the machine's own language.
        .env("LC_ALL", "C")
        .output()
        .expect("binary runs")
}

pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures").join(name)
}

/// Parses and validates RON text that must be free of errors.
pub fn scenario_from(text: &str) -> Arc<Scenario> {
    let checked = doorstep::load_bytes(Path::new("test.ron"), text.as_bytes());
    let problems: Vec<String> = checked
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect();
    Arc::new(
        checked
            .scenario
            .unwrap_or_else(|| panic!("invalid test scenario: {problems:#?}")),
    )
}

/// The small hand-worked scenario of the scoring and analysis tests.
pub fn small() -> Arc<Scenario> {
    let text = std::fs::read_to_string(fixture("small.ron")).expect("fixture");
    scenario_from(&text)
}

pub fn shipped(id: &str) -> Arc<Scenario> {
    let path = repo().join("scenarios").join(format!("{id}.ron"));
    let checked = doorstep::load_file(&path).expect("shipped scenario is readable");
    Arc::new(checked.scenario.expect("shipped scenario is valid"))
}
