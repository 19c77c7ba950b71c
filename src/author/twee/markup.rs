//! Passage text, cut into what the import can use: links, plain lines, story-format macros it
//! keeps as comments, and the author's own comments.

use super::prose::one_line;

/// One piece of a passage, located by its 1-based line and column in the Twee file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// A line of prose, with links, macros and comments taken out.
    Text {
        text: String,
        line: usize,
    },
    Link(Link),
    /// Harlowe `(name: ...)` with any hook after it, or SugarCube `<<...>>`, as written.
    Macro {
        source: String,
        line: usize,
        col: usize,
    },
    /// `/* */`, `<!-- -->` or `/% %/`.
    Comment {
        text: String,
        line: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Link {
    pub text: String,
    pub target: String,
    /// SugarCube's setter, `[[text|target][$x to 1]]`.
    pub setter: Option<String>,
    /// The link sits inside a macro's hook (so in Twine it may be conditional).
    pub in_macro: bool,
    pub line: usize,
    pub col: usize,
}

/// Reads a link's inside: `text`, `text|target`, `text->target` or `target<-text`.
pub(crate) fn link_parts(inside: &str) -> (String, String, Option<String>) {
    let (inside, setter) = match inside.split_once("][") {
        Some((link, setter)) => (link, Some(setter.to_owned())),
        None => (inside, None),
    };
    // As in Twine: the rightmost `->`, else the leftmost `<-`, else the first `|`.
    let (text, target) = if let Some(at) = inside.rfind("->") {
        (&inside[..at], &inside[at + 2..])
    } else if let Some(at) = inside.find("<-") {
        (&inside[at + 2..], &inside[..at])
    } else if let Some((text, target)) = inside.split_once('|') {
        (text, target)
    } else {
        (inside, inside)
    };
    (text.trim().to_owned(), target.trim().to_owned(), setter)
}

/// Cuts a passage body into pieces. `first_line` is the body's line in the file.
pub(crate) fn pieces(body: &str, first_line: usize) -> Vec<Piece> {
    let mut cutter = Cutter {
        chars: body.chars().collect(),
        at: 0,
        line: first_line,
        col: 1,
        out: Vec::new(),
        text: String::new(),
        text_line: first_line,
        searched: Vec::new(),
    };
    cutter.run();
    cutter.out
}

struct Cutter {
    chars: Vec<char>,
    at: usize,
    line: usize,
    col: usize,
    out: Vec<Piece>,
    text: String,
    text_line: usize,
    /// The last search for each closing mark: where it started and where the mark was found
    /// (None: nowhere after). The walk only moves forward, so a later search can often reuse it,
    /// which keeps a passage full of unclosed `[[` or `<<` linear instead of quadratic.
    searched: Vec<(String, usize, Option<usize>)>,
}

impl Cutter {
    fn starts(&self, pattern: &str) -> bool {
        pattern
            .chars()
            .enumerate()
            .all(|(i, c)| self.chars.get(self.at + i) == Some(&c))
    }

    /// Moves past `n` characters, returning them.
    fn take(&mut self, n: usize) -> String {
        let end = (self.at + n).min(self.chars.len());
        let taken: String = self.chars[self.at..end].iter().collect();
        for c in &self.chars[self.at..end] {
            if *c == '\n' {
                self.line += 1;
                self.col = 1;
            } else {
                self.col += 1;
            }
        }
        self.at = end;
        taken
    }

    /// Characters from here to the end of `close` (None when it never closes).
    /// How many characters from here to the end of the next `close`, if there is one.
    fn span_to(&mut self, close: &str) -> Option<usize> {
        let at = self.at;
        let known = self
            .searched
            .iter()
            .find(|(mark, from, found)| {
                mark == close && *from <= at && found.is_none_or(|found| found >= at)
            })
            .map(|(_, _, found)| *found);
        let found = match known {
            Some(found) => found,
            None => {
                let pattern: Vec<char> = close.chars().collect();
                let found = (at..self.chars.len()).find(|&i| self.chars[i..].starts_with(&pattern));
                self.searched.retain(|(mark, ..)| mark != close);
                self.searched.push((close.to_owned(), at, found));
                found
            }
        };
        found.map(|i| i + close.chars().count() - at)
    }

    fn flush_text(&mut self) {
        let text = std::mem::take(&mut self.text);
        if !text.trim().is_empty() {
            self.out.push(Piece::Text {
                text,
                line: self.text_line,
            });
        }
    }

    fn run(&mut self) {
        while self.at < self.chars.len() {
            let (line, col) = (self.line, self.col);
            if self.text.is_empty() {
                self.text_line = line;
            }
            if let Some(n) = self.comment_span() {
                let raw = self.take(n);
                self.out.push(Piece::Comment {
                    text: strip_comment(&raw),
                    line,
                });
            } else if self.starts("[[")
                && let Some(n) = self.span_to("]]")
            {
                let raw = self.take(n);
                let (text, target, setter) = link_parts(&raw[2..raw.len() - 2]);
                self.out.push(Piece::Link(Link {
                    text,
                    target,
                    setter,
                    in_macro: false,
                    line,
                    col,
                }));
            } else if self.starts("<<")
                && let Some(n) = self.span_to(">>")
            {
                let source = self.take(n);
                self.macro_found(source, line, col);
            } else if let Some(n) = self.harlowe_span() {
                let source = self.take(n);
                self.macro_found(source, line, col);
            } else if self.chars[self.at] == '\n' {
                self.take(1);
                self.flush_text();
            } else {
                let c = self.take(1);
                self.text.push_str(&c);
            }
        }
        self.flush_text();
    }

    /// Records a macro, and the links inside its hook as links of their own.
    fn macro_found(&mut self, source: String, line: usize, col: usize) {
        let links = links_in(&source, line, col);
        self.out.push(Piece::Macro { source, line, col });
        self.out.extend(links.into_iter().map(Piece::Link));
    }

    fn comment_span(&mut self) -> Option<usize> {
        let (_, close) = [("/*", "*/"), ("<!--", "-->"), ("/%", "%/")]
            .into_iter()
            .find(|(open, _)| self.starts(open))?;
        self.span_to(close)
    }

    /// A Harlowe macro call, `(name: ...)`, with a hook `[...]` right after it if there is one.
    fn harlowe_span(&self) -> Option<usize> {
        let chars = &self.chars[self.at..];
        if chars.first() != Some(&'(') {
            return None;
        }
        let name_len = chars[1..]
            .iter()
            .take_while(|c| c.is_alphanumeric() || **c == '-' || **c == '_')
            .count();
        if name_len == 0
            || !chars.get(1).is_some_and(|c| c.is_alphabetic())
            || chars.get(1 + name_len) != Some(&':')
        {
            return None;
        }
        let mut end = balanced(chars, '(', ')')?;
        if chars.get(end) == Some(&'[') {
            end += balanced(&chars[end..], '[', ']').unwrap_or(chars.len() - end);
        }
        Some(end)
    }
}

/// The `[[...]]` links inside a macro's source that starts at `line`:`col`.
fn links_in(source: &str, line: usize, col: usize) -> Vec<Link> {
    let mut links = Vec::new();
    let (mut at_line, mut at_col) = (line, col);
    let mut rest = source;
    while let Some(open) = rest.find("[[") {
        for c in rest[..open].chars() {
            if c == '\n' {
                at_line += 1;
                at_col = 1;
            } else {
                at_col += 1;
            }
        }
        let Some(close) = rest[open..].find("]]") else {
            break;
        };
        let inside = &rest[open + 2..open + close];
        let (text, target, setter) = link_parts(inside);
        links.push(Link {
            text,
            target,
            setter,
            in_macro: true,
            line: at_line,
            col: at_col,
        });
        let taken = &rest[open..open + close + 2];
        for c in taken.chars() {
            if c == '\n' {
                at_line += 1;
                at_col = 1;
            } else {
                at_col += 1;
            }
        }
        rest = &rest[open + close + 2..];
    }
    links
}

/// Length of a bracketed span starting at `chars[0] == open`, skipping quoted strings.
fn balanced(chars: &[char], open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match quote {
            Some(_) if c == '\\' => i += 1,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if (c == '"' || c == '\'') && open == '(' => quote = Some(c),
            None if c == open => depth += 1,
            None if c == close => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            None => {}
        }
        i += 1;
    }
    None
}

