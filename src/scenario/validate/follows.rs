//! Checks on a follow-up's own side of its link to the first conversation (the first's side is
//! checked by the runtime, which finds the first scenario beside it).

use std::collections::HashSet;

use super::Checker;
use crate::scenario::locate::SourcePath;

impl Checker<'_> {
    pub(super) fn follows(&mut self) {
        let s = self.scenario;
        let root = SourcePath::root();
        let Some(follows) = &s.follows else {
            for (name, path) in s.paths.iter() {
                if path.after.is_some() {
                    self.error(
                        root.field("paths").key(name).field("after"),
                        format!(
                            "path '{name}' comes `after` a path of a first conversation, but this \
                             scenario follows none; add `follows: (scenario: \"…\")` or remove `after`"
                        ),
                    );
                }
            }
            return;
        };
        let at = root.field("follows");
        if follows.scenario.trim().is_empty() {
            self.error(
                at.clone(),
                "`follows` needs the id of the first conversation's scenario, such as \
                 `follows: (scenario: \"rally-kei\")`",
            );
        } else if follows.scenario == s.id {
            self.error(
                at.field("scenario"),
                "a scenario cannot follow itself; `follows` names the first conversation's scenario",
            );
        }
        let mut carried = HashSet::new();
        for (i, rule) in follows.carry.iter().enumerate() {
            let here = at.field("carry").index(i).field("to");
            if !s.vars.contains_key(&rule.to) {
                self.error(
                    here,
                    format!(
                        "'{}' is not a variable here: declare it under `vars`, with the value it \
                         starts at when there was no first conversation",
                        rule.to
                    ),
                );
            } else if !carried.insert(rule.to.as_str()) {
                self.warning(
                    here,
                    format!(
                        "'{}' is carried into twice; only the last one counts",
                        rule.to
                    ),
                );
            }
        }
    }
}
