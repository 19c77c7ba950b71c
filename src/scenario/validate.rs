//! Semantic checks on a parsed scenario; every problem is collected, none stops the others.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::Arc;

use super::diagnostic::Severity;
use super::flags;
use super::locate::SourcePath;
use super::model::{Branch, Choice, Condition, Line, Move, Node, Scenario, Step, Value};
use crate::conversation::{ChooseError, Conversation};

/// The newest format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// Enumerating variable states to find dead ends stops past this many combinations.
const MAX_STATES: usize = 4_096;

/// A problem found by validation, located by its path in the scenario's tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub at: SourcePath,
    /// Which occurrence of a repeated key is meant (0 = first).
    pub occurrence: usize,
    pub message: String,
}

/// Where a check is looking, built only when there is something to report.
type Here<'a> = &'a dyn Fn() -> SourcePath;

struct Checker<'a> {
    scenario: &'a Scenario,
    findings: Vec<Finding>,
}

/// Checks everything that parsing cannot.
pub fn validate(scenario: &Scenario) -> Vec<Finding> {
    let mut checker = Checker {
        scenario,
        findings: Vec::new(),
    };
    checker.metadata();
    checker.definitions();
    checker.nodes();
    checker.graph();
    // Playing a path through a broken graph would only repeat the errors above.
    if checker
        .findings
        .iter()
        .all(|f| f.severity != Severity::Error)
    {
        checker.paths();
    }
    checker.findings
}

/// Whether an asset path stays inside `assets/`: relative, no `..`, no drive or backslash.
pub fn is_safe_asset_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && !path.contains(':')
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != ".." && part != ".")
}

