//! What goes in a value's place, said when something else is there: text in straight quotes,
//! a number, a fixed word without quotes, a line written `Say("…")`.

use ron::Error;

use super::brackets::balanced;
use super::context::{Opens, Slot, unquote};
use super::explain::{Reader, Slip};
use super::fields::{fixed_words, id_kind, takes_text};
use super::repair::Edit;
use super::tokens::Kind;

impl Reader<'_> {
    pub(super) fn curly_quote(&self, i: usize) -> Slip {
        let token = self.tokens[i];
        let line = self.lines.line(token.start);
        // Its partner: the next curly quote on the same line.
        let partner = self.tokens[i + 1..]
            .iter()
            .take_while(|t| self.lines.line(t.start) == line)
            .find(|t| t.kind == Kind::CurlyQuote)
            .copied();
        let mut edit = Edit::replace(token.start, token.end, "\"");
        if let Some(p) = partner {
            let inner = self.text.get(token.end..p.start).unwrap_or_default();
            edit = Edit::replace(token.start, p.end, &format!("\"{inner}\""));
        }
        let message = match partner {
            Some(p) => {
                let inner = self.text.get(token.end..p.start).unwrap_or_default();
                format!(
                    "these are curly quotes, and RON reads only straight ones: write `\"{}\"`",
                    crate::words::shorten(inner, 40)
                )
            }
            None => format!(
                "`{}` is a curly quote, and RON reads only straight ones: type `\"` instead",
                self.word(i)
            ),
        };
        Slip {
            at: token.start,
            message,
            edit: Some(edit),
        }
    }

    pub(super) fn number_expected(&self, i: usize, code: &Error) -> Slip {
        let (_, opens, place) = self.place(i);
        let token = self.tokens.get(i).copied();
        let written = self.word(i);
        let inner = unquote(written);
        let quoted = written.starts_with('"') && inner.trim().parse::<f64>().is_ok();
        let kind = if matches!(code, Error::ExpectedFloat) {
            "a number"
        } else {
            "a whole number"
        };
        let name = match (&opens, &place) {
            (Opens::Field(map), Slot::Value(_)) if map == "vars" => {
                "a variable's starting value".to_owned()
            }
            (_, Slot::Value(field)) => format!("`{field}`"),
            _ => "this".to_owned(),
        };
        let how = if quoted {
            ", written without quotes"
        } else {
            ""
        };
        Slip {
            at: token.map_or(self.text.len(), |t| t.start),
            message: format!("{name} is {kind}{how}, not `{written}`"),
            edit: token.map(|t| {
                let mend = if quoted { inner.trim() } else { "0" };
                Edit::replace(t.start, t.end, mend)
            }),
        }
    }

    /// ron wanted text in quotes at token `i`.
    pub(super) fn text_expected(&self, i: usize) -> Slip {
        let token = self.tokens.get(i).copied();
        let at = token.map_or(self.text.len(), |t| t.start);
        let Some(t) = token.filter(|t| t.kind == Kind::Word) else {
            return Slip {
                at,
                message: "text in double quotes, `\"…\"`, goes here".to_owned(),
                edit: None,
            };
        };
        let written = self.word(i);
        let (_, opens, place) = self.place(i);
        let message = match (id_kind(&opens, &place), &place) {
            (Some(kind), _) => {
                format!("{kind} are text: write `\"{written}\"`, in double quotes")
            }
            (None, Slot::Value(field)) if takes_text(&opens, &place) => {
                format!("`{field}` is text: write `{field}: \"{written}\"`, in double quotes")
            }
            _ => format!("text goes in double quotes here: write `\"{written}\"`"),
        };
        Slip {
            at,
            message,
            edit: Some(Edit::replace(t.start, t.end, &format!("\"{written}\""))),
        }
    }

    /// ron wanted a name (a field name, a fixed word, `Say`…) at token `i`.
    pub(super) fn word_expected(&self, i: usize) -> Slip {
        let token = self.tokens.get(i).copied();
        let at = token.map_or(self.text.len(), |t| t.start);
        let generic = Slip {
            at,
            message: "a field name or a fixed word goes here".to_owned(),
            edit: None,
        };
        let Some(t) = token.filter(|t| matches!(t.kind, Kind::Text { .. })) else {
            return generic;
        };
        let written = self.word(i);
        let inner = unquote(written);
        let (_, opens, place) = self.place(i);
        if let Some(fixed) = fixed_words(&opens, &place) {
            let example = match &place {
                Slot::Value(field) => format!("`{field}: {inner}`"),
                _ => format!("`{inner}`"),
            };
            if fixed.words.contains(&inner.as_str()) {
                let takes = match (&place, &opens) {
                    (Slot::Value(field), _) => format!("`{field}` takes a fixed word"),
                    (_, Opens::Field(list)) => format!("`{list}` lists fixed words"),
                    _ => format!("{} is a fixed word", fixed.one),
                };
                return Slip {
                    at,
                    message: format!("{takes}, written without quotes: {example}"),
                    edit: Some(Edit::replace(t.start, t.end, &inner)),
                };
            }
            let mut slip = self.unknown_word(i, &inner, fixed.one, fixed.words);
            slip.message
                .push_str(" (fixed words are written without quotes)");
            return slip;
        }
        match (&opens, &place) {
            (Opens::Field(list), Slot::Element(_)) if list == "say" => {
                let shown = crate::words::shorten(&inner, 40);
                Slip {
                    at,
                    message: format!(
                        "a line is written `Say(\"…\")`, not as bare text: write `Say(\"{shown}\")`"
                    ),
                    edit: Some(Edit::replace(t.start, t.end, &format!("Say({written})"))),
                }
            }
            (Opens::Field(list), Slot::Element(_)) if list == "when" => Slip {
                message: "a condition is written like `AtLeast(\"trust\", 1)`; see docs/format.md, section 9".to_owned(),
                ..generic
            },
            (Opens::Field(list), Slot::Element(_)) if list == "effects" => Slip {
                message: "an effect is written like `Add(\"trust\", 1)`; see docs/format.md, section 10".to_owned(),
                ..generic
            },
            (_, Slot::Name) if self.tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Colon) => {
                Slip {
                    at,
                    message: format!(
                        "field names are written without quotes: `{inner}:`"
                    ),
                    edit: Some(Edit::replace(t.start, t.end, &inner)),
                }
            }
            _ => generic,
        }
    }

    /// ron wanted a list in square brackets at token `i`.
    pub(super) fn list_expected(&self, i: usize) -> Slip {
        let at = self.tokens.get(i).map_or(self.text.len(), |t| t.start);
        let (_, opens, place) = self.place(i);
        let message = match (&opens, &place) {
            (_, Slot::Value(field)) if field == "say" => {
                "`say` is a list of lines, in square brackets: `say: [Say(\"…\")]`".to_owned()
            }
            (_, Slot::Value(field)) => {
                format!("`{field}` is a list, in square brackets: `{field}: [ … ]`")
            }
            (Opens::Named(name), _) if name == "OneOf" => {
                "`OneOf` takes a list of texts, in square brackets: `OneOf([\"…\", \"…\"])`"
                    .to_owned()
            }
            _ => "a list in square brackets, `[ … ]`, goes here".to_owned(),
        };
        // Inside `OneOf(...)` every text goes in the list; elsewhere the one value.
        let one_of = matches!(&opens, Opens::Named(name) if name == "OneOf");
        let mut end = self.extent(i, false);
        if one_of {
            let mut j = self.token_at(end);
            while self.tokens.get(j).is_some_and(|t| t.kind == Kind::Comma) {
                end = self.extent(j + 1, false).max(end);
                j = self.token_at(end);
            }
        }
        let edit = if !balanced(self.tokens) {
            // The list's `]` is there already: only its `[` is missing.
            Some(Edit::insert(at, "["))
        } else {
            (end > at).then(|| {
                let value = self.text.get(at..end).unwrap_or_default();
                Edit::replace(at, end, &format!("[{value}]"))
            })
        };
        Slip { at, message, edit }
    }
}
