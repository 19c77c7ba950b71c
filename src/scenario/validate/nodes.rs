//! Checks on each node, line, option and branch: text, targets, variables and flags.

use super::limits::{MAX_ALSO, MAX_ALSO_CHARS, MAX_FLAGS};
use super::{Checker, Here};
use crate::scenario::flags;
use crate::scenario::locate::SourcePath;
use crate::scenario::model::{Branch, Choice, Condition, Effect, Line, Move, Node, Step};
use crate::scenario::suggest::closest;

/// The longest a single line may take: an hour is already far beyond any real turn, and the
/// bound keeps every sum of airtime finite.
pub const MAX_SECONDS: f64 = 3600.0;

const SECONDS_RANGE: &str = "`seconds` must be from 0 to 3600 (an hour)";

fn seconds_in_range(seconds: f64) -> bool {
    seconds.is_finite() && (0.0..=MAX_SECONDS).contains(&seconds)
}

impl Checker<'_> {
    /// The person's hidden facts and their truth cases.
    pub(super) fn person(&mut self) {
        let s = self.scenario;
        let at = || SourcePath::root().field("person");
        for (id, text) in s.person.facts.iter() {
            if text.trim().is_empty() {
                self.error(
                    at().field("facts").key(id),
                    format!("fact '{id}' needs some text"),
                );
            }
            let revealed = s
                .nodes
                .values()
                .flat_map(|n| n.say.iter())
                .any(|line| line.reveals().iter().any(|r| r == id));
            if !revealed {
                self.warning(
                    at().field("facts").key(id),
                    format!(
                        "no line reveals fact '{id}', so every debrief will list it as never learned; tag the line that brings it out with `reveals: [\"{id}\"]`"
                    ),
                );
            }
        }
        for (key, occurrence) in s.person.facts.repeats() {
            self.push(
                crate::scenario::Severity::Error,
                at().field("facts").key(key),
                occurrence,
                format!("fact '{key}' is defined twice"),
            );
        }
        for (i, case) in s.person.truth_if.iter().enumerate() {
            self.conditions(&case.when, &|| {
                at().field("truth_if").index(i).field("when")
            });
        }
    }

    pub(super) fn nodes(&mut self) {
        let s = self.scenario;
        for (id, node) in s.nodes.iter() {
            if id.trim().is_empty() {
                self.error(SourcePath::node(id), "a node has an empty id");
            }
            self.node(id, node, &|| SourcePath::node(id));
        }
    }

    fn node(&mut self, id: &str, node: &Node, at: Here) {
        for (i, line) in node.say.iter().enumerate() {
            let line_at = || at().field("say").index(i);
            if line.variants().iter().all(|t| t.trim().is_empty()) {
                self.error(line_at(), "a line needs some text");
            }
            if let Line::Line {
                seconds: Some(sec), ..
            } = line
                && !seconds_in_range(*sec)
            {
                self.error(line_at(), SECONDS_RANGE);
            }
            self.conditions(line.conditions(), &|| line_at().field("when"));
            for (r, fact) in line.reveals().iter().enumerate() {
                self.fact(fact, &|| line_at().field("reveals").index(r));
            }
        }
        for (i, step) in node.reached.iter().enumerate() {
            if *step == Step::None {
                self.warning(
                    at().field("reached").index(i),
                    "`None` is not a step; remove it",
                );
            }
        }
        self.effects(&node.effects, &|| at().field("effects"));
        match &node.end {
            Some(end) => {
                if end.outcome.is_none() {
                    self.error(at().field("end"), format!("ending '{id}' has no `outcome` (Committed, Maybe, Declined or WalkedAway)"));
                }
                match (end.truth, end.why.trim().is_empty()) {
                    (None, true) if self.scenario.person.truth.is_none() => self.error(
                        at().field("end"),
                        format!(
                            "ending '{id}' leaves the person's true category unknown: give the person a `truth` (Leader, Supporter, Undecided or Pass)"
                        ),
                    ),
                    (Some(_), true) => self.error(
                        at().field("end").field("truth"),
                        format!(
                            "ending '{id}' overrides the person's `truth`; say why in `why`, for the debrief (the truth belongs to the person: put it under `person` unless this ending changes it)"
                        ),
                    ),
                    (None, false) => self.warning(
                        at().field("end").field("why"),
                        format!("ending '{id}' has a `why` but no `truth` of its own to explain"),
                    ),
                    _ => {}
                }
                if !node.options.is_empty() || !node.next.is_empty() {
                    self.error(
                        at().field("end"),
                        format!(
                            "node '{id}' is an ending, so it cannot also have options or `next`"
                        ),
                    );
                }
            }
            None if node.options.is_empty() && node.next.is_empty() => {
                self.error(
                    at(),
                    format!("node '{id}' is a dead end: give it options, `next` or `end`"),
                );
            }
            None => {}
        }
        if !node.options.is_empty() && !node.next.is_empty() {
            self.error(
                at().field("next"),
                format!("node '{id}' has both options and `next`; keep one"),
            );
        }
        self.branches(&node.next, &|| at().field("next"));
        for (i, option) in node.options.iter().enumerate() {
            let opt_at = || at().field("options").index(i);
            self.option(option, &opt_at);
        }
        if let Some(otherwise) = &node.otherwise {
            if node.options.is_empty() {
                self.error(
                    at().field("otherwise"),
                    format!(
                        "node '{id}' has an `otherwise` but no options: it is taken only in place of one of them, when typed words match none"
                    ),
                );
            }
            self.option(otherwise, &|| at().field("otherwise"));
        }
    }

    /// An option's other ways of saying it: each with some text, not too many, none too long.
    fn also(&mut self, also: &[String], at: Here) {
        if also.len() > MAX_ALSO {
            self.error(
                at().field("also"),
                format!(
                    "an option has {} ways of saying it in `also`; it may have at most {MAX_ALSO}",
                    also.len()
                ),
            );
            return;
        }
        for (i, text) in also.iter().enumerate() {
            let chars = text.chars().count();
            if text.trim().is_empty() {
                self.error(at().field("also").index(i), "each `also` needs some text");
            } else if chars > MAX_ALSO_CHARS {
                self.error(
                    at().field("also").index(i),
                    format!(
                        "this `also` is {chars} characters long; each may be at most {MAX_ALSO_CHARS}"
                    ),
                );
            }
        }
    }

    fn option(&mut self, option: &Choice, at: Here) {
        if option.text.trim().is_empty() {
            self.error(at(), "an option needs `text`");
        }
        self.also(&option.also, at);
        if option.kind == Move::Unclassified {
            self.warning(
                at().field("move"),
                "this option's move is unclassified; scoring counts it as talking",
            );
        }
        if let Some(sec) = option.seconds
            && !seconds_in_range(sec)
        {
            self.error(at().field("seconds"), SECONDS_RANGE);
        }
        // Past the limit, the limit is the one problem worth reporting (see `limits.rs`).
        let flags = if option.flags.len() > MAX_FLAGS {
            &[][..]
        } else {
            &option.flags[..]
        };
        let mut seen = std::collections::HashSet::with_capacity(flags.len());
        for (f, flag) in flags.iter().enumerate() {
            let first = seen.insert(flag.as_str());
            if !flags::is_known(self.scenario, flag) {
                let known = self
                    .scenario
                    .flags
                    .keys()
                    .chain(flags::BUILT_IN.iter().map(|(id, ..)| *id));
                let advice = match self.suggest(flag, known) {
                    Some(close) => format!("did you mean '{close}'?"),
                    None => "define it under `flags` or use a built-in one (see docs/format.md)"
                        .to_owned(),
                };
                self.error(
                    at().field("flags").index(f),
                    format!("unknown flag '{flag}'; {advice}"),
                );
            } else if !first {
                self.warning(
                    at().field("flags").index(f),
                    format!("flag '{flag}' is listed twice"),
                );
            }
        }
        self.conditions(&option.when, &|| at().field("when"));
        self.effects(&option.effects, &|| at().field("effects"));
        match (&option.goto, option.branch.is_empty()) {
            (Some(target), true) => self.target(target, &|| at().field("goto")),
            (None, false) => self.branches(&option.branch, &|| at().field("branch")),
            (Some(_), false) => {
                self.error(at(), "an option has either `goto` or `branch`, not both")
            }
            (None, true) => self.error(at(), "this option leads nowhere: add `goto: \"node-id\"`"),
        }
    }

    fn branches(&mut self, branches: &[Branch], at: Here) {
        for (i, branch) in branches.iter().enumerate() {
            self.target(&branch.goto, &|| at().index(i).field("goto"));
            self.conditions(&branch.when, &|| at().index(i).field("when"));
        }
        if !branches.is_empty() && branches.iter().all(|b| b.weight == 0) {
            self.error(at(), "every branch has weight 0, so none can be taken");
        }
    }

    pub(super) fn target(&mut self, target: &str, at: Here) {
        if !self.scenario.nodes.contains_key(target) {
            let hint = self
                .suggest(target, self.scenario.nodes.keys())
                .map(|c| format!("; did you mean '{c}'?"))
                .unwrap_or_default();
            self.error(at(), format!("no node '{target}'{hint}"));
        }
    }

    fn conditions(&mut self, conditions: &[Condition], at: Here) {
        for (i, condition) in conditions.iter().enumerate() {
            if let Some(var) = condition.var() {
                self.var(var, &|| at().index(i));
            }
            if let Some(node) = condition.node() {
                self.target(node, &|| at().index(i));
            }
        }
    }

    fn effects(&mut self, effects: &[Effect], at: Here) {
        for (i, effect) in effects.iter().enumerate() {
            self.var(effect.var(), &|| at().index(i));
        }
    }

    fn fact(&mut self, fact: &str, at: Here) {
        if !self.scenario.person.facts.contains_key(fact) {
            let hint = self
                .suggest(fact, self.scenario.person.facts.keys())
                .map(|c| format!("; did you mean '{c}'?"))
                .unwrap_or_else(|| " (define it under `person: (facts: {...})`)".to_owned());
            self.error(at(), format!("unknown fact '{fact}'{hint}"));
        }
    }

    fn var(&mut self, var: &str, at: Here) {
        if !self.scenario.vars.contains_key(var) {
            let hint = self
                .suggest(var, self.scenario.vars.keys())
                .map(|c| format!("; did you mean '{c}'?"))
                .unwrap_or_else(|| " (define it under `vars`)".to_owned());
            self.error(at(), format!("undefined variable '{var}'{hint}"));
        }
    }
}

impl Checker<'_> {
    /// A close name to suggest, while the file's allowance of suggestions lasts.
    fn suggest<'s>(
        &mut self,
        name: &str,
        candidates: impl Iterator<Item = &'s str>,
    ) -> Option<&'s str> {
        self.hints_left = self.hints_left.checked_sub(1)?;
        closest(name, candidates)
    }
}
