//! Text with slips mended in memory, so that parsing can go on to the next slip, and the way
//! back from a place in the mended text to the same place in the author's file.

/// One change to the text: `remove` bytes at `at` replaced by `insert`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub at: usize,
    pub remove: usize,
    pub insert: String,
}

impl Edit {
    pub fn insert(at: usize, text: &str) -> Self {
        Edit {
            at,
            remove: 0,
            insert: text.to_owned(),
        }
    }

    pub fn replace(start: usize, end: usize, text: &str) -> Self {
        Edit {
            at: start,
            remove: end.saturating_sub(start),
            insert: text.to_owned(),
        }
    }
}

/// The author's text with edits applied, and each edit remembered as (at, removed, inserted).
#[derive(Debug, Clone)]
pub struct Patched {
    pub text: String,
    edits: Vec<(usize, usize, usize)>,
}

impl Patched {
    pub fn new(text: &str) -> Self {
        Patched {
            text: text.to_owned(),
            edits: Vec::new(),
        }
    }

    /// Applies an edit; one that would cut a character in two, or reach past the end, is
    /// refused and returns false.
    pub fn apply(&mut self, edit: &Edit) -> bool {
        let end = edit.at.saturating_add(edit.remove);
        if end > self.text.len()
            || !self.text.is_char_boundary(edit.at)
            || !self.text.is_char_boundary(end)
        {
            return false;
        }
        self.text.replace_range(edit.at..end, &edit.insert);
        self.edits.push((edit.at, edit.remove, edit.insert.len()));
        true
    }

    /// Where an offset in the mended text was in the author's text. A place inside inserted text
    /// maps to where it was inserted.
    pub fn original(&self, offset: usize) -> usize {
        self.edits
            .iter()
            .rev()
            .fold(offset, |offset, &(at, removed, inserted)| {
                if offset >= at + inserted {
                    offset - inserted + removed
                } else {
                    offset.min(at)
                }
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_back_through_every_edit() {
        let mut text = Patched::new("(a: 1 b: 2)");
        assert!(text.apply(&Edit::insert(5, ",")));
        assert!(text.apply(&Edit::replace(1, 2, "alpha")));
        assert_eq!(text.text, "(alpha: 1, b: 2)");
        let b = text.text.find('b').expect("b");
        assert_eq!(text.original(b), 6);
        assert_eq!(text.original(3), 1);
        assert!(!Patched::new("“").apply(&Edit::insert(1, "x")));
    }
}
