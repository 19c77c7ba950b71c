//! Reading the variable changes of Harlowe's `(set:)`, SugarCube's `<<set>>` and Chapbook's
//! vars section, keeping those a Doorstep variable can hold: whole numbers (true and false as 1
//! and 0), set or changed by a whole number.

use super::args::top_level_split;
use crate::scenario::Value;

/// One variable changed by a set, or why it cannot be carried over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Assignment {
    /// As written, for messages: `$trust to it + 1`.
    pub source: String,
    pub var: String,
    pub change: Result<Change, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Change {
    To(Value),
    By(Value),
}

/// Harlowe: the arguments of `(set: $a to 1, $b to it + 1)` or `(put: 1 into $a)`.
pub(crate) fn harlowe(args: &str, put: bool) -> Vec<Assignment> {
    top_level_split(args, &[','])
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .map(|part| {
            let part = part.trim();
            let split = if put {
                split_word(part, "into").map(|(value, var)| (var, value))
            } else {
                split_word(part, "to")
            };
            match split {
                Some((var, value)) => assignment(part, var, "", value),
                None => unreadable(part),
            }
        })
        .collect()
}

/// SugarCube: the inside of `<<set $a to 1, $b += 2>>`.
pub(crate) fn sugarcube(args: &str) -> Vec<Assignment> {
    top_level_split(args, &[',', ';'])
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .map(|part| {
            let part = part.trim();
            for op in ["+=", "-="] {
                if let Some((var, value)) = part.split_once(op) {
                    return assignment(part, var, op, value);
                }
            }
            match split_word(part, "to").or_else(|| part.split_once('=')) {
                Some((var, value)) => assignment(part, var, "", value),
                None => unreadable(part),
            }
        })
        .collect()
}

/// Chapbook: one line of a vars section, `name: value`.
pub(crate) fn chapbook(var: &str, value: &str) -> Assignment {
    assignment(&format!("{}: {}", var.trim(), value.trim()), var, "", value)
}

fn unreadable(part: &str) -> Assignment {
    Assignment {
        source: part.to_owned(),
        var: String::new(),
        change: Err("the import cannot read it".to_owned()),
    }
}

fn assignment(source: &str, var: &str, op: &str, value: &str) -> Assignment {
    let var = var.trim();
    let name = var.strip_prefix('$').unwrap_or(var);
    let change = if var.starts_with('_') {
        Err("it is a temporary variable, which lives only in one passage".to_owned())
    } else if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        Err(format!("'{var}' is not a plain variable name"))
    } else {
        change(name, op, value.trim())
    };
    Assignment {
        source: source.to_owned(),
        var: name.to_owned(),
        change,
    }
}

fn change(name: &str, op: &str, value: &str) -> Result<Change, String> {
    let number = |text: &str| -> Result<Value, String> {
        match text.trim() {
            "true" => Ok(1),
            "false" => Ok(0),
            text => text
                .parse::<Value>()
                .map_err(|_| format!("{text} is not a whole number")),
        }
    };
    match op {
        "+=" => return number(value).map(Change::By),
        "-=" => return number(value).and_then(|n| negative(n).map(Change::By)),
        _ => {}
    }
    // `it + 1` (Harlowe), `$x + 1` (SugarCube), `x + 1` (Chapbook): a change of the same variable.
    for (sign, subtract) in [('+', false), ('-', true)] {
        if let Some((left, right)) = value.split_once(sign)
            && !left.trim().is_empty()
        {
            let left = left.trim();
            let same = left == "it" || left.strip_prefix('$').unwrap_or(left) == name;
            if same {
                return number(right)
                    .and_then(|n| if subtract { negative(n) } else { Ok(n) })
                    .map(Change::By);
            }
        }
    }
    number(value).map(Change::To)
}

fn negative(n: Value) -> Result<Value, String> {
    n.checked_neg()
        .ok_or_else(|| format!("{n} is too large a number"))
}

/// Splits `left WORD right` at the first WORD standing alone (outside quotes).
fn split_word<'a>(text: &'a str, word: &str) -> Option<(&'a str, &'a str)> {
    let mut quote = None;
    for (at, c) in text.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None => {
                let Some(after_word) = text[at..].strip_prefix(word) else {
                    continue;
                };
                let before = text[..at].chars().next_back();
                if before.is_some_and(char::is_whitespace)
                    && after_word.chars().next().is_none_or(char::is_whitespace)
                {
                    return Some((&text[..at], after_word));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_beside_any_character() {
        // Found by the fuzzer: a three-byte character where the word could start.
        assert_eq!(split_word("a € to b", "to"), Some(("a € ", " b")));
        assert_eq!(split_word("€€", "to"), None);
    }

    fn changes(list: Vec<Assignment>) -> Vec<(String, Result<Change, String>)> {
        list.into_iter().map(|a| (a.var, a.change)).collect()
    }

    #[test]
    fn harlowe_sets() {
        let got = changes(harlowe(
            "$trust to 0, $met to true, $trust to it + 2, $name to \"Bo, Jo\"",
            false,
        ));
        assert_eq!(got[0], ("trust".into(), Ok(Change::To(0))));
        assert_eq!(got[1], ("met".into(), Ok(Change::To(1))));
        assert_eq!(got[2], ("trust".into(), Ok(Change::By(2))));
        assert_eq!(got[3].0, "name");
        assert!(got[3].1.is_err(), "a string is not a number");
        assert_eq!(got.len(), 4, "the comma inside quotes does not split");
        assert_eq!(
            changes(harlowe("1 into $x", true)),
            [("x".to_owned(), Ok(Change::To(1)))]
        );
    }

    #[test]
    fn sugarcube_and_chapbook_sets() {
        let got = changes(sugarcube(
            "$a to 1; $b += 2, $c = $c - 3, _t to 1, $d to 1.5",
        ));
        assert_eq!(got[0], ("a".into(), Ok(Change::To(1))));
        assert_eq!(got[1], ("b".into(), Ok(Change::By(2))));
        assert_eq!(got[2], ("c".into(), Ok(Change::By(-3))));
        assert!(got[3].1.as_ref().is_err_and(|e| e.contains("temporary")));
        assert!(got[4].1.as_ref().is_err_and(|e| e.contains("whole number")));
        let line = chapbook("trust", "trust + 1");
        assert_eq!(line.change, Ok(Change::By(1)));
        assert_eq!(line.source, "trust: trust + 1");
    }
}
