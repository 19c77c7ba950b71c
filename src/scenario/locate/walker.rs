//! The structural walk over RON text behind [`super::SourceMap`]: it looks inside the values on
//! the way to a wanted place and steps over everything else by counting brackets.

use std::collections::HashSet;

use super::{SourceMap, SourcePath};
use crate::scenario::diagnostic::Position;

const MAX_DEPTH: usize = 256;

/// Turns byte offsets into lines and columns. Offsets are asked for in increasing order, so the
/// text is counted once in all.
#[derive(Debug)]
pub(super) struct LineCounter {
    offset: usize,
    line: usize,
    col: usize,
}

impl Default for LineCounter {
    fn default() -> Self {
        LineCounter {
            offset: 0,
            line: 1,
            col: 1,
        }
    }
}

impl LineCounter {
    pub(super) fn position(&mut self, bytes: &[u8], at: usize) -> Position {
        let at = at.clamp(self.offset, bytes.len());
        let span = &bytes[self.offset..at];
        // Columns count characters: every byte but UTF-8's continuation bytes.
        let chars = |part: &[u8]| part.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        match span.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                self.line += span.iter().filter(|&&b| b == b'\n').count();
                self.col = 1 + chars(&span[last + 1..]);
            }
            None => self.col += chars(span),
        }
        self.offset = at;
        Position {
            line: self.line,
            col: self.col,
        }
    }
}

pub(super) struct Walker<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) at: usize,
    pub(super) lines: LineCounter,
    /// The paths asked for and all their ancestors: the only values worth looking inside.
    pub(super) wanted: HashSet<SourcePath>,
    pub(super) map: SourceMap,
}

