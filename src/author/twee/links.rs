//! The parts of a Twine link, `[[text->target]]` and its relatives, and telling a link to a
//! passage from a link to a web page.

/// Reads a link's inside: `text`, `text|target`, `text->target` or `target<-text`, with
/// SugarCube's setter after `][`.
pub(crate) fn link_parts(inside: &str) -> (String, String, Option<String>) {
    let (inside, setter) = match inside.split_once("][") {
        Some((link, setter)) => (link, Some(setter.to_owned())),
        None => (inside, None),
    };
    // As in Twine: the rightmost `->`, else the leftmost `<-`, else the first `|`.
    let (text, target) = if let Some(at) = inside.rfind("->") {
        (&inside[..at], &inside[at + 2..])
    } else if let Some(at) = inside.find("<-") {
        (&inside[at + 2..], &inside[..at])
    } else if let Some((text, target)) = inside.split_once('|') {
        (text, target)
    } else {
        (inside, inside)
    };
    (text.trim().to_owned(), target.trim().to_owned(), setter)
}

/// Whether a link target is a web address rather than a passage name.
pub(crate) fn is_web_address(target: &str) -> bool {
    let target = target.trim().to_ascii_lowercase();
    if target.starts_with("www.") || target.starts_with("mailto:") {
        return true;
    }
    // A scheme (`https:`, `ftp:`) followed by `//`.
    target.split_once("://").is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
    })
}

/// SugarCube's image link, `[img[source]]`, `[img[title|source][target]]` or with a setter
/// after the target: the picture's title (if any) and the passage it goes to (if any).
pub(crate) struct ImageLink {
    pub title: Option<String>,
    pub source: String,
    pub target: Option<String>,
    pub setter: Option<String>,
}

/// Reads the inside of `[img[...]]` (after `[img` and before the last `]`): a list of
/// bracketed parts, `[source]`, then optionally `[target]` and `[setter]`.
pub(crate) fn image_link(inside: &str) -> Option<ImageLink> {
    let mut parts = Vec::new();
    let mut rest = inside;
    while let Some(after) = rest.strip_prefix('[') {
        let end = after.find(']')?;
        parts.push(after[..end].trim().to_owned());
        rest = &after[end + 1..];
    }
    if !rest.trim().is_empty() || parts.is_empty() {
        return None;
    }
    let mut parts = parts.into_iter();
    let picture = parts.next()?;
    let (title, source) = match picture.split_once('|') {
        Some((title, source)) => (Some(title.trim().to_owned()), source.trim().to_owned()),
        None => (None, picture),
    };
    Some(ImageLink {
        title: title.filter(|t| !t.is_empty()),
        source,
        target: parts.next().filter(|t| !t.is_empty()),
        setter: parts.next().filter(|t| !t.is_empty()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_forms() {
        let parts = |s: &str| link_parts(s);
        assert_eq!(parts("Go"), ("Go".into(), "Go".into(), None));
        assert_eq!(
            parts("Ask her|Her story"),
            ("Ask her".into(), "Her story".into(), None)
        );
        assert_eq!(
            parts("Ask her->Her story"),
            ("Ask her".into(), "Her story".into(), None)
        );
        assert_eq!(
            parts("Her story<-Ask her"),
            ("Ask her".into(), "Her story".into(), None)
        );
        assert_eq!(parts("a->b->c"), ("a->b".into(), "c".into(), None));
        assert_eq!(
            parts("Yes|Agree][$trust to 2"),
            ("Yes".into(), "Agree".into(), Some("$trust to 2".into()))
        );
    }

    #[test]
    fn web_addresses() {
        for web in [
            "https://x.org",
            "HTTP://x",
            "www.x.org",
            "mailto:a@b.c",
            "ftp://f",
        ] {
            assert!(is_web_address(web), "{web}");
        }
        for passage in ["Market", "Bio: part 2", "Note: 2", "://x", "The end"] {
            assert!(!is_web_address(passage), "{passage}");
        }
    }

    #[test]
    fn image_links() {
        let image = image_link("[Door|door.png][Hall][$x to 1]").expect("reads");
        assert_eq!(image.title.as_deref(), Some("Door"));
        assert_eq!(image.source, "door.png");
        assert_eq!(image.target.as_deref(), Some("Hall"));
        assert_eq!(image.setter.as_deref(), Some("$x to 1"));
        let plain = image_link("[pic.png]").expect("reads");
        assert_eq!((plain.title, plain.target), (None, None));
        assert!(image_link("[unclosed").is_none());
    }
}
