//! `doorstep bundle`: the attempts a trainee chooses from their History, in one file to hand
//! to the trainer.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::Args;

use super::{Failure, Io};
use crate::i18n::{Arg, Language, text, text_with};
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

pub(super) fn bundle(args: BundleArgs, io: &mut Io, language: Language) -> Result<(), Failure> {
    let history = History::new(&data_dir());
    let loaded = history.load();
    for set_aside in &loaded.set_aside {
        writeln!(io.err, "{set_aside}")?;
    }
    let chosen = choose(loaded.attempts, &args, language)?;
    let counts = chosen
        .iter()
        .fold(BTreeMap::<&str, usize>::new(), |mut m, a| {
            *m.entry(a.scenario.as_str()).or_default() += 1;
            m
        });
    let summary: Vec<String> = counts
        .iter()
        .map(|(id, n)| {
            text_with(
                language,
                "bundle-cli-at",
                &[("n", Arg::from(*n)), ("scenario", Arg::from(*id))],
            )
        })
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
    let wrote = text_with(
        language,
        "bundle-cli-wrote",
        &[
            ("n", Arg::from(n)),
            ("summary", Arg::from(summary)),
            ("path", Arg::from(written.display().to_string())),
        ],
    );
    writeln!(io.out, "{wrote}")?;
    if bundle.trainee.is_none() {
        writeln!(io.out, "{}", text(language, "bundle-cli-no-name"))?;
    }
    Ok(())
}

/// The attempts the arguments ask for, oldest first; an error when none.
fn choose(
    mut attempts: Vec<Attempt>,
    args: &BundleArgs,
    language: Language,
) -> Result<Vec<Attempt>, Failure> {
    if !args.scenarios.is_empty() {
        attempts.retain(|a| args.scenarios.contains(&a.scenario));
    }
    if let Some(day) = &args.since {
        let start = when::start_of_local_day(day).ok_or_else(|| {
            Failure::Usage(text_with(
                language,
                "bundle-cli-bad-day",
                &[("day", Arg::from(day))],
            ))
        })?;
        attempts.retain(|a| a.finished_at >= start);
    }
    if let Some(n) = args.last {
        if n == 0 {
            return Err(Failure::Usage(text(language, "bundle-cli-last-zero")));
        }
        attempts.sort_by_key(|a| a.finished_at);
        let keep = attempts.len().saturating_sub(n);
        attempts.drain(..keep);
    }
    if attempts.is_empty() {
        let id = if args.scenarios.is_empty() && args.since.is_none() {
            "bundle-cli-none"
        } else {
            "bundle-cli-none-match"
        };
        let folder = History::new(&data_dir()).dir().display().to_string();
        return Err(Failure::Usage(text_with(
            language,
            id,
            &[("folder", Arg::from(folder))],
        )));
    }
    Ok(attempts)
}
