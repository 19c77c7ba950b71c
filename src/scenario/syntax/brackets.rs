//! Guesses at what went wrong when brackets or quotes do not pair up: a bracket never closed
//! (named where it was opened), one too many, one of the wrong kind, or text never closed.
//!
//! ron notices such a slip only where the file stops making sense, often lines later. The
//! layout tells more: a line that starts at or left of the line that opened a bracket should
//! not still be inside it. Each guess comes with the edit that would mend it; the caller keeps
//! the guess whose mended text parses furthest.

use super::context::{Frame, describe_in, opens};
use super::repair::Edit;
use super::tokens::{Kind, Lines, Token, closer_of};

/// Guesses made in one scan at most.
const MAX_GUESSES: usize = 64;

/// Brackets still open at the end of the text that are guessed at, innermost first.
const GUESSES_AT_THE_END: usize = 4;

/// A guess at a slip: where to report it, what to say, and the edit that would mend it.
#[derive(Debug, Clone)]
pub struct Guess {
    /// Where the slip is reported: the opening bracket or quote, or the stray bracket.
    pub at: usize,
    /// Where the mending edit goes, to compare with where ron stopped.
    pub fix_at: usize,
    pub message: String,
    pub edit: Edit,
}

/// Whether every bracket is closed by one of its own kind, in order.
pub fn balanced(tokens: &[Token]) -> bool {
    let mut stack = Vec::new();
    for token in tokens {
        match token.kind {
            Kind::Open(b) => stack.push(closer_of(b)),
            Kind::Close(b) if stack.pop() != Some(b) => return false,
            Kind::Text { closed: false } => return false,
            _ => {}
        }
    }
    stack.is_empty()
}

/// A bracket's character as the author would type it.
fn shown(b: u8) -> char {
    char::from(b)
}

struct Scan<'a> {
    text: &'a str,
    /// Whether to read the layout too, or only the pairs.
    layout: bool,
    tokens: &'a [Token],
    lines: &'a Lines<'a>,
    stack: Vec<Frame>,
    guesses: Vec<Guess>,
    /// Brackets opened on one line and closed in the middle of a later one: (the opening
    /// token, the closing token, what it opened). One of them may have been closed too early.
    closed_mid_line: Vec<(usize, usize, String)>,
}

