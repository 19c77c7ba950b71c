//! One passage converted into a node: its lines, options, effects and ending, with a warning
//! for each thing the author has to finish by hand.

use super::assign::{Assignment, Change};
use super::convert::Converter;
use super::markup::{self, CodeKind, Link, Piece};
use super::parse::Passage;
use super::prose;
use super::tags;
use super::write::{Choice, Draft};
use crate::scenario::model::{Effect, Outcome};
use crate::scenario::validate::MAX_OPTIONS;
use crate::words::shorten;

/// `(go-to:)` and `<<goto>>` met in a passage: where, and whether under a condition.
struct Redirect {
    target: String,
    line: usize,
    col: usize,
    conditional: bool,
}

impl Converter<'_> {
    pub fn draft(&mut self, passage: &Passage) -> Draft {
        let id = self.ids.get(&passage.name).cloned().unwrap_or_default();
        let mut draft = Draft::new(id, passage.name.clone(), passage.line);
        let mut redirects = Vec::new();
        // Where the first link past the limit is, and how many links were past it.
        let mut dropped: Option<(usize, usize, usize)> = None;
        for piece in markup::pieces(&passage.body, passage.body_line(), self.format) {
            match piece {
                Piece::Text { text, line } => self.line(passage, &mut draft, &text, line),
                Piece::Link(link) => {
                    self.links += 1;
                    let choice = self.choice(passage, &draft, link.clone());
                    let Some(choice) = choice else { continue };
                    if draft.options.contains(&choice) {
                        // The same words to the same place, e.g. in both arms of an `(if:)`.
                    } else if draft.options.len() >= MAX_OPTIONS {
                        let (_, _, count) = dropped.get_or_insert((link.line, link.col, 0));
                        *count += 1;
                    } else {
                        draft.options.push(choice);
                    }
                }
                Piece::Code {
                    source,
                    line,
                    col,
                    kind,
                } => self.code(passage, &mut draft, &source, line, col, kind),
                Piece::Set {
                    source,
                    line,
                    col,
                    conditional,
                    assignments,
                } => {
                    if conditional {
                        draft.notes.push(format!("Twine (line {line}): {source}"));
                        self.warn(passage, line, col, format!(
                            "{} sets a variable only under a condition; it is kept as a comment in node '{}' (rewrite it as `effects` on the option or node where it happens)",
                            shorten(&source, 60), draft.id
                        ));
                    } else {
                        let effects = self.effects(passage, &draft.id, &assignments, line, col);
                        draft.effects.extend(effects);
                        if assignments.iter().any(|a| a.change.is_err()) {
                            draft.notes.push(format!("Twine (line {line}): {source}"));
                        }
                    }
                }
                Piece::Redirect {
                    target,
                    line,
                    col,
                    conditional,
                } => redirects.push(Redirect {
                    target,
                    line,
                    col,
                    conditional,
                }),
                Piece::Comment { text, .. } => {
                    if !text.is_empty() {
                        draft.notes.push(format!("Twine comment: {text}"));
                    }
                }
                Piece::Dropped { line, col, message } => self.warn(passage, line, col, message),
            }
        }
        if let Some((line, col, count)) = dropped {
            self.warn(passage, line, col, format!(
                "the passage has {} more link{} than the {MAX_OPTIONS} options a node may offer; from here on {} dropped (split the passage into two)",
                count,
                if count == 1 { "" } else { "s" },
                if count == 1 { "it is" } else { "they are" }
            ));
        }
        self.redirects(passage, &mut draft, redirects);
        self.ending(passage, &mut draft);
        draft
    }

    fn line(&mut self, passage: &Passage, draft: &mut Draft, text: &str, line: usize) {
        let (text, narration) = prose::prose(text);
        if text.is_empty() {
            return;
        }
        let printed = prose::printed_variables(&text);
        if !printed.is_empty() {
            self.warn(passage, line, 1, format!(
                "this line prints {}, which a Doorstep line cannot do; the name is kept as written (write the words out)",
                printed.join(", ")
            ));
        }
        draft.say.push((text, narration));
    }

    /// A link as an option, or None (with a warning) when it has nowhere to go.
    fn choice(&mut self, passage: &Passage, draft: &Draft, link: Link) -> Option<Choice> {
        let Link {
            text,
            target,
            line,
            col,
            ..
        } = &link;
        if target.is_empty() {
            self.warn(
                passage,
                *line,
                *col,
                "skipped a link with no target (write the passage's name after `->`)".to_owned(),
            );
            return None;
        }
        if !self.ids.contains_key(target) {
            let hint = self.closest_passage(target);
            self.warn(passage, *line, *col, format!(
                "the link \"{text}\" goes to '{target}', which is not a passage in this story; an ending stands in for it ({hint})"
            ));
        }
        if link.repaired {
            self.warn(passage, *line, *col, format!(
                "the link to '{target}' is closed with one `]`; it was read as a link (add the missing `]` in Twine, where it shows as plain text)"
            ));
        }
        if let Some(picture) = &link.picture {
            self.warn(passage, *line, *col, format!(
                "the picture {picture} links to '{target}' but has no words; the option reads \"{text}\" (write what the trainee says)"
            ));
        }
        if link.conditional {
            self.warn(passage, *line, *col, format!(
                "the link \"{text}\" is inside a condition, so in Twine it may not always show; here it is always offered (add a `when` to the option if it should depend on something)"
            ));
        }
        let mut choice = Choice::to(text.clone(), self.target_id(target, *line));
        choice.effects = self.effects(passage, &draft.id, &link.sets, *line, *col);
        for set in link.sets.iter().filter(|s| s.change.is_err()) {
            choice.notes.push(format!(
                "Twine (line {line}): when taken, sets {}",
                set.source
            ));
        }
        for code in &link.code {
            choice
                .notes
                .push(format!("Twine (line {line}): when taken, runs {code}"));
            self.warn(passage, *line, *col, format!(
                "the link \"{text}\" also runs {} when taken; it is kept as a comment on the option (rewrite it as the option's `effects`, or delete it)",
                shorten(code, 60)
            ));
        }
        Some(choice)
    }

    /// The effects a set maps to, declaring its variables; a warning for each it cannot map.
    fn effects(
        &mut self,
        passage: &Passage,
        id: &str,
        sets: &[Assignment],
        line: usize,
        col: usize,
    ) -> Vec<Effect> {
        let mut effects = Vec::new();
        for set in sets {
            match &set.change {
                Ok(change) => {
                    self.declare(&set.var);
                    effects.push(match change {
                        Change::To(value) => Effect::Set(set.var.clone(), *value),
                        Change::By(value) => Effect::Add(set.var.clone(), *value),
                    });
                }
                Err(why) => self.warn(passage, line, col, format!(
                    "{}: {why}; it is kept as a comment in node '{id}' (a Doorstep variable is a whole number: model it with numbers, or delete it)",
                    shorten(&set.source, 60)
                )),
            }
        }
        effects
    }

    fn code(
        &mut self,
        passage: &Passage,
        draft: &mut Draft,
        source: &str,
        line: usize,
        col: usize,
        kind: CodeKind,
    ) {
        draft
            .notes
            .push(format!("Twine (line {line}): {}", shorten(source, 120)));
        let id = &draft.id;
        let what = match source.chars().next() {
            Some('{') => "the insert",
            Some('[') => "the modifier",
            _ => "the macro",
        };
        let source = shorten(source, 60);
        let message = match kind {
            CodeKind::Closing => return,
            CodeKind::Condition => format!(
                "{what} {source} shows text and links only when its condition holds; it is kept as a comment in node '{id}', and what it guards is kept as if it always held (rewrite the condition as `when` on those lines and options)"
            ),
            CodeKind::Prints => format!(
                "{what} {source} prints a value, which a Doorstep line cannot do; it is kept as a comment in node '{id}' (write the words out in the line)"
            ),
            CodeKind::Embeds(other) => format!(
                "{what} {source} shows the text of passage '{other}' here; it is kept as a comment in node '{id}' (copy that text into this node's lines if it should be said)"
            ),
            CodeKind::Reveals(label) => format!(
                "{what} {source} shows more text in place when \"{label}\" is clicked; here that text is said at once, and the macro is kept as a comment in node '{id}' (make the revealed text a node of its own, reached by an option, if the trainee should choose to hear it)"
            ),
            CodeKind::RevealsUnsaid(label) => format!(
                "{what} {source} shows more text in place when \"{label}\" is clicked; its words stay in the line, and the insert is kept as a comment in node '{id}' (add the revealed text to the line, or make it a node of its own, reached by an option)"
            ),
            CodeKind::ComputedLink(_) => format!(
                "{what} {source} goes to a passage worked out as the story plays, which the import cannot follow; it is kept as a comment in node '{id}' (add an option with a `goto` to the node it should reach)"
            ),
            CodeKind::GoesBack => format!(
                "{what} {source} goes back to the previous passage, which a scenario cannot do; it is kept as a comment in node '{id}' (add an option with a `goto` to the node it should return to)"
            ),
            CodeKind::Other => format!(
                "{what} {source} has no Doorstep equivalent; it is kept as a comment in node '{id}' (rewrite what it does by hand, or delete the comment)"
            ),
        };
        self.warn(passage, line, col, message);
    }

    /// `(go-to:)` and `<<goto>>`: the node's `next` when it offers no options, else options.
    fn redirects(&mut self, passage: &Passage, draft: &mut Draft, redirects: Vec<Redirect>) {
        let several = redirects.len() > 1;
        let choose = !draft.options.is_empty();
        for redirect in redirects {
            self.links += 1;
            let Redirect {
                target,
                line,
                col,
                conditional,
            } = redirect;
            let id = self.target_id(&target, line);
            if choose {
                let choice = Choice::to(format!("(Go on to {target}.)"), id);
                if !draft.options.contains(&choice) && draft.options.len() < MAX_OPTIONS {
                    draft.options.push(choice);
                }
                self.warn(passage, line, col, format!(
                    "the passage moves on to '{target}' by itself, but it also offers links; here that move is an option \"(Go on to {target}.)\" (split the passage if the move should happen without a choice)"
                ));
            } else {
                if !draft.next.contains(&id) {
                    draft.next.push(id);
                }
                if conditional || several {
                    self.warn(passage, line, col, format!(
                        "the passage moves on to '{target}' only under a condition; here it is one of the node's `next` branches, picked at random (add a `when` to each branch)"
                    ));
                }
            }
        }
    }

    /// Endings: a passage tagged `ending` or `end`, or one with no links.
    fn ending(&mut self, passage: &Passage, draft: &mut Draft) {
        for tag in &passage.tags {
            if let Some(meant) = tags::misspelt(tag) {
                self.warn(passage, passage.line, 1, format!(
                    "the tag '{tag}' is not one the import knows; did you mean '{meant}'? (fix the tag in Twine, or the ending here)"
                ));
            }
        }
        let tags = tags::read(passage);
        let ways_on = draft.options.len() + draft.next.len();
        if !tags.ending && ways_on > 0 {
            return;
        }
        if tags.ending && ways_on > 0 {
            self.warn(passage, passage.line, 1, format!(
                "the passage is tagged as an ending, so its {ways_on} link{} {} dropped (remove the tag if the conversation should go on)",
                if ways_on == 1 { "" } else { "s" },
                if ways_on == 1 { "was" } else { "were" }
            ));
            draft.options.clear();
            draft.next.clear();
        }
        if tags.outcome.is_none() {
            let how = if tags.ending {
                "is tagged as an ending"
            } else {
                "has no links, so it is an ending"
            };
            self.warn(passage, passage.line, 1, format!(
                "the passage {how}; its outcome was set to Maybe (tag it with one of committed, maybe, declined, walked-away)"
            ));
        }
        draft.end = Some((tags.outcome.unwrap_or(Outcome::Maybe), tags.truth));
    }

    /// Advice for a link to no passage: the closest passage name, when one is close.
    fn closest_passage(&self, target: &str) -> String {
        let lower = target.to_lowercase();
        let best = self
            .ids
            .keys()
            .filter(|name| {
                name.chars().count() <= 64 && !self.missing.iter().any(|(m, _)| m == *name)
            })
            .map(|name| (strsim::osa_distance(&lower, &name.to_lowercase()), name))
            .filter(|(d, name)| *d <= 2.max(name.chars().count() / 4))
            .min_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
        match best {
            Some((_, name)) => format!("did you mean '{name}'? fix the link in Twine"),
            None => "write that passage, or fix the link in Twine".to_owned(),
        }
    }
}
