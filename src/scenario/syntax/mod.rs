//! Syntax slips said in an author's words, at the line of the slip, several in one run.
//!
//! ron stops at the first place where the text stops making sense, which is often lines after
//! the slip, and says what it expected there ("Expected identifier"). This module reads the text
//! around that place again: a bracket or a quote left open is found from the layout and named
//! where it was opened, a missing comma at the end of the line that needs it, and ron's own
//! errors are put in the format's words. Each slip that can be mended safely is mended in
//! memory and the text parsed again, to find the next one.

mod brackets;
mod context;
mod explain;
mod fields;
mod repair;
mod tokens;
mod values;

use ron::error::SpannedError;

use super::diagnostic::Position;
use brackets::{Guess, balanced, bracket_guesses, text_guess};
use explain::{Reader, Slip};
use repair::Patched;
use tokens::{Lines, tokenize};

pub use explain::NESTING;

/// Syntax slips reported per file at most.
pub const MAX_SLIPS: usize = 10;

/// Bytes parsed again, over all the attempts to read on past slips: a large file is parsed
/// again only a few times.
const REPARSE_BYTES: usize = 64 * 1024 * 1024;

/// Guesses at one unpaired bracket or quote tried at most.
const GUESSES: usize = 6;

/// A syntax slip, located in the author's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub position: Position,
    pub message: String,
}

/// Parses text as a scenario, only to see whether it reads and where it stops.
pub type Parse<'a> = &'a dyn Fn(&str) -> Result<(), SpannedError>;

/// Every syntax slip found in `text`, whose parse failed with `first`, in the order of the text.
pub fn syntax_errors(text: &str, first: &SpannedError, parse: Parse) -> Vec<SyntaxError> {
    let mut patched = Patched::new(text);
    let mut error = first.clone();
    let mut budget = REPARSE_BYTES;
    let mut found: Vec<(usize, String)> = Vec::new();
    let mut reached: Option<usize> = None;
    loop {
        let current = patched.text.clone();
        let tokens = tokenize(&current);
        let lines = Lines::new(&current);
        let error_at = lines.offset(position(&error));
        let stopped_at = patched.original(error_at);
        if reached.is_some_and(|before| stopped_at <= before) {
            // Mending the last slip did not get the parse any further: what follows would
            // be noise.
            break;
        }
        reached = Some(stopped_at);
        let reader = Reader {
            text: &current,
            tokens: &tokens,
            lines: &lines,
        };
        let error_end = tokens
            .get(reader.token_at(error_at))
            .map_or(current.len(), |t| t.end);
        let guess = best_guess(
            &patched,
            &tokens,
            &lines,
            error_at,
            error_end,
            &mut budget,
            parse,
        );
        let slip = guess.unwrap_or_else(|| reader.explain(&error.code, error_at));
        found.push((patched.original(slip.at), slip.message));
        let Some(edit) = slip.edit else { break };
        if found.len() >= MAX_SLIPS || budget < current.len() || !patched.apply(&edit) {
            break;
        }
        budget -= current.len();
        match parse(&patched.text) {
            Ok(()) => break,
            Err(next) => error = next,
        }
    }
    let lines = Lines::new(text);
    found.sort_by_key(|(at, _)| *at);
    found.dedup();
    found
        .into_iter()
        .map(|(at, message)| SyntaxError {
            position: lines.position(at),
            message,
        })
        .collect()
}

fn position(error: &SpannedError) -> Position {
    Position {
        line: error.span.start.line.max(1),
        col: error.span.start.col.max(1),
    }
}

/// The guess at an unpaired bracket or quote whose mending lets the parse get furthest past
/// where it stopped, if any does. Only guesses that mend the text before that place count.
fn best_guess(
    patched: &Patched,
    tokens: &[tokens::Token],
    lines: &Lines,
    error_at: usize,
    error_end: usize,
    budget: &mut usize,
    parse: Parse,
) -> Option<Slip> {
    let text = &patched.text;
    let mut guesses: Vec<Guess> = text_guess(text, tokens).into_iter().collect();
    if !balanced(tokens) {
        guesses.extend(bracket_guesses(text, tokens, lines));
    }
    guesses.retain(|g| g.fix_at <= error_end);
    let mut seen = Vec::new();
    guesses.retain(|g| {
        let new = !seen.contains(&g.edit);
        seen.push(g.edit.clone());
        new
    });
    let stopped_at = patched.original(error_at);
    let mut best: Option<(usize, Guess)> = None;
    for guess in guesses.into_iter().take(GUESSES) {
        if *budget < text.len() {
            break;
        }
        *budget -= text.len();
        let mut trial = patched.clone();
        if !trial.apply(&guess.edit) {
            continue;
        }
        let got_to = match parse(&trial.text) {
            Ok(()) => usize::MAX,
            Err(e) => trial.original(Lines::new(&trial.text).offset(position(&e))),
        };
        if got_to > stopped_at && best.as_ref().is_none_or(|(best, _)| got_to > *best) {
            best = Some((got_to, guess));
        }
    }
    best.map(|(_, g)| Slip {
        at: g.at,
        message: g.message,
        edit: Some(g.edit),
    })
}
