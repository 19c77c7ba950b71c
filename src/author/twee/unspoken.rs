//! What is never spoken: comments (kept as comments in the node), scripts, stylesheets and
//! Snowman's templates (left out, with a warning).

use super::markup::Cutter;
use super::piece::Piece;
use super::prose;

impl Cutter {
    /// `/* */`, `<!-- -->` and `/% %/`: a comment in the node.
    pub fn comment(&mut self, at: usize) -> Option<usize> {
        let (open, close) = [("/*", "*/"), ("<!--", "-->"), ("/%", "%/")]
            .into_iter()
            .find(|(open, _)| self.starts(at, open))?;
        let found = self.find(at + open.len(), close)?;
        let inner = self.text(at + open.len(), found);
        let line = self.place(at).0;
        let text = prose::one_line(&inner);
        if !text.is_empty() {
            self.out.push(Piece::Comment { text, line });
        }
        Some(found + close.len())
    }

    /// `<script>`, `<style>` and Snowman's `<% %>`: never spoken.
    pub fn script(&mut self, at: usize) -> Option<usize> {
        for (open, close, what) in [
            ("<script", "</script>", "a script"),
            ("<style", "</style>", "a stylesheet"),
        ] {
            if self.starts_folded(at, open)
                && self
                    .chars
                    .get(at + open.len())
                    .is_some_and(|c| *c == '>' || c.is_whitespace())
            {
                let end = self
                    .find_folded(at, close)
                    .map_or(self.chars.len(), |found| found + close.len());
                self.drop_with(at, format!(
                    "{what} is never spoken; it is left out (rewrite what it does as `effects` or `when` conditions, if anything)"
                ));
                return Some(end);
            }
        }
        if self.starts(at, "<%") {
            let end = self
                .find(at + 2, "%>")
                .map_or(self.chars.len(), |found| found + 2);
            let source = prose::one_line(&self.text(at, end));
            let message = if source.starts_with("<%=") || source.starts_with("<%-") {
                format!(
                    "the Snowman template {} prints a value, which a Doorstep line cannot do; it is left out of the line (write the words out)",
                    crate::words::shorten(&source, 60)
                )
            } else {
                format!(
                    "the Snowman code {} runs JavaScript, which Doorstep does not; it is left out (rewrite what it does as `vars`, `effects` and `when` conditions)",
                    crate::words::shorten(&source, 60)
                )
            };
            self.drop_with(at, message);
            return Some(end);
        }
        None
    }

    /// Like `find`, ignoring ASCII case (for HTML's closing tags).
    fn find_folded(&self, at: usize, close: &str) -> Option<usize> {
        (at..self.chars.len()).find(|&i| self.starts_folded(i, close))
    }
}