impl Scan<'_> {
    fn line_of(&self, token: usize) -> usize {
        self.lines.line(self.tokens[token].start)
    }

    fn what(&self, depth: usize) -> String {
        let parent = depth.checked_sub(1).map(|d| &self.stack[d].opens);
        let frame = &self.stack[depth];
        describe_in(&frame.opens, frame.bracket(self.tokens), parent)
    }

    /// The frame on top of the stack was never closed; its closer belongs before token `before`
    /// (before a comma that ends the previous line), or at the end of the text.
    fn unclosed(&mut self, before: Option<usize>) {
        let depth = self.stack.len() - 1;
        let frame = &self.stack[depth];
        let open = self.tokens[frame.open];
        let close = shown(closer_of(frame.bracket(self.tokens)));
        let last = match before {
            Some(i) => i.checked_sub(1),
            None => self.tokens.len().checked_sub(1),
        };
        let Some(last) = last else { return };
        let fix_at = match (before, self.tokens[last].kind) {
            (Some(_), Kind::Comma) => self.tokens[last].start,
            _ => self.tokens[last].end,
        };
        let open_line = self.line_of(frame.open);
        let fix_line = self.line_of(last);
        let what = self.what(depth);
        // In mid-line the closer goes before the next token; else at the end of the line.
        let place = match before.filter(|&i| self.line_of(i) == fix_line) {
            Some(i) => {
                let next = self.tokens[i];
                let shown = self.text.get(next.start..next.end).unwrap_or_default();
                format!("before the `{shown}`")
            }
            None => "at the end of".to_owned(),
        };
        let message = match (fix_line == open_line, place.starts_with("at")) {
            (true, true) => format!(
                "{what} opened here is never closed: a `{close}` is probably missing at the end of this line"
            ),
            (true, false) => format!(
                "{what} opened here is never closed: a `{close}` is probably missing {place}"
            ),
            (false, true) => format!(
                "a `{close}` is probably missing at the end of line {fix_line}, which closes {what} opened on line {open_line}"
            ),
            (false, false) => format!(
                "a `{close}` is probably missing on line {fix_line}, {place}, which closes {what} opened on line {open_line}"
            ),
        };
        self.guesses.push(Guess {
            at: open.start,
            fix_at,
            message,
            edit: Edit::insert(fix_at, &close.to_string()),
        });
    }

    /// Closer `i` does not match the bracket on top of the stack.
    fn mismatch(&mut self, i: usize, close: u8) {
        let token = self.tokens[i];
        // Between two commas, the stray bracket goes with one of them.
        let kind_at = |j: Option<usize>| j.and_then(|j| self.tokens.get(j)).map(|t| t.kind);
        let end = match (kind_at(i.checked_sub(1)), kind_at(Some(i + 1))) {
            (Some(Kind::Comma), Some(Kind::Comma)) => self.tokens[i + 1].end,
            _ => token.end,
        };
        let extra = Guess {
            at: token.start,
            fix_at: token.start,
            message: format!(
                "this `{}` has no bracket to close here: remove it",
                shown(close)
            ),
            edit: Edit::replace(token.start, end, ""),
        };
        self.closed_too_early(i);
        let Some(top) = self.stack.last() else {
            self.guesses.push(extra);
            return;
        };
        let open = top.bracket(self.tokens);
        let top_line = self.line_of(top.open);
        let same_place = top_line == self.line_of(i)
            || self.lines.indent(top_line) == self.lines.indent(self.line_of(i));
        if same_place {
            let what = self.what(self.stack.len() - 1);
            self.unclosed(Some(i));
            self.guesses.push(Guess {
                at: token.start,
                fix_at: token.start,
                message: format!(
                    "this `{}` should be `{}`, to close {what} opened {}",
                    shown(close),
                    shown(closer_of(open)),
                    if top_line == self.line_of(i) {
                        "on this line".to_owned()
                    } else {
                        format!("on line {top_line}")
                    }
                ),
                edit: Edit::replace(token.start, token.end, &shown(closer_of(open)).to_string()),
            });
        }
        self.guesses.push(extra);
    }

    /// A closer `i` at the start of its line finds no bracket of its own: perhaps the bracket
    /// opened on the line above it with the same indent was closed early, in mid-line.
    fn closed_too_early(&mut self, i: usize) {
        let line = self.line_of(i);
        if !self.layout || !self.first_on_line(i) {
            return;
        }
        let indent = self.lines.indent(line);
        let Some((open, close, what)) = self
            .closed_mid_line
            .iter()
            .rev()
            .find(|(open, ..)| self.lines.indent(self.line_of(*open)) == indent)
        else {
            return;
        };
        let token = self.tokens[*close];
        self.guesses.push(Guess {
            at: token.start,
            fix_at: token.start,
            message: format!(
                "this `{}` closes {what}, opened on line {}, too early: remove it (line {line} closes it)",
                shown(closer_of(match self.tokens[*open].kind {
                    Kind::Open(b) => b,
                    _ => b'(',
                })),
                self.line_of(*open)
            ),
            edit: Edit::replace(token.start, token.end, ""),
        });
    }

    fn first_on_line(&self, i: usize) -> bool {
        i == 0 || self.lines.line(self.tokens[i - 1].end.saturating_sub(1)) != self.line_of(i)
    }

    /// Every frame the layout says is over by the time token `i`, first on its line, starts.
    fn dangling_before(&mut self, i: usize) {
        let line = self.line_of(i);
        let indent = self.lines.indent(line);
        let closes = matches!(self.tokens[i].kind, Kind::Close(_));
        while let Some(top) = self.stack.last() {
            let top_line = self.line_of(top.open);
            let top_indent = self.lines.indent(top_line);
            let over = top_indent > indent || (top_indent == indent && !closes && top_line != line);
            if !over {
                break;
            }
            self.unclosed(Some(i));
            self.stack.pop();
        }
    }

    fn run(&mut self) {
        for i in 0..self.tokens.len() {
            if self.guesses.len() >= MAX_GUESSES {
                // An unusual layout: the guesses so far are enough to try.
                return;
            }
            let token = self.tokens[i];
            if self.layout && self.first_on_line(i) {
                self.dangling_before(i);
            }
            match token.kind {
                Kind::Open(_) => {
                    let opens = opens(self.text, self.tokens, i, self.stack.last());
                    self.stack.push(Frame {
                        open: i,
                        opens,
                        index: 0,
                        entry: None,
                    });
                }
                Kind::Close(close) => {
                    let matches = self
                        .stack
                        .last()
                        .is_some_and(|top| closer_of(top.bracket(self.tokens)) == close);
                    if !matches {
                        // Past the first real mismatch the pairs mean nothing more.
                        return self.mismatch(i, close);
                    }
                    let depth = self.stack.len() - 1;
                    let open = self.stack[depth].open;
                    if self.layout
                        && !self.first_on_line(i)
                        && self.line_of(open) != self.line_of(i)
                    {
                        let what = self.what(depth);
                        self.closed_mid_line.push((open, i, what));
                    }
                    self.stack.pop();
                }
                Kind::Comma => {
                    if let Some(top) = self.stack.last_mut() {
                        top.index += 1;
                    }
                }
                _ => {}
            }
        }
        // The innermost brackets left open, and the outermost (the scenario's own).
        let mut left = GUESSES_AT_THE_END;
        while !self.stack.is_empty() {
            if left > 0 || self.stack.len() == 1 {
                self.unclosed(None);
                left = left.saturating_sub(1);
            }
            self.stack.pop();
        }
    }
}

