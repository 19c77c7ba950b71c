//! Maps places in a scenario (a node, an option's `goto`) back to line and column in its RON source.
//!
//! ron's deserializer reports positions only for syntax errors, so semantic diagnostics need
//! this second, structural pass. It runs only when there is something to report.

use std::collections::HashMap;

use super::diagnostic::Position;
pub use super::source_path::{Seg, SourcePath};

const MAX_DEPTH: usize = 256;

/// Start positions of every value (and every map key) in a RON text, by path.
#[derive(Debug, Default)]
pub struct SourceMap {
    starts: HashMap<SourcePath, Vec<Position>>,
}

impl SourceMap {
    pub fn build(text: &str) -> Self {
        let mut walker = Walker {
            bytes: text.as_bytes(),
            at: 0,
            pos: Position::START,
            map: SourceMap::default(),
        };
        walker.skip_trivia();
        let root = SourcePath::root();
        walker.value(&root, 0);
        walker.map
    }

    /// The `occurrence`-th (0-based) place written for this path, falling back to the closest
    /// enclosing value so a diagnostic always has somewhere to point.
    pub fn find(&self, path: &SourcePath, occurrence: usize) -> Position {
        let mut probe = Some(path.clone());
        while let Some(p) = probe {
            if let Some(list) = self.starts.get(&p) {
                return list
                    .get(occurrence)
                    .or(list.first())
                    .copied()
                    .unwrap_or(Position::START);
            }
            probe = p.parent();
        }
        Position::START
    }
}

struct Walker<'a> {
    bytes: &'a [u8],
    at: usize,
    pos: Position,
    map: SourceMap,
}

