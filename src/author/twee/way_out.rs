//! A way out of a story whose every path loops: a scenario needs an ending it can reach.

use std::collections::{HashMap, VecDeque};

use super::write::Draft;
use crate::scenario::model::Outcome;
use crate::scenario::validate::MAX_OPTIONS;

/// Where the added ending was linked from, for the import's warning.
pub(super) struct AddedEnding {
    pub passage: String,
    pub line: usize,
    pub id: String,
}

/// When no ending can be reached from `start`, adds one and links it from the first reachable
/// node with room for another option (or, when every one is full, in place of the start's last
/// link). Twine lets a story loop for ever; a Doorstep conversation has to be able to end.
pub(super) fn add_ending_if_none_reachable(
    drafts: &mut Vec<Draft>,
    start: Option<&str>,
    ending_id: impl FnOnce() -> String,
) -> Option<AddedEnding> {
    let start = start?;
    let index: HashMap<&str, usize> = drafts
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let &first = index.get(start)?;
    let mut seen = vec![false; drafts.len()];
    let mut order = Vec::new();
    let mut queue = VecDeque::from([first]);
    seen[first] = true;
    while let Some(i) = queue.pop_front() {
        if drafts[i].end.is_some() {
            return None;
        }
        order.push(i);
        for (_, target) in &drafts[i].options {
            if let Some(&j) = index.get(target.as_str())
                && !seen[j]
            {
                seen[j] = true;
                queue.push_back(j);
            }
        }
    }
    let id = ending_id();
    let from = order
        .iter()
        .copied()
        .find(|&i| drafts[i].options.len() < MAX_OPTIONS)
        .unwrap_or(first);
    let link = ("(End the conversation here.)".to_owned(), id.clone());
    let options = &mut drafts[from].options;
    if options.len() >= MAX_OPTIONS {
        options.pop();
    }
    options.push(link);
    let added = AddedEnding {
        passage: drafts[from].passage.clone(),
        line: drafts[from].line,
        id: id.clone(),
    };
    drafts.push(Draft {
        id,
        passage: added.passage.clone(),
        line: added.line,
        notes: vec![
            "Every path of the Twine story loops; this ending was added so the conversation can end."
                .to_owned(),
        ],
        say: vec![("(The conversation ends here.)".to_owned(), true)],
        options: Vec::new(),
        end: Some((Outcome::Maybe, None)),
    });
    Some(added)
}
