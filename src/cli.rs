//! The `doorstep` command line: check, run, play and graph, writing to the streams it is given.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::conversation::{Conversation, Event};
use crate::debrief;
use crate::graph::{self, GraphFormat};
use crate::scenario::{self, Assessment, Checked, Diagnostic, Scenario};
use crate::scoring;

/// Exit status: success.
pub const EXIT_OK: u8 = 0;
/// Exit status: the input has errors.
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: bad usage or unreadable files.
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "doorstep",
    version,
    about = "Practice organizing conversations: play, score and check scenarios."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub app: AppArgs,
}

/// Options for the app window (used when no subcommand is given).
#[derive(Debug, Clone, Default, Args)]
pub struct AppArgs {
    /// Open this scenario (a file name, path or scenario id from the scenarios folder) at once.
    #[arg(long, value_name = "SCENARIO")]
    pub open: Option<String>,
    /// The folder of scenarios to list [default: ./scenarios, or next to the program].
    #[arg(long, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
    /// Save a screenshot of a screen to this PNG file, then exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// The screen to capture with --screenshot.
    #[arg(long, value_enum, default_value_t = ScreenArg::Menu, requires = "screenshot")]
    pub screen: ScreenArg,
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
    /// Open a plain bevy_egui window instead, as a baseline for benchmarks.
    #[arg(long, hide = true)]
    pub bare: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ScreenArg {
    #[default]
    Menu,
    Play,
    Assess,
    Debrief,
    History,
    Watch,
    Pairs,
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
    Play {
        scenario: PathBuf,
        #[arg(long, default_value_t = 0)]
        seed: u64,
    },
    /// Print the scenario's graph.
    Graph {
        scenario: PathBuf,
        #[arg(long, value_enum, default_value_t = GraphArg::Dot)]
        format: GraphArg,
    },
    /// Report on every path: best and worst scores, endings, steps, balance and random play.
    Analyze(crate::tools::AnalyzeArgs),
    /// Write a commented starter scenario, NAME.ron, to rewrite into your own.
    New {
        /// The new file's name; `.ron` is added unless it is there already.
        name: String,
    },
    /// Convert a story from another tool into a scenario, e.g. `import twee story.twee -o story.ron`.
    Import(crate::tools::ImportArgs),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("script").required(true).args(["choose", "path", "random"])))]
pub struct RunArgs {
    pub scenario: PathBuf,
    /// Option numbers to pick, in order, e.g. 2,1,3.
    #[arg(long, value_delimiter = ',')]
    pub choose: Vec<usize>,
    /// A scripted path stored in the scenario, e.g. skit or model.
    #[arg(long)]
    pub path: Option<String>,
    /// Pick options at random (reproducible with --seed).
    #[arg(long)]
    pub random: bool,
    #[arg(long)]
    pub seed: Option<u64>,
    /// Your assessment of the person (defaults to the path's own, if it has one).
    #[arg(long, value_enum)]
    pub assess: Option<AssessArg>,
    /// Print the Report as JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GraphArg {
    Dot,
    Mermaid,
}

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

/// The process's standard streams, or test doubles.
pub struct Io<'a> {
    pub input: &'a mut dyn BufRead,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

/// Runs a subcommand and returns the exit status.
pub fn run(command: Command, io: &mut Io) -> u8 {
    let result = match command {
        Command::Check { paths } => check(&paths, io),
        Command::Run(args) => run_script(args, io),
        Command::Play { scenario, seed } => play(&scenario, seed, io),
        Command::Graph { scenario, format } => load_valid(&scenario, io).map(|s| {
            let format = match format {
                GraphArg::Dot => GraphFormat::Dot,
                GraphArg::Mermaid => GraphFormat::Mermaid,
            };
            let _ = io.out.write_all(graph::render(&s, format).as_bytes());
            EXIT_OK
        }),
        Command::Analyze(args) => crate::tools::analyze(args, io),
        Command::New { name } => crate::tools::new(&name, io),
        Command::Import(args) => crate::tools::import(args, io),
    };
    result.unwrap_or_else(|code| code)
}