fn strip_comment(raw: &str) -> String {
    let inner = raw
        .strip_prefix("/*")
        .and_then(|r| r.strip_suffix("*/"))
        .or_else(|| raw.strip_prefix("<!--").and_then(|r| r.strip_suffix("-->")))
        .or_else(|| raw.strip_prefix("/%").and_then(|r| r.strip_suffix("%/")))
        .unwrap_or(raw);
    one_line(inner)
}

#[cfg(test)]
mod tests {
    use super::super::prose::{printed_variables, prose};
    use super::*;

    #[test]
    fn link_forms() {
        let parts = |s: &str| {
            let (text, target, setter) = link_parts(s);
            (text, target, setter)
        };
        assert_eq!(parts("Go"), ("Go".into(), "Go".into(), None));
        assert_eq!(
            parts("Ask her|Her story"),
            ("Ask her".into(), "Her story".into(), None)
        );
        assert_eq!(
            parts("Ask her->Her story"),
            ("Ask her".into(), "Her story".into(), None)
        );
        assert_eq!(
            parts("Her story<-Ask her"),
            ("Ask her".into(), "Her story".into(), None)
        );
        assert_eq!(parts("a->b->c"), ("a->b".into(), "c".into(), None));
        assert_eq!(
            parts("Yes|Agree][$trust to 2"),
            ("Yes".into(), "Agree".into(), Some("$trust to 2".into()))
        );
    }

