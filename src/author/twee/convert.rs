//! Turning parsed passages into the RON text of a scenario: which passages are conversation,
//! their node ids, StoryInit's variables, the start, and stand-ins for missing passages. One
//! passage's own text is converted in `node.rs`.

use std::collections::{HashMap, HashSet};

use super::assign::Change;
use super::markup::{self, Piece};
use super::parse::{Format, Passage, Story};
use super::way_out;
use super::write::{Draft, render};
use super::{Imported, Warning};
use crate::scenario::Value;
use crate::scenario::model::Outcome;

/// Characters of a passage's name kept in its node id (ids may be 256 long; the rest is room
/// for a number when names repeat).
const ID_BASE_CHARS: usize = 64;

/// Passages that are story-format machinery, not conversation (SugarCube's and Twine 1's
/// special names). StoryInit is read for its variables.
const SPECIAL_NAMES: &[&str] = &[
    "StoryInit",
    "StoryMenu",
    "StoryCaption",
    "StoryBanner",
    "StorySubtitle",
    "StoryAuthor",
    "StoryShare",
    "StoryInterface",
    "StorySettings",
    "StoryIncludes",
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

pub(super) struct Converter<'a> {
    pub warnings: &'a mut Vec<Warning>,
    pub format: Format,
    /// Passage name → node id.
    pub ids: HashMap<String, String>,
    taken: HashSet<String>,
    /// The next number to try after each base id, so that thousands of passages with one name
    /// do not each count up from 2.
    next_number: HashMap<String, usize>,
    /// Link targets with no passage, in the order first met, with the line of that link.
    pub missing: Vec<(String, usize)>,
    /// Variables and their starting values, in the order first met.
    pub vars: Vec<(String, Value)>,
    /// Links to passages met.
    pub links: usize,
}

