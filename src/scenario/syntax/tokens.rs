//! A forgiving tokenizer for RON text that ron could not read: brackets, strings, words and
//! punctuation with their byte offsets, so that a slip can be named where it is.

use crate::scenario::diagnostic::Position;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `(`, `[` or `{`.
    Open(u8),
    /// `)`, `]` or `}`.
    Close(u8),
    Comma,
    Colon,
    /// A string literal, plain or raw; `closed` is false when the file ends inside it.
    Text {
        closed: bool,
    },
    /// An identifier, a number, `true`, `false`: anything made of word characters.
    Word,
    /// A typographic quote, `“`, `”`, `‘` or `’`, outside any string.
    CurlyQuote,
    /// Any other character.
    Other,
}

/// One token: its kind and its bytes, `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
}

/// The bracket that closes `open`.
pub fn closer_of(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

const CURLY_QUOTES: [&[u8]; 4] = [
    "“".as_bytes(),
    "”".as_bytes(),
    "‘".as_bytes(),
    "’".as_bytes(),
];

/// The length of the curly quote at `at`, if one starts there.
fn curly_quote_at(bytes: &[u8], at: usize) -> Option<usize> {
    CURLY_QUOTES
        .iter()
        .find(|q| bytes[at..].starts_with(q))
        .map(|q| q.len())
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'+' | b'-') || b >= 0x80
}

/// Splits the text into tokens, skipping white space and comments. Never fails: what it does
/// not know becomes [`Kind::Other`].
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        let next = bytes.get(at + 1).copied();
        let start = at;
        let kind = match b {
            b' ' | b'\t' | b'\n' | b'\r' => {
                at += 1;
                continue;
            }
            b'/' if next == Some(b'/') => {
                at = line_end(bytes, at);
                continue;
            }
            b'/' if next == Some(b'*') => {
                at = block_comment_end(bytes, at);
                continue;
            }
            b'(' | b'[' | b'{' => {
                at += 1;
                Kind::Open(b)
            }
            b')' | b']' | b'}' => {
                at += 1;
                Kind::Close(b)
            }
            b',' => {
                at += 1;
                Kind::Comma
            }
            b':' => {
                at += 1;
                Kind::Colon
            }
            b'"' => {
                let (end, closed) = string_end(bytes, at + 1);
                at = end;
                Kind::Text { closed }
            }
            b'r' if raw_string_hashes(bytes, at).is_some() => {
                let hashes = raw_string_hashes(bytes, at).unwrap_or(0);
                let (end, closed) = raw_string_end(bytes, at + 2 + hashes, hashes);
                at = end;
                Kind::Text { closed }
            }
            _ => {
                if let Some(len) = curly_quote_at(bytes, at) {
                    at += len;
                    Kind::CurlyQuote
                } else if is_word_byte(b) {
                    while at < bytes.len()
                        && is_word_byte(bytes[at])
                        && curly_quote_at(bytes, at).is_none()
                    {
                        at += 1;
                    }
                    Kind::Word
                } else {
                    // One character, whatever its length in bytes.
                    at += text[at..].chars().next().map_or(1, char::len_utf8);
                    Kind::Other
                }
            }
        };
        tokens.push(Token {
            kind,
            start,
            end: at,
        });
    }
    tokens
}

fn line_end(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| from + i)
}

fn block_comment_end(bytes: &[u8], from: usize) -> usize {
    let mut depth = 0usize;
    let mut at = from;
    while at < bytes.len() {
        if bytes[at..].starts_with(b"/*") {
            depth += 1;
            at += 2;
        } else if bytes[at..].starts_with(b"*/") {
            depth = depth.saturating_sub(1);
            at += 2;
            if depth == 0 {
                return at;
            }
        } else {
            at += 1;
        }
    }
    bytes.len()
}

/// Where a plain string that starts at `from` (after its quote) ends, and whether it is closed.
fn string_end(bytes: &[u8], from: usize) -> (usize, bool) {
    let mut at = from;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return (at + 1, true),
            _ => at += 1,
        }
    }
    (bytes.len(), false)
}

/// `r"`, `r#"`…: how many hashes, when a raw string starts at `at` (not `r#Say`, a raw name).
fn raw_string_hashes(bytes: &[u8], at: usize) -> Option<usize> {
    let hashes = bytes[at + 1..].iter().take_while(|&&b| b == b'#').count();
    (bytes.get(at + 1 + hashes) == Some(&b'"')).then_some(hashes)
}

fn raw_string_end(bytes: &[u8], from: usize, hashes: usize) -> (usize, bool) {
    let mut at = from;
    while at < bytes.len() {
        if bytes[at] == b'"' && bytes[at + 1..].iter().take(hashes).all(|&b| b == b'#') {
            let end = at + 1 + hashes;
            if end <= bytes.len() {
                return (end, true);
            }
        }
        at += 1;
    }
    (bytes.len(), false)
}

/// Lines and columns of byte offsets, and what each line starts with.
pub struct Lines<'a> {
    text: &'a str,
    /// The byte offset where each line starts.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines { text, starts }
    }

    /// The 1-based line an offset is on.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// The 1-based line and column (in characters) of an offset.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.line(offset);
        let start = self.starts[line - 1];
        let col = 1 + self
            .text
            .get(start..offset)
            .map_or(0, |part| part.chars().count());
        Position { line, col }
    }

    /// The byte offset of a 1-based line and column, as ron reports them.
    pub fn offset(&self, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line.saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        rest.char_indices()
            .nth(position.col.saturating_sub(1))
            .map_or(self.text.len(), |(i, _)| start + i)
    }

    /// How many spaces or tabs a line starts with.
    pub fn indent(&self, line: usize) -> usize {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        self.text.as_bytes()[start..]
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        tokenize(text).iter().map(|t| t.kind).collect()
    }

    #[test]
    fn strings_comments_and_curly_quotes() {
        assert_eq!(
            kinds("(a: \"x)\", // c ) \n b: “y”) /* ( */"),
            [
                Kind::Open(b'('),
                Kind::Word,
                Kind::Colon,
                Kind::Text { closed: true },
                Kind::Comma,
                Kind::Word,
                Kind::Colon,
                Kind::CurlyQuote,
                Kind::Word,
                Kind::CurlyQuote,
                Kind::Close(b')'),
            ]
        );
        assert_eq!(
            kinds("r#\"a\"b\"# \"open"),
            [Kind::Text { closed: true }, Kind::Text { closed: false }]
        );
    }

    #[test]
    fn positions_count_characters() {
        let lines = Lines::new("ab\n“c” d\n");
        let at = "ab\n“c” ".len();
        assert_eq!(lines.position(at), Position { line: 2, col: 5 });
        assert_eq!(lines.offset(Position { line: 2, col: 5 }), at);
        assert_eq!(lines.indent(2), 0);
    }
}
