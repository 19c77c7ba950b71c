//! Passage text, cut into pieces (`piece.rs`): lines of prose (with the words of the links in
//! them), links, story-format code kept as comments, variable sets, and what is left out. This
//! is the walk over the text; the marks it stops at are read in `square.rs`, `unspoken.rs`,
//! `harlowe.rs`, `sugarcube.rs` and `chapbook.rs`.

use super::links;
use super::parse::Format;
pub(crate) use super::piece::{CodeKind, Link, Piece};
use super::prose;

/// Cuts a passage body into pieces. `first_line` is the body's line in the file.
pub(crate) fn pieces(body: &str, first_line: usize, format: Format) -> Vec<Piece> {
    let chars: Vec<char> = body.chars().collect();
    let mut line_starts = vec![0];
    line_starts.extend(
        chars
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == '\n')
            .map(|(i, _)| i + 1),
    );
    let mut cutter = Cutter {
        chars,
        line_starts,
        first_line,
        format,
        out: Vec::new(),
        buffer: Vec::new(),
        buffer_line: first_line,
        conditions: 0,
        open_ifs: 0,
        depth: 0,
        chapbook: ChapbookState::default(),
        unclosed_line: None,
        searched: Vec::new(),
    };
    let start = cutter.chapbook_vars();
    let end = cutter.chars.len();
    cutter.run(start, end);
    cutter.flush();
    cutter.out
}

/// Where the reading is among a passage's modifiers.
#[derive(Debug, Default)]
pub(super) struct ChapbookState {
    /// After `[if]`, `[unless]` or `[else]`, until the next modifier.
    pub condition: bool,
    /// After `[note]`: the author's note, kept as a comment.
    pub note: bool,
    /// After `[JavaScript]` or `[CSS]`: code, left out.
    pub code: bool,
}

/// Part of the line being read: words of its own, or a link's words.
#[derive(Debug)]
enum Segment {
    Words(String),
    LinkText(String),
}

/// Hooks and containers nested deeper than this are kept whole as code: Twine stories never
/// nest so deep, and a hostile file must not exhaust the stack.
const MAX_DEPTH: usize = 40;

pub(super) struct Cutter {
    pub chars: Vec<char>,
    line_starts: Vec<usize>,
    first_line: usize,
    pub format: Format,
    pub out: Vec<Piece>,
    buffer: Vec<Segment>,
    buffer_line: usize,
    /// How many conditional hooks enclose the current position.
    pub conditions: usize,
    /// SugarCube's `<<if>>` and `<<switch>>` opened and not yet closed.
    pub open_ifs: usize,
    pub depth: usize,
    pub chapbook: ChapbookState,
    /// The line of the last unclosed `[[` warned about.
    pub unclosed_line: Option<usize>,
    /// The last search for each closing mark: where it started and where the mark was found
    /// (None: nowhere after). The walk only moves forward, so a later search can often reuse it,
    /// which keeps a passage full of unclosed `[[` or `<<` linear instead of quadratic.
    searched: Vec<(String, usize, Option<usize>)>,
}

impl Cutter {
    /// The 1-based line and column of a character.
    pub fn place(&self, at: usize) -> (usize, usize) {
        let index = self.line_starts.partition_point(|&start| start <= at) - 1;
        (self.first_line + index, at - self.line_starts[index] + 1)
    }

    pub fn starts(&self, at: usize, pattern: &str) -> bool {
        pattern
            .chars()
            .enumerate()
            .all(|(i, c)| self.chars.get(at + i) == Some(&c))
    }

    /// Like `starts`, ignoring ASCII case.
    pub fn starts_folded(&self, at: usize, pattern: &str) -> bool {
        pattern.chars().enumerate().all(|(i, c)| {
            self.chars
                .get(at + i)
                .is_some_and(|h| h.eq_ignore_ascii_case(&c))
        })
    }

    pub fn text(&self, start: usize, end: usize) -> String {
        self.chars[start..end.min(self.chars.len())]
            .iter()
            .collect()
    }

    /// Where the line holding `at` ends (its `\n`, or the end of the text).
    pub fn line_end(&self, at: usize) -> usize {
        let index = self.line_starts.partition_point(|&start| start <= at);
        self.line_starts
            .get(index)
            .map_or(self.chars.len(), |next| next - 1)
    }