    #[test]
    fn pieces_are_located() {
        let body =
            "She waits.\n(set: $x to 1)Then [[Ask->Next]] <<if $x>>hi<</if>>\n/* a\nnote */done";
        let got = pieces(body, 10);
        assert_eq!(
            got[0],
            Piece::Text {
                text: "She waits.".into(),
                line: 10
            }
        );
        assert_eq!(
            got[1],
            Piece::Macro {
                source: "(set: $x to 1)".into(),
                line: 11,
                col: 1
            }
        );
        assert!(
            matches!(&got[2], Piece::Link(l) if l.target == "Next" && l.col == 20 && l.line == 11)
        );
        assert!(matches!(&got[3], Piece::Macro { source, col: 34, .. } if source == "<<if $x>>"));
        assert!(matches!(&got[4], Piece::Macro { source, .. } if source == "<</if>>"));
        assert_eq!(
            got[5],
            Piece::Text {
                text: "Then  hi".into(),
                line: 11
            }
        );
        assert_eq!(
            got[6],
            Piece::Comment {
                text: "a note".into(),
                line: 12
            }
        );
        assert_eq!(
            got[7],
            Piece::Text {
                text: "done".into(),
                line: 13
            }
        );
    }

    #[test]
    fn a_hook_keeps_its_links() {
        let got = pieces("(if: $met)[Hello again. [[Sit down->Chair]]]", 1);
        assert!(
            matches!(&got[0], Piece::Macro { source, .. } if source == "(if: $met)[Hello again. [[Sit down->Chair]]]")
        );
        assert!(
            matches!(&got[1], Piece::Link(l) if l.in_macro && l.target == "Chair" && l.col == 25)
        );
    }

    #[test]
    fn prose_markup() {
        assert_eq!(
            prose("//She looks away.//"),
            ("She looks away.".into(), true)
        );
        assert_eq!(
            prose("''Really?'' she says."),
            ("Really? she says.".into(), false)
        );
        assert_eq!(prose("a <br> b"), ("a b".into(), false));
        assert_eq!(prose("1 < 2"), ("1 < 2".into(), false));
        assert_eq!(
            printed_variables("Hi $name, $name and $x1."),
            ["$name", "$x1"]
        );
    }
}
