//! Where a token sits in the scenario: which brackets enclose it, what each opens (the ending,
//! option 2, the `say` list…) and which field, key or place in a list it is.

use super::tokens::{Kind, Token};

/// What an opening bracket opens, as the text before it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opens {
    /// `name: (` in a structure.
    Field(String),
    /// `"key": (` in a map.
    Key(String),
    /// `Name(`: the scenario, a line form, a condition, an effect…
    Named(String),
    /// An element of a list, 0-based; `list` is the field that holds the list, if one does.
    Item { index: usize, list: Option<String> },
    /// The outermost bracket, or one whose start could not be read.
    Unknown,
}

/// One enclosing bracket, and where inside it the token is.
#[derive(Debug, Clone)]
pub struct Frame {
    /// The index of the opening bracket among the tokens.
    pub open: usize,
    pub opens: Opens,
    /// Commas seen so far at this level: the 0-based element the token is in.
    pub index: usize,
    /// The field name or map key that starts the current element, once its `:` is seen.
    pub entry: Option<String>,
}

impl Frame {
    pub fn bracket(&self, tokens: &[Token]) -> u8 {
        match tokens[self.open].kind {
            Kind::Open(b) => b,
            _ => b'(',
        }
    }
}

/// What an opening bracket at `index` opens, judged by the tokens just before it.
pub fn opens(text: &str, tokens: &[Token], index: usize, parent: Option<&Frame>) -> Opens {
    let word = |t: &Token| text.get(t.start..t.end).unwrap_or_default().to_owned();
    let before = |back: usize| index.checked_sub(back).map(|i| &tokens[i]);
    match (before(1).map(|t| t.kind), before(2)) {
        (Some(Kind::Colon), Some(name)) if name.kind == Kind::Word => Opens::Field(word(name)),
        (Some(Kind::Colon), Some(key)) if matches!(key.kind, Kind::Text { .. }) => {
            Opens::Key(unquote(&word(key)))
        }
        (Some(Kind::Word), _) => Opens::Named(before(1).map(word).unwrap_or_default()),
        _ => match parent {
            Some(frame) => Opens::Item {
                index: frame.index,
                list: match &frame.opens {
                    Opens::Field(name) => Some(name.clone()),
                    _ => None,
                },
            },
            None => Opens::Unknown,
        },
    }
}

/// A string literal's text without its quotes (escapes kept as written).
pub fn unquote(literal: &str) -> String {
    let inner = literal.strip_prefix('"').unwrap_or(literal);
    inner.strip_suffix('"').unwrap_or(inner).to_owned()
}

/// The brackets enclosing token `at`, outermost first, read from the start of the file as if
/// every bracket matched its neighbour.
pub fn frames_at(text: &str, tokens: &[Token], at: usize) -> Vec<Frame> {
    let mut frames: Vec<Frame> = Vec::new();
    let mut name_before_colon: Option<String> = None;
    for (i, token) in tokens.iter().enumerate().take(at) {
        match token.kind {
            Kind::Open(_) => {
                let opens = opens(text, tokens, i, frames.last());
                frames.push(Frame {
                    open: i,
                    opens,
                    index: 0,
                    entry: None,
                });
            }
            Kind::Close(_) => {
                frames.pop();
            }
            Kind::Comma => {
                if let Some(top) = frames.last_mut() {
                    top.index += 1;
                    top.entry = None;
                }
            }
            Kind::Colon => {
                if let Some(top) = frames.last_mut() {
                    top.entry = name_before_colon.take();
                }
            }
            _ => {}
        }
        name_before_colon = match token.kind {
            Kind::Word => text.get(token.start..token.end).map(str::to_owned),
            Kind::Text { .. } => text.get(token.start..token.end).map(unquote),
            _ => None,
        };
    }
    frames
}

/// Where in its bracket a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// The value of a structure's field, or of a map's key.
    Value(String),
    /// Where a map key or a field name goes.
    Name,
    /// An element of a list or of a `Name(...)`, 0-based.
    Element(usize),
}

/// The slot of token `at` in the innermost frame.
pub fn slot(tokens: &[Token], frame: &Frame, at: usize) -> Slot {
    if let Some(entry) = &frame.entry {
        return Slot::Value(entry.clone());
    }
    let bracket = frame.bracket(tokens);
    let in_struct = bracket == b'('
        && !matches!(&frame.opens, Opens::Named(name) if name != "Scenario" && name != "Line");
    let followed_by_colon = tokens.get(at + 1).is_some_and(|t| t.kind == Kind::Colon);
    if bracket == b'{' || (in_struct && followed_by_colon) {
        Slot::Name
    } else {
        Slot::Element(frame.index)
    }
}

/// The words for what an opening bracket opens: "the ending", "option 2", "the `say` list".
fn describe_bracket(opens: &Opens, bracket: u8) -> String {
    match opens {
        Opens::Field(name) => match name.as_str() {
            "end" => "the ending".to_owned(),
            "person" => "the person".to_owned(),
            "card" => "the character card".to_owned(),
            "nodes" => "the nodes".to_owned(),
            "vars" => "the variables".to_owned(),
            "facts" => "the facts".to_owned(),
            "paths" => "the paths".to_owned(),
            "options" => "the list of options".to_owned(),
            "text" => "the list of texts".to_owned(),
            other if bracket == b'[' => format!("the `{other}` list"),
            other => format!("the `{other}`"),
        },
        Opens::Key(key) => format!("'{key}'"),
        Opens::Named(name) => match name.as_str() {
            "Scenario" => "the scenario".to_owned(),
            other => format!("`{other}(`"),
        },
        Opens::Item { index, list } => {
            let n = index + 1;
            match list.as_deref() {
                Some("options") => format!("option {n}"),
                Some("branch" | "next") => format!("branch {n}"),
                Some("truth_if") => format!("case {n} of `truth_if`"),
                Some(list) => format!("item {n} of the `{list}` list"),
                None => format!("item {n} of a list"),
            }
        }
        Opens::Unknown => "the bracket".to_owned(),
    }
}

/// Like [`describe`], for an opening `bracket`, naming map entries by what the map holds:
/// "node 'door'", "flag 'nosy'".
pub fn describe_in(opens: &Opens, bracket: u8, parent: Option<&Opens>) -> String {
    match (opens, parent) {
        (Opens::Key(key), Some(Opens::Field(map))) => match map.as_str() {
            "nodes" => format!("node '{key}'"),
            "flags" => format!("flag '{key}'"),
            "paths" => format!("path '{key}'"),
            _ => format!("'{key}'"),
        },
        _ => describe_bracket(opens, bracket),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn frames_name_what_they_open() {
        let text = r#"Scenario(nodes: { "door": (options: [(text: "Hi", step: "Door")]) })"#;
        let tokens = tokenize(text);
        let at = tokens
            .iter()
            .position(|t| &text[t.start..t.end] == "\"Door\"")
            .expect("token");
        let frames = frames_at(text, &tokens, at);
        let names: Vec<String> = frames
            .iter()
            .map(|f| describe_in(&f.opens, f.bracket(&tokens), None))
            .collect();
        assert_eq!(
            names,
            [
                "the scenario",
                "the nodes",
                "'door'",
                "the list of options",
                "option 1"
            ]
        );
        let top = frames.last().expect("frame");
        assert_eq!(slot(&tokens, top, at), Slot::Value("step".into()));
        assert_eq!(
            describe_in(&frames[2].opens, b'(', Some(&frames[1].opens)),
            "node 'door'"
        );
    }
}
