//! Reading Twee 3 notation: passages with `:: Name [tags] {metadata}` headers, from one file or
//! several, and the special passages StoryTitle and StoryData.

use super::{Source, Warning};

/// A whole story as written.
#[derive(Debug, Default)]
pub(crate) struct Story {
    pub title: Option<String>,
    pub data: StoryData,
    pub format: Format,
    pub passages: Vec<Passage>,
}

/// The story format, which decides how some marks read (Chapbook's `[if]` and `{insert}`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Harlowe,
    SugarCube,
    Snowman,
    Chapbook,
    #[default]
    Unknown,
}

impl Format {
    fn named(name: &str) -> Format {
        let name = name.to_lowercase();
        [
            ("harlowe", Format::Harlowe),
            ("sugarcube", Format::SugarCube),
            ("snowman", Format::Snowman),
            ("chapbook", Format::Chapbook),
        ]
        .into_iter()
        .find(|(key, _)| name.contains(key))
        .map_or(Format::Unknown, |(_, format)| format)
    }

    /// The format whose marks the passages use, for a story whose StoryData does not say:
    /// Chapbook's modifiers, inserts and vars sections, Snowman's `<% %>`, SugarCube's `<<>>`,
    /// Harlowe's `(macro:)`.
    fn guess(passages: &[Passage]) -> Format {
        let any = |test: &dyn Fn(&str) -> bool| passages.iter().any(|p| test(&p.body));
        let chapbook_line = |line: &str| {
            let line = line.trim().to_lowercase();
            line == "--"
                || [
                    "[continue]",
                    "[cont'd]",
                    "[else]",
                    "[javascript]",
                    "[note]",
                    "[if ",
                ]
                .iter()
                .any(|mark| line.starts_with(mark))
        };
        let chapbook_insert = |body: &str| {
            [
                "{embed passage",
                "{reveal link",
                "{back link",
                "{restart link",
                "{link to",
            ]
            .iter()
            .any(|mark| body.contains(mark))
        };
        if any(&|body| body.lines().any(chapbook_line) || chapbook_insert(body)) {
            Format::Chapbook
        } else if any(&|body| body.contains("<%")) {
            Format::Snowman
        } else if any(&|body| body.contains("<<") && body.contains(">>")) {
            Format::SugarCube
        } else if any(&|body| {
            [
                "(set:",
                "(if:",
                "(link",
                "(go-to:",
                "(goto:",
                "(display:",
                "(print:",
            ]
            .iter()
            .any(|mark| body.contains(mark))
        }) {
            Format::Harlowe
        } else {
            Format::Unknown
        }
    }
}

/// What StoryData's JSON says that the import uses.
#[derive(Debug, Default)]
pub(crate) struct StoryData {
    pub ifid: Option<String>,
    pub format: Option<String>,
    pub format_version: Option<String>,
    pub start: Option<String>,
    /// Where the StoryData passage is, for messages about it.
    pub file: String,
    pub line: usize,
}

#[derive(Debug)]
pub(crate) struct Passage {
    pub name: String,
    /// The name of the file it is in.
    pub file: String,
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

/// Splits each file into passages, in order. Text before a file's first header is ignored
/// with a warning.
pub(crate) fn parse(sources: &[Source], warnings: &mut Vec<Warning>) -> Story {
    let mut story = Story::default();
    for source in sources {
        parse_file(source, &mut story, warnings);
    }
    for passage in &mut story.passages {
        // Blank lines between passages belong to no one.
        let kept = passage.body.trim_end().len();
        passage.body.truncate(kept);
    }
    take_special(&mut story, warnings);
    story.format = match story.data.format.as_deref() {
        Some(name) => Format::named(name),
        None => {
            let format = Format::guess(&story.passages);
            if format != Format::Unknown
                && let Some(first) = sources.first()
            {
                warnings.push(Warning::at(
                    &first.name,
                    1,
                    1,
                    None,
                    format!("the story names no story format, so it was read as {format:?}, whose marks it uses (add a StoryData passage that names the format)"),
                ));
            }
            format
        }
    };
    story
}

fn parse_file(source: &Source, story: &mut Story, warnings: &mut Vec<Warning>) {
    let mut current: Option<Passage> = None;
    let mut preamble: Option<usize> = None;
    // Editors on Windows often start a UTF-8 file with a byte-order mark.
    let text = source.text.strip_prefix('\u{feff}').unwrap_or(&source.text);
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if let Some(header) = raw.strip_prefix("::") {
            story.passages.extend(current.take());
            current = Some(header_of(header, &source.name, line, warnings));
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
            &source.name,
            line,
            1,
            None,
            "text before the first `::` passage header is not part of any passage; ignored (start it with a header such as `:: Notes [Twine.private]` to keep it out of the story)",
        ));
    }
}

/// Parses `Name [tags] {metadata}` (after the `::`).
fn header_of(header: &str, file: &str, line: usize, warnings: &mut Vec<Warning>) -> Passage {
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
                    file,
                    line,
                    1,
                    Some(&name),
                    "the tag list has no closing `]`; tags ignored (close it with `]` in the header)",
                ));
                rest = "";
            }
        }
    }
    if rest.starts_with('{') && serde_json::from_str::<serde_json::Value>(rest).is_err() {
        warnings.push(Warning::at(
            file,
            line,
            1,
            Some(&name),
            "the passage metadata is not valid JSON; ignored (it only places the passage on Twine's map)",
        ));
    }
    Passage {
        name,
        file: file.to_owned(),
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
                &passage.file,
                passage.body_line() + e.line().saturating_sub(1),
                e.column().max(1),
                Some("StoryData"),
                format!("StoryData is not valid JSON ({e}); ignored (fix it so that the start passage and story format are read)"),
            ));
            return StoryData {
                file: passage.file.clone(),
                line: passage.line,
                ..StoryData::default()
            };
        }
    };
    let text = |key: &str| json.get(key).and_then(|v| v.as_str()).map(str::to_owned);
    StoryData {
        ifid: text("ifid"),
        format: text("format"),
        format_version: text("format-version"),
        start: text("start"),
        file: passage.file.clone(),
        line: passage.line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_tags_metadata_and_escapes() {
        let mut warnings = Vec::new();
        let text = "\u{feff}:: StoryTitle\r\nA title\r\n\r\n:: Odd \\[name\\] [a  b] {\"position\":\"1,2\"}\r\n\\:: not a header\r\n:: Bad [x {oops\n";
        let sources = [Source {
            name: "x.twee".into(),
            text: text.into(),
        }];
        let story = parse(&sources, &mut warnings);
        assert_eq!(story.title.as_deref(), Some("A title"));
        let odd = &story.passages[0];
        assert_eq!((odd.name.as_str(), odd.line), ("Odd [name]", 4));
        assert_eq!(odd.tags, ["a", "b"]);
        assert_eq!(odd.body, ":: not a header");
        assert_eq!(story.passages[1].name, "Bad");
        let messages: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "6:1: warning: passage 'Bad': the tag list has no closing `]`; tags ignored (close it with `]` in the header)"
            ]
        );
    }
}
