//! `doorstep analyze`: every path of a scenario searched, as text or JSON.

use std::path::{Path, PathBuf};

use clap::Args;

use super::{Failure, Io, read, require_valid};
use crate::author::analysis::{self, Settings};
use crate::render::text;
use crate::runtime;
use crate::scenario::locate::SourceMap;
use crate::words::plural;

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// The scenario file to analyse.
    pub scenario: PathBuf,
    /// Print the analysis as JSON.
    #[arg(long)]
    pub json: bool,
    /// How many random playthroughs to run (seeds 0, 1, 2, ...).
    #[arg(long, default_value_t = Settings::default().runs)]
    pub runs: usize,
    /// How much work (nodes entered) the exact search may do before a bounded search takes over.
    #[arg(long, default_value_t = Settings::default().budget)]
    pub budget: usize,
}

pub(super) fn analyze(args: AnalyzeArgs, io: &mut Io) -> Result<(), Failure> {
    let label = args.scenario.display().to_string();
    let text = read(&args.scenario)?;
    // A follow-up's stored paths are checked after the first conversation beside it, as `check` does.
    let checked =
        runtime::load_bytes_beside(Path::new(&label), &text, runtime::folder_of(&args.scenario));
    let scenario = require_valid(checked, io)?;
    let settings = Settings {
        budget: args.budget,
        runs: args.runs,
        ..Settings::default()
    };
    let mut report = analysis::analyze(&scenario, settings);
    if !report.findings.is_empty() {
        let places: Vec<_> = report.findings.iter().map(|f| f.source_path()).collect();
        let source = SourceMap::build(&String::from_utf8_lossy(&text), &places);
        for (finding, place) in report.findings.iter_mut().zip(&places) {
            finding.position = Some(source.find(place, 0));
        }
    }
    if args.json {
        let json =
            serde_json::to_string_pretty(&report).map_err(|e| Failure::Usage(e.to_string()))?;
        writeln!(io.out, "{json}")?;
    } else {
        write!(io.out, "{}", text::text(&report, &label))?;
    }
    writeln!(
        io.err,
        "analyzed {label}: {} finding{}, {} search",
        report.findings.len(),
        plural(report.findings.len()),
        if report.search.exact {
            "exact"
        } else {
            "bounded"
        }
    )?;
    Ok(())
}