    /// Where the next `close` at or after `at` starts, if anywhere.
    pub fn find(&mut self, at: usize, close: &str) -> Option<usize> {
        let known = self
            .searched
            .iter()
            .find(|(mark, from, found)| {
                mark == close && *from <= at && found.is_none_or(|found| found >= at)
            })
            .map(|(_, _, found)| *found);
        if let Some(found) = known {
            return found;
        }
        let pattern: Vec<char> = close.chars().collect();
        let found = (at..self.chars.len()).find(|&i| self.chars[i..].starts_with(&pattern));
        self.searched.retain(|(mark, ..)| mark != close);
        self.searched.push((close.to_owned(), at, found));
        found
    }

    /// Where the `close` that ends a construct opened at `at` ends, searching the same line.
    pub fn find_on_line(&mut self, at: usize, close: &str) -> Option<usize> {
        let line_end = self.line_end(at);
        self.find(at, close)
            .filter(|&found| found + close.chars().count() <= line_end)
    }

    pub fn push_words(&mut self, at: usize, words: &str) {
        if self.buffer.is_empty() {
            self.buffer_line = self.place(at).0;
        }
        match self.buffer.last_mut() {
            Some(Segment::Words(last)) => last.push_str(words),
            _ => self.buffer.push(Segment::Words(words.to_owned())),
        }
    }

    pub fn push_link_text(&mut self, at: usize, text: &str) {
        if self.buffer.is_empty() {
            self.buffer_line = self.place(at).0;
        }
        self.buffer.push(Segment::LinkText(text.to_owned()));
    }

    /// Ends the line being read. A link's words stay when the link is part of a sentence, so
    /// `I went to the [[market|B]] today.` still reads as one, while a line of nothing but
    /// links (`> [[Yes]] | [[No]]`) or a link standing as a sentence of its own after the
    /// prose (`She waits. [[Ask her]]`) is not spoken.
    pub fn flush(&mut self) {
        let buffer = std::mem::take(&mut self.buffer);
        let words_in = |segments: &[Segment]| -> String {
            segments
                .iter()
                .filter_map(|s| match s {
                    Segment::Words(w) => Some(w.as_str()),
                    Segment::LinkText(_) => None,
                })
                .collect()
        };
        let keep: Vec<bool> = (0..buffer.len())
            .map(|i| {
                if matches!(buffer[i], Segment::Words(_)) {
                    return true;
                }
                let before = words_in(&buffer[..i]);
                let after = words_in(&buffer[i + 1..]);
                prose::in_sentence(&before, &after)
            })
            .collect();
        let text: String = buffer
            .into_iter()
            .zip(keep)
            .filter_map(|(segment, keep)| match segment {
                Segment::Words(words) | Segment::LinkText(words) if keep => Some(words),
                _ => None,
            })
            .collect();
        if text.trim().is_empty() {
            return;
        }
        let line = self.buffer_line;
        if self.chapbook.code {
            return;
        }
        if self.chapbook.note {
            self.out.push(Piece::Comment {
                text: prose::one_line(&text),
                line,
            });
        } else {
            self.out.push(Piece::Text { text, line });
        }
    }

    pub fn drop_with(&mut self, at: usize, message: String) {
        let (line, col) = self.place(at);
        self.out.push(Piece::Dropped { line, col, message });
    }

    pub fn code(&mut self, at: usize, source: String, kind: CodeKind) {
        let (line, col) = self.place(at);
        self.out.push(Piece::Code {
            source: prose::one_line(&source),
            line,
            col,
            kind,
        });
    }

    /// A link found at `at`. A web address is not a passage: its words stay as text.
    pub fn link(
        &mut self,
        at: usize,
        text: &str,
        target: &str,
        in_sentence: bool,
    ) -> Option<usize> {
        let mut text = prose::label(text);
        if text.trim().is_empty() {
            text = prose::label(target);
        }
        if text.trim().is_empty() {
            text = target.trim().to_owned();
        }
        if links::is_web_address(target) {
            if in_sentence {
                self.push_link_text(at, &text);
            }
            self.drop_with(at, format!(
                "the link \"{text}\" goes to the web page {target}, which a conversation cannot open; its words are kept as text, not as an option (nothing to do, unless it should be a passage)"
            ));
            return None;
        }
        if in_sentence {
            self.push_link_text(at, &text);
        }
        let (line, col) = self.place(at);
        self.out.push(Piece::Link(Link {
            text,
            target: target.trim().to_owned(),
            sets: Vec::new(),
            code: Vec::new(),
            conditional: self.conditional(),
            picture: None,
            repaired: false,
            line,
            col,
        }));
        Some(self.out.len() - 1)
    }

