//! Text renderings: the debrief as Markdown, the analysis as plain text, the graph as DOT or
//! Mermaid.

mod debrief;
pub mod dot;
pub mod labels;
pub mod markdown;
pub mod text;
