//! Reading the arguments of story-format code: lists split at commas outside quotes and
//! brackets, quoted strings, and SugarCube's space-separated arguments.

/// Whether the quote at `chars[at]` opens a string: `"` always; `'` unless it follows a word
/// or a closing bracket, as in Harlowe's `(history:)'s last` or `$name's`.
pub(crate) fn opens_string(chars: &[char], at: usize) -> bool {
    match chars[at] {
        '"' => true,
        '\'' => !at
            .checked_sub(1)
            .and_then(|before| chars.get(before))
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, ')' | ']' | '}' | '_' | '$')),
        _ => false,
    }
}

/// Splits at the separators that are outside quotes and brackets.
pub(crate) fn top_level_split(text: &str, separators: &[char]) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match quote {
            Some(_) if escaped => escaped = false,
            Some(_) if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '`' || opens_string(&chars, i) => quote = Some(c),
            None if "([{".contains(c) => depth += 1,
            None if ")]}".contains(c) => depth = depth.saturating_sub(1),
            None if depth == 0 && separators.contains(&c) => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            None => {}
        }
        current.push(c);
    }
    parts.push(current);
    parts
}

/// The text of a quoted string, `"Hi"` or `'Hi'`, with `\"` escapes undone; None when the
/// argument is anything else (a variable, an expression).
pub(crate) fn string_literal(arg: &str) -> Option<String> {
    let arg = arg.trim();
    let quote = arg.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let inner = arg.strip_prefix(quote)?.strip_suffix(quote)?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c if c == quote => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

/// SugarCube's arguments: quoted strings, `[[link]]` markup, backquoted expressions and bare
/// words, separated by spaces.
pub(crate) fn sugarcube_arguments(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut arguments = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let close = match chars[i] {
            q @ ('"' | '\'' | '`') => Some(q),
            _ => None,
        };
        if let Some(q) = close {
            i += 1;
            while i < chars.len() && chars[i] != q {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i = (i + 1).min(chars.len());
        } else if chars[i..].starts_with(&['[', '[']) {
            while i < chars.len() && !chars[i..].starts_with(&[']', ']']) {
                i += 1;
            }
            i = (i + 2).min(chars.len());
        } else {
            while i < chars.len() && !chars[i].is_whitespace() {
                i += 1;
            }
        }
        arguments.push(chars[start..i].iter().collect());
    }
    arguments
}

/// Length of a bracketed span starting at `chars[0] == open`, skipping quoted strings inside
/// parentheses (a macro's arguments).
pub(crate) fn balanced(chars: &[char], open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match quote {
            Some(_) if c == '\\' => i += 1,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if open == '(' && opens_string(chars, i) => quote = Some(c),
            None if c == open => depth += 1,
            None if c == close => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            None => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_arguments() {
        assert_eq!(string_literal(" \"a \\\"b\\\"\" "), Some("a \"b\"".into()));
        assert_eq!(string_literal("'it'"), Some("it".into()));
        assert_eq!(string_literal("$x"), None);
        assert_eq!(string_literal("\"a\" + \"b\""), None);
        assert_eq!(
            sugarcube_arguments("\"Say hi\" 'Next one' [[a b|c]] `$x + 1` bare"),
            ["\"Say hi\"", "'Next one'", "[[a b|c]]", "`$x + 1`", "bare"]
        );
        assert_eq!(top_level_split("a, (b, c), 'd, e'", &[',']).len(), 3);
    }
}
