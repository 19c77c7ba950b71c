//! A passage's prose as a person's line: markup and HTML taken out, whitespace collapsed, and
//! the story-format variables it prints found.

/// Collapses all whitespace, newlines included, to single spaces.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How a line of prose reads once its markup is gone, and whether it was all in italics
/// (which the import takes as narration). A line with no letters or digits left (a lone `>`,
/// `*`, `|` or `---`) comes back empty.
pub(crate) fn prose(text: &str) -> (String, bool) {
    let plain = strip_html(text);
    let trimmed = strip_line_marks(plain.trim());
    let italic = ["//", "*", "_"].iter().find_map(|mark| {
        trimmed
            .strip_prefix(mark)
            .and_then(|r| r.strip_suffix(mark))
            .filter(|inner| !inner.trim().is_empty() && !inner.starts_with(mark))
    });
    let (body, narration) = match italic {
        Some(inner) => (inner, true),
        None => (trimmed, false),
    };
    let cleaned = strip_inline_marks(&one_line(body));
    if !cleaned.chars().any(char::is_alphanumeric) {
        return (String::new(), false);
    }
    (cleaned.trim().to_owned(), narration)
}

/// Whether a piece of a line has words of its own (so that a link's text in it belongs to a
/// sentence), as opposed to markup such as `>`, `*`, `|` or a tag.
pub(crate) fn has_words(text: &str) -> bool {
    strip_html(text).chars().any(char::is_alphabetic)
}

/// A link's words: its markup gone, or as written when nothing would be left.
pub(crate) fn label(text: &str) -> String {
    let (clean, _) = prose(text);
    if clean.is_empty() {
        one_line(text)
    } else {
        clean
    }
}

/// Drops what marks a whole line: quote and fork arrows (`>`), bullets (`*`, `-`, `+`),
/// headings (`#`) and Harlowe's aligners (`==>`, `<==`).
fn strip_line_marks(line: &str) -> &str {
    let mut line = line.trim();
    loop {
        let before = line;
        for mark in ["==>", "=><=", "<==>", "<==", "> ", "* ", "- ", "+ ", "#"] {
            if let Some(rest) = line.strip_prefix(mark) {
                line = rest.trim_start();
            }
        }
        if line == ">" || line == "*" {
            return "";
        }
        if line == before {
            return line;
        }
    }
}

/// Drops emphasis marks inside a line: `''`, `**`, `*`, `//` (but not in `://`), `~~`, `^^`,
/// and SugarCube's `@@.class;...@@` styling.
fn strip_inline_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let pair = (chars[i], chars.get(i + 1).copied());
        match pair {
            ('\'', Some('\'')) | ('~', Some('~')) | ('^', Some('^')) => i += 2,
            ('/', Some('/')) if i == 0 || chars[i - 1] != ':' => i += 2,
            ('@', Some('@')) => {
                i += 2;
                // `@@.class;` or `@@color:red;` styles the text up to the closing `@@`.
                let style_end = chars[i..]
                    .iter()
                    .take_while(|c| !c.is_whitespace())
                    .position(|c| *c == ';');
                if let Some(end) = style_end {
                    i += end + 1;
                }
            }
            ('*', _) => i += 1,
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    one_line(&out)
}

/// Whether a link between these words is part of their sentence: words of the same sentence
/// before it (`I went to the`) or after it (`today.`).
pub(crate) fn in_sentence(before: &str, after: &str) -> bool {
    let before = before
        .trim_end()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ' '])
        .rsplit(['.', '!', '?'])
        .next()
        .unwrap_or_default();
    let after = after.split(['.', '!', '?']).next().unwrap_or_default();
    has_words(before) || has_words(after)
}

/// Drops HTML tags such as `<br>` or `<span class="x">`; keeps `<` used as text.
fn strip_html(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    // Once no `>` is left, no later `<` can open a tag: stop looking, so that a line of a
    // hundred thousand `<` stays quick.
    let mut closes_left = true;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let is_tag = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/');
        let close = if is_tag && closes_left {
            after.find('>')
        } else {
            None
        };
        closes_left &= !is_tag || close.is_some();
        match close {
            Some(close) => rest = &after[close + 1..],
            None => {
                out.push('<');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Story-format variables printed in prose (`$name`), which a fixed line cannot show.
pub(crate) fn printed_variables(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == '$'
            && chars
                .get(i + 1)
                .is_some_and(|n| n.is_alphabetic() || *n == '_')
        {
            let name: String = chars[i..]
                .iter()
                .enumerate()
                .take_while(|(k, ch)| *k == 0 || ch.is_alphanumeric() || **ch == '_')
                .map(|(_, ch)| *ch)
                .collect();
            if !found.contains(&name) {
                found.push(name);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::strip_html;

    #[test]
    fn tags_go_and_lone_angle_brackets_stay() {
        assert_eq!(strip_html("a<br>b <span class=\"x\">c</span>"), "ab c");
        assert_eq!(strip_html("1 < 2 and 3 <4"), "1 < 2 and 3 <4");
        // Unclosed, a tag-like `<a` is text; so is every one after it.
        assert_eq!(strip_html("<a<b no close"), "<a<b no close");
        let many = "<".repeat(100_000);
        assert_eq!(strip_html(&many), many);
        assert_eq!(strip_html("<i>x</i> <b"), "x <b");
    }
}
