//! A passage's tags as the import reads them: whether it is an ending, its outcome and the
//! person's truth, and "did you mean" for a tag that looks like a misspelt one of those.

use super::parse::Passage;
use crate::scenario::model::{Assessment, Outcome};

/// What the ending tags of a passage say.
pub(super) struct EndingTags {
    /// Tagged `ending` or `end`.
    pub ending: bool,
    pub outcome: Option<Outcome>,
    pub truth: Option<Assessment>,
}

const ENDING: &[&str] = &["ending", "end"];
const OUTCOMES: &[(Outcome, &[&str])] = &[
    (Outcome::Committed, &["committed"]),
    (Outcome::Maybe, &["maybe"]),
    (Outcome::Declined, &["declined"]),
    (
        Outcome::WalkedAway,
        &["walked-away", "walkedaway", "walked_away"],
    ),
];
/// Tags Twine and its story formats use for themselves, never taken for misspellings.
const FORMAT_TAGS: &[&str] = &[
    "start",
    "nobr",
    "widget",
    "script",
    "stylesheet",
    "header",
    "footer",
    "startup",
    "noreturn",
    "bookmark",
    "transition",
    "twine.private",
    "debug-header",
    "debug-footer",
    "debug-startup",
];

pub(super) fn read(passage: &Passage) -> EndingTags {
    EndingTags {
        ending: ENDING.iter().any(|t| passage.has_tag(t)),
        outcome: OUTCOMES
            .iter()
            .find(|(_, tags)| tags.iter().any(|t| passage.has_tag(t)))
            .map(|(o, _)| *o),
        truth: Assessment::ALL
            .into_iter()
            .find(|a| passage.has_tag(a.label())),
    }
}

/// The ending, outcome or truth tag that `tag` is probably a misspelling of.
pub(super) fn misspelt(tag: &str) -> Option<&'static str> {
    let lower = tag.to_lowercase();
    let known = ENDING
        .iter()
        .copied()
        .chain(OUTCOMES.iter().flat_map(|(_, tags)| tags.iter().copied()))
        .chain(Assessment::ALL.into_iter().map(Assessment::label));
    let known: Vec<&'static str> = known.collect();
    if lower.chars().count() < 3
        || known.contains(&lower.as_str())
        || FORMAT_TAGS.contains(&lower.as_str())
    {
        return None;
    }
    known
        .into_iter()
        .map(|k| (strsim::osa_distance(&lower, k), k))
        .filter(|(d, k)| *d <= if k.len() <= 5 { 1 } else { 2 })
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::misspelt;

    #[test]
    fn misspelt_tags_get_a_suggestion() {
        assert_eq!(misspelt("endng"), Some("ending"));
        assert_eq!(misspelt("Comitted"), Some("committed"));
        assert_eq!(misspelt("decliend"), Some("declined"));
        assert_eq!(misspelt("suporter"), Some("supporter"));
        for fine in [
            "ending",
            "nobr",
            "header",
            "widget",
            "hub",
            "chapter-1",
            "Leader",
        ] {
            assert_eq!(misspelt(fine), None, "{fine}");
        }
    }
}
