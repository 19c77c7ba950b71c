//! Writing the converted passages out as the RON text of a scenario, with comments that say
//! where each node came from.

use std::fmt::Write;

use super::parse::Story;
use super::prose;
use crate::scenario::Value;
use crate::scenario::model::{Assessment, Effect, Outcome};

/// A node being built.
pub(super) struct Draft {
    pub id: String,
    pub passage: String,
    pub line: usize,
    pub notes: Vec<String>,
    pub say: Vec<(String, bool)>,
    pub effects: Vec<Effect>,
    pub options: Vec<Choice>,
    /// Nodes it moves on to by itself.
    pub next: Vec<String>,
    /// The outcome, and the person's category if the passage was tagged with one.
    pub end: Option<(Outcome, Option<Assessment>)>,
}

impl Draft {
    pub fn new(id: String, passage: String, line: usize) -> Draft {
        Draft {
            id,
            passage,
            line,
            notes: Vec::new(),
            say: Vec::new(),
            effects: Vec::new(),
            options: Vec::new(),
            next: Vec::new(),
            end: None,
        }
    }
}

/// An option being built.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Choice {
    pub text: String,
    pub target: String,
    pub effects: Vec<Effect>,
    pub notes: Vec<String>,
}

impl Choice {
    pub fn to(text: String, target: String) -> Choice {
        Choice {
            text,
            target,
            effects: Vec::new(),
            notes: Vec::new(),
        }
    }
}

/// Text as a RON string literal.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A comment line's text, kept to one line.
fn comment(text: &str) -> String {
    prose::one_line(text)
}

pub(super) fn render(
    story: &Story,
    title: &str,
    source_name: &str,
    start: Option<&str>,
    vars: &[(String, Value)],
    drafts: &[Draft],
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "// Imported from {} by `doorstep import twee`.",
        comment(source_name)
    );
    let data = &story.data;
    if let Some(format) = &data.format {
        let version = data
            .format_version
            .as_deref()
            .map(|v| format!(" {}", comment(v)))
            .unwrap_or_default();
        let _ = writeln!(out, "// Twine story format: {}{version}.", comment(format));
    }
    if let Some(ifid) = &data.ifid {
        let _ = writeln!(out, "// IFID: {}", comment(ifid));
    }
    out.push_str(
        "// To finish it (see docs/tools.md): name the person; give every option a `move`, a `step`\n\
         // and a `note`; mark `reached` steps on the nodes that confirm them; rewrite the Twine\n\
         // macros kept as comments as `vars`, `effects` and `when` conditions; check each ending's\n\
         // outcome, and the person's truth. `doorstep check` and `doorstep analyze` list what is\n\
         // left.\n",
    );
    let _ = writeln!(out, "Scenario(");
    let _ = writeln!(out, "    format: 1,");
    let _ = writeln!(out, "    id: {},", quoted(&super::scenario_id(title)));
    let _ = writeln!(out, "    title: {},", quoted(title));
    let _ = writeln!(
        out,
        "    person: (name: \"\", about: \"\", truth: {:?}),",
        person_truth(drafts)
    );
    if !vars.is_empty() {
        let list: Vec<String> = vars
            .iter()
            .map(|(name, value)| format!("{}: {value}", quoted(name)))
            .collect();
        let _ = writeln!(out, "    vars: {{ {} }},", list.join(", "));
    }
    if let Some(start) = start {
        let _ = writeln!(out, "    start: {},", quoted(start));
    }
    let _ = writeln!(out, "    nodes: {{");
    for (i, draft) in drafts.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        node(&mut out, draft, person_truth(drafts));
    }
    let _ = writeln!(out, "    }},");
    let _ = writeln!(out, ")");
    out
}

/// The person's truth: the category every tagged ending agrees on, else Undecided for the
/// author to decide.
fn person_truth(drafts: &[Draft]) -> Assessment {
    shared(drafts).unwrap_or(Assessment::Undecided)
}

/// The category the tagged endings agree on, when there are some and they all agree.
fn shared(drafts: &[Draft]) -> Option<Assessment> {
    let mut tagged = drafts.iter().filter_map(|d| d.end.and_then(|(_, t)| t));
    let first = tagged.next()?;
    tagged.all(|t| t == first).then_some(first)
}

fn effects(list: &[Effect]) -> String {
    let written: Vec<String> = list
        .iter()
        .map(|effect| match effect {
            Effect::Set(var, value) => format!("Set({}, {value})", quoted(var)),
            Effect::Add(var, value) => format!("Add({}, {value})", quoted(var)),
        })
        .collect();
    written.join(", ")
}

fn node(out: &mut String, d: &Draft, person: Assessment) {
    let _ = writeln!(
        out,
        "        // Passage \"{}\" (line {}).",
        comment(&d.passage),
        d.line
    );
    let _ = writeln!(out, "        {}: (", quoted(&d.id));
    for note in &d.notes {
        let _ = writeln!(out, "            // {}", comment(note));
    }
    if !d.effects.is_empty() {
        let _ = writeln!(out, "            effects: [{}],", effects(&d.effects));
    }
    if !d.say.is_empty() {
        let _ = writeln!(out, "            say: [");
        for (text, narration) in &d.say {
            let form = if *narration { "Narrate" } else { "Say" };
            let _ = writeln!(out, "                {form}({}),", quoted(text));
        }
        let _ = writeln!(out, "            ],");
    }
    if !d.options.is_empty() {
        let _ = writeln!(out, "            options: [");
        for option in &d.options {
            for note in &option.notes {
                let _ = writeln!(out, "                // {}", comment(note));
            }
            let effects = if option.effects.is_empty() {
                String::new()
            } else {
                format!(" effects: [{}],", effects(&option.effects))
            };
            let _ = writeln!(
                out,
                "                (text: {}, move: Unclassified,{effects} goto: {}),",
                quoted(&option.text),
                quoted(&option.target)
            );
        }
        let _ = writeln!(out, "            ],");
    }
    if !d.next.is_empty() {
        let branches: Vec<String> = d
            .next
            .iter()
            .map(|target| format!("(goto: {})", quoted(target)))
            .collect();
        let _ = writeln!(out, "            next: [{}],", branches.join(", "));
    }
    if let Some((outcome, truth)) = d.end {
        match truth.filter(|t| *t != person) {
            Some(truth) => {
                let _ = writeln!(
                    out,
                    "            end: (outcome: {outcome:?}, truth: {truth:?}, why: {}),",
                    quoted(&format!("Tagged '{}' in the Twine story.", truth.label()))
                );
            }
            None => {
                let _ = writeln!(out, "            end: (outcome: {outcome:?}),");
            }
        }
    }
    let _ = writeln!(out, "        ),");
}
