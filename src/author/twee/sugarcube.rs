//! SugarCube's syntax: macros `<<name ...>>`, the containers among them closed by
//! `<</name>>`, and its link macros `<<link>>`, `<<button>>`, `<<goto>>`, `<<choice>>` and
//! `<<actions>>`.

use super::args::{string_literal, sugarcube_arguments};
use super::assign;
use super::links::link_parts;
use super::markup::{CodeKind, Cutter, Piece};

/// Containers whose body runs when their link is clicked.
const LINKS: &[&str] = &["link", "button", "click"];
/// Containers that show their body in place when their link is clicked.
const REVEALS: &[&str] = &["linkreplace", "linkappend", "linkprepend"];
/// Macros whose body shows only sometimes, closed by `<</name>>` or `<<endname>>`.
const CONDITIONS: &[&str] = &["if", "switch", "for"];
/// Macros that only shape the text around them.
const LAYOUT: &[&str] = &["nobr", "silently", "type", "done", "widget"];

impl Cutter {
    /// A SugarCube macro at `at`, with its body when it is a link container.
    pub fn sugarcube(&mut self, at: usize, end: usize) -> Option<usize> {
        if !self.starts(at, "<<") {
            return None;
        }
        let close = self.find(at + 2, ">>").filter(|close| *close < end)?;
        let tag_end = close + 2;
        let inner = self.text(at + 2, close);
        let source = self.text(at, tag_end);
        let closed = inner.strip_prefix('/').or_else(|| {
            // SugarCube 1's `<<endif>>`.
            inner
                .strip_prefix("end")
                .filter(|name| CONDITIONS.contains(name) || LAYOUT.contains(name))
        });
        if let Some(closed) = closed {
            let closed = closed.trim().to_lowercase();
            if CONDITIONS.contains(&closed.as_str()) {
                self.flush();
                self.open_ifs = self.open_ifs.saturating_sub(1);
            }
            if !LAYOUT.contains(&closed.as_str()) {
                self.code(at, source, CodeKind::Closing);
            }
            return Some(tag_end);
        }
        let (name, rest) = match inner.trim_start().chars().next() {
            Some(c @ ('=' | '-')) => (c.to_string(), inner.trim_start()[1..].to_owned()),
            _ => {
                let trimmed = inner.trim_start();
                let split = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
                (trimmed[..split].to_lowercase(), trimmed[split..].to_owned())
            }
        };
        let arguments = sugarcube_arguments(&rest);
        let first = arguments.first().map(String::as_str).unwrap_or_default();
        let name = name.as_str();
        if LINKS.contains(&name) || REVEALS.contains(&name) || name == "script" {
            return Some(self.container(at, tag_end, name, &arguments));
        }
        match name {
            "goto" => match passage_of(first) {
                Some(target) => self.redirect(at, target),
                None => self.code(at, source, CodeKind::ComputedLink(String::new())),
            },
            "choice" => {
                // `<<choice "passage" "words">>` or `<<choice [[words|passage]]>>`.
                let (text, target) = match link_of(first) {
                    Some((text, target)) => (text, Some(target)),
                    None => (
                        arguments
                            .get(1)
                            .and_then(|a| string_literal(a))
                            .unwrap_or_default(),
                        string_literal(first),
                    ),
                };
                match target {
                    Some(target) => {
                        self.link(at, &text, &target, true);
                    }
                    None => self.code(at, source, CodeKind::ComputedLink(text)),
                }
            }
            "actions" => {
                for argument in &arguments {
                    match link_of(argument).or_else(|| {
                        string_literal(argument).map(|passage| (String::new(), passage))
                    }) {
                        Some((text, target)) => {
                            self.link(at, &text, &target, false);
                        }
                        None => {
                            self.code(at, source.clone(), CodeKind::ComputedLink(String::new()))
                        }
                    }
                }
            }
            "back" | "return" => self.code(at, source, CodeKind::GoesBack),
            "set" => {
                let (line, col) = self.place(at);
                let conditional = self.conditional();
                self.out.push(Piece::Set {
                    source: super::prose::one_line(&source),
                    line,
                    col,
                    conditional,
                    assignments: assign::sugarcube(&rest),
                });
            }
            "if" | "elseif" | "else" | "switch" | "case" | "default" | "for" => {
                // Each branch's text is an alternative, not part of the sentence around it.
                self.flush();
                if CONDITIONS.contains(&name) {
                    self.open_ifs += 1;
                }
                self.code(at, source, CodeKind::Condition);
            }
            "print" | "=" | "-" => self.code(at, source, CodeKind::Prints),
            "include" | "display" => {
                let passage = passage_of(first).unwrap_or_default();
                self.code(at, source, CodeKind::Embeds(passage));
            }
            name if LAYOUT.contains(&name) => {}
            _ => self.code(at, source, CodeKind::Other),
        }
        Some(tag_end)
    }

