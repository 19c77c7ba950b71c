//! Reading Twee 3 notation: passages with `:: Name [tags] {metadata}` headers, and the special
//! passages StoryTitle and StoryData.

use super::Warning;

/// A whole story as written.
#[derive(Debug, Default)]
pub(crate) struct Story {
    pub title: Option<String>,
    pub data: StoryData,
    pub passages: Vec<Passage>,
}

/// What StoryData's JSON says that the import uses.
#[derive(Debug, Default)]
pub(crate) struct StoryData {
    pub ifid: Option<String>,
    pub format: Option<String>,
    pub format_version: Option<String>,
    pub start: Option<String>,
}

#[derive(Debug)]
pub(crate) struct Passage {
    pub name: String,
    pub tags: Vec<String>,
    /// 1-based line of the `::` header.
    pub line: usize,
    /// The text under the header, with `\::` at the start of a line turned back into `::`.
    pub body: String,
}

impl Passage {
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t.eq_ignore_ascii_case(tag))
    }

    /// 1-based line of the body's first line.
    pub fn body_line(&self) -> usize {
        self.line + 1
    }
}

/// Splits the text into passages. Text before the first header is ignored with a warning.
pub(crate) fn parse(text: &str, warnings: &mut Vec<Warning>) -> Story {
    let mut story = Story::default();
    let mut current: Option<Passage> = None;
    let mut preamble: Option<usize> = None;
    // Editors on Windows often start a UTF-8 file with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if let Some(header) = raw.strip_prefix("::") {
            if let Some(done) = current.take() {
                story.passages.push(done);
            }
            current = Some(header_of(header, line, warnings));
            continue;
        }
        match &mut current {
            Some(passage) => {
                let content = raw
                    .strip_prefix("\\::")
                    .map_or_else(|| raw.to_owned(), |rest| format!("::{rest}"));
                passage.body.push_str(&content);
                passage.body.push('\n');
            }
            None if !raw.trim().is_empty() && preamble.is_none() => preamble = Some(line),
            None => {}
        }
    }
    story.passages.extend(current);
    if let Some(line) = preamble {
        warnings.push(Warning::at(
            line,
            1,
            None,
            "text before the first `::` passage header is not part of any passage; ignored",
        ));
    }
    for passage in &mut story.passages {
        // Blank lines between passages belong to no one.
        let kept = passage.body.trim_end().len();
        passage.body.truncate(kept);
    }
    take_special(&mut story, warnings);
    story
}

/// Parses `Name [tags] {metadata}` (after the `::`).
fn header_of(header: &str, line: usize, warnings: &mut Vec<Warning>) -> Passage {
    // The name runs to the first unescaped `[` (tags) or `{` (metadata); `\x` stands for `x`.
    let header = header.trim_start();
    let mut name = String::new();
    let mut rest = "";
    let mut chars = header.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => name.extend(chars.next().map(|(_, escaped)| escaped)),
            '[' | '{' => {
                rest = &header[at..];
                break;
            }
            _ => name.push(c),
        }
    }
    let name = name.trim().to_owned();
    let mut tags = Vec::new();
    let mut rest = rest.trim_start();
    if let Some(after) = rest.strip_prefix('[') {
        match after.find(']') {
            Some(end) => {
                tags = after[..end].split_whitespace().map(str::to_owned).collect();
                rest = after[end + 1..].trim_start();
            }
            None => {
                warnings.push(Warning::at(
                    line,
                    1,
                    Some(&name),
                    "the tag list has no closing `]`; tags ignored",
                ));
                rest = "";
            }
        }
    }
    if rest.starts_with('{') && serde_json::from_str::<serde_json::Value>(rest).is_err() {
        warnings.push(Warning::at(
            line,
            1,
            Some(&name),
            "the passage metadata is not valid JSON; ignored",
        ));
    }
    Passage {
        name,
        tags,
        line,
        body: String::new(),
    }
}

/// Removes StoryTitle and StoryData from the passages and reads them.
fn take_special(story: &mut Story, warnings: &mut Vec<Warning>) {
    let mut kept = Vec::with_capacity(story.passages.len());
    for passage in std::mem::take(&mut story.passages) {
        match passage.name.as_str() {
            "StoryTitle" => {
                let title = passage.body.trim();
                if !title.is_empty() {
                    story.title = Some(title.to_owned());
                }
            }
            "StoryData" => story.data = story_data(&passage, warnings),
            _ => kept.push(passage),
        }
    }
    story.passages = kept;
}

fn story_data(passage: &Passage, warnings: &mut Vec<Warning>) -> StoryData {
    let json: serde_json::Value = match serde_json::from_str(&passage.body) {
        Ok(json) => json,
        Err(e) => {
            warnings.push(Warning::at(
                passage.body_line() + e.line().saturating_sub(1),
                e.column().max(1),
                Some("StoryData"),
                format!("StoryData is not valid JSON ({e}); ignored"),
            ));
            return StoryData::default();
        }
    };
    let text = |key: &str| json.get(key).and_then(|v| v.as_str()).map(str::to_owned);
    StoryData {
        ifid: text("ifid"),
        format: text("format"),
        format_version: text("format-version"),
        start: text("start"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_tags_metadata_and_escapes() {
        let mut warnings = Vec::new();
        let text = "\u{feff}:: StoryTitle\r\nA title\r\n\r\n:: Odd \\[name\\] [a  b] {\"position\":\"1,2\"}\r\n\\:: not a header\r\n:: Bad [x {oops\n";
        let story = parse(text, &mut warnings);
        assert_eq!(story.title.as_deref(), Some("A title"));
        let odd = &story.passages[0];
        assert_eq!((odd.name.as_str(), odd.line), ("Odd [name]", 4));
        assert_eq!(odd.tags, ["a", "b"]);
        assert_eq!(odd.body, ":: not a header");
        assert_eq!(story.passages[1].name, "Bad");
        let messages: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            ["6:1: warning: passage 'Bad': the tag list has no closing `]`; tags ignored"]
        );
    }
}
