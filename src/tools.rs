//! The authoring subcommands `analyze`, `new` and `import`, writing to the streams they are given.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use crate::analysis::{self, Settings, render};
use crate::cli::{EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, Io};
use crate::scenario::{self, Checked, locate::SourceMap};
use crate::{starter, twee};

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// The scenario file to analyse.
    #[arg(required_unless_present = "synthetic")]
    pub scenario: Option<PathBuf>,
    /// Print the analysis as JSON.
    #[arg(long)]
    pub json: bool,
    /// How many random playthroughs to run (seeds 0, 1, 2, ...).
    #[arg(long, default_value_t = Settings::default().runs)]
    pub runs: usize,
    /// How much work (nodes entered) the exact search may do before a bounded search takes over.
    #[arg(long, default_value_t = Settings::default().budget)]
    pub budget: usize,
    /// Analyse the generated benchmark scenario with this many nodes instead of a file.
    #[arg(long, hide = true, conflicts_with = "scenario")]
    pub synthetic: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The notation of the file to import.
    #[arg(value_enum)]
    pub notation: Notation,
    /// The story to import, e.g. story.twee.
    pub file: PathBuf,
    /// Write the scenario here (it must not exist yet) instead of to standard output.
    #[arg(short, long, value_name = "OUT.ron")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Notation {
    /// Twine's Twee 3 text format.
    Twee,
}

/// `doorstep analyze`.
pub fn analyze(args: AnalyzeArgs, io: &mut Io) -> Result<u8, u8> {
    let (label, text) = match (&args.synthetic, &args.scenario) {
        (Some(nodes), _) => (
            format!("synthetic-{nodes}.ron"),
            crate::synthetic::large_scenario(*nodes).into_bytes(),
        ),
        (None, Some(path)) => (path.display().to_string(), read(path, io)?),
        (None, None) => return Err(EXIT_USAGE),
    };
    let checked = scenario::load_bytes(Path::new(&label), &text);
    let Some(scenario) = valid(&checked, io) else {
        return Err(EXIT_FINDINGS);
    };
    let settings = Settings {
        budget: args.budget,
        runs: args.runs,
        ..Settings::default()
    };
    let mut report = analysis::analyze(scenario, settings);
    if !report.findings.is_empty() {
        let source = SourceMap::build(&String::from_utf8_lossy(&text));
        for finding in &mut report.findings {
            finding.position = Some(source.find(&finding.source_path(), 0));
        }
    }
    if args.json {
        let json = serde_json::to_string_pretty(&report).map_err(|e| {
            let _ = writeln!(io.err, "doorstep: {e}");
            EXIT_USAGE
        })?;
        let _ = writeln!(io.out, "{json}");
    } else {
        let _ = write!(io.out, "{}", render::text(&report, &label));
    }
    let _ = writeln!(
        io.err,
        "analyzed {label}: {} finding{}, {} search",
        report.findings.len(),
        if report.findings.len() == 1 { "" } else { "s" },
        if report.search.exact {
            "exact"
        } else {
            "bounded"
        }
    );
    Ok(EXIT_OK)
}

/// `doorstep new`.
pub fn new(name: &str, io: &mut Io) -> Result<u8, u8> {
    let path = starter::write_starter(name).map_err(|e| {
        let _ = writeln!(io.err, "doorstep: {e}");
        EXIT_USAGE
    })?;
    let shown = path.display();
    let _ = writeln!(
        io.out,
        "Wrote {shown}: a small, complete scenario to rewrite into your own, with comments on every part.\n\
         Next:\n  \
         doorstep run {shown} --path model    see the well-run conversation and its debrief\n  \
         doorstep check {shown}               after every edit: errors and warnings\n  \
         doorstep analyze {shown}             best and worst paths, balance, random play"
    );
    Ok(EXIT_OK)
}

/// `doorstep import`.
pub fn import(args: ImportArgs, io: &mut Io) -> Result<u8, u8> {
    let Notation::Twee = args.notation;
    let bytes = read(&args.file, io)?;
    let label = args.file.display().to_string();
    let Ok(text) = std::str::from_utf8(&bytes) else {
        let _ = writeln!(io.err, "{label}:1:1: error: the file is not UTF-8 text");
        return Err(EXIT_FINDINGS);
    };
    let imported = twee::import(text, &label).map_err(|e| {
        let _ = writeln!(io.err, "{label}:1:1: error: {e}");
        EXIT_FINDINGS
    })?;
    for warning in &imported.warnings {
        let _ = writeln!(io.err, "{label}:{warning}");
    }
    // The file name the scenario's own diagnostics will carry.
    let out_label = args
        .output
        .as_ref()
        .map_or("(standard output)".to_owned(), |p| p.display().to_string());
    let checked = scenario::load_bytes(Path::new(&out_label), imported.ron.as_bytes());
    match &args.output {
        Some(path) => write_new(path, &imported.ron, io)?,
        None => {
            let _ = write!(io.out, "{}", imported.ron);
        }
    }
    let errors = scenario::diagnostic::error_count(&checked.diagnostics);
    for d in checked.diagnostics.iter().filter(|d| d.is_error()) {
        let _ = writeln!(io.err, "{d}");
    }
    let _ = writeln!(
        io.err,
        "imported {} passage{} into {out_label}: {} nodes ({} endings), {} options; {} import warning{}; \
         check finds {errors} error{} and {} warning{}",
        imported.passages,
        plural(imported.passages),
        imported.nodes,
        imported.endings,
        imported.options,
        imported.warnings.len(),
        plural(imported.warnings.len()),
        plural(errors),
        checked.diagnostics.len() - errors,
        plural(checked.diagnostics.len() - errors),
    );
    Ok(if errors > 0 { EXIT_FINDINGS } else { EXIT_OK })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn read(path: &Path, io: &mut Io) -> Result<Vec<u8>, u8> {
    std::fs::read(path).map_err(|e| {
        let _ = writeln!(io.err, "doorstep: {}: {e}", path.display());
        EXIT_USAGE
    })
}

/// The scenario when it has no errors; otherwise its errors go to stderr.
fn valid<'c>(checked: &'c Checked, io: &mut Io) -> Option<&'c scenario::Scenario> {
    if checked.scenario.is_none() {
        for d in checked.diagnostics.iter().filter(|d| d.is_error()) {
            let _ = writeln!(io.err, "{d}");
        }
    }
    checked.scenario.as_ref()
}

/// Writes a file that must not exist yet.
fn write_new(path: &Path, text: &str, io: &mut Io) -> Result<(), u8> {
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    let result = file.and_then(|mut f| f.write_all(text.as_bytes()));
    result.map_err(|e| {
        let why = if e.kind() == std::io::ErrorKind::AlreadyExists {
            "already exists; pick another name, or move that file away first".to_owned()
        } else {
            e.to_string()
        };
        let _ = writeln!(io.err, "doorstep: {}: {why}", path.display());
        EXIT_USAGE
    })
}