pub(crate) fn convert(
    mut story: Story,
    source_name: &str,
    warnings: &mut Vec<Warning>,
) -> Imported {
    let mut converter = Converter {
        warnings,
        format: story.format,
        ids: HashMap::new(),
        taken: HashSet::new(),
        next_number: HashMap::new(),
        missing: Vec::new(),
        vars: Vec::new(),
        links: 0,
    };
    let (passages, init) = converter.conversation_passages(std::mem::take(&mut story.passages));
    for passage in &init {
        converter.init_vars(passage);
    }
    for passage in &passages {
        let id = converter.fresh_id(&passage.name);
        converter.ids.insert(passage.name.clone(), id);
    }
    let mut drafts: Vec<Draft> = passages.iter().map(|p| converter.draft(p)).collect();
    for (name, line) in std::mem::take(&mut converter.missing) {
        let id = converter.ids.get(&name).cloned().unwrap_or_default();
        let mut stand_in = Draft::new(id, name, line);
        stand_in.notes.push(
            "No passage of this name exists in the Twine story; this ending stands in for it."
                .to_owned(),
        );
        stand_in.say.push((
            "(This part of the story was never written.)".to_owned(),
            true,
        ));
        stand_in.end = Some((Outcome::Maybe, None));
        drafts.push(stand_in);
    }
    let start = converter.start(&story, &passages);
    let added = way_out::add_ending_if_none_reachable(&mut drafts, start.as_deref(), || {
        converter.fresh_id("the end")
    });
    if let Some(added) = added {
        let file = passages
            .iter()
            .find(|p| p.name == added.passage)
            .map_or(String::new(), |p| p.file.clone());
        converter.warnings.push(Warning::at(
            &file,
            added.line,
            1,
            Some(&added.passage),
            format!(
                "no ending can be reached from the start: every path loops; an ending '{}' was added, linked from this passage (tag the passage that should end the conversation `ending`, and remove the added one)",
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
    let ron = render(
        &story,
        &title,
        source_name,
        start.as_deref(),
        &converter.vars,
        &drafts,
    );
    Imported {
        ron,
        warnings: Vec::new(),
        passages: passages.len(),
        nodes: drafts.len(),
        options: drafts.iter().map(|d| d.options.len()).sum(),
        endings: drafts.iter().filter(|d| d.end.is_some()).count(),
        links: converter.links,
    }
}

impl Converter<'_> {
    /// Splits the conversation's passages from StoryInit and Harlowe's `startup` passages (read
    /// for their variables), and drops code passages and repeated names, with a warning each.
    fn conversation_passages(&mut self, passages: Vec<Passage>) -> (Vec<Passage>, Vec<Passage>) {
        let mut kept: Vec<Passage> = Vec::new();
        let mut init = Vec::new();
        let mut names = HashSet::new();
        for passage in passages {
            let code_tag = CODE_TAGS.iter().find(|t| passage.has_tag(t));
            if passage.name == "StoryInit" || passage.has_tag("startup") {
                init.push(passage);
            } else if SPECIAL_NAMES.contains(&passage.name.as_str()) || code_tag.is_some() {
                let why = code_tag.map_or_else(
                    || format!("'{}' is a special story-format passage", passage.name),
                    |t| format!("it is tagged `{t}`"),
                );
                self.warn(
                    &passage,
                    passage.line,
                    1,
                    format!("skipped: {why}, not part of the conversation (nothing to do)"),
                );
            } else if passage.name.is_empty() {
                self.warn(
                    &passage,
                    passage.line,
                    1,
                    "skipped: the passage has no name (name it in its `::` header)".to_owned(),
                );
            } else if !names.insert(passage.name.clone()) {
                self.warn(
                    &passage,
                    passage.line,
                    1,
                    "skipped: a passage of this name came earlier (rename one of them)".to_owned(),
                );
            } else {
                kept.push(passage);
            }
        }
        (kept, init)
    }

    pub fn warn(&mut self, passage: &Passage, line: usize, col: usize, message: String) {
        self.warnings.push(Warning::at(
            &passage.file,
            line,
            col,
            Some(&passage.name),
            message,
        ));
    }

    /// StoryInit's sets become `vars`; everything else in it is said to be left out.
    fn init_vars(&mut self, passage: &Passage) {
        for piece in markup::pieces(&passage.body, passage.body_line(), self.format) {
            match piece {
                Piece::Set {
                    assignments,
                    line,
                    col,
                    ..
                } => {
                    for assignment in assignments {
                        match assignment.change {
                            Ok(Change::To(value)) => self.set_var(&assignment.var, value),
                            Ok(Change::By(value)) => {
                                let now = self.var(&assignment.var);
                                self.set_var(&assignment.var, now.saturating_add(value));
                            }
                            Err(why) => self.warn(passage, line, col, format!(
                                "{} is left out of `vars`: {why} (a Doorstep variable is a whole number; model it with numbers, or leave it out)",
                                assignment.source
                            )),
                        }
                    }
                }
                Piece::Code { source, line, col, .. } => self.warn(passage, line, col, format!(
                    "{} is left out: only number variables carry over from {} (nothing to do unless it matters to the conversation)",
                    crate::words::shorten(&source, 60),
                    passage.name
                )),
                Piece::Dropped { line, col, message } => self.warn(passage, line, col, message),
                _ => {}
            }
        }
    }

    fn var(&self, name: &str) -> Value {
        self.vars
            .iter()
            .find(|(n, _)| n == name)
            .map_or(0, |(_, v)| *v)
    }

    fn set_var(&mut self, name: &str, value: Value) {
        match self.vars.iter_mut().find(|(n, _)| n == name) {
            Some((_, v)) => *v = value,
            None => self.vars.push((name.to_owned(), value)),
        }
    }

    /// Declares a variable an effect uses, starting at 0 unless StoryInit said otherwise.
    pub fn declare(&mut self, name: &str) {
        if !self.vars.iter().any(|(n, _)| n == name) {
            self.vars.push((name.to_owned(), 0));
        }
    }

    /// A node id from a passage name: lower case, words joined by `-`, unique.
    pub fn fresh_id(&mut self, name: &str) -> String {
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

    /// The node id of a link's target, adding a stand-in ending when no passage has that name.
    pub fn target_id(&mut self, target: &str, line: usize) -> String {
        if let Some(id) = self.ids.get(target) {
            return id.clone();
        }
        let id = self.fresh_id(target);
        self.ids.insert(target.to_owned(), id.clone());
        self.missing.push((target.to_owned(), line));
        id
    }

    /// StoryData's start passage, else the passage named Start, else the first.
    fn start(&mut self, story: &Story, passages: &[Passage]) -> Option<String> {
        if let Some(name) = &story.data.start {
            if let Some(id) = self
                .ids
                .get(name)
                .filter(|_| passages.iter().any(|p| &p.name == name))
            {
                return Some(id.clone());
            }
            self.warnings.push(Warning::at(
                &story.data.file,
                story.data.line,
                1,
                Some("StoryData"),
                format!("the start passage '{name}' does not exist; starting at the first passage instead (set `start` in StoryData to a passage's name)"),
            ));
        }
        let start = passages
            .iter()
            .find(|p| p.name == "Start")
            .or_else(|| passages.first())?;
        self.ids.get(&start.name).cloned()
    }
}
