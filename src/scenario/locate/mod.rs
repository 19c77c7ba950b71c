//! Maps places in a scenario (a node, an option's `goto`) back to line and column in its RON source.
//!
//! ron's deserializer reports positions only for syntax errors, so semantic diagnostics need
//! this second, structural pass. It runs only when there is something to report, and it looks
//! only inside the values that lead to a place it was asked for: everything else is stepped over
//! by counting brackets, so placing five warnings in a 9 MiB file costs about one quick read.

mod walker;

use std::collections::{HashMap, HashSet};

use super::diagnostic::Position;
pub use super::source_path::{Seg, SourcePath};
use walker::{LineCounter, Walker};

/// Start positions of the values (and map keys) asked for, and of every value enclosing them.
#[derive(Debug, Default)]
pub struct SourceMap {
    pub(super) starts: HashMap<SourcePath, Vec<Position>>,
}

impl SourceMap {
    /// Finds where each of `wanted` is written.
    pub fn build<'p>(text: &str, wanted: impl IntoIterator<Item = &'p SourcePath>) -> Self {
        let mut on_the_way = HashSet::new();
        for path in wanted {
            let mut probe = Some(path.clone());
            while let Some(p) = probe {
                probe = p.parent();
                if !on_the_way.insert(p) {
                    // Its ancestors are in already.
                    break;
                }
            }
        }
        let mut walker = Walker {
            bytes: text.as_bytes(),
            at: 0,
            lines: LineCounter::default(),
            wanted: on_the_way,
            map: SourceMap::default(),
        };
        if !walker.wanted.is_empty() {
            walker.skip_trivia();
            walker.value(&SourcePath::root(), 0);
        }
        walker.map
    }

    /// The `occurrence`-th (0-based) place written for this path, falling back to the closest
    /// enclosing value so a diagnostic always has somewhere to point.
    pub fn find(&self, path: &SourcePath, occurrence: usize) -> Position {
        let mut probe = Some(path.clone());
        while let Some(p) = probe {
            if let Some(list) = self.starts.get(&p) {
                return list
                    .get(occurrence)
                    .or(list.first())
                    .copied()
                    .unwrap_or(Position::START);
            }
            probe = p.parent();
        }
        Position::START
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fields_keys_and_indices() {
        let text = "Scenario(\n  nodes: {\n    \"a\": (\n      options: [\n        (goto: \"b\"),\n        (text: \"x\", goto: \"c\"),\n      ],\n    ),\n  },\n)";
        let node = SourcePath::node("a");
        let goto = node.field("options").index(1).field("goto");
        let map = SourceMap::build(text, [&node, &goto]);
        assert_eq!(map.find(&node, 0), Position { line: 3, col: 5 });
        assert_eq!(map.find(&goto, 0), Position { line: 6, col: 27 });
    }

    #[test]
    fn repeated_keys_have_one_position_each() {
        let text = "( nodes: {\n\"a\": (),\n\"a\": (),\n} )";
        let node = SourcePath::node("a");
        let map = SourceMap::build(text, [&node]);
        assert_eq!(map.find(&node, 0).line, 2);
        assert_eq!(map.find(&node, 1).line, 3);
    }

    #[test]
    fn comments_raw_strings_and_some_are_skipped() {
        let text = "// c\n/* a /* nested */ */ (x: Some(r#\"he said \"hi\"\"#), y: 3)";
        let y = SourcePath::root().field("y");
        let map = SourceMap::build(text, [&y]);
        assert_eq!(map.find(&y, 0), Position { line: 2, col: 54 });
    }

    #[test]
    fn missing_paths_fall_back_to_the_parent() {
        let deep = SourcePath::node("a").field("options").index(3);
        let map = SourceMap::build("(nodes: {\"a\": ()})", [&deep]);
        assert_eq!(map.find(&deep, 0), Position { line: 1, col: 10 });
    }
}
