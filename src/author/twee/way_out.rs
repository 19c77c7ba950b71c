//! A way out of a story whose every path loops: a scenario needs an ending it can reach.

use std::collections::{HashMap, VecDeque};

use super::write::{Choice, Draft};
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
        let targets = drafts[i].options.iter().map(|o| &o.target);
        for target in targets.chain(&drafts[i].next) {
            if let Some(&j) = index.get(target.as_str())
                && !seen[j]
            {
                seen[j] = true;
                queue.push_back(j);
            }
        }
    }
    let id = ending_id();
    // A node that moves on by itself (`next`) cannot also offer an option.
    let from = order
        .iter()
        .copied()
        .find(|&i| drafts[i].next.is_empty() && drafts[i].options.len() < MAX_OPTIONS)
        .unwrap_or(first);
    let link = Choice::to("(End the conversation here.)".to_owned(), id.clone());
    let draft = &mut drafts[from];
    if !draft.next.is_empty() {
        // Every reachable node moves on by itself: the start's branches become options.
        let next = std::mem::take(&mut draft.next);
        draft.options = next
            .into_iter()
            .map(|target| Choice::to("(Go on.)".to_owned(), target))
            .collect();
    }
    let options = &mut draft.options;
    if options.len() >= MAX_OPTIONS {
        options.pop();
    }
    options.push(link);
    let added = AddedEnding {
        passage: drafts[from].passage.clone(),
        line: drafts[from].line,
        id: id.clone(),
    };
    let mut ending = Draft::new(id, added.passage.clone(), added.line);
    ending.notes.push(
        "Every path of the Twine story loops; this ending was added so the conversation can end."
            .to_owned(),
    );
    ending
        .say
        .push(("(The conversation ends here.)".to_owned(), true));
    ending.end = Some((Outcome::Maybe, None));
    drafts.push(ending);
    Some(added)
}
