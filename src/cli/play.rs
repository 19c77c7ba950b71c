//! `doorstep play`: a conversation in the terminal, one typed number at a time (or, with
//! `--free`, the trainee's own words), then the assessment and the debrief.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;

use super::{Failure, Io, load_valid};
use crate::author::analysis::score_with_advice;
use crate::i18n::{Language, text, text_with};
use crate::render::labels::{assessment_label, move_label, outcome_label, step_label};
use crate::render::markdown;
use crate::runtime::{Conversation, Event, Offered, Said, Taken};
use crate::scenario::{Assessment, Scenario};

#[derive(Debug, Args)]
pub struct PlayArgs {
    pub scenario: PathBuf,
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Say it yourself: type what you would say; it is matched to the closest option.
    #[arg(long)]
    pub free: bool,
}

pub(super) fn play(args: PlayArgs, io: &mut Io, language: Language) -> Result<(), Failure> {
    let l = language;
    let scenario = Arc::new(load_valid(&args.scenario, io)?);
    let name = if scenario.person.name.is_empty() {
        text(l, "play-they")
    } else {
        scenario.person.name.clone()
    };
    writeln!(io.out, "{}\n\n{}\n", scenario.title, scenario.setting)?;
    if !scenario.person.about.is_empty() {
        writeln!(io.out, "{name}: {}\n", scenario.person.about)?;
    }
    let mut conversation = Conversation::start(Arc::clone(&scenario), args.seed)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    let mut line = String::new();
    loop {
        for event in conversation.drain_events() {
            show(&event, &name, args.free, io, l)?;
        }
        if conversation.is_over() {
            break;
        }
        let prompt = text(
            l,
            if args.free {
                "play-prompt-free"
            } else {
                "play-prompt"
            },
        );
        write!(io.out, "\n{prompt} ")?;
        io.out.flush()?;
        line.clear();
        if io.input.read_line(&mut line).unwrap_or(0) == 0 {
            writeln!(io.out, "\n{}", text(l, "play-input-ended"))?;
            break;
        }
        let typed = line.trim_end_matches(['\n', '\r']);
        if args.free && !is_command(typed) {
            if !say_freely(&mut conversation, typed, io, l)? {
                break;
            }
            continue;
        }
        match line.trim() {
            "q" | "quit" | "salir" => break,
            "u" | "undo" | "deshacer" => match conversation.rewind_to(conversation.choices().len())
            {
                Ok(rewound) => {
                    conversation = rewound;
                    writeln!(io.out, "{}", text(l, "play-undone"))?;
                    writeln!(io.out)?;
                    options(&conversation.offered(), io)?;
                    conversation.drain_events();
                }
                Err(_) => writeln!(io.out, "{}", text(l, "play-nothing-to-undo"))?,
            },
            other => match other.parse::<usize>() {
                Ok(number) => match conversation.choose_shown(number) {
                    Ok(()) => writeln!(io.out)?,
                    Err(e) => writeln!(io.out, "({e})")?,
                },
                Err(_) => writeln!(io.out, "{}", text(l, "play-type-a-number"))?,
            },
        }
    }
    let assessment = if conversation.transcript().ending.is_some() {
        ask_assessment(&scenario, io, l)?
    } else {
        None
    };
    if let Some(ending) = &conversation.transcript().ending
        && !ending.summary.is_empty()
    {
        writeln!(io.out, "\n{}", ending.summary)?;
    }
    let report = score_with_advice(&scenario, conversation.transcript(), assessment);
    write!(io.out, "\n{}", markdown::report_in(&report, l))?;
    Ok(())
}

/// A number, undo or quit: what `--free` still reads as a command, not as something said.
fn is_command(typed: &str) -> bool {
    let typed = typed.trim();
    matches!(typed, "q" | "quit" | "salir" | "u" | "undo" | "deshacer")
        || typed.parse::<usize>().is_ok()
}

