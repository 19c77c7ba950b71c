//! "Did you mean": the known name closest to a misspelt one, for ids, fields and fixed words.

/// Names longer than this get no suggestion: comparing them costs too much for the help.
pub const HINT_CHARS: usize = 64;

/// The candidate closest to a misspelt name, if one is close enough to suggest. A candidate that
/// differs only in capitals (`door` for `Door`) is always close enough.
pub fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let length = name.chars().count();
    if length > HINT_CHARS {
        return None;
    }
    let lower = name.to_lowercase();
    candidates
        .filter(|c| {
            // Only a name within the allowed distance in length can be within it in spelling.
            let other = c.chars().count();
            other <= HINT_CHARS && length.abs_diff(other) <= allowed(other)
        })
        .map(|c| {
            let distance = if c.to_lowercase() == lower {
                0
            } else {
                edit_distance(name, c)
            };
            (distance, c)
        })
        .filter(|(d, c)| *d <= allowed(c.chars().count()))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// How many edits still count as a misspelling of a name this long.
fn allowed(length: usize) -> usize {
    2.max(length / 4)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let old = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            prev = old;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_names_are_suggested() {
        let names = ["approach", "story", "ending-good"];
        assert_eq!(closest("aproach", names.into_iter()), Some("approach"));
        assert_eq!(closest("zzz", names.into_iter()), None);
        assert_eq!(closest("STORY", names.into_iter()), Some("story"));
    }
}