impl Checker<'_> {
    fn error(&mut self, at: SourcePath, message: impl Into<String>) {
        self.push(Severity::Error, at, 0, message);
    }

    fn warning(&mut self, at: SourcePath, message: impl Into<String>) {
        self.push(Severity::Warning, at, 0, message);
    }

    fn push(
        &mut self,
        severity: Severity,
        at: SourcePath,
        occurrence: usize,
        message: impl Into<String>,
    ) {
        self.findings.push(Finding {
            severity,
            at,
            occurrence,
            message: message.into(),
        });
    }

    fn metadata(&mut self) {
        let s = self.scenario;
        let root = SourcePath::root();
        if s.format > FORMAT_VERSION {
            self.error(
                root.field("format"),
                format!(
                    "format {} is newer than this Doorstep reads (up to {FORMAT_VERSION})",
                    s.format
                ),
            );
        }
        if s.id.trim().is_empty() {
            self.error(
                root.clone(),
                "the scenario has no `id`; add one such as `id: \"rally-kei\"`",
            );
        } else if !s
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            self.error(
                root.field("id"),
                format!("id '{}' may use only letters, digits, '-' and '_'", s.id),
            );
        }
        if s.title.trim().is_empty() {
            self.warning(
                root.clone(),
                "the scenario has no `title`; the menu will show its id",
            );
        }
        if s.person.name.trim().is_empty() {
            self.warning(root.field("person"), "the person has no `name`");
        }
        if let Some(portrait) = &s.person.portrait
            && !is_safe_asset_path(portrait)
        {
            self.error(
                root.field("person").field("portrait"),
                format!(
                    "portrait '{portrait}' must be a relative path inside assets/, without '..'"
                ),
            );
        }
    }

    fn definitions(&mut self) {
        let s = self.scenario;
        let root = SourcePath::root();
        for (key, occurrence) in s.vars.repeats() {
            self.push(
                Severity::Error,
                root.field("vars").key(key),
                occurrence,
                format!("variable '{key}' is defined twice"),
            );
        }
        for (key, occurrence) in s.flags.repeats() {
            self.push(
                Severity::Error,
                root.field("flags").key(key),
                occurrence,
                format!("flag '{key}' is defined twice"),
            );
        }
        for (key, def) in s.flags.iter() {
            let at = root.field("flags").key(key);
            if flags::is_built_in(key) {
                self.warning(
                    at.clone(),
                    format!("flag '{key}' replaces the built-in flag of that name"),
                );
            }
            if def.description.trim().is_empty() {
                self.error(
                    at,
                    format!("flag '{key}' needs a `description` for the debrief"),
                );
            }
        }
        for (key, occurrence) in s.paths.repeats() {
            self.push(
                Severity::Error,
                root.field("paths").key(key),
                occurrence,
                format!("path '{key}' is defined twice"),
            );
        }
        if s.nodes.is_empty() {
            self.error(root.field("nodes"), "the scenario has no nodes");
        }
        for (key, occurrence) in s.nodes.repeats() {
            self.push(
                Severity::Error,
                SourcePath::node(key),
                occurrence,
                format!("node id '{key}' is used twice; the second one would be ignored"),
            );
        }
        if let Some(start) = &s.start
            && !s.nodes.contains_key(start)
        {
            self.error(
                root.field("start"),
                format!("start node '{start}' does not exist"),
            );
        }
    }

    fn nodes(&mut self) {
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
                && !(sec.is_finite() && *sec >= 0.0)
            {
                self.error(line_at(), "`seconds` must be zero or more");
            }
            self.conditions(line.conditions(), &|| line_at().field("when"));
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
                if end.truth.is_none() {
                    self.error(
                        at().field("end"),
                        format!(
                            "ending '{id}' has no `truth` (Leader, Supporter, Undecided or Pass)"
                        ),
                    );
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
    }

    fn option(&mut self, option: &Choice, at: Here) {
        if option.text.trim().is_empty() {
            self.error(at(), "an option needs `text`");
        }
        if option.kind == Move::Unclassified {
            self.warning(
                at().field("move"),
                "this option's move is unclassified; scoring counts it as talking",
            );
        }
        if let Some(sec) = option.seconds
            && !(sec.is_finite() && sec >= 0.0)
        {
            self.error(at().field("seconds"), "`seconds` must be zero or more");
        }
        for (f, flag) in option.flags.iter().enumerate() {
            if !flags::is_known(self.scenario, flag) {
                self.error(
                    at().field("flags").index(f),
                    format!("unknown flag '{flag}'; define it under `flags` or use a built-in one (see docs/format.md)"),
                );
            } else if option.flags[..f].contains(flag) {
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

    fn target(&mut self, target: &str, at: Here) {
        if !self.scenario.nodes.contains_key(target) {
            let hint = closest(target, self.scenario.nodes.keys())
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

    fn effects(&mut self, effects: &[super::model::Effect], at: Here) {
        for (i, effect) in effects.iter().enumerate() {
            self.var(effect.var(), &|| at().index(i));
        }
    }

    fn var(&mut self, var: &str, at: Here) {
        if !self.scenario.vars.contains_key(var) {
            let hint = closest(var, self.scenario.vars.keys())
                .map(|c| format!("; did you mean '{c}'?"))
                .unwrap_or_else(|| " (define it under `vars`)".to_owned());
            self.error(at(), format!("undefined variable '{var}'{hint}"));
        }
    }

    /// Whole-graph checks. Missing targets are skipped (they are reported already); with no
    /// valid start, reachability is unknown and every node is treated as reachable.
    fn graph(&mut self) {
        let s = self.scenario;
        let known_start = s
            .start
            .clone()
            .or_else(|| s.nodes.keys().next().map(str::to_owned))
            .filter(|id| s.nodes.contains_key(id));
        let reachable = match &known_start {
            Some(start) => reachable_from(s, start),
            None => s.nodes.keys().collect(),
        };
        let start = known_start.unwrap_or_default();
        for (id, node) in s.nodes.iter() {
            if !reachable.contains(id) {
                self.warning(
                    SourcePath::node(id),
                    format!("node '{id}' can never be reached from '{start}'"),
                );
                continue;
            }
            let at = || SourcePath::node(id);
            // Only when every option has a condition can some state leave none on offer.
            if !node.options.is_empty() && node.options.iter().all(|o| !o.when.is_empty()) {
                let sets: Vec<&[Condition]> =
                    node.options.iter().map(|o| o.when.as_slice()).collect();
                if let Some(state) = uncovered_state(&sets) {
                    self.warning(
                        at().field("options"),
                        format!("node '{id}' offers no option when {state}"),
                    );
                }
            }
            let lists = std::iter::once((node.next.as_slice(), BranchList::Next)).chain(
                node.options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| (o.branch.as_slice(), BranchList::Option(i))),
            );
            for (branches, where_) in lists {
                let open: Vec<&[Condition]> = branches
                    .iter()
                    .filter(|b| b.weight > 0)
                    .map(|b| b.when.as_slice())
                    .collect();
                if open.is_empty() || open.iter().any(|w| w.is_empty()) {
                    continue;
                }
                if let Some(state) = uncovered_state(&open) {
                    self.warning(
                        where_.resolve(&at()),
                        format!("no branch can be taken when {state}"),
                    );
                }
            }
        }
        if !s
            .nodes
            .iter()
            .any(|(id, n)| n.end.is_some() && reachable.contains(id))
            && !s.nodes.is_empty()
        {
            self.error(
                SourcePath::root().field("nodes"),
                "no ending can be reached",
            );
        }
        for step in Step::FIVE {
            if !step_can_be_reached(s, &reachable, step) {
                self.warning(
                    SourcePath::root().field("nodes"),
                    format!(
                        "step '{}' can never be reached: no option working on {step:?} leads to a node that lists it in `reached`",
                        step.label()
                    ),
                );
            }
        }
    }

    fn paths(&mut self) {
        if self.scenario.paths.is_empty() {
            return;
        }
        let scenario = Arc::new(self.scenario.clone());
        for (name, path) in self.scenario.paths.iter() {
            let at = SourcePath::root().field("paths").key(name);
            if path.choices.is_empty() {
                self.error(at, format!("path '{name}' has no choices"));
                continue;
            }
            match play_path(&scenario, &path.choices, path.seed) {
                Ok(()) => {}
                Err((turn, problem)) => {
                    let where_ = at
                        .field("choices")
                        .index(turn.min(path.choices.len().saturating_sub(1)));
                    self.error(where_, format!("path '{name}' cannot be played: {problem}"));
                }
            }
        }
    }
}

/// Plays a scripted path; on failure returns the 0-based choice index and the reason.
fn play_path(
    scenario: &Arc<Scenario>,
    choices: &[usize],
    seed: u64,
) -> Result<(), (usize, String)> {
    let mut conversation =
        Conversation::start(Arc::clone(scenario), seed).map_err(|e| (0, e.to_string()))?;
    for (i, &number) in choices.iter().enumerate() {
        if conversation.is_over() {
            let how = match &conversation.transcript().ending {
                Some(ending) => format!("reached the ending '{}'", ending.node),
                None => format!("got stuck at node '{}'", conversation.node()),
            };
            return Err((i, format!("the conversation {how} before choice {}", i + 1)));
        }
        let node = conversation.node().to_owned();
        conversation.choose(number).map_err(|e| match e {
            ChooseError::NotOffered { .. } => (i, format!("at node '{node}', {e}")),
            other => (i, other.to_string()),
        })?;
    }
    if !conversation.is_over() {
        return Err((
            choices.len(),
            format!(
                "it stops at node '{}' before an ending",
                conversation.node()
            ),
        ));
    }
    match conversation.transcript().ending {
        Some(_) => Ok(()),
        None => Err((
            choices.len(),
            format!("it gets stuck at node '{}'", conversation.node()),
        )),
    }
}

/// Which of a node's branch lists to check, and where they are.
enum BranchList {
    Next,
    Option(usize),
}

impl BranchList {
    fn resolve(&self, node: &SourcePath) -> SourcePath {
        match self {
            BranchList::Next => node.field("next"),
            BranchList::Option(i) => node.field("options").index(*i).field("branch"),
        }
    }
}

/// Every node that some sequence of choices and branches reaches, ignoring conditions.
pub fn reachable_from<'a>(scenario: &'a Scenario, start: &str) -> HashSet<&'a str> {
    let mut seen: HashSet<&'a str> = HashSet::with_capacity(scenario.nodes.len());
    let Some(start) = scenario.nodes.keys().find(|k| *k == start) else {
        return seen;
    };
    let mut queue = VecDeque::from([start]);
    while let Some(id) = queue.pop_front() {
        if !seen.insert(id) {
            continue;
        }
        if let Some(node) = scenario.nodes.get(id) {
            for target in successors(node) {
                if let Some((known, _)) = scenario
                    .nodes
                    .position(target)
                    .and_then(|i| scenario.nodes.at(i))
                    && !seen.contains(known)
                {
                    queue.push_back(known);
                }
            }
        }
    }
    seen
}

/// Every node a node can lead to directly.
pub fn successors(node: &Node) -> impl Iterator<Item = &str> {
    let from_options = node.options.iter().flat_map(|o| {
        o.goto
            .iter()
            .map(String::as_str)
            .chain(o.branch.iter().map(|b| b.goto.as_str()))
    });
    from_options.chain(node.next.iter().map(|b| b.goto.as_str()))
}

pub(crate) fn step_can_be_reached(
    scenario: &Scenario,
    reachable: &HashSet<&str>,
    step: Step,
) -> bool {
    scenario
        .nodes
        .iter()
        .filter(|(id, _)| reachable.contains(*id))
        .any(|(_, node)| {
            node.options.iter().filter(|o| o.step == step).any(|o| {
                let targets = o
                    .goto
                    .iter()
                    .cloned()
                    .chain(o.branch.iter().map(|b| b.goto.clone()));
                targets
                    .into_iter()
                    .any(|t| marks_step_along_next(scenario, &t, step))
            })
        })
}

/// Whether a node, or a node its automatic `next` chain passes through, marks a step.
fn marks_step_along_next(scenario: &Scenario, start: &str, step: Step) -> bool {
    let mut seen = HashSet::new();
    let mut queue = VecDeque::from([start]);
    while let Some(id) = queue.pop_front() {
        if !seen.insert(id) {
            continue;
        }
        let Some(node) = scenario.nodes.get(id) else {
            continue;
        };
        if node.reached.contains(&step) {
            return true;
        }
        if node.options.is_empty() && node.end.is_none() {
            queue.extend(node.next.iter().map(|b| b.goto.as_str()));
        }
    }
    false
}

/// A state of the tested variables under which no condition set holds, described for a
/// warning, or None if every state is covered (or there are too many to enumerate).
fn uncovered_state(sets: &[&[Condition]]) -> Option<String> {
    if sets.iter().any(|s| s.is_empty()) {
        return None;
    }
    // Representative values: around each constant compared against, per variable or node.
    let mut candidates: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for condition in sets.iter().flat_map(|s| s.iter()) {
        let (key, values) = match condition {
            Condition::Is(v, n) | Condition::IsNot(v, n) => (v.clone(), vec![n - 1, *n, n + 1]),
            Condition::AtLeast(v, n) => (v.clone(), vec![n - 1, *n]),
            Condition::AtMost(v, n) => (v.clone(), vec![*n, n + 1]),
            Condition::Visited(node) | Condition::NotVisited(node) => {
                (format!("@{node}"), vec![0, 1])
            }
        };
        let entry = candidates.entry(key).or_default();
        entry.extend(values);
        entry.sort_unstable();
        entry.dedup();
    }
    let keys: Vec<&String> = candidates.keys().collect();
    let total = candidates
        .values()
        .try_fold(1usize, |acc, v| acc.checked_mul(v.len()))
        .filter(|n| *n <= MAX_STATES)?;
    let mut state: HashMap<&str, Value> = HashMap::new();
    for mut n in 0..total {
        for key in &keys {
            let values = &candidates[*key];
            state.insert(key.as_str(), values[n % values.len()]);
            n /= values.len();
        }
        let covered = sets.iter().any(|set| {
            set.iter().all(|c| match c {
                Condition::Visited(node) | Condition::NotVisited(node) => {
                    c.holds(0, state.get(format!("@{node}").as_str()) == Some(&1))
                }
                _ => c.holds(
                    c.var().and_then(|v| state.get(v)).copied().unwrap_or(0),
                    false,
                ),
            })
        });
        if !covered {
            let described: Vec<String> = keys
                .iter()
                .map(|k| match k.strip_prefix('@') {
                    Some(node) if state[k.as_str()] == 1 => format!("'{node}' was visited"),
                    Some(node) => format!("'{node}' was not visited"),
                    None => format!("{k} = {}", state[k.as_str()]),
                })
                .collect();
            return Some(described.join(" and "));
        }
    }
    None
}

/// The candidate closest to a misspelt name, if one is close enough to suggest.
fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (edit_distance(name, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
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
    fn asset_paths_must_stay_inside_assets() {
        assert!(is_safe_asset_path("portraits/kei.png"));
        for bad in [
            "../secret.png",
            "/etc/passwd",
            "a/../../b",
            "C:\\x.png",
            "",
            "a//b",
        ] {
            assert!(!is_safe_asset_path(bad), "{bad} should be refused");
        }
    }

    #[test]
    fn covering_conditions_leave_no_gap() {
        let low = [Condition::AtMost("trust".into(), 1)];
        let high = [Condition::AtLeast("trust".into(), 2)];
        assert_eq!(uncovered_state(&[&low, &high]), None);
        let only_high = [Condition::AtLeast("trust".into(), 3)];
        assert_eq!(
            uncovered_state(&[&low, &only_high]).as_deref(),
            Some("trust = 2")
        );
    }

    #[test]
    fn close_names_are_suggested() {
        let names = ["approach", "story", "ending-good"];
        assert_eq!(closest("aproach", names.into_iter()), Some("approach"));
        assert_eq!(closest("zzz", names.into_iter()), None);
    }
}
