//! `doorstep run`: a scripted run (chosen numbers, a stored path, or random play), then its
//! transcript and debrief.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Args;

use super::{AssessArg, Failure, Io, load_valid};
use crate::author::analysis::score_with_advice;
use crate::i18n::{Language, text, text_with};
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

pub(super) fn run(args: RunArgs, io: &mut Io, language: Language) -> Result<(), Failure> {
    let l = language;
    let scenario = Arc::new(load_valid(&args.scenario, io)?);
    let stored = match &args.path {
        Some(name) => Some(scenario.paths.get(name).cloned().ok_or_else(|| {
            let known: Vec<&str> = scenario.paths.keys().collect();
            let known = if known.is_empty() {
                text(l, "run-no-paths")
            } else {
                known.join(", ")
            };
            Failure::Usage(text_with(
                l,
                "run-no-path",
                &[
                    ("name", name.into()),
                    ("file", args.scenario.display().to_string().into()),
                    ("known", known.into()),
                ],
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
        Some(name) => carried_after(&args.scenario, &scenario, &name, l)?,
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
            conversation.choose(number).map_err(|e| {
                Failure::Usage(text_with(
                    l,
                    "run-bad-turn",
                    &[
                        ("turn", (turn + 1).into()),
                        ("node", node.as_str().into()),
                        ("error", e.to_string().into()),
                    ],
                ))
            })?;
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
            markdown::transcript_in(&transcript, &scenario.person.name, &player(&scenario, l), l)
        )?;
        if transcript.ending.is_none() {
            writeln!(io.out, "{}\n", text(l, "run-stopped"))?;
        }
        write!(io.out, "{}", markdown::report_in(&report, l))?;
    }
    Ok(())
}

/// What the transcript calls the trainee: the scenario's `player`, else "You" in `l`.
fn player(scenario: &Scenario, l: Language) -> String {
    if scenario.player.trim().is_empty() {
        text(l, "transcript-you")
    } else {
        scenario.player.clone()
    }
}

/// What carries over into a follow-up from the first conversation's stored path `name`.
fn carried_after(
    file: &Path,
    scenario: &Scenario,
    name: &str,
    l: Language,
) -> Result<Carried, Failure> {
    let shown = file.display().to_string();
    let Some(follows) = &scenario.follows else {
        return Err(Failure::Usage(text_with(
            l,
            "run-not-follow-up",
            &[("file", shown.into())],
        )));
    };
    let folder = folder_of(file).unwrap_or(Path::new("."));
    let first = find_first(folder, &follows.scenario).ok_or_else(|| {
        Failure::Usage(text_with(
            l,
            "run-first-missing",
            &[
                ("file", shown.as_str().into()),
                ("first", (&follows.scenario).into()),
                ("folder", folder.display().to_string().into()),
            ],
        ))
    })?;
    let first = Arc::new(first);
    carried_after_path(scenario, &first, name).ok_or_else(|| {
        Failure::Usage(text_with(
            l,
            "run-first-no-path",
            &[("first", (&follows.scenario).into()), ("name", name.into())],
        ))
    })
}
