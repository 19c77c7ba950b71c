//! Harlowe's syntax: macro calls `(name: ...)` with the hook `[...]` they change, the link
//! macros among them, and the named-hook marks `|name>` and `<name|`.

use super::args::{balanced, string_literal, top_level_split};
use super::assign;
use super::markup::{CodeKind, Cutter, Piece};
use super::parse::Format;

/// A macro call as written: where it ends, its name (lower case, without `-` and `_`, as
/// Harlowe reads it), its arguments, and its hook's inside.
struct Call {
    name: String,
    args: String,
    /// Just after the call (and any changers joined to it with `+`).
    call_end: usize,
    hook: Option<(usize, usize)>,
    end: usize,
}

/// Changers that only style their hook: the hook's text is said as it is.
const STYLES: &[&str] = &[
    "align",
    "b4r",
    "b4rcolour",
    "b4rcolor",
    "background",
    "bg",
    "border",
    "box",
    "buttonstyle",
    "button",
    "charstyle",
    "collapse",
    "color",
    "colour",
    "corner",
    "css",
    "floatbox",
    "font",
    "hoverstyle",
    "hook",
    "linestyle",
    "linkstyle",
    "nobr",
    "opacity",
    "textcolour",
    "textcolor",
    "textindent",
    "textrotate",
    "textrotatex",
    "textrotatey",
    "textrotatez",
    "textsize",
    "textstyle",
    "transition",
    "transitiontime",
    "transitiondelay",
    "transitionskip",
    "t8n",
    "t8ntime",
    "t8ndelay",
    "verbatim",
    "v6m",
    "size",
];
const CONDITIONS: &[&str] = &["if", "elseif", "else", "unless", "either", "cond"];
const LINK_GOTO: &[&str] = &[
    "linkgoto",
    "linkrevealgoto",
    "clickgoto",
    "mouseovergoto",
    "mouseoutgoto",
];
/// Link macros whose words stay on the page once the hook shows.
const KEEPS_WORDS: &[&str] = &["linkreveal", "linkrepeat", "linkrerun"];
const LINK_HOOK: &[&str] = &[
    "link",
    "linkreveal",
    "linkreplace",
    "linkrepeat",
    "linkrerun",
    "click",
    "clickreplace",
    "clickappend",
    "clickprepend",
    "clickrerun",
    "mouseover",
    "mouseoverreplace",
    "mouseoverappend",
    "mouseout",
];

impl Cutter {
    /// A Harlowe macro call, with its hook if it has one, or a named hook's mark.
    pub fn harlowe(&mut self, at: usize, end: usize) -> Option<usize> {
        if self.format == Format::Harlowe
            && let Some(next) = self.hook_mark(at)
        {
            return Some(next);
        }
        let call = self.call(at, end)?;
        if call.hook.is_some() && self.too_deep() {
            let source = self.text(at, call.end);
            self.code(at, source, CodeKind::Other);
            return Some(call.end);
        }
        let args = top_level_split(&call.args, &[',']);
        let label = args
            .first()
            .and_then(|a| string_literal(a).or_else(|| hook_name(a)));
        let name = call.name.as_str();
        if LINK_GOTO.contains(&name) {
            self.link_goto(at, &call, &args, label.unwrap_or_default());
        } else if name == "goto" {
            match args.first().and_then(|a| string_literal(a)) {
                Some(target) => self.redirect(at, target),
                None => {
                    let source = self.text(at, call.end);
                    self.code(at, source, CodeKind::ComputedLink(String::new()));
                }
            }
        } else if LINK_HOOK.contains(&name) {
            self.link_hook(at, &call, label.unwrap_or_default());
        } else if name.starts_with("linkundo") || name == "undo" || name == "linkback" {
            let label = label.unwrap_or_default();
            if name.starts_with("link") {
                self.push_link_text(at, &label);
            }
            let source = self.text(at, call.end);
            self.code(at, source, CodeKind::GoesBack);
        } else if name == "set" || name == "put" {
            let (line, col) = self.place(at);
            let conditional = self.conditional();
            let source = super::prose::one_line(&self.text(at, call.call_end));
            self.out.push(Piece::Set {
                source,
                line,
                col,
                conditional,
                assignments: assign::harlowe(&call.args, name == "put"),
            });
        } else if STYLES.contains(&name) || name.starts_with("text") {
            if let Some((start, end)) = call.hook {
                self.splice(start, end, false);
            }
        } else {
            let kind = if CONDITIONS.contains(&name) {
                CodeKind::Condition
            } else if name == "print" {
                CodeKind::Prints
            } else if name == "display" || name == "include" {
                CodeKind::Embeds(label.unwrap_or_default())
            } else {
                CodeKind::Other
            };
            // A condition's text is an alternative, not part of the sentence around it.
            let alternative = kind == CodeKind::Condition;
            if alternative {
                self.flush();
            }
            let source = self.text(at, call.end);
            self.code(at, source, kind);
            if let Some((start, end)) = call.hook {
                self.splice(start, end, true);
            }
            if alternative {
                self.flush();
            }
        }
        Some(call.end)
    }

