//! Text renderings: the debrief as Markdown, the analysis as plain text, the graph as DOT or
//! Mermaid.

pub mod dot;
pub mod markdown;
pub mod text;
