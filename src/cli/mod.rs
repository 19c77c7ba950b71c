//! The `doorstep` command line: one file per subcommand, each writing to the streams it is
//! given, so tests can drive them. Errors bubble up to `main` as a [`Failure`].

mod analyze;
mod bundle;
mod check;
mod classify;
mod graph;
mod import;
mod listening;
mod new;
mod play;
mod room;
mod run;

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};

pub use analyze::AnalyzeArgs;
pub use bundle::BundleArgs;
pub use check::collect_scenario_files;
pub use classify::ClassifyArgs;
pub use graph::GraphArgs;
pub use import::ImportArgs;
pub use play::PlayArgs;
pub use room::RoomArgs;
pub use run::RunArgs;

use crate::i18n::Language;
use crate::runtime;
use crate::scenario::{Assessment, Checked, Scenario};

/// Exit status: the input has errors.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: bad usage or unreadable files.
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenario files or folders; exit 0 when clean (warnings allowed), 1 on errors.
    Check {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Play a scripted run and print the transcript and debrief.
    Run(RunArgs),
    /// Play in the terminal: type an option's number at each turn.
    Play(PlayArgs),
    /// Print the scenario's graph.
    Graph(GraphArgs),
    /// Report on every path: best and worst scores, endings, steps, balance and random play.
    Analyze(AnalyzeArgs),
    /// Write a commented starter scenario, NAME.ron, to rewrite into your own.
    New {
        /// The new file's name; `.ron` is added unless it is there already.
        name: String,
    },
    /// Convert a story from another tool into a scenario, e.g. `import twee story.twee -o story.ron`.
    Import(ImportArgs),
    /// Score the listening of real conversations written out in plain text, one turn a line
    /// (`Organizer [open question]: …`, `Person: …`); see docs/scoring.md.
    Listening {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// How typed lines read: one line in on standard input, one JSON object out
    /// (`{"text", "move", "confidence"}`); with `--scenario FILE`, the options whose labelled
    /// move reads otherwise.
    Classify(ClassifyArgs),
    /// Put attempts from your History into one file to hand to your trainer, e.g.
    /// `bundle --since 2026-11-29 --name Alex`. Your name is only in it if you give it.
    Bundle(BundleArgs),
    /// A workshop's results from a folder of bundles and attempt files (a USB stick, a shared
    /// drive): scores, steps, common mistakes, airtime and more, per scenario.
    Room(RoomArgs),
}

/// The trainee's call on the person, as the command line spells it.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum AssessArg {
    Leader,
    Supporter,
    Undecided,
    Pass,
}

impl From<AssessArg> for Assessment {
    fn from(a: AssessArg) -> Self {
        match a {
            AssessArg::Leader => Assessment::Leader,
            AssessArg::Supporter => Assessment::Supporter,
            AssessArg::Undecided => Assessment::Undecided,
            AssessArg::Pass => Assessment::Pass,
        }
    }
}

/// A language for `--lang`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    En,
    Es,
}

impl From<LangArg> for Language {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::En => Language::En,
            LangArg::Es => Language::Es,
        }
    }
}

/// The process's standard streams, or test doubles.
pub struct Io<'a> {
    pub input: &'a mut dyn BufRead,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

/// Why a subcommand did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The input has errors, and they have been reported.
    #[error("the input has errors")]
    Findings,
    /// Some files could not be read, and that has been reported.
    #[error("some files could not be read")]
    Unreadable,
    /// Bad usage, or a file that could not be read or written.
    #[error("{0}")]
    Usage(String),
    /// Writing the output failed (a closed pipe is not a failure: see [`Failure::is_closed_pipe`]).
    #[error("{0}")]
    Output(#[from] io::Error),
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Findings => EXIT_FINDINGS,
            Failure::Unreadable | Failure::Usage(_) | Failure::Output(_) => EXIT_USAGE,
        }
    }

    /// A message still to show the user, for failures not reported yet.
    pub fn message(&self) -> Option<String> {
        match self {
            Failure::Findings | Failure::Unreadable => None,
            Failure::Usage(_) | Failure::Output(_) => Some(self.to_string()),
        }
    }

    /// The reader of the output went away (`doorstep run … | head`): stop quietly, as a
    /// success.
    pub fn is_closed_pipe(&self) -> bool {
        matches!(self, Failure::Output(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

/// Runs a subcommand, speaking English.
pub fn run(command: Command, io: &mut Io) -> Result<(), Failure> {
    run_in(command, io, Language::En)
}

/// Runs a subcommand; a trainee's commands (`run`, `play`) and the room's report speak
/// `language`.
pub fn run_in(command: Command, io: &mut Io, language: Language) -> Result<(), Failure> {
    match command {
        Command::Check { paths } => check::check(&paths, io),
        Command::Run(args) => run::run(args, io, language),
        Command::Play(args) => play::play(args, io, language),
        Command::Graph(args) => graph::graph(args, io),
        Command::Analyze(args) => analyze::analyze(args, io),
        Command::New { name } => new::new(&name, io),
        Command::Import(args) => import::import(args, io),
        Command::Listening { files } => listening::listening(&files, io),
        Command::Classify(args) => classify::run_in(args, io, language),
        Command::Bundle(args) => bundle::bundle(args, io, language),
        Command::Room(args) => room::room(args, io, language),
    }
}

/// Loads a scenario that must have no errors; its errors go to stderr.
fn load_valid(path: &Path, io: &mut Io) -> Result<Scenario, Failure> {
    let checked = runtime::load_file(path).map_err(|e| Failure::Usage(e.to_string()))?;
    require_valid(checked, io)
}

/// The scenario when it has no errors; otherwise its errors go to stderr.
fn require_valid(checked: Checked, io: &mut Io) -> Result<Scenario, Failure> {
    match checked.scenario {
        Some(scenario) => Ok(scenario),
        None => {
            for d in checked.diagnostics.iter().filter(|d| d.is_error()) {
                writeln!(io.err, "{d}")?;
            }
            Err(Failure::Findings)
        }
    }
}

/// Reads a whole file.
fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::Usage(format!("{}: {e}", path.display())))
}