/// Says a typed line: shows what it is taken as and how it is heard, and lets the trainee accept
/// with Enter or pick another option by number, so a bad match never traps them. False when the
/// input ended.
fn say_freely(
    conversation: &mut Conversation,
    typed: &str,
    io: &mut Io,
    l: Language,
) -> Result<bool, Failure> {
    let matched = conversation.hear(typed);
    let heard = matched.heard;
    let mixed = match heard.with.filter(|_| heard.mixed) {
        Some(with) => format!(
            ", {}",
            text_with(l, "heard-mixed", &[("move", move_label(l, with).into())])
        ),
        None => String::new(),
    };
    let (heard_as, taken_as) = (text(l, "heard-as"), text(l, "taken-as"));
    writeln!(io.out, "{heard_as}: {}{mixed}", move_label(l, heard.kind))?;
    match &matched.taken {
        Taken::Option(offered) => {
            writeln!(io.out, "{taken_as}: {}. {}", offered.shown, offered.text)?
        }
        Taken::Otherwise { text } => writeln!(io.out, "{taken_as}: {text}")?,
        Taken::Nothing => writeln!(io.out, "{}", text(l, "play-matches-none"))?,
    }
    let offered = conversation.offered();
    writeln!(io.out, "{}", text(l, "play-options-were"))?;
    options(&offered, io)?;
    let mut answer = String::new();
    loop {
        if matches!(matched.taken, Taken::Nothing) {
            write!(io.out, "{} ", text(l, "play-pick-closest"))?;
        } else {
            write!(io.out, "{} ", text(l, "play-accept"))?;
        }
        io.out.flush()?;
        answer.clear();
        if io.input.read_line(&mut answer).unwrap_or(0) == 0 {
            writeln!(io.out, "\n{}", text(l, "play-input-ended"))?;
            return Ok(false);
        }
        let taken = match answer.trim() {
            "" if !matches!(matched.taken, Taken::Nothing) => matched.taken.clone(),
            other => match other
                .parse::<usize>()
                .ok()
                .and_then(|n| offered.get(n.checked_sub(1)?))
            {
                Some(pick) => Taken::Option(pick.clone()),
                None => {
                    writeln!(io.out, "{}", text(l, "play-type-a-number"))?;
                    continue;
                }
            },
        };
        let said = Said {
            text: typed.to_owned(),
            heard,
        };
        match conversation.say(said, &taken) {
            Ok(()) => writeln!(io.out)?,
            Err(e) => writeln!(io.out, "({e})")?,
        }
        return Ok(true);
    }
}

fn show(event: &Event, name: &str, free: bool, io: &mut Io, l: Language) -> Result<(), Failure> {
    match event {
        Event::Line(l) if l.narration => writeln!(io.out, "  ({})", l.text)?,
        Event::Line(l) => writeln!(io.out, "{name}: {}", l.text)?,
        // Saying it yourself is recall: the options are shown only after a line is typed.
        Event::Options(_) if free => {}
        Event::Options(offered) => {
            writeln!(io.out)?;
            options(offered, io)?;
        }
        Event::StepReached(step) => writeln!(
            io.out,
            "  [{}]",
            text_with(
                l,
                "play-step-reached",
                &[("step", step_label(l, *step).into())]
            )
        )?,
        // The summary may name what the person is, so it waits for the assessment.
        Event::Ended(end) => writeln!(
            io.out,
            "\n== {} ==",
            end.outcome
                .map_or_else(|| text(l, "outcome-the-end"), |o| outcome_label(l, o))
        )?,
        Event::Stuck { node } => writeln!(
            io.out,
            "\n({})",
            text_with(l, "play-stuck", &[("node", node.as_str().into())])
        )?,
    }
    Ok(())
}

fn options(offered: &[Offered], io: &mut Io) -> Result<(), Failure> {
    for o in offered {
        writeln!(io.out, "  {}. {}", o.shown, o.text)?;
    }
    Ok(())
}

fn ask_assessment(
    scenario: &Scenario,
    io: &mut Io,
    l: Language,
) -> Result<Option<Assessment>, Failure> {
    let mut line = String::new();
    let who = if scenario.person.name.is_empty() {
        text(l, "play-them")
    } else {
        scenario.person.name.clone()
    };
    let question = text_with(l, "play-assess", &[("who", who.into())]);
    loop {
        write!(io.out, "\n{question} ")?;
        io.out.flush()?;
        line.clear();
        if io.input.read_line(&mut line).unwrap_or(0) == 0 {
            return Ok(None);
        }
        let answer = line.trim();
        let picked = answer
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| Assessment::ALL.get(i).copied())
            .or_else(|| Assessment::parse(answer))
            .or_else(|| {
                // The labels in the trainee's language count too ("líder").
                Assessment::ALL
                    .into_iter()
                    .find(|a| assessment_label(l, *a).eq_ignore_ascii_case(answer))
            });
        if picked.is_some() {
            return Ok(picked);
        }
    }
}
