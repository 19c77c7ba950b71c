//! `doorstep bundle`: the attempts a trainee chooses from their History, in one file to hand
//! to the trainer.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::Args;

use super::{Failure, Io};
use crate::store::history::{Attempt, History};
use crate::store::{Bundle, data_dir, when};

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["all", "last", "since"])))]
pub struct BundleArgs {
    /// Every attempt (at the scenarios chosen with --scenario, if any).
    #[arg(long)]
    pub all: bool,
    /// The N most recent attempts.
    #[arg(long, value_name = "N")]
    pub last: Option<usize>,
    /// The attempts finished on or after a day, in local time: YYYY-MM-DD.
    #[arg(long, value_name = "DAY")]
    pub since: Option<String>,
    /// Only attempts at this scenario (its id); repeat for several.
    #[arg(long = "scenario", value_name = "ID")]
    pub scenarios: Vec<String>,
    /// Your name, for the trainer. Without it the trainer sees you as "Trainee 1", "Trainee 2"….
    #[arg(long)]
    pub name: Option<String>,
    /// The file to write, or a folder to write into under a name with the day and your name
    /// (default: the current folder).
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    pub output: Option<PathBuf>,
}

pub(super) fn bundle(args: BundleArgs, io: &mut Io) -> Result<(), Failure> {
    let history = History::new(&data_dir());
    let loaded = history.load();
    for set_aside in &loaded.set_aside {
        writeln!(io.err, "{set_aside}")?;
    }
    let chosen = choose(loaded.attempts, &args)?;
    let counts = chosen
        .iter()
        .fold(BTreeMap::<&str, usize>::new(), |mut m, a| {
            *m.entry(a.scenario.as_str()).or_default() += 1;
            m
        });
    let summary: Vec<String> = counts
        .iter()
        .map(|(id, n)| format!("{n} at {id}"))
        .collect();
    let summary = summary.join(", ");
    let bundle = Bundle::new(chosen, args.name);
    let written = match &args.output {
        Some(path) if !path.is_dir() => bundle.write_to(path).map(|()| path.clone()),
        Some(folder) => bundle.write_into(folder),
        // The current folder, named plainly: "doorstep-….json" rather than "./doorstep-….json".
        None => bundle.write_into(std::path::Path::new("")),
    }
    .map_err(|e| Failure::Usage(e.to_string()))?;
    let n = bundle.attempts.len();
    writeln!(
        io.out,
        "wrote {n} attempt{} ({summary}) to {}",
        crate::words::plural(n),
        written.display()
    )?;
    if bundle.trainee.is_none() {
        writeln!(
            io.out,
            "It carries no name: the trainer will see you as \"Trainee\" and a number (add --name to give one)."
        )?;
    }
    Ok(())
}

/// The attempts the arguments ask for, oldest first; an error when none.
fn choose(mut attempts: Vec<Attempt>, args: &BundleArgs) -> Result<Vec<Attempt>, Failure> {
    if !args.scenarios.is_empty() {
        attempts.retain(|a| args.scenarios.contains(&a.scenario));
    }
    if let Some(day) = &args.since {
        let start = when::start_of_local_day(day).ok_or_else(|| {
            Failure::Usage(format!("--since {day}: not a day written YYYY-MM-DD"))
        })?;
        attempts.retain(|a| a.finished_at >= start);
    }
    if let Some(n) = args.last {
        if n == 0 {
            return Err(Failure::Usage("--last 0 would make an empty bundle".into()));
        }
        attempts.sort_by_key(|a| a.finished_at);
        let keep = attempts.len().saturating_sub(n);
        attempts.drain(..keep);
    }
    if attempts.is_empty() {
        return Err(Failure::Usage(format!(
            "no attempts to bundle in {}{}",
            History::new(&data_dir()).dir().display(),
            if args.scenarios.is_empty() && args.since.is_none() {
                ""
            } else {
                " that match"
            }
        )));
    }
    Ok(attempts)
}