/// Every `.ron` file under the given files and folders, sorted.
pub fn collect_scenario_files(
    paths: &[PathBuf],
) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
    let mut files = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| (path.clone(), e))?;
        if meta.is_dir() {
            walk(path, &mut files).map_err(|e| (path.clone(), e))?;
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "ron") {
            files.push(path);
        }
    }
    Ok(())
}

fn check(paths: &[PathBuf], io: &mut Io) -> Result<u8, u8> {
    let files = collect_scenario_files(paths).map_err(|(path, e)| {
        let _ = writeln!(io.err, "doorstep: {}: {e}", path.display());
        EXIT_USAGE
    })?;
    let (mut errors, mut warnings, mut unreadable) = (0, 0, false);
    for file in &files {
        match scenario::load_file(file) {
            Ok(checked) => {
                for d in &checked.diagnostics {
                    let _ = writeln!(io.out, "{d}");
                }
                errors += scenario::diagnostic::error_count(&checked.diagnostics);
                warnings += checked.diagnostics.len()
                    - scenario::diagnostic::error_count(&checked.diagnostics);
            }
            Err(e) => {
                let _ = writeln!(io.err, "doorstep: {e}");
                unreadable = true;
            }
        }
    }
    let _ = writeln!(
        io.err,
        "checked {} file{}: {errors} error{}, {warnings} warning{}",
        files.len(),
        plural(files.len()),
        plural(errors),
        plural(warnings)
    );
    Ok(if unreadable {
        EXIT_USAGE
    } else if errors > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Loads a scenario that must have no errors; diagnostics go to stderr.
fn load_valid(path: &Path, io: &mut Io) -> Result<Scenario, u8> {
    let checked: Checked = scenario::load_file(path).map_err(|e| {
        let _ = writeln!(io.err, "doorstep: {e}");
        EXIT_USAGE
    })?;
    let Checked {
        scenario,
        diagnostics,
        ..
    } = checked;
    match scenario {
        Some(s) => Ok(s),
        None => {
            diagnostics
                .iter()
                .filter(|d| d.is_error())
                .for_each(|d: &Diagnostic| {
                    let _ = writeln!(io.err, "{d}");
                });
            Err(EXIT_FINDINGS)
        }
    }
}

fn run_script(args: RunArgs, io: &mut Io) -> Result<u8, u8> {
    let scenario = Arc::new(load_valid(&args.scenario, io)?);
    let mut usage = |message: String| {
        let _ = writeln!(io.err, "doorstep: {message}");
        EXIT_USAGE
    };
    let stored = match &args.path {
        Some(name) => Some(scenario.paths.get(name).cloned().ok_or_else(|| {
            let known: Vec<&str> = scenario.paths.keys().collect();
            usage(format!(
                "no path '{name}' in {} (it has: {})",
                args.scenario.display(),
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                }
            ))
        })?),
        None => None,
    };
    let seed = args.seed.or(stored.as_ref().map(|p| p.seed)).unwrap_or(0);
    let mut conversation =
        Conversation::start(Arc::clone(&scenario), seed).map_err(|e| usage(e.to_string()))?;
    if args.random {
        conversation.play_randomly(seed);
    } else {
        let choices = stored
            .as_ref()
            .map_or(args.choose.clone(), |p| p.choices.clone());
        for (turn, number) in choices.into_iter().enumerate() {
            let node = conversation.node().to_owned();
            conversation
                .choose(number)
                .map_err(|e| usage(format!("turn {} at node '{node}': {e}", turn + 1)))?;
        }
    }
    let assessment = args
        .assess
        .map(Assessment::from)
        .or(stored.and_then(|p| p.assess));
    let transcript = conversation.into_transcript();
    let report = scoring::score_with_advice(&scenario, &transcript, assessment);
    if args.json {
        let json = serde_json::to_string_pretty(&report).map_err(|e| usage(e.to_string()))?;
        let _ = writeln!(io.out, "{json}");
    } else {
        let _ = writeln!(
            io.out,
            "{}",
            debrief::transcript_markdown(
                &transcript,
                &scenario.person.name,
                scenario.player_name()
            )
        );
        if transcript.ending.is_none() {
            let _ = writeln!(io.out, "(The run stopped before an ending.)\n");
        }
        let _ = write!(io.out, "{}", debrief::report_markdown(&report));
    }
    Ok(EXIT_OK)
}

fn play(path: &Path, seed: u64, io: &mut Io) -> Result<u8, u8> {
    let scenario = Arc::new(load_valid(path, io)?);
    let name = if scenario.person.name.is_empty() {
        "They"
    } else {
        &scenario.person.name
    };
    let _ = writeln!(io.out, "{}\n\n{}\n", scenario.title, scenario.setting);
    if !scenario.person.about.is_empty() {
        let _ = writeln!(io.out, "{name}: {}\n", scenario.person.about);
    }
    let mut conversation = Conversation::start(Arc::clone(&scenario), seed).map_err(|e| {
        let _ = writeln!(io.err, "doorstep: {e}");
        EXIT_USAGE
    })?;
    let mut line = String::new();
    loop {
        for event in conversation.drain_events() {
            let _ = match event {
                Event::Line(l) if l.narration => writeln!(io.out, "  ({})", l.text),
                Event::Line(l) => writeln!(io.out, "{name}: {}", l.text),
                Event::Options(options) => {
                    let mut r = writeln!(io.out);
                    for o in options {
                        r = r.and(writeln!(io.out, "  {}. {}", o.number, o.text));
                    }
                    r
                }
                Event::StepReached(step) => writeln!(io.out, "  [step reached: {}]", step.label()),
                Event::Ended(end) => writeln!(
                    io.out,
                    "\n== {} ==\n{}",
                    end.outcome.map_or("the end", |o| o.label()),
                    end.summary
                ),
                Event::Stuck { node } => {
                    writeln!(io.out, "\n(The scenario has no way on from '{node}'.)")
                }
            };
        }
        if conversation.is_over() {
            break;
        }
        let _ = write!(io.out, "\nYour choice (number, u to undo, q to quit): ");
        let _ = io.out.flush();
        line.clear();
        if io.input.read_line(&mut line).unwrap_or(0) == 0 {
            let _ = writeln!(io.out, "\n(input ended)");
            break;
        }
        let answer = line.trim();
        match answer {
            "q" | "quit" => break,
            "u" | "undo" => match conversation.rewind_to(conversation.choices().len()) {
                Ok(rewound) => {
                    conversation = rewound;
                    let _ = writeln!(io.out, "(back one turn; this run now counts as practice)");
                    let options = conversation.offered();
                    let _ = writeln!(io.out);
                    for o in options {
                        let _ = writeln!(io.out, "  {}. {}", o.number, o.text);
                    }
                    conversation.drain_events();
                }
                Err(_) => {
                    let _ = writeln!(io.out, "(nothing to undo)");
                }
            },
            other => match other.parse::<usize>() {
                Ok(number) => {
                    if let Err(e) = conversation.choose(number) {
                        let _ = writeln!(io.out, "({e})");
                    } else {
                        let _ = writeln!(io.out);
                    }
                }
                Err(_) => {
                    let _ = writeln!(io.out, "(type one of the numbers shown)");
                }
            },
        }
    }
    let assessment = if conversation.transcript().ending.is_some() {
        ask_assessment(&scenario, io)
    } else {
        None
    };
    let report = scoring::score_with_advice(&scenario, conversation.transcript(), assessment);
    let _ = write!(io.out, "\n{}", debrief::report_markdown(&report));
    Ok(EXIT_OK)
}

fn ask_assessment(scenario: &Scenario, io: &mut Io) -> Option<Assessment> {
    let mut line = String::new();
    loop {
        let _ = write!(
            io.out,
            "\nHow would you assess {}? 1. leader  2. supporter  3. undecided  4. pass: ",
            if scenario.person.name.is_empty() {
                "them"
            } else {
                &scenario.person.name
            }
        );
        let _ = io.out.flush();
        line.clear();
        if io.input.read_line(&mut line).unwrap_or(0) == 0 {
            return None;
        }
        let answer = line.trim();
        let picked = answer
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| Assessment::ALL.get(i).copied())
            .or_else(|| Assessment::parse(answer));
        if picked.is_some() {
            return picked;
        }
    }
}