    /// `(link-goto: "text", "passage")`, `(click-goto: "words", "passage")` and the like.
    fn link_goto(&mut self, at: usize, call: &Call, args: &[String], label: String) {
        let target = match args {
            [only] => string_literal(only),
            [_, target, ..] => string_literal(target),
            [] => None,
        };
        // A link macro prints its words; a click macro makes words already there clickable.
        let in_sentence = call.name.starts_with("link");
        match target {
            Some(target) => {
                let body = match call.hook {
                    Some((start, end)) => self.capture(start, end),
                    None => Vec::new(),
                };
                self.link_with_body(at, &label, Some(target), body, in_sentence);
            }
            None => {
                if in_sentence {
                    self.push_link_text(at, &label);
                }
                let source = self.text(at, call.end);
                self.code(at, source, CodeKind::ComputedLink(label));
            }
        }
    }

    /// `(link: "text")[(go-to: "passage")]` is a link; `(link: "text")[more text]` shows the
    /// hook in place.
    fn link_hook(&mut self, at: usize, call: &Call, label: String) {
        let in_sentence = call.name.starts_with("link");
        let Some((start, end)) = call.hook else {
            let source = self.text(at, call.end);
            self.code(at, source, CodeKind::Other);
            return;
        };
        let body = self.capture(start, end);
        if self.link_with_body(at, &label, None, body, in_sentence) {
            return;
        }
        // The revealed text is said at once, after the link's words where they stay on the
        // page (`(link-reveal:)`); `(link:)` replaces them.
        if KEEPS_WORDS.contains(&call.name.as_str()) {
            self.push_words(at, &label);
        }
        self.flush();
        let source = self.text(at, call.end);
        self.code(at, source, CodeKind::Reveals(label));
        self.splice(start, end, true);
        self.flush();
    }

    /// Reads a macro call starting at `at`, if one does.
    fn call(&self, at: usize, end: usize) -> Option<Call> {
        let chars = &self.chars[at..end];
        if chars.first() != Some(&'(') || !chars.get(1).is_some_and(|c| c.is_alphabetic()) {
            return None;
        }
        let name_len = chars[1..]
            .iter()
            .take_while(|c| c.is_alphanumeric() || **c == '-' || **c == '_')
            .count();
        // `(https://...)` is an address in brackets, not a macro.
        if chars.get(1 + name_len) != Some(&':') || chars.get(2 + name_len) == Some(&'/') {
            return None;
        }
        let first_end = balanced(chars, '(', ')')?;
        let mut call_end = first_end;
        // Changers joined with `+`: `(if: $a)+(text-colour: red)[...]`.
        loop {
            let next = skip_spaces(chars, call_end);
            if chars.get(next) != Some(&'+') {
                break;
            }
            let open = skip_spaces(chars, next + 1);
            match chars.get(open).filter(|c| **c == '(') {
                Some(_) => match balanced(&chars[open..], '(', ')') {
                    Some(len) => call_end = open + len,
                    None => break,
                },
                None => break,
            }
        }
        let hook_open = skip_spaces(chars, call_end);
        let hook = (chars.get(hook_open) == Some(&'['))
            .then(|| balanced(&chars[hook_open..], '[', ']'))
            .flatten()
            .map(|len| (hook_open, hook_open + len));
        let name: String = chars[1..=name_len]
            .iter()
            .filter(|c| **c != '-' && **c != '_')
            .flat_map(|c| c.to_lowercase())
            .collect();
        Some(Call {
            name,
            args: chars[2 + name_len..first_end - 1].iter().collect(),
            call_end: at + call_end,
            hook: hook.map(|(open, close)| (at + open + 1, at + close - 1)),
            end: at + hook.map_or(call_end, |(_, close)| close),
        })
    }

    /// `|name>` before a hook and `<name|` after one, and the brackets of a bare hook.
    fn hook_mark(&self, at: usize) -> Option<usize> {
        let chars = &self.chars[at..];
        let name_len = |from: usize| {
            chars[from..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || **c == '_' || **c == '-')
                .count()
        };
        match chars.first()? {
            '|' => {
                let n = name_len(1);
                (n > 0 && chars.get(1 + n) == Some(&'>')).then_some(at + n + 2)
            }
            '<' => {
                let n = name_len(1);
                (n > 0 && chars.get(1 + n) == Some(&'|')).then_some(at + n + 2)
            }
            '[' | ']' => Some(at + 1),
            _ => None,
        }
    }
}

fn skip_spaces(chars: &[char], mut at: usize) -> usize {
    while chars.get(at).is_some_and(|c| *c == ' ' || *c == '\t') {
        at += 1;
    }
    at
}

/// `?door`, the name of a hook a click macro makes clickable.
fn hook_name(arg: &str) -> Option<String> {
    arg.trim().strip_prefix('?').map(str::to_owned)
}
