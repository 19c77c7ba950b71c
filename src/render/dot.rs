//! Exports a scenario's graph as Graphviz DOT or Mermaid, for authors to see its shape.

use std::fmt::Write;

use crate::scenario::model::{Node, Scenario};
use crate::words::shorten;

/// Output notation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    Dot,
    Mermaid,
}

fn edges(node: &Node) -> Vec<(String, String)> {
    let mut edges = Vec::new();
    for (i, option) in node.options.iter().enumerate() {
        let label = format!("{}. {}", i + 1, shorten(&option.text, 32));
        if let Some(target) = &option.goto {
            edges.push((target.clone(), label.clone()));
        }
        for branch in &option.branch {
            edges.push((branch.goto.clone(), format!("{label} (w{})", branch.weight)));
        }
    }
    for branch in &node.next {
        edges.push((branch.goto.clone(), "next".to_owned()));
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