    /// A container macro opened by the tag ending at `tag_end`; returns where its closing tag
    /// ends.
    fn container(&mut self, at: usize, tag_end: usize, name: &str, arguments: &[String]) -> usize {
        let (body_end, after) = self.closing(tag_end, name).unwrap_or((tag_end, tag_end));
        if name == "script" {
            self.drop_with(at, "a script is never spoken; it is left out (rewrite what it does as `effects` or `when` conditions, if anything)".to_owned());
            return after;
        }
        let first = arguments.first().map(String::as_str).unwrap_or_default();
        let (label, target) = match link_of(first) {
            Some((text, target)) => (text, Some(target)),
            None => (
                string_literal(first).unwrap_or_else(|| first.to_owned()),
                arguments.get(1).and_then(|a| passage_of(a)),
            ),
        };
        if self.too_deep() {
            let source = self.text(at, after);
            self.code(at, source, CodeKind::Other);
            return after;
        }
        let head = self.text(at, tag_end);
        if LINKS.contains(&name) {
            let body = self.capture(tag_end, body_end);
            if !self.link_with_body(at, &label, target, body, true) {
                self.push_words(at, &label);
                self.code(at, head, CodeKind::Other);
            }
        } else {
            // `<<linkappend>>` and `<<linkprepend>>` keep their words; `<<linkreplace>>` does not.
            if name != "linkreplace" {
                self.push_words(at, &label);
            }
            self.flush();
            self.code(at, head, CodeKind::Reveals(label));
            self.splice(tag_end, body_end, true);
            self.flush();
        }
        after
    }

    /// The body's end and the closing tag's end for a container opened just before `from`,
    /// counting containers of the same name nested inside.
    fn closing(&mut self, from: usize, name: &str) -> Option<(usize, usize)> {
        let close = format!("<</{name}>>");
        let open = format!("<<{name}");
        // Cheap refusal first: with no closing tag anywhere after, there is nothing to count.
        self.find(from, &close)?;
        let mut depth = 0usize;
        let mut at = from;
        while at < self.chars.len() {
            if self.starts_folded(at, &close) {
                if depth == 0 {
                    return Some((at, at + close.chars().count()));
                }
                depth -= 1;
                at += close.len();
            } else if self.starts_folded(at, &open)
                && self
                    .chars
                    .get(at + open.len())
                    .is_some_and(|c| c.is_whitespace() || *c == '>')
            {
                depth += 1;
                at += open.len();
            } else {
                at += 1;
            }
        }
        None
    }
}

/// `[[words|passage]]` as an argument: its words and passage.
fn link_of(argument: &str) -> Option<(String, String)> {
    let inside = argument.strip_prefix("[[")?.strip_suffix("]]")?;
    let (text, target, _) = link_parts(inside);
    Some((text, target))
}

/// A passage named by an argument: `"Name"` or `[[Name]]`.
fn passage_of(argument: &str) -> Option<String> {
    link_of(argument)
        .map(|(_, target)| target)
        .or_else(|| string_literal(argument))
        .filter(|passage| !passage.trim().is_empty())
}
