//! `doorstep run`: a scripted run (chosen numbers, a stored path, or random play), then its
//! transcript and debrief.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Args;

use super::{AssessArg, Failure, Io, load_valid};
use crate::author::analysis::score_with_advice;
use crate::render::markdown;
use crate::runtime::{Carried, Conversation, carried_after_path, find_first, folder_of};
use crate::scenario::Assessment;
use crate::scenario::Scenario;

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
    /// For a follow-up: first play the stored path NAME of the first conversation (found in the
    /// same folder), and carry over what it leaves. A stored path with `after` does this itself.
    #[arg(long, value_name = "NAME")]
    pub after: Option<String>,
}

pub(super) fn run(args: RunArgs, io: &mut Io) -> Result<(), Failure> {
    let scenario = Arc::new(load_valid(&args.scenario, io)?);
    let stored = match &args.path {
        Some(name) => Some(scenario.paths.get(name).cloned().ok_or_else(|| {
            let known: Vec<&str> = scenario.paths.keys().collect();
            Failure::Usage(format!(
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
    let after = args
        .after
        .clone()
        .or_else(|| stored.as_ref().and_then(|p| p.after.clone()));
    let carried = match after {
        Some(name) => carried_after(&args.scenario, &scenario, &name)?,
        None => Carried::new(),
    };
    let mut conversation = Conversation::start_after(Arc::clone(&scenario), seed, carried)
        .map_err(|e| Failure::Usage(e.to_string()))?;
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
                .map_err(|e| Failure::Usage(format!("turn {} at node '{node}': {e}", turn + 1)))?;
        }
    }
    let assessment = args
        .assess
        .map(Assessment::from)
        .or(stored.and_then(|p| p.assess));
    let transcript = conversation.into_transcript();
    let report = score_with_advice(&scenario, &transcript, assessment);
    if args.json {
        let json =
            serde_json::to_string_pretty(&report).map_err(|e| Failure::Usage(e.to_string()))?;
        writeln!(io.out, "{json}")?;
    } else {
        writeln!(
            io.out,
            "{}",
            markdown::transcript(&transcript, &scenario.person.name, scenario.player_name())
        )?;
        if transcript.ending.is_none() {
            writeln!(io.out, "(The run stopped before an ending.)\n")?;
        }
        write!(io.out, "{}", markdown::report(&report))?;
    }
    Ok(())
}

/// What carries over into a follow-up from the first conversation's stored path `name`.
fn carried_after(file: &Path, scenario: &Scenario, name: &str) -> Result<Carried, Failure> {
    let Some(follows) = &scenario.follows else {
        return Err(Failure::Usage(format!(
            "--after is for follow-ups, and {} follows no other scenario",
            file.display()
        )));
    };
    let folder = folder_of(file).unwrap_or(Path::new("."));
    let first = find_first(folder, &follows.scenario).ok_or_else(|| {
        Failure::Usage(format!(
            "{} follows '{}', which is not in {}",
            file.display(),
            follows.scenario,
            folder.display()
        ))
    })?;
    let first = Arc::new(first);
    carried_after_path(scenario, &first, name).ok_or_else(|| {
        Failure::Usage(format!(
            "'{}' has no path '{name}' that plays to its end",
            follows.scenario
        ))
    })
}
