//! Square-bracket links: `[[...]]` (and `[[a->b]`, missing a `]`), SugarCube's image links
//! `[img[...][...]]`, and Markdown's `[text](https://...)`.

use super::links;
use super::markup::Cutter;
use super::piece::Piece;

impl Cutter {
    /// `[[...]]` links, SugarCube's `[img[...]]`, Markdown's `[text](https://...)`.
    pub fn square(&mut self, at: usize) -> Option<usize> {
        if self.starts(at, "[img[") {
            return self.image_link(at);
        }
        if self.starts(at, "[[") {
            return Some(self.double_bracket(at));
        }
        if self.chars[at] == '[' {
            return self.markdown_link(at);
        }
        None
    }

    fn double_bracket(&mut self, at: usize) -> usize {
        if let Some(close) = self.find_on_line(at + 2, "]]") {
            let inside = self.text(at + 2, close);
            let (text, target, setter) = links::link_parts(&inside);
            if target.is_empty() {
                self.drop_with(at, format!(
                    "the link [[{inside}]] names no passage; it is left out (write the passage's name after `->`)"
                ));
            } else if let Some(index) = self.link(at, &text, &target, true)
                && let Some(setter) = setter
                && let Some(Piece::Link(link)) = self.out.get_mut(index)
            {
                link.sets = super::assign::sugarcube(&setter);
            }
            return close + 2;
        }
        // `[[a->b]` is missing one `]`: read it as the link it was meant to be.
        if let Some(close) = self.find_on_line(at + 2, "]") {
            let inside = self.text(at + 2, close);
            let (text, target, _) = links::link_parts(&inside);
            if !target.is_empty() && !inside.contains('[') {
                if let Some(index) = self.link(at, &text, &target, true)
                    && let Some(Piece::Link(link)) = self.out.get_mut(index)
                {
                    link.repaired = true;
                }
                return close + 1;
            }
        }
        // Say so once per line, not once per `[[`.
        let line = self.place(at).0;
        if self.unclosed_line != Some(line) {
            self.unclosed_line = Some(line);
            self.drop_with(at, "`[[` opens a link that is not closed on this line; it is kept as text (close the link with `]]` in Twine)".to_owned());
        }
        at + 2
    }

    fn image_link(&mut self, at: usize) -> Option<usize> {
        let close = self.find_on_line(at + 4, "]]")?;
        let image = links::image_link(&self.text(at + 4, close + 1))?;
        let Some(target) = image.target else {
            // A picture that links nowhere: nothing to say, nothing to choose.
            return Some(close + 2);
        };
        let text = image.title.clone().unwrap_or_default();
        if let Some(index) = self.link(at, &text, &target, false)
            && let Some(Piece::Link(link)) = self.out.get_mut(index)
        {
            if image.title.is_none() {
                link.text = format!("(picture: {})", image.source);
                link.picture = Some(image.source);
            }
            link.sets = image
                .setter
                .map(|s| super::assign::sugarcube(&s))
                .unwrap_or_default();
        }
        Some(close + 2)
    }

    /// `[text](https://...)`: a web link, whose words stay as text.
    fn markdown_link(&mut self, at: usize) -> Option<usize> {
        let middle = self.find_on_line(at + 1, "](")?;
        let close = self.find_on_line(middle + 2, ")")?;
        let url = self.text(middle + 2, close);
        if !links::is_web_address(&url) {
            return None;
        }
        let text = self.text(at + 1, middle);
        self.link(at, &text, &url, true);
        Some(close + 1)
    }
}