impl Walker<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<u8> {
        self.bytes.get(self.at + offset).copied()
    }

    fn bump(&mut self) {
        if let Some(b) = self.peek() {
            self.at += 1;
            if b == b'\n' {
                self.pos.line += 1;
                self.pos.col = 1;
            } else if b & 0xC0 != 0x80 {
                self.pos.col += 1;
            }
        }
    }

    fn record(&mut self, path: &SourcePath, at: Position) {
        self.map.starts.entry(path.clone()).or_default().push(at);
    }

    fn skip_trivia(&mut self) {
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
                depth -= 1;
                self.bump();
                if depth == 0 {
                    self.bump();
                    return;
                }
            }
            self.bump();
        }
    }

    /// Parses one value, recording where it and everything inside it start.
    fn value(&mut self, path: &SourcePath, depth: usize) {
        if depth > MAX_DEPTH {
            // Too deep to record, but the walk must still move past it.
            return self.skip_value();
        }
        let start = self.pos;
        self.record(path, start);
        match self.peek() {
            Some(b'(') => self.parens(path, depth),
            Some(b'[') => self.seq(path, depth),
            Some(b'{') => self.map(path, depth),
            Some(b'"') => {
                self.string();
            }
            Some(b'r') if self.at_raw_string() => {
                self.string();
            }
            Some(b'\'') => self.char_literal(),
            Some(_) => {
                let ident = self.word();
                self.skip_trivia();
                if self.peek() == Some(b'(') {
                    // `Some(x)` is transparent; a named struct or variant owns its parens.
                    if ident == "Some" {
                        self.bump();
                        self.skip_trivia();
                        self.value(path, depth + 1);
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
                Some(b'"') => {
                    self.string();
                }
                Some(b'r') if self.at_raw_string() => {
                    self.string();
                }
                Some(b'\'') => self.char_literal(),
                Some(b',') if open == 0 => return,
                Some(b',' | b':') => self.bump(),
                Some(_) => {
                    self.word();
                }
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

    fn word(&mut self) -> String {
        let begin = self.at;
        while self.peek().is_some_and(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'+' | b'-' | b'#') || b >= 0x80
        }) {
            self.bump();
        }
        if self.at == begin {
            // Unknown punctuation: step over it so the walk always advances.
            self.bump();
        }
        String::from_utf8_lossy(&self.bytes[begin..self.at]).into_owned()
    }

    /// Reads a string literal and returns its (unescaped, best effort) contents.
    fn string(&mut self) -> String {
        if self.peek() == Some(b'r') {
            self.bump();
            let mut hashes = 0;
            while self.peek() == Some(b'#') {
                hashes += 1;
                self.bump();
            }
            self.bump(); // opening quote
            let begin = self.at;
            loop {
                match self.peek() {
                    None => return String::new(),
                    Some(b'"') => {
                        let end = self.at;
                        let closes = (1..=hashes).all(|i| self.peek_at(i) == Some(b'#'));
                        self.bump();
                        if closes {
                            for _ in 0..hashes {
                                self.bump();
                            }
                            return String::from_utf8_lossy(&self.bytes[begin..end]).into_owned();
                        }
                    }
                    Some(_) => self.bump(),
                }
            }
        }
        self.bump(); // opening quote
        let mut out = Vec::new();
        while let Some(b) = self.peek() {
            match b {
                b'"' => {
                    self.bump();
                    break;
                }
                b'\\' => {
                    self.bump();
                    if let Some(escaped) = self.peek() {
                        out.push(match escaped {
                            b'n' => b'\n',
                            b't' => b'\t',
                            other => other,
                        });
                        self.bump();
                    }
                }
                _ => {
                    out.push(b);
                    self.bump();
                }
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
        self.skip_trivia();
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
            let save = (self.at, self.pos);
            let is_field = self
                .peek()
                .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
                && {
                    let name = self.word();
                    self.skip_trivia();
                    let is_field = self.peek() == Some(b':');
                    if is_field {
                        self.bump();
                        self.skip_trivia();
                        let child = path.field(&name);
                        self.value(&child, depth + 1);
                    }
                    is_field
                };
            if !is_field {
                (self.at, self.pos) = save;
                let child = path.index(index);
                self.value(&child, depth + 1);
                index += 1;
            }
            self.skip_trivia();
        }
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
                    let child = path.index(index);
                    self.value(&child, depth + 1);
                    index += 1;
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
                    let key_at = self.pos;
                    let key = if matches!(self.peek(), Some(b'"')) {
                        self.string()
                    } else {
                        self.word()
                    };
                    let child = path.key(&key);
                    self.record(&child, key_at);
                    self.skip_trivia();
                    if self.peek() == Some(b':') {
                        self.bump();
                        self.skip_trivia();
                        // The entry's own position is its key; the value is recorded under it too.
                        let value_at = self.pos;
                        let before = self.map.starts.get(&child).map_or(0, Vec::len);
                        self.value(&child, depth + 1);
                        // Keep only the key's position for the entry itself.
                        if let Some(list) = self.map.starts.get_mut(&child)
                            && list.len() > before
                            && list.get(before) == Some(&value_at)
                        {
                            list.remove(before);
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fields_keys_and_indices() {
        let text = "Scenario(\n  nodes: {\n    \"a\": (\n      options: [\n        (goto: \"b\"),\n        (text: \"x\", goto: \"c\"),\n      ],\n    ),\n  },\n)";
        let map = SourceMap::build(text);
        let node = SourcePath::node("a");
        assert_eq!(map.find(&node, 0), Position { line: 3, col: 5 });
        let goto = node.field("options").index(1).field("goto");
        assert_eq!(map.find(&goto, 0), Position { line: 6, col: 27 });
    }

    #[test]
    fn repeated_keys_have_one_position_each() {
        let text = "( nodes: {\n\"a\": (),\n\"a\": (),\n} )";
        let map = SourceMap::build(text);
        let node = SourcePath::node("a");
        assert_eq!(map.find(&node, 0).line, 2);
        assert_eq!(map.find(&node, 1).line, 3);
    }

    #[test]
    fn comments_raw_strings_and_some_are_skipped() {
        let text = "// c\n/* a /* nested */ */ (x: Some(r#\"he said \"hi\"\"#), y: 3)";
        let map = SourceMap::build(text);
        assert_eq!(
            map.find(&SourcePath::root().field("y"), 0),
            Position { line: 2, col: 54 }
        );
    }

    #[test]
    fn missing_paths_fall_back_to_the_parent() {
        let map = SourceMap::build("(nodes: {\"a\": ()})");
        let deep = SourcePath::node("a").field("options").index(3);
        assert_eq!(map.find(&deep, 0), Position { line: 1, col: 10 });
    }
}
