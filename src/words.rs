//! Small English helpers for messages and reports, shared by every layer.

/// "s" after a count that is not one: `format!("{n} file{}", plural(n))`.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The text with its first letter in upper case.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A share as a whole percentage, halves rounded up: 0.254 → "25%". (Scores are rounded by
/// `score::shown`.)
pub fn percent(share: f64) -> String {
    format!("{}%", (share * 100.0).round() as i64)
}

/// 1234567 → "1,234,567".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The first `max` characters of a text, with "…" when it was longer.
pub fn shorten(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

/// The first few words of a text, with "…" when there were more.
pub fn excerpt(text: &str) -> String {
    const WORDS: usize = 8;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= WORDS {
        words.join(" ")
    } else {
        format!("{}…", words[..WORDS].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(plural(1), "");
        assert_eq!(plural(0), "s");
        assert_eq!(capitalised("leader"), "Leader");
        assert_eq!(percent(0.125), "13%");
        assert_eq!(percent(0.254), "25%");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(shorten("abcdef", 3), "abc…");
        assert_eq!(excerpt("one two"), "one two");
    }
}