impl Walker<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<u8> {
        self.bytes.get(self.at + offset).copied()
    }

    fn bump(&mut self) {
        if self.at < self.bytes.len() {
            self.at += 1;
        }
    }

    fn record(&mut self, path: &SourcePath, at: usize) {
        let position = self.lines.position(self.bytes, at);
        self.map
            .starts
            .entry(path.clone())
            .or_default()
            .push(position);
    }

    pub(super) fn skip_trivia(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(b' ' | b'\t' | b'\n' | b'\r'), _) => self.bump(),
                (Some(b'/'), Some(b'/')) => {
                    while self.peek().is_some_and(|b| b != b'\n') {
                        self.bump();
                    }
                }
                (Some(b'/'), Some(b'*')) => self.block_comment(),
                (Some(b'#'), Some(b'!')) => {
                    while self.peek().is_some_and(|b| b != b']') {
                        self.bump();
                    }
                    self.bump();
                }
                _ => return,
            }
        }
    }

    fn block_comment(&mut self) {
        let mut depth = 0usize;
        while let Some(b) = self.peek() {
            if b == b'/' && self.peek_at(1) == Some(b'*') {
                depth += 1;
                self.bump();
            } else if b == b'*' && self.peek_at(1) == Some(b'/') {
                depth = depth.saturating_sub(1);
                self.bump();
                if depth == 0 {
                    self.bump();
                    return;
                }
            }
            self.bump();
        }
    }

    /// One value: recorded and looked inside when it leads to a wanted place, else stepped over.
    pub(super) fn value(&mut self, path: &SourcePath, depth: usize) {
        if depth > MAX_DEPTH || !self.wanted.contains(path) {
            return self.skip_value();
        }
        self.record(path, self.at);
        self.contents(path, depth);
    }

    /// Walks a wanted value, whose start is already recorded.
    fn contents(&mut self, path: &SourcePath, depth: usize) {
        match self.peek() {
            Some(b'(') => self.parens(path, depth),
            Some(b'[') => self.seq(path, depth),
            Some(b'{') => self.map(path, depth),
            Some(b'"') => self.skip_string(),
            Some(b'r') if self.at_raw_string() => self.skip_string(),
            Some(b'\'') => self.char_literal(),
            Some(_) => {
                let ident = self.word();
                self.skip_trivia();
                if self.peek() == Some(b'(') {
                    // `Some(x)` is transparent; a named struct or variant owns its parens.
                    if ident == "Some" {
                        self.bump();
                        self.skip_trivia();
                        if depth < MAX_DEPTH {
                            self.contents(path, depth + 1);
                        } else {
                            self.skip_value();
                        }
                        self.skip_trivia();
                        if self.peek() == Some(b')') {
                            self.bump();
                        }
                    } else {
                        self.parens(path, depth);
                    }
                }
            }
            None => {}
        }
    }

    /// Whether a raw string starts here: `r"`, `r#"`, `r##"`… (not a raw identifier, `r#Say`).
    fn at_raw_string(&self) -> bool {
        let mut offset = 1;
        while self.peek_at(offset) == Some(b'#') {
            offset += 1;
        }
        self.peek_at(offset) == Some(b'"')
    }

    /// Steps over one value without recording anything, however deeply it nests: brackets are
    /// counted, not followed, so this never recurses.
    fn skip_value(&mut self) {
        let mut open = 0usize;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b'(' | b'[' | b'{') => {
                    open += 1;
                    self.bump();
                }
                Some(b')' | b']' | b'}') => {
                    if open == 0 {
                        return;
                    }
                    open -= 1;
                    self.bump();
                }
                Some(b'"') => self.skip_string(),
                Some(b'r') if self.at_raw_string() => self.skip_string(),
                Some(b'\'') => self.char_literal(),
                Some(b',') if open == 0 => return,
                Some(b',' | b':') => self.bump(),
                Some(_) => self.skip_word(),
            }
            if open == 0 {
                // A closed group or a single word or literal is one value; an identifier may
                // still be followed by its parentheses.
                self.skip_trivia();
                if self.peek() != Some(b'(') {
                    return;
                }
            }
        }
    }

    fn is_word_byte(b: u8) -> bool {
        b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'+' | b'-' | b'#') || b >= 0x80
    }

    fn skip_word(&mut self) {
        let begin = self.at;
        while self.peek().is_some_and(Self::is_word_byte) {
            self.bump();
        }
        if self.at == begin {
            // Unknown punctuation: step over it so the walk always advances.
            self.bump();
        }
    }

    fn word(&mut self) -> String {
        let begin = self.at;
        self.skip_word();
        String::from_utf8_lossy(&self.bytes[begin..self.at]).into_owned()
    }

    /// Steps over a string literal, plain or raw.
    fn skip_string(&mut self) {
        if self.peek() == Some(b'r') {
            self.bump();
            let mut hashes = 0;
            while self.peek() == Some(b'#') {
                hashes += 1;
                self.bump();
            }
            self.bump(); // opening quote
            while let Some(b) = self.peek() {
                self.bump();
                if b == b'"' && (0..hashes).all(|i| self.peek_at(i) == Some(b'#')) {
                    self.at += hashes;
                    return;
                }
            }
            return;
        }
        self.bump(); // opening quote
        // Most of a scenario is text inside quotes, so jump from mark to mark.
        while let Some(i) = self.bytes[self.at..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\')
        {
            let mark = self.bytes[self.at + i];
            self.at = (self.at + i + 1 + usize::from(mark == b'\\')).min(self.bytes.len());
            if mark == b'"' {
                return;
            }
        }
        self.at = self.bytes.len();
    }

    /// Reads a string literal and returns its (unescaped, best effort) contents.
    fn string(&mut self) -> String {
        let begin = self.at;
        self.skip_string();
        let raw = &self.bytes[begin..self.at];
        if raw.first() == Some(&b'r') {
            let hashes = raw[1..].iter().take_while(|&&b| b == b'#').count();
            let inner = raw
                .get(2 + hashes..raw.len().saturating_sub(1 + hashes))
                .unwrap_or_default();
            return String::from_utf8_lossy(inner).into_owned();
        }
        let inner = raw.get(1..).unwrap_or_default();
        let inner = inner.strip_suffix(b"\"").unwrap_or(inner);
        let mut out = Vec::with_capacity(inner.len());
        let mut escaped = false;
        for &b in inner {
            if escaped {
                out.push(match b {
                    b'n' => b'\n',
                    b't' => b'\t',
                    other => other,
                });
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else {
                out.push(b);
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    fn char_literal(&mut self) {
        self.bump();
        while let Some(b) = self.peek() {
            self.bump();
            match b {
                b'\\' => self.bump(),
                b'\'' => return,
                _ => {}
            }
        }
    }

    /// `( field: value, ... )` or `( value, ... )`.
    fn parens(&mut self, path: &SourcePath, depth: usize) {
        self.bump();
        let mut index = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b')') => {
                    self.bump();
                    return;
                }
                Some(b',') => {
                    self.bump();
                    continue;
                }
                _ => {}
            }
            let save = self.at;
            self.field_or_item(path, depth, &mut index);
            if self.at == save {
                // Something out of place (ron accepted the file, so this should not happen):
                // step over it so the walk always advances.
                self.bump();
            }
        }
    }

    /// One entry of a parenthesised group: `name: value`, or a value in position `index`.
    fn field_or_item(&mut self, path: &SourcePath, depth: usize, index: &mut usize) {
        let save = self.at;
        if self
            .peek()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        {
            let name = self.word();
            self.skip_trivia();
            if self.peek() == Some(b':') {
                self.bump();
                self.skip_trivia();
                self.value(&path.field(&name), depth + 1);
                return;
            }
        }
        self.at = save;
        self.value(&path.index(*index), depth + 1);
        *index += 1;
    }

    fn seq(&mut self, path: &SourcePath, depth: usize) {
        self.bump();
        let mut index = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b']') => {
                    self.bump();
                    return;
                }
                Some(b',') => self.bump(),
                _ => {
                    let before = self.at;
                    self.value(&path.index(index), depth + 1);
                    index += 1;
                    if self.at == before {
                        self.bump();
                    }
                }
            }
        }
    }

    fn map(&mut self, path: &SourcePath, depth: usize) {
        self.bump();
        loop {
            self.skip_trivia();
            match self.peek() {
                None => return,
                Some(b'}') => {
                    self.bump();
                    return;
                }
                Some(b',') => self.bump(),
                _ => {
                    let key_at = self.at;
                    let key = match self.peek() {
                        Some(b'"') => self.string(),
                        Some(b'r') if self.at_raw_string() => self.string(),
                        _ => self.word(),
                    };
                    let child = path.key(&key);
                    // An entry's place is where its key is written.
                    let wanted = depth < MAX_DEPTH && self.wanted.contains(&child);
                    if wanted {
                        self.record(&child, key_at);
                    }
                    self.skip_trivia();
                    if self.peek() == Some(b':') {
                        self.bump();
                        self.skip_trivia();
                        if wanted {
                            self.contents(&child, depth + 1);
                        } else {
                            self.skip_value();
                        }
                    }
                    if self.at == key_at {
                        self.bump();
                    }
                }
            }
        }
    }
}
