//! The app's command-line options: which scenarios to list, what to open, and screenshots.

use std::path::PathBuf;

use clap::Args;

use super::screen::Screen;

/// Options for the app window (used when no subcommand is given).
#[derive(Debug, Clone, Default, Args)]
pub struct Options {
    /// Open this scenario (a file name, path or scenario id from the scenarios folder) at once.
    #[arg(long, value_name = "SCENARIO")]
    pub open: Option<String>,
    /// Open the Room screen on this folder of trainees' bundles (see `doorstep room`).
    #[arg(long, value_name = "FOLDER", conflicts_with = "open")]
    pub room: Option<PathBuf>,
    /// The folder of scenarios to list [default: ./scenarios, or next to the program].
    #[arg(long, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
    /// Save a screenshot of a screen to this PNG file, then exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// The screen to capture with --screenshot.
    #[arg(long, value_enum, default_value_t = Screen::Menu, requires = "screenshot")]
    pub screen: Screen,
    /// The scenario to capture (default: the first that loads).
    #[arg(long, value_name = "SCENARIO", requires = "screenshot")]
    pub scenario: Option<String>,
    /// The scripted path to follow for the capture (default: model).
    #[arg(long = "script", value_name = "PATH", requires = "screenshot")]
    pub script: Option<String>,
    /// How far to go before capturing: choices (play), advances (watch), or for pairs
    /// 0 briefing, 1 card, 2 marking, 3 results.
    #[arg(long, requires = "screenshot")]
    pub stage: Option<usize>,
    /// Capture in projector mode.
    #[arg(long, requires = "screenshot")]
    pub projector: bool,
    /// Capture with "Say it yourself" on (the play screen's text box).
    #[arg(long, requires = "screenshot")]
    pub free: bool,
    /// With --free: a line typed, from the first turn on (repeat it for more turns). Each is
    /// taken as what it matches but the last, which is captured showing what it was taken as.
    #[arg(long, value_name = "LINE", requires = "free")]
    pub say: Vec<String>,
    /// Open the audience window too (the capture is of the trainer's window).
    #[arg(long, requires = "screenshot")]
    pub audience: bool,
    /// Open the audience window and capture it instead.
    #[arg(long, requires = "screenshot")]
    pub audience_view: bool,
    /// Window size, WIDTHxHEIGHT.
    #[arg(long, value_parser = parse_size, default_value = "1280x720")]
    pub size: (u32, u32),
    /// UI scale, from 0.75 to 2.5 (1 = 100%).
    #[arg(long)]
    pub scale: Option<f32>,
    /// The interface's language for this run, from the global `--lang` (not saved).
    #[arg(skip)]
    pub lang: Option<crate::i18n::Language>,
    /// Open a plain bevy_egui window instead, as a baseline for benchmarks.
    #[cfg(feature = "dev")]
    #[arg(long, hide = true)]
    pub bare: bool,
}

fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or("expected WIDTHxHEIGHT, e.g. 1920x1080")?;
    let parse = |n: &str| {
        n.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (200..=8192).contains(n))
    };
    match (parse(w), parse(h)) {
        (Some(w), Some(h)) => Ok((w, h)),
        _ => Err("width and height must be numbers from 200 to 8192".to_owned()),
    }
}