    /// Reads `start..end` as part of the current passage, inside one more condition when
    /// `conditional`.
    pub fn splice(&mut self, start: usize, end: usize, conditional: bool) {
        self.conditions += usize::from(conditional);
        self.depth += 1;
        self.run(start, end);
        self.depth -= 1;
        self.conditions -= usize::from(conditional);
    }

    /// Reads `start..end` apart from the current passage's pieces (a link's hook or body) and
    /// returns what it holds.
    /// Conditions are counted from the captured text's own start: a set directly in a link's
    /// hook happens whenever the link is taken.
    pub fn capture(&mut self, start: usize, end: usize) -> Vec<Piece> {
        let out = std::mem::take(&mut self.out);
        let buffer = std::mem::take(&mut self.buffer);
        let line = self.buffer_line;
        let conditions = (self.conditions, self.open_ifs, self.chapbook.condition);
        (self.conditions, self.open_ifs, self.chapbook.condition) = (0, 0, false);
        self.depth += 1;
        self.run(start, end);
        self.flush();
        self.depth -= 1;
        (self.conditions, self.open_ifs, self.chapbook.condition) = conditions;
        self.buffer = buffer;
        self.buffer_line = line;
        std::mem::replace(&mut self.out, out)
    }

    /// A link macro with a hook or body read by `capture`: an option to its own `target` or to
    /// each `(go-to:)` or `<<goto>>` inside, doing the sets inside when taken. Returns false,
    /// adding nothing, when it goes nowhere (a link that reveals text in place).
    pub fn link_with_body(
        &mut self,
        at: usize,
        label: &str,
        target: Option<String>,
        body: Vec<Piece>,
        in_sentence: bool,
    ) -> bool {
        let mut targets: Vec<(String, bool)> = target.into_iter().map(|t| (t, false)).collect();
        let (mut sets, mut code, mut rest) = (Vec::new(), Vec::new(), Vec::new());
        for piece in body {
            match piece {
                Piece::Redirect {
                    target,
                    conditional,
                    ..
                } => targets.push((target, conditional)),
                Piece::Set {
                    assignments,
                    conditional: false,
                    ..
                } => sets.extend(assignments),
                Piece::Code {
                    kind: CodeKind::Closing,
                    ..
                }
                | Piece::Text { .. } => {}
                Piece::Set { source, .. } | Piece::Code { source, .. } => code.push(source),
                Piece::Link(mut link) => {
                    // Offered only once this link is taken.
                    link.conditional = true;
                    rest.push(Piece::Link(link));
                }
                other => rest.push(other),
            }
        }
        if targets.is_empty() {
            return false;
        }
        for (i, (target, conditional)) in targets.into_iter().enumerate() {
            if let Some(index) = self.link(at, label, &target, in_sentence && i == 0)
                && let Some(Piece::Link(link)) = self.out.get_mut(index)
            {
                link.sets.clone_from(&sets);
                link.code.clone_from(&code);
                link.conditional |= conditional;
            }
        }
        self.out.extend(rest);
        true
    }

    /// A go-to written as a macro (`(goto:)`, `<<goto>>`): where it sends the story.
    pub fn redirect(&mut self, at: usize, target: String) {
        let (line, col) = self.place(at);
        let conditional = self.conditional();
        self.out.push(Piece::Redirect {
            target,
            line,
            col,
            conditional,
        });
    }

    /// Whether the current position is inside a condition of any story format.
    pub fn conditional(&self) -> bool {
        self.conditions > 0 || self.open_ifs > 0 || self.chapbook.condition
    }

    pub fn too_deep(&self) -> bool {
        self.depth >= MAX_DEPTH
    }

    /// Walks `start..end`, cutting out everything that is not prose.
    pub fn run(&mut self, start: usize, end: usize) {
        let mut at = start;
        while at < end {
            let line_start = at == 0 || self.chars[at - 1] == '\n';
            let taken = if line_start {
                self.chapbook_line(at)
            } else {
                None
            };
            let next = taken
                .or_else(|| self.comment(at))
                .or_else(|| self.script(at))
                .or_else(|| self.sugarcube(at, end))
                .or_else(|| self.square(at))
                .or_else(|| self.harlowe(at, end))
                .or_else(|| self.chapbook_insert(at));
            match next {
                Some(next) => at = next.min(end).max(at + 1),
                None => {
                    let c = self.chars[at];
                    if c == '\n' {
                        self.flush();
                    } else if !(matches!(c, '{' | '}') && self.format != Format::Chapbook) {
                        // Harlowe's `{ }` only collapse whitespace.
                        self.push_words(at, &c.to_string());
                    }
                    at += 1;
                }
            }
        }
    }
}
