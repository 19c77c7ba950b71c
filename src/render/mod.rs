//! Text renderings: the debrief as Markdown, a pairs round in words, the analysis as plain
//! text, the graph as DOT or Mermaid.

mod debrief;
pub mod dot;
pub mod labels;
pub mod markdown;
pub mod pairs;
pub mod text;
