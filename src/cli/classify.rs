//! `doorstep classify`: how the move classifier hears lines typed on standard input, one JSON
//! object a line; or, with `--scenario`, every option whose labelled move reads otherwise.

use std::path::PathBuf;

use clap::Args;

use super::{Failure, Io, load_valid};
use crate::heard::{Group, classify_in};
use crate::i18n::Language;
use crate::runtime::{disagreements, move_warnings};
use crate::scenario::Move;

#[derive(Debug, Args)]
pub struct ClassifyArgs {
    /// Instead of reading lines, check every option of this scenario against its labelled move.
    /// Options are heard in the scenario's own language.
    #[arg(long)]
    pub scenario: Option<PathBuf>,
}

/// Reads lines in `language` (the global `--lang`), or a scenario's options in its own.
pub(super) fn run_in(args: ClassifyArgs, io: &mut Io, language: Language) -> Result<(), Failure> {
    match args.scenario {
        Some(path) => options(&path, io),
        None => lines(language, io),
    }
}

/// What `classify` prints for one line, fields in this order.
#[derive(serde::Serialize)]
struct Line<'a> {
    text: &'a str,
    #[serde(rename = "move")]
    kind: Move,
    confidence: f64,
    group: Group,
    #[serde(skip_serializing_if = "Option::is_none")]
    mixed_with: Option<Move>,
}

/// One JSON object for each line read: the text, the move, the confidence, and whether the line
/// mixes moves.
fn lines(language: Language, io: &mut Io) -> Result<(), Failure> {
    let mut line = String::new();
    loop {
        line.clear();
        if io.input.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let text = line.trim_end_matches(['\n', '\r']);
        let heard = classify_in(language, text);
        let object = Line {
            text,
            kind: heard.kind,
            confidence: (heard.confidence * 1000.0).round() / 1000.0,
            group: Group::of(heard.kind),
            mixed_with: heard.with.filter(|_| heard.mixed),
        };
        let json = serde_json::to_string(&object).map_err(|e| Failure::Usage(e.to_string()))?;
        writeln!(io.out, "{json}")?;
    }
}

/// Every option whose labelled move falls in another group than its reading, strong ones (the
/// ones `check` warns about) marked; then a count.
fn options(path: &std::path::Path, io: &mut Io) -> Result<(), Failure> {
    let scenario = load_valid(path, io)?;
    let found = disagreements(&scenario, usize::MAX);
    let total: usize = scenario
        .nodes
        .values()
        .map(|n| n.options.len() + usize::from(n.otherwise.is_some()))
        .sum();
    for d in &found {
        let mark = if d.strong { "strong: " } else { "" };
        writeln!(
            io.out,
            "{mark}node '{}' option {}: labelled {:?}, reads as {} ({:.0}%): \"{}\"",
            d.node,
            d.index + 1,
            d.labelled,
            d.heard.kind.label(),
            d.heard.confidence * 100.0,
            d.text
        )?;
    }
    let strong = move_warnings(&scenario).len();
    writeln!(
        io.err,
        "{} options: {} read as labelled (by group), {} do not, {strong} strongly",
        total,
        total - found.len(),
        found.len()
    )?;
    Ok(())
}
