//! Chapbook's syntax: the vars section at the top of a passage, modifiers such as `[if x]`,
//! `[else]` and `[continue]` on lines of their own, and inserts such as `{embed passage: 'X'}`.

use super::args::{string_literal, top_level_split};
use super::assign;
use super::markup::{CodeKind, Cutter, Piece};
use super::parse::Format;

const CONDITIONS: &[&str] = &["if", "unless", "else"];
const NOTES: &[&str] = &["note", "notes", "n.b.", "nb", "todo", "fixme"];
/// Modifiers whose section is code, never spoken.
const CODE: &[&str] = &["javascript", "css"];
/// Modifiers that only change how or when text appears; the conversation needs nothing of them.
const PRESENTATION: &[&str] = &[
    "continue",
    "continued",
    "cont",
    "cont'd",
    "after",
    "align",
    "append",
    "transition",
    "t8n",
];

impl Cutter {
    /// Reads a Chapbook passage's vars section (`name: value` lines closed by `--`) and returns
    /// where the text after it starts.
    pub fn chapbook_vars(&mut self) -> usize {
        if self.format != Format::Chapbook {
            return 0;
        }
        let text = self.text(0, self.chars.len());
        let mut lines = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let start = offset;
            offset += line.chars().count();
            let trimmed = line.trim();
            if trimmed == "--" {
                for (at, name, condition, value) in lines {
                    self.vars_line(at, name, condition, value);
                }
                return offset;
            }
            if trimmed.is_empty() {
                continue;
            }
            match vars_line(trimmed) {
                Some((name, condition, value)) => lines.push((start, name, condition, value)),
                None => return 0,
            }
        }
        0
    }

    fn vars_line(&mut self, at: usize, name: String, condition: Option<String>, value: String) {
        let (line, col) = self.place(at);
        let source = match &condition {
            Some(condition) => format!("{name} ({condition}): {value}"),
            None => format!("{name}: {value}"),
        };
        self.out.push(Piece::Set {
            source,
            line,
            col,
            conditional: condition.is_some(),
            assignments: vec![assign::chapbook(&name, &value)],
        });
    }

    /// A modifier on a line of its own, `[if met]`, `[else]`, `[continue]`, `[note]`.
    pub fn chapbook_line(&mut self, at: usize) -> Option<usize> {
        if self.format != Format::Chapbook || self.chars.get(at) != Some(&'[') {
            return None;
        }
        let end = self.line_end(at);
        let line = self.text(at, end);
        let inside = line.trim_end().strip_prefix('[')?.strip_suffix(']')?;
        if inside.contains('[') || inside.contains(']') {
            return None;
        }
        let words: Vec<String> = inside
            .split(';')
            .map(|part| {
                let part = part.trim().to_lowercase();
                part.split_whitespace()
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect();
        let known = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
        if !words.iter().all(|w| {
            [CONDITIONS, NOTES, CODE, PRESENTATION]
                .iter()
                .any(|list| list.contains(&w.as_str()))
        }) {
            return None;
        }
        self.flush();
        self.chapbook.condition = known(CONDITIONS);
        self.chapbook.note = known(NOTES);
        self.chapbook.code = known(CODE);
        if self.chapbook.code {
            self.drop_with(at, format!("the {} section is code, never spoken; it is left out (rewrite what it does as `vars`, `effects` and `when` conditions, if anything)", line.trim()));
        }
        if self.chapbook.condition {
            self.code(at, line.trim().to_owned(), CodeKind::Condition);
        }
        Some(end)
    }

    /// An insert, `{embed passage: 'X'}`, `{reveal link: 'more', text: '...'}`,
    /// `{link to: 'X', label: 'Go'}`, or a printed value such as `{name}`.
    pub fn chapbook_insert(&mut self, at: usize) -> Option<usize> {
        if self.format != Format::Chapbook || self.chars[at] != '{' {
            return None;
        }
        let close = self.find_on_line(at + 1, "}")?;
        let source = self.text(at, close + 1);
        let inside = self.text(at + 1, close);
        let parts = top_level_split(&inside, &[',']);
        let (name, first) = match parts[0].split_once(':') {
            Some((name, value)) => (name.trim().to_lowercase(), string_literal(value)),
            None => (parts[0].trim().to_lowercase(), None),
        };
        let property = |key: &str| {
            parts[1..].iter().find_map(|part| {
                let (k, v) = part.split_once(':')?;
                (k.trim().eq_ignore_ascii_case(key)).then(|| string_literal(v))?
            })
        };
        match name.as_str() {
            "embed passage" | "embed passage named" => {
                self.code(at, source, CodeKind::Embeds(first.unwrap_or_default()));
            }
            "reveal link" => {
                let label = first.unwrap_or_default();
                self.push_words(at, &label);
                self.code(at, source, CodeKind::RevealsUnsaid(label));
            }
            "link to" => match first {
                Some(target) => {
                    let label = property("label").unwrap_or_else(|| target.clone());
                    self.link(at, &label, &target, true);
                }
                None => self.code(
                    at,
                    source,
                    CodeKind::ComputedLink(property("label").unwrap_or_default()),
                ),
            },
            "back link" | "undo link" => self.code(at, source, CodeKind::GoesBack),
            "restart link"
            | "cycling link"
            | "cycling link for"
            | "dropdown menu"
            | "dropdown menu for"
            | "text input"
            | "text input for"
            | "select"
            | "embed image"
            | "embed youtube video"
            | "embed vimeo video"
            | "embed flickr image"
            | "embed unsplash image"
            | "ambient sound"
            | "sound effect"
            | "music" => self.code(at, source, CodeKind::Other),
            _ => self.code(at, source, CodeKind::Prints),
        }
        Some(close + 1)
    }
}

/// `name: value` or `name (condition): value`, as in a vars section.
fn vars_line(line: &str) -> Option<(String, Option<String>, String)> {
    let (left, value) = line.split_once(':')?;
    let left = left.trim();
    let (name, condition) = match left.split_once('(') {
        Some((name, rest)) => (name.trim(), Some(rest.strip_suffix(')')?.trim().to_owned())),
        None => (left, None),
    };
    let plain = name
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
    (!name.is_empty() && plain && !value.trim().is_empty())
        .then(|| (name.to_owned(), condition, value.trim().to_owned()))
}