/// Guesses at unpaired brackets: first those the layout suggests, then those at the first
/// bracket that pairs wrongly (the layout can mislead, where a file is laid out unusually).
/// Call only when [`balanced`] is false.
pub fn bracket_guesses(text: &str, tokens: &[Token], lines: &Lines) -> Vec<Guess> {
    let mut guesses = Vec::new();
    for layout in [true, false] {
        let mut scan = Scan {
            text,
            layout,
            tokens,
            lines,
            stack: Vec::new(),
            guesses: Vec::new(),
            closed_mid_line: Vec::new(),
        };
        scan.run();
        guesses.extend(scan.guesses);
    }
    guesses
}

/// A guess at the first text that is never closed, or that runs on over a line break (where a
/// closing quote was probably forgotten and the next quote in the file closed it instead).
pub fn text_guess(text: &str, tokens: &[Token]) -> Option<Guess> {
    let token = tokens.iter().find(|t| match t.kind {
        Kind::Text { closed } => !closed || text[t.start..t.end].contains('\n'),
        _ => false,
    })?;
    let open_quote = if text[token.start..].starts_with('r') {
        text[token.start..]
            .find('"')
            .map_or(token.start, |q| token.start + q)
    } else {
        token.start
    };
    let first_line_end = text[open_quote..]
        .find('\n')
        .map_or(text.len(), |i| open_quote + i);
    let first_line = &text[open_quote + 1..first_line_end];
    // The quote was most likely meant to go before the brackets and commas that end the line.
    let kept = first_line.trim_end_matches(|c: char| c.is_whitespace() || ",)]}".contains(c));
    let fix_at = open_quote + 1 + kept.len();
    if let Some(curly) = kept.strip_suffix('”') {
        let at = open_quote + 1 + curly.len();
        return Some(Guess {
            at,
            fix_at: at,
            message: "this text ends with a curly quote, `”`, which does not close it: type a straight `\"` instead".to_owned(),
            edit: Edit::replace(at, fix_at, "\""),
        });
    }
    let tail = last_words(kept, 20);
    let after = if tail.is_empty() {
        "right after it".to_owned()
    } else if tail.len() < kept.len() {
        format!("after `…{tail}`")
    } else {
        format!("after `{tail}`")
    };
    Some(Guess {
        at: open_quote,
        fix_at,
        message: format!(
            "the text that opens here is never closed: a `\"` is probably missing {after}, on this line"
        ),
        edit: Edit::insert(fix_at, "\""),
    })
}

/// The last words of `text`, as many as fit in `chars` characters (at least the last word).
fn last_words(text: &str, chars: usize) -> &str {
    let word_start = |part: &str| {
        part.rmatch_indices(char::is_whitespace)
            .next()
            .map_or(0, |(i, space)| i + space.len())
    };
    let text = text.trim_end();
    let mut start = word_start(text);
    while start > 0 {
        let before = text[..start].trim_end();
        let earlier = word_start(before);
        if before.is_empty() || text[earlier..].chars().count() > chars {
            break;
        }
        start = earlier;
    }
    &text[start..]
}
