//! Turning parsed passages into the RON text of a scenario, with a warning for everything that
//! needs the author's attention.

use std::collections::HashMap;

use super::markup::{self, Piece};
use super::parse::{Passage, Story};
use super::prose;
use super::way_out;
use super::write::{Draft, render};
use super::{Imported, Warning};
use crate::scenario::model::{Assessment, Outcome};
use crate::scenario::validate::MAX_OPTIONS;
use crate::words::shorten;

/// Characters of a passage's name kept in its node id (ids may be 256 long; the rest is room
/// for a number when names repeat).
const ID_BASE_CHARS: usize = 64;

/// Passages that are story-format code, not conversation (SugarCube's special names).
const SPECIAL_NAMES: &[&str] = &[
    "StoryInit",
    "StoryMenu",
    "StoryCaption",
    "StoryBanner",
    "StorySubtitle",
    "StoryAuthor",
    "StoryShare",
    "StoryInterface",
    "PassageReady",
    "PassageDone",
    "PassageHeader",
    "PassageFooter",
];
/// Tags that mark code or styling (SugarCube and Harlowe).
const CODE_TAGS: &[&str] = &[
    "script",
    "stylesheet",
    "widget",
    "header",
    "footer",
    "startup",
    "debug-header",
    "debug-footer",
    "debug-startup",
    "Twine.private",
];

struct Converter<'a> {
    warnings: &'a mut Vec<Warning>,
    /// Passage name → node id.
    ids: HashMap<String, String>,
    taken: std::collections::HashSet<String>,
    /// The next number to try after each base id, so that thousands of passages with one name
    /// do not each count up from 2.
    next_number: HashMap<String, usize>,
    /// Link targets with no passage, in the order first met, with the line of that link.
    missing: Vec<(String, usize)>,
}

pub(crate) fn convert(
    mut story: Story,
    source_name: &str,
    warnings: &mut Vec<Warning>,
) -> Imported {
    let mut converter = Converter {
        warnings,
        ids: HashMap::new(),
        taken: std::collections::HashSet::new(),
        next_number: HashMap::new(),
        missing: Vec::new(),
    };
    let passages = converter.conversation_passages(std::mem::take(&mut story.passages));
    for passage in &passages {
        let id = converter.fresh_id(&passage.name);
        converter.ids.insert(passage.name.clone(), id);
    }
    let mut drafts: Vec<Draft> = passages.iter().map(|p| converter.draft(p)).collect();
    for (name, line) in std::mem::take(&mut converter.missing) {
        let id = converter.ids.get(&name).cloned().unwrap_or_default();
        drafts.push(Draft {
            id,
            passage: name,
            line,
            notes: vec![
                "No passage of this name exists in the Twine story; this ending stands in for it."
                    .to_owned(),
            ],
            say: vec![(
                "(This part of the story was never written.)".to_owned(),
                true,
            )],
            options: Vec::new(),
            end: Some((Outcome::Maybe, None)),
        });
    }
    let start = converter.start(&story.data.start, &passages);
    let added = way_out::add_ending_if_none_reachable(&mut drafts, start.as_deref(), || {
        converter.fresh_id("the end")
    });
    if let Some(added) = added {
        converter.warnings.push(Warning::at(
            added.line,
            1,
            Some(&added.passage),
            format!(
                "no ending can be reached from the start: every path loops; an ending '{}' was added, linked from this passage (write a real ending)",
                added.id
            ),
        ));
    }
    let title = story.title.clone().unwrap_or_else(|| {
        std::path::Path::new(source_name)
            .file_stem()
            .map_or("Imported story".to_owned(), |s| {
                s.to_string_lossy().into_owned()
            })
    });
    let ron = render(&story, &title, source_name, start.as_deref(), &drafts);
    Imported {
        ron,
        warnings: Vec::new(),
        passages: passages.len(),
        nodes: drafts.len(),
        options: drafts.iter().map(|d| d.options.len()).sum(),
        endings: drafts.iter().filter(|d| d.end.is_some()).count(),
    }
}

