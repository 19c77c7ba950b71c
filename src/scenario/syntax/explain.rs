//! ron's error, said in an author's words at the place of the slip, with the edit that would
//! mend it when there is one safe to make.

use ron::Error;

use super::context::{Frame, Opens, Slot, frames_at, slot};
use super::fields::{number_range, one_of_type, structure};
use super::repair::Edit;
use super::tokens::{Kind, Lines, Token};
use crate::scenario::suggest::closest;

/// A slip: where it is, what to say, and how to mend it to read on.
#[derive(Debug, Clone)]
pub struct Slip {
    pub at: usize,
    pub message: String,
    pub edit: Option<Edit>,
}

/// The deepest nesting ron allows, for its message.
pub const NESTING: usize = 64;

/// Reading the text around one ron error.
pub struct Reader<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub lines: &'a Lines<'a>,
}

impl Reader<'_> {
    pub(super) fn word(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or_default()
    }

    /// The token at or after a byte offset.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= offset)
    }

    pub(super) fn place(&self, i: usize) -> (Vec<Frame>, Opens, Slot) {
        let frames = frames_at(self.text, self.tokens, i);
        match frames.last() {
            Some(top) => {
                let slot = slot(self.tokens, top, i);
                (frames.clone(), top.opens.clone(), slot)
            }
            None => (frames, Opens::Unknown, Slot::Element(0)),
        }
    }

    /// Where the value (or `name: value` entry) starting at token `i` ends: before the comma or
    /// closing bracket at its own depth, or with `comma`, after that comma.
    pub(super) fn extent(&self, i: usize, comma: bool) -> usize {
        let mut depth = 0usize;
        let mut end = self.tokens.get(i).map_or(self.text.len(), |t| t.start);
        for token in self.tokens.get(i..).unwrap_or_default() {
            match token.kind {
                Kind::Open(_) => depth += 1,
                Kind::Close(_) if depth == 0 => return end,
                Kind::Close(_) => depth -= 1,
                Kind::Comma if depth == 0 => return if comma { token.end } else { end },
                _ => {}
            }
            end = token.end;
        }
        end
    }

    /// Explains ron's error `code`, reported at byte `offset`.
    pub fn explain(&self, code: &Error, offset: usize) -> Slip {
        let i = self.token_at(offset);
        let token = self.tokens.get(i).copied();
        let at = token.map_or(self.text.len(), |t| t.start);
        let slip = |message: String, edit: Option<Edit>| Slip { at, message, edit };
        if let Some(t) = token
            && t.kind == Kind::CurlyQuote
        {
            return self.curly_quote(i);
        }
        if self.tokens.is_empty() {
            return slip(
                "the file holds only comments; a scenario starts with `Scenario(`".to_owned(),
                None,
            );
        }
        match code {
            Error::ExpectedComma => self.missing(i, ','),
            Error::ExpectedMapColon => self.missing(i, ':'),
            Error::NoSuchEnumVariant {
                expected,
                found,
                outer,
            } => {
                let (_, _, place) = self.place(i);
                let field = match &place {
                    Slot::Value(field) => Some(field.as_str()),
                    _ => None,
                };
                let one = one_of_type(outer.as_deref(), field);
                self.unknown_word(i, found, one, expected)
            }
            Error::NoSuchStructField {
                expected,
                found,
                outer,
            } => {
                let what = structure(outer.as_deref());
                let advice = match closest(found, expected.iter().copied()) {
                    Some(close) => format!("did you mean `{close}`?"),
                    None => format!("the fields are {}", listed(expected, "and")),
                };
                slip(
                    format!("`{found}` is not a field of {what}; {advice}"),
                    Some(Edit::replace(at, self.extent(i, true), "")),
                )
            }
            Error::DuplicateStructField { field, outer } => slip(
                format!(
                    "`{field}` is written twice in {}; keep one",
                    structure(outer.as_deref())
                ),
                Some(Edit::replace(at, self.extent(i, true), "")),
            ),
            Error::MissingStructField { field, outer } => {
                let (frames, ..) = self.place(i);
                let at = frames
                    .last()
                    .map_or(at, |f| self.tokens[f.open].start);
                let example = match *field {
                    "goto" => ", such as `goto: \"node-id\"`",
                    "text" => ", such as `text: \"…\"`",
                    _ => "",
                };
                Slip {
                    at,
                    message: format!(
                        "{} needs `{field}`{example}",
                        structure(outer.as_deref())
                    ),
                    edit: None,
                }
            }
            Error::IntegerOutOfBounds => {
                let (_, opens, place) = self.place(i);
                slip(
                    format!(
                        "`{}` is out of range: {}",
                        self.word(i),
                        number_range(&opens, &place)
                    ),
                    token.map(|t| Edit::replace(t.start, t.end, "1")),
                )
            }
            Error::ExpectedInteger | Error::ExpectedFloat => self.number_expected(i, code),
            Error::ExpectedBoolean => {
                let (_, _, place) = self.place(i);
                let name = match &place {
                    Slot::Value(field) => format!("`{field}`"),
                    _ => "this".to_owned(),
                };
                let truth = if self.word(i) == "no" { "false" } else { "true" };
                slip(
                    format!("{name} is `true` or `false`, not `{}`", self.word(i)),
                    token.map(|t| Edit::replace(t.start, t.end, truth)),
                )
            }
            Error::ExpectedString => self.text_expected(i),
            Error::ExpectedIdentifier => self.word_expected(i),
            Error::ExpectedArray => self.list_expected(i),
            Error::ExpectedMap => {
                let (_, _, place) = self.place(i);
                let message = match &place {
                    Slot::Value(field) => format!(
                        "`{field}` holds named entries in curly brackets: `{field}: {{ \"…\": … }}`"
                    ),
                    _ => "named entries in curly brackets, `{ … }`, go here".to_owned(),
                };
                slip(message, None)
            }
            Error::ExpectedStructLike | Error::ExpectedNamedStructLike(_) => {
                let (_, opens, _) = self.place(i);
                let message = match &opens {
                    Opens::Field(list) if list == "options" => {
                        "an option is written in round brackets: `(text: \"…\", goto: \"…\")`"
                            .to_owned()
                    }
                    _ => "a structure in round brackets, `( … )`, goes here".to_owned(),
                };
                slip(message, None)
            }
            Error::ExpectedStructLikeEnd | Error::ExpectedArrayEnd | Error::ExpectedMapEnd => {
                let close = match code {
                    Error::ExpectedArrayEnd => ']',
                    Error::ExpectedMapEnd => '}',
                    _ => ')',
                };
                slip(
                    format!("a `,` or a closing `{close}` is expected before this"),
                    None,
                )
            }
            Error::Eof => Slip {
                at: self.text.len(),
                message: "the file ends too early: a bracket or a quote is left open".to_owned(),
                edit: None,
            },
            Error::TrailingCharacters => slip(
                "the scenario has already ended before this: remove it, or look for a bracket closed too early above".to_owned(),
                None,
            ),
            Error::ExpectedDifferentStructName { expected, found } if *expected == "Scenario" => {
                slip(
                    format!("`{found}(` should be `{expected}(`"),
                    token.map(|t| Edit::replace(t.start, t.end, expected)),
                )
            }
            Error::ExpectedDifferentStructName { expected, found } => slip(
                format!(
                    "{} is written in round brackets: a `(` is probably missing before `{found}`",
                    structure(Some(expected))
                ),
                Some(Edit::insert(at, "(")),
            ),
            Error::UnexpectedChar(c) => {
                let (message, mend) = match c {
                    '=' => ("fields are written `name: value`, with a colon, not `=`", ":"),
                    ';' => ("entries are separated by `,`, not `;`", ","),
                    '\'' => ("text goes in double quotes, `\"…\"`, not single ones", "\""),
                    _ => ("", ""),
                };
                if message.is_empty() {
                    slip(format!("`{c}` cannot be used here"), None)
                } else {
                    slip(
                        message.to_owned(),
                        token.map(|t| Edit::replace(t.start, t.end, mend)),
                    )
                }
            }
            Error::InvalidEscape(_) => slip(
                "a `\\` in text starts an escape such as `\\\"` or `\\n`; write `\\\\` for a backslash".to_owned(),
                None,
            ),
            Error::UnclosedBlockComment => slip(
                "a `/*` comment is never closed: end it with `*/`".to_owned(),
                None,
            ),
            Error::ExceededRecursionLimit => {
                slip(format!("nested more than {NESTING} levels deep"), None)
            }
            other => slip(author_names(&other.to_string()), None),
        }
    }

    /// A `,` or `:` missing between token `i` and the one before it.
    fn missing(&self, i: usize, mark: char) -> Slip {
        let Some(before) = i.checked_sub(1).map(|b| self.tokens[b]) else {
            return Slip {
                at: 0,
                message: format!("a `{mark}` is missing here"),
                edit: None,
            };
        };
        let next = self.word(i);
        let next = match next.char_indices().nth(16) {
            Some((cut, _)) => format!("{}…", &next[..cut]),
            None => next.to_owned(),
        };
        if next == ";" {
            let t = self.tokens[i];
            return Slip {
                at: t.start,
                message: "entries are separated by `,`, not `;`".to_owned(),
                edit: Some(Edit::replace(t.start, t.end, ",")),
            };
        }
        let message = if mark == ':' {
            format!(
                "a `:` is missing after `{}`: fields are written `name: value`",
                self.word(i - 1)
            )
        } else {
            let before_line = self.lines.line(before.end.saturating_sub(1));
            match self.tokens.get(i) {
                Some(t) if self.lines.line(t.start) != before_line => format!(
                    "a `,` is missing at the end of this line, before `{next}` on line {}",
                    self.lines.line(t.start)
                ),
                Some(_) => format!("a `,` is missing here, before `{next}`"),
                None => "a `,` is missing here".to_owned(),
            }
        };
        Slip {
            at: before.end,
            message,
            edit: Some(Edit::insert(before.end, &mark.to_string())),
        }
    }

    pub(super) fn unknown_word(&self, i: usize, found: &str, one: &str, expected: &[&str]) -> Slip {
        let token = self.tokens.get(i).copied();
        let close = closest(found, expected.iter().copied());
        let message = match close {
            Some(close) => format!("`{found}` is not {one}; did you mean `{close}`?"),
            None => format!(
                "`{found}` is not {one}: write one of {}",
                listed(expected, "or")
            ),
        };
        let mend = close.or(expected.first().copied());
        Slip {
            at: token.map_or(self.text.len(), |t| t.start),
            message,
            edit: token
                .zip(mend)
                .map(|(t, w)| Edit::replace(t.start, t.end, w)),
        }
    }
}

/// `a`, `b` and `c`: names in backticks, joined with the last word given.
pub(super) fn listed(names: &[&str], last: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((end, rest)) if !rest.is_empty() => format!("{} {last} {end}", rest.join(", ")),
        Some((end, _)) => end.clone(),
        None => String::new(),
    }
}

/// Replaces the model's type names in ron's other messages with the words the format docs use.
fn author_names(message: &str) -> String {
    const NAMES: [(&str, &str); 9] = [
        ("`Choice`", "an option"),
        ("`Node`", "a node"),
        ("`Person`", "`person`"),
        ("`Ending`", "`end`"),
        ("`Branch`", "a branch"),
        ("`ScriptedPath`", "a path"),
        ("`FlagDef`", "a flag"),
        ("`CharacterCard`", "`card`"),
        ("`Scenario`", "the scenario"),
    ];
    NAMES
        .iter()
        .fold(message.to_owned(), |m, (from, to)| m.replace(from, to))
}
