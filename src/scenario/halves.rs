//! Splits a large scenario's `nodes` map in two so both halves can be parsed at once.
//!
//! This is only a fast path: whenever the text is not shaped as expected, or a half fails
//! to parse, the caller parses the whole file the ordinary way, which also gives exact
//! error positions.

/// Byte offsets in the text: the `{` that opens the nodes map, and a top-level comma between
/// two of its entries near the middle of the file. The scan stops there, so only the first
/// half of the file is read before parsing starts; the `}` is found by the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodesSplit {
    pub open: usize,
    pub comma: usize,
}

/// Finds the nodes map and a middle entry boundary, or None if the text is not plainly shaped.
pub fn split_nodes(text: &str) -> Option<NodesSplit> {
    let middle = text.len() / 2;
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut open = None;
    let mut commas = Vec::new();
    // Whether the map's current entry has begun (its key's quote): a comma with no entry before
    // it (`{ , "a": ...` or `"a": (), , "b"`) is an error the whole parse must report, but each
    // half on its own would accept it.
    let mut entry_begun = false;
    let mut i = 0;
    while i < bytes.len() {
        // Most bytes are text; skip them in a tight loop.
        while i < bytes.len() && !STRUCTURAL[usize::from(bytes[i])] {
            i += 1;
        }
        let Some(&byte) = bytes.get(i) else { break };
        if depth == 2 && open.is_some() && byte != b',' && byte != b'/' {
            entry_begun = true;
        }
        match byte {
            b'"' => i = skip_string(bytes, i + 1)?,
            b'r' if matches!(bytes.get(i + 1), Some(b'"' | b'#'))
                && !is_ident_byte(bytes, i.wrapping_sub(1)) =>
            {
                i = skip_raw_string(bytes, i + 1)?;
            }
            b'\'' => i = skip_char(bytes, i + 1)?,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = skip_block_comment(bytes, i)?,
            b'(' | b'[' | b'{' => {
                if bytes[i] == b'{'
                    && depth == 1
                    && open.is_none()
                    && follows_nodes_field(&bytes[..i])
                {
                    open = Some(i);
                }
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 1
                    && let Some(open) = open
                    && bytes[i] == b'}'
                {
                    // The map ended before the middle of the file: split it at its own middle.
                    let middle = open + (i - open) / 2;
                    let comma = *commas
                        .iter()
                        .min_by_key(|&&c: &&usize| c.abs_diff(middle))?;
                    return Some(NodesSplit { open, comma });
                }
                i += 1;
            }
            b',' if depth == 2 && open.is_some() => {
                if !entry_begun {
                    return None;
                }
                entry_begun = false;
                if i >= middle
                    && let Some(open) = open
                {
                    return Some(NodesSplit { open, comma: i });
                }
                commas.push(i);
                i += 1;
            }
            _ => i += 1,
        }
    }
    None
}

/// Bytes the scanner must look at: quotes, comment starts, brackets, commas and `r`.
const STRUCTURAL: [bool; 256] = {
    let mut table = [false; 256];
    let interesting = b"\"'/()[]{},r";
    let mut i = 0;
    while i < interesting.len() {
        table[interesting[i] as usize] = true;
        i += 1;
    }
    table
};

fn is_ident_byte(bytes: &[u8], i: usize) -> bool {
    bytes
        .get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

/// Whether the text before a `{` ends with `nodes:` (whitespace allowed).
fn follows_nodes_field(before: &[u8]) -> bool {
    let trimmed = before.trim_ascii_end();
    let Some(rest) = trimmed.strip_suffix(b":") else {
        return false;
    };
    let rest = rest.trim_ascii_end();
    rest.ends_with(b"nodes") && !is_ident_byte(rest, rest.len().wrapping_sub(6))
}

fn skip_string(bytes: &[u8], mut i: usize) -> Option<usize> {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

fn skip_raw_string(bytes: &[u8], mut i: usize) -> Option<usize> {
    let mut hashes = 0;
    while bytes.get(i) == Some(&b'#') {
        hashes += 1;
        i += 1;
    }
    if bytes.get(i) != Some(&b'"') {
        return None;
    }
    i += 1;
    while i < bytes.len() {
        if bytes[i] == b'"' && (1..=hashes).all(|h| bytes.get(i + h) == Some(&b'#')) {
            return Some(i + 1 + hashes);
        }
        i += 1;
    }
    None
}

fn skip_char(bytes: &[u8], mut i: usize) -> Option<usize> {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\'' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

fn skip_block_comment(bytes: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0usize;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_nodes_map_and_a_middle_comma() {
        let text = r#"Scenario(id: "x", nodes: { "a": (say: [Say("{,}")]), "b": (), "c": ('}') }, paths: {})"#;
        let split = split_nodes(text).expect("splits");
        assert_eq!(&text[split.open..=split.open], "{");
        let rest = &text[split.comma..];
        assert!(
            rest.starts_with(r#", "b""#) || rest.starts_with(r#", "c""#),
            "{rest}"
        );
    }

    #[test]
    fn strings_and_comments_do_not_confuse_it() {
        let text = "Scenario(title: \"nodes: {\", /* nodes: { */ nodes: {\"a\": (), // },\n \"b\": (r#\"}\"#)})";
        let split = split_nodes(text).expect("splits");
        assert!(text[split.open..].starts_with("{\"a\""));
        assert_eq!(&text[split.comma..split.comma + 1], ",");
        assert!(text[split.comma..].starts_with(", // },"));
    }

    #[test]
    fn single_entries_and_odd_shapes_are_left_alone() {
        assert_eq!(split_nodes(r#"Scenario(nodes: {"a": ()})"#), None);
        assert_eq!(split_nodes("Scenario(nodes: {"), None);
        assert_eq!(split_nodes("((((("), None);
    }

    #[test]
    fn a_comma_with_no_entry_before_it_is_left_to_the_whole_parse() {
        // Found by fuzzing: each half alone would accept what the whole file gets wrong.
        let leading = r#"Scenario(nodes: { , "a": (), "b": (), "c": () })"#;
        assert_eq!(split_nodes(leading), None);
        let doubled = format!(
            r#"Scenario(nodes: {{ "a": (), , "b": (), "c": (say: [Say("{}")]) }})"#,
            "long ".repeat(20)
        );
        assert_eq!(split_nodes(&doubled), None);
        let trailing = r#"Scenario(nodes: { "a": (), "b": (), "c": (), })"#;
        assert!(split_nodes(trailing).is_some(), "a trailing comma is fine");
    }
}