impl Converter<'_> {
    /// Drops code passages and repeated names, with a warning each.
    fn conversation_passages(&mut self, passages: Vec<Passage>) -> Vec<Passage> {
        let mut kept: Vec<Passage> = Vec::new();
        for passage in passages {
            let code_tag = CODE_TAGS.iter().find(|t| passage.has_tag(t));
            if SPECIAL_NAMES.contains(&passage.name.as_str()) || code_tag.is_some() {
                let why = code_tag.map_or_else(
                    || format!("'{}' is a special story-format passage", passage.name),
                    |t| format!("it is tagged `{t}`"),
                );
                self.warn(
                    &passage,
                    passage.line,
                    1,
                    format!("skipped: {why}, not part of the conversation"),
                );
            } else if passage.name.is_empty() {
                self.warn(
                    &passage,
                    passage.line,
                    1,
                    "skipped: the passage has no name".to_owned(),
                );
            } else if kept.iter().any(|k| k.name == passage.name) {
                self.warn(
                    &passage,
                    passage.line,
                    1,
                    "skipped: a passage of this name came earlier".to_owned(),
                );
            } else {
                kept.push(passage);
            }
        }
        kept
    }

    fn warn(&mut self, passage: &Passage, line: usize, col: usize, message: String) {
        self.warnings
            .push(Warning::at(line, col, Some(&passage.name), message));
    }

    /// A node id from a passage name: lower case, words joined by `-`, unique.
    fn fresh_id(&mut self, name: &str) -> String {
        let mut base = String::new();
        for c in name.chars().flat_map(char::to_lowercase) {
            if c.is_alphanumeric() {
                base.push(c);
            } else if !base.is_empty() && !base.ends_with('-') {
                base.push('-');
            }
        }
        // A passage name can be a whole paragraph; an id that long would be refused.
        let base: String = base.chars().take(ID_BASE_CHARS).collect();
        let base = match base.trim_end_matches('-') {
            "" => "passage".to_owned(),
            b => b.to_owned(),
        };
        let mut id = base.clone();
        let n = self.next_number.entry(base.clone()).or_insert(2);
        while self.taken.contains(&id) {
            id = format!("{base}-{n}");
            *n += 1;
        }
        self.taken.insert(id.clone());
        id
    }

    fn target_id(&mut self, target: &str, line: usize) -> String {
        if let Some(id) = self.ids.get(target) {
            return id.clone();
        }
        let id = self.fresh_id(target);
        self.ids.insert(target.to_owned(), id.clone());
        self.missing.push((target.to_owned(), line));
        id
    }

    fn draft(&mut self, passage: &Passage) -> Draft {
        let mut draft = Draft {
            id: self.ids.get(&passage.name).cloned().unwrap_or_default(),
            passage: passage.name.clone(),
            line: passage.line,
            notes: Vec::new(),
            say: Vec::new(),
            options: Vec::new(),
            end: None,
        };
        // Where the first link past the limit is, and how many links were past it.
        let mut dropped: Option<(usize, usize, usize)> = None;
        for piece in markup::pieces(&passage.body, passage.body_line()) {
            match piece {
                Piece::Text { text, line } => {
                    let (text, narration) = prose::prose(&text);
                    if text.is_empty() {
                        continue;
                    }
                    let printed = prose::printed_variables(&text);
                    if !printed.is_empty() {
                        self.warn(passage, line, 1, format!(
                            "this line prints {}, which a Doorstep line cannot do; the name is kept as written",
                            printed.join(", ")
                        ));
                    }
                    draft.say.push((text, narration));
                }
                Piece::Link(link) if draft.options.len() >= MAX_OPTIONS => {
                    if dropped.is_none() {
                        dropped = Some((link.line, link.col, 0));
                    }
                    if let Some((_, _, count)) = &mut dropped {
                        *count += 1;
                    }
                }
                Piece::Link(link) => self.link(passage, &mut draft, link),
                Piece::Macro { source, line, col } => {
                    let source = prose::one_line(&source);
                    draft.notes.push(format!("Twine (line {line}): {source}"));
                    self.warn(passage, line, col, format!(
                        "the macro {} has no Doorstep equivalent; it is kept as a comment in node '{}' (rewrite it as `effects` or `when` conditions)",
                        shorten(&source, 60),
                        draft.id
                    ));
                }
                Piece::Comment { text, .. } => {
                    if !text.is_empty() {
                        draft.notes.push(format!("Twine comment: {text}"));
                    }
                }
            }
        }
        if let Some((line, col, count)) = dropped {
            self.warn(passage, line, col, format!(
                "the passage has {} more link{} than the {MAX_OPTIONS} options a node may offer; from here on {} dropped",
                count,
                if count == 1 { "" } else { "s" },
                if count == 1 { "it is" } else { "they are" }
            ));
        }
        self.ending(passage, &mut draft);
        draft
    }

    fn link(&mut self, passage: &Passage, draft: &mut Draft, link: markup::Link) {
        if link.target.is_empty() {
            self.warn(
                passage,
                link.line,
                link.col,
                "skipped a link with no target".to_owned(),
            );
            return;
        }
        let text = if link.text.is_empty() {
            link.target.clone()
        } else {
            link.text.clone()
        };
        if !self.ids.contains_key(&link.target) {
            self.warn(passage, link.line, link.col, format!(
                "the link \"{text}\" goes to '{}', which is not a passage in this story; an ending stands in for it",
                link.target
            ));
        }
        if let Some(setter) = &link.setter {
            draft.notes.push(format!(
                "Twine (line {}): the link \"{text}\" also sets [{setter}]",
                link.line
            ));
            self.warn(passage, link.line, link.col, format!(
                "the link \"{text}\" sets [{setter}] when taken; that is kept as a comment (rewrite it as the option's `effects`)"
            ));
        }
        if link.in_macro {
            self.warn(passage, link.line, link.col, format!(
                "the link \"{text}\" sits inside a macro's hook, so in Twine it may not always show; here it is always offered (add a `when` if it should depend on something)"
            ));
        }
        let target = self.target_id(&link.target, link.line);
        draft.options.push((text, target));
    }

    /// Endings: a passage tagged `ending` or `end`, or one with no links.
    fn ending(&mut self, passage: &Passage, draft: &mut Draft) {
        let tagged = passage.has_tag("ending") || passage.has_tag("end");
        if !tagged && !draft.options.is_empty() {
            return;
        }
        if tagged && !draft.options.is_empty() {
            self.warn(
                passage,
                passage.line,
                1,
                format!(
                    "the passage is tagged as an ending, so its {} link{} {} dropped",
                    draft.options.len(),
                    if draft.options.len() == 1 { "" } else { "s" },
                    if draft.options.len() == 1 {
                        "was"
                    } else {
                        "were"
                    }
                ),
            );
            draft.options.clear();
        }
        let outcome = [
            (Outcome::Committed, &["committed"][..]),
            (Outcome::Maybe, &["maybe"][..]),
            (Outcome::Declined, &["declined"][..]),
            (
                Outcome::WalkedAway,
                &["walked-away", "walkedaway", "walked_away"][..],
            ),
        ]
        .into_iter()
        .find(|(_, tags)| tags.iter().any(|t| passage.has_tag(t)))
        .map(|(o, _)| o);
        let truth = Assessment::ALL
            .into_iter()
            .find(|a| passage.has_tag(a.label()));
        if outcome.is_none() {
            let how = if tagged {
                "is tagged as an ending"
            } else {
                "has no links, so it is an ending"
            };
            self.warn(passage, passage.line, 1, format!(
                "the passage {how}; its outcome was set to Maybe (tag it with one of committed, maybe, declined, walked-away)"
            ));
        }
        draft.end = Some((outcome.unwrap_or(Outcome::Maybe), truth));
    }

    /// StoryData's start passage, else the passage named Start, else the first.
    fn start(&mut self, wanted: &Option<String>, passages: &[Passage]) -> Option<String> {
        if let Some(name) = wanted {
            if let Some(id) = self
                .ids
                .get(name)
                .filter(|_| passages.iter().any(|p| &p.name == name))
            {
                return Some(id.clone());
            }
            self.warnings.push(Warning::at(
                1,
                1,
                Some("StoryData"),
                format!("the start passage '{name}' does not exist; starting at the first passage instead"),
            ));
        }
        let start = passages
            .iter()
            .find(|p| p.name == "Start")
            .or_else(|| passages.first())?;
        self.ids.get(&start.name).cloned()
    }
}
