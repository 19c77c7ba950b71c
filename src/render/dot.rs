//! Exports a scenario's graph as Graphviz DOT or Mermaid, for authors to see its shape.

use std::fmt::Write;

use crate::scenario::model::{Branch, Choice, Condition, Node, Scenario};
use crate::words::shorten;

/// Output notation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

/// The number an option has among those offered (what `--choose` takes): one more than the
/// earlier options on offer, so a range when an earlier option has conditions.
fn offered_number(options: &[Choice], index: usize) -> String {
    let always_before = options[..index]
        .iter()
        .filter(|o| o.when.is_empty())
        .count();
    let (low, high) = (always_before + 1, index + 1);
    if low == high {
        format!("{low}.")
    } else {
        format!("{low}–{high}.")
    }
}

/// `when trust ≥ 1, not visited ask`, or nothing.
fn conditions(prefix: &str, when: &[Condition]) -> Option<String> {
    (!when.is_empty()).then(|| {
        let each: Vec<String> = when.iter().map(ToString::to_string).collect();
        format!("{prefix} {}", each.join(", "))
    })
}

/// ` (weight 2)` when the branch has others to be weighed against.
fn weight(branch: &Branch, all: &[Branch]) -> String {
    if all.len() > 1 {
        format!(" (weight {})", branch.weight)
    } else {
        String::new()
    }
}

/// Each link out of a node, with its label: the option's number as offered and its text, then
/// its conditions, its flags, and for a branch its weight and conditions.
fn edges(node: &Node) -> Vec<(String, String)> {
    let mut edges = Vec::new();
    for (i, option) in node.options.iter().enumerate() {
        let mut lines = vec![format!(
            "{} {}",
            offered_number(&node.options, i),
            shorten(&option.text, 32)
        )];
        lines.extend(conditions("when", &option.when));
        if !option.flags.is_empty() {
            lines.push(format!("flags: {}", option.flags.join(", ")));
        }
        if let Some(target) = &option.goto {
            edges.push((target.clone(), lines.join("\n")));
        }
        for branch in &option.branch {
            let mut branch_lines = lines.clone();
            branch_lines[0].push_str(&weight(branch, &option.branch));
            branch_lines.extend(conditions("branch when", &branch.when));
            edges.push((branch.goto.clone(), branch_lines.join("\n")));
        }
    }
    for branch in &node.next {
        let mut lines = vec![format!("next{}", weight(branch, &node.next))];
        lines.extend(conditions("when", &branch.when));
        edges.push((branch.goto.clone(), lines.join("\n")));
    }
    edges
}

/// Renders the graph; endings are drawn as double-bordered nodes labelled with their outcome.
pub fn render(scenario: &Scenario, format: GraphFormat) -> String {
    let mut out = String::new();
    match format {
        GraphFormat::Dot => {
            let _ = writeln!(
                out,
                "digraph \"{}\" {{\n  rankdir=LR;\n  node [shape=box];",
                dot_escape(&scenario.id)
            );
            for (id, node) in scenario.nodes.iter() {
                let shape = if node.end.is_some() {
                    ", shape=doubleoctagon"
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "  \"{}\" [label=\"{}\"{shape}];",
                    dot_escape(id),
                    dot_escape(&node_label(id, node))
                );
                for (target, label) in edges(node) {
                    let _ = writeln!(
                        out,
                        "  \"{}\" -> \"{}\" [label=\"{}\"];",
                        dot_escape(id),
                        dot_escape(&target),
                        dot_escape(&label)
                    );
                }
            }
            out.push_str("}\n");
        }
        GraphFormat::Mermaid => {
            out.push_str("flowchart LR\n");
            let ids: Vec<&str> = scenario.nodes.keys().collect();
            let key = |id: &str| {
                ids.iter()
                    .position(|k| *k == id)
                    .map_or_else(|| "missing".to_owned(), |i| format!("n{i}"))
            };
            for (id, node) in scenario.nodes.iter() {
                let label = mermaid_escape(&node_label(id, node));
                let _ = if node.end.is_some() {
                    writeln!(out, "  {}((\"{label}\"))", key(id))
                } else {
                    writeln!(out, "  {}[\"{label}\"]", key(id))
                };
                for (target, label) in edges(node) {
                    let _ = writeln!(
                        out,
                        "  {} -->|\"{}\"| {}",
                        key(id),
                        mermaid_escape(&label),
                        key(&target)
                    );
                }
            }
        }
    }
    out
}

fn node_label(id: &str, node: &Node) -> String {
    match &node.end {
        Some(end) => format!("{id}\n{}", end.outcome.map_or("?", |o| o.label())),
        None => id.to_owned(),
    }
}

fn dot_escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

fn mermaid_escape(text: &str) -> String {
    text.replace('"', "#quot;").replace('\n', "<br/>")
}
