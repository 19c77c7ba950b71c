//! Tells: whether a trainee could score well without reading a word. Meaning-blind players
//! (always the first option shown, always the longest, always a question…) play the scenario
//! over many seeds, and wording cues that give good and bad options away are counted.

use std::sync::Arc;

use super::report::{CueCount, Finding, FindingKind, StrategyScore, Tells};
use crate::runtime::{Conversation, Offered, Program, RandomPicker};
use crate::scenario::flags;
use crate::scenario::links::is_mistake;
use crate::scenario::model::{Choice, FlagKind, Move, Scenario};
use crate::score;

/// A meaning-blind strategy averaging above this is a tell.
pub const STRATEGY_CEILING: f64 = 55.0;
/// A cue is reported once it is on at least this many flagged options…
const CUE_MIN_OPTIONS: usize = 4;
/// …and this share of them or more are of one kind (good or mistake)…
const CUE_PURITY: f64 = 0.85;
/// …which is this far or further from the share among all flagged options.
const CUE_LIFT: f64 = 0.25;
/// Turns a strategy may take before its run counts as unfinished (a loop it cannot leave).
const MAX_TURNS: usize = 500;
/// Turns all strategies together may play: far more than any real scenario needs (14
/// strategies of 50 seeds of 20 turns is 14,000), so only a huge generated file plays fewer seeds.
const TELL_WORK: usize = 250_000;

/// A way of picking that ignores what the options mean.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Strategy {
    First,
    Second,
    Last,
    Longest,
    Shortest,
    FirstQuestionMark,
    Always(Move),
    Random,
}

impl Strategy {
    fn name(self) -> String {
        match self {
            Strategy::First => "the first option shown".to_owned(),
            Strategy::Second => "the second option shown".to_owned(),
            Strategy::Last => "the last option shown".to_owned(),
            Strategy::Longest => "the longest option".to_owned(),
            Strategy::Shortest => "the shortest option".to_owned(),
            Strategy::FirstQuestionMark => "the first option ending in \"?\"".to_owned(),
            Strategy::Always(kind) => {
                let label = kind.label();
                let article = if label.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                format!("{article} {label} whenever there is one")
            }
            Strategy::Random => "a random option".to_owned(),
        }
    }

    /// The place (1-based, in the order shown) this strategy picks.
    fn pick(self, offered: &[Offered], kinds: &[Move], picker: &mut RandomPicker) -> usize {
        let length = |o: &Offered| o.text.chars().count();
        let first_where = |test: &dyn Fn(usize) -> bool| {
            (0..offered.len()).find(|&i| test(i)).map_or(1, |i| i + 1)
        };
        match self {
            Strategy::First => 1,
            Strategy::Second => 2.min(offered.len()),
            Strategy::Last => offered.len(),
            Strategy::Longest => first_extreme(offered, |a, b| length(a) > length(b)),
            Strategy::Shortest => first_extreme(offered, |a, b| length(a) < length(b)),
            Strategy::FirstQuestionMark => {
                first_where(&|i| offered[i].text.trim_end().ends_with('?'))
            }
            Strategy::Always(kind) => first_where(&|i| kinds[i] == kind),
            Strategy::Random => picker.pick(offered.len()),
        }
    }
}

/// The first place holding the option that beats every other by `better`.
fn first_extreme(offered: &[Offered], better: impl Fn(&Offered, &Offered) -> bool) -> usize {
    let mut top = 0;
    for i in 1..offered.len() {
        if better(&offered[i], &offered[top]) {
            top = i;
        }
    }
    top + 1
}

/// Plays every strategy over seeds `0..seeds` and counts the wording cues.
pub fn tells(scenario: &Scenario, seeds: usize) -> Tells {
    let program = Arc::new(Program::new(Arc::new(scenario.clone())));
    let mut strategies = vec![
        Strategy::First,
        Strategy::Second,
        Strategy::Last,
        Strategy::Longest,
        Strategy::Shortest,
        Strategy::FirstQuestionMark,
    ];
    for kind in Move::ALL {
        let used = scenario
            .nodes
            .values()
            .flat_map(|n| n.options.iter())
            .any(|o| o.kind == kind);
        if used {
            strategies.push(Strategy::Always(kind));
        }
    }
    strategies.push(Strategy::Random);
    Tells {
        seeds,
        strategies: {
            let work = TELL_WORK / strategies.len().max(1);
            strategies
                .into_iter()
                .map(|s| play(&program, s, seeds, work))
                .collect()
        },
        cues: cues(scenario),
    }
}

/// Plays one strategy over seeds `0..seeds`, stopping early once its runs have taken `work`
/// turns in all.
fn play(program: &Arc<Program>, strategy: Strategy, seeds: usize, work: usize) -> StrategyScore {
    let scenario = program.scenario();
    let mut total = 0.0;
    let mut best: Option<f64> = None;
    let mut unfinished = 0;
    let mut played = 0;
    let mut turns = 0;
    for seed in 0..seeds as u64 {
        if turns >= work {
            break;
        }
        played += 1;
        let Ok(mut conversation) = Conversation::begin(Arc::clone(program), seed) else {
            unfinished += 1;
            continue;
        };
        let mut picker = RandomPicker::new(seed);
        while !conversation.is_over() && conversation.choices().len() < MAX_TURNS {
            let offered = conversation.offered();
            if offered.is_empty() {
                break;
            }
            let kinds: Vec<Move> = offered
                .iter()
                .map(|o| {
                    let node = scenario.nodes.get(conversation.node());
                    node.and_then(|n| n.options.get(o.index))
                        .map_or(Move::Unclassified, |c| c.kind)
                })
                .collect();
            let place = strategy.pick(&offered, &kinds, &mut picker);
            if conversation.choose_shown(place).is_err() {
                break;
            }
        }
        turns += conversation.choices().len();
        let transcript = conversation.transcript();
        let Some(ending) = &transcript.ending else {
            unfinished += 1;
            continue;
        };
        let overall = score::score(scenario, transcript, ending.truth).overall;
        total += overall;
        best = Some(best.map_or(overall, |b: f64| b.max(overall)));
    }
    StrategyScore {
        name: strategy.name(),
        seeds: played,
        mean: score::rules::round1(total / played.max(1) as f64),
        best: best.unwrap_or(0.0),
        unfinished,
    }
}

/// Words that apologise or concede, which should not mark the good options.
const APOLOGIES: &[&str] = &[
    "sorry",
    "apologize",
    "apologise",
    "you're right",
    "you are right",
    "that's fair",
    "fair enough",
    "fair point",
    "my bad",
];

/// An option at a decision point, flagged good or as a mistake.
struct Flagged<'a> {
    choice: &'a Choice,
    good: bool,
    longest: bool,
    shortest: bool,
}

/// Whether an option shows a cue.
type CueTest<'a> = Box<dyn Fn(&Flagged) -> bool + 'a>;

/// Each wording cue, and how it splits the options flagged good from those flagged mistakes.
fn cues(scenario: &Scenario) -> Vec<CueCount> {
    let is_good = |o: &Choice| {
        !is_mistake(scenario, o)
            && o.flags
                .iter()
                .any(|f| flags::lookup(scenario, f).is_some_and(|i| i.kind == FlagKind::Good))
    };
    // Only options at real decision points, flagged one way or the other.
    let mut flagged: Vec<Flagged> = Vec::new();
    for node in scenario.nodes.values().filter(|n| n.options.len() >= 2) {
        let lengths: Vec<usize> = node
            .options
            .iter()
            .map(|o| o.text.chars().count())
            .collect();
        let (longest, shortest) = (
            lengths.iter().copied().max().unwrap_or(0),
            lengths.iter().copied().min().unwrap_or(0),
        );
        for (option, length) in node.options.iter().zip(&lengths) {
            let good = is_good(option);
            if good || is_mistake(scenario, option) {
                flagged.push(Flagged {
                    choice: option,
                    good,
                    longest: *length == longest,
                    shortest: *length == shortest,
                });
            }
        }
    }
    let base_good = flagged.iter().filter(|f| f.good).count() as f64 / flagged.len().max(1) as f64;
    let text = |f: &Flagged| f.choice.text.trim().to_lowercase();
    let tests: Vec<(&str, CueTest)> = vec![
        (
            "end in \"…\"",
            Box::new(|f| {
                let t = text(f);
                t.ends_with('…') || t.ends_with("...")
            }),
        ),
        ("end in \"?\"", Box::new(|f| text(f).ends_with('?'))),
        ("have \"!\"", Box::new(|f| f.choice.text.contains('!'))),
        (
            "apologise or concede (sorry, you're right, fair…)",
            Box::new(|f| {
                let t = text(f).replace('’', "'");
                APOLOGIES.iter().any(|a| t.contains(a))
            }),
        ),
        (
            "say \"you\" or \"your\"",
            Box::new(|f| {
                text(f)
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .any(|w| matches!(w, "you" | "your" | "you're" | "yours"))
            }),
        ),
        ("are the longest at their node", Box::new(|f| f.longest)),
        ("are the shortest at their node", Box::new(|f| f.shortest)),
    ];
    tests
        .into_iter()
        .map(|(cue, test)| {
            let with: Vec<bool> = flagged.iter().filter(|f| test(f)).map(|f| f.good).collect();
            let good = with.iter().filter(|g| **g).count();
            let mistakes = with.len() - good;
            let share = good as f64 / with.len().max(1) as f64;
            let gives_away = with.len() >= CUE_MIN_OPTIONS
                && (share >= CUE_PURITY || share <= 1.0 - CUE_PURITY)
                && (share - base_good).abs() >= CUE_LIFT;
            CueCount {
                cue: cue.to_owned(),
                good,
                mistakes,
                base_good,
                gives_away,
            }
        })
        .collect()
}

/// A finding for each strategy that scores too well and each cue that gives answers away.
pub(super) fn findings(tells: &Tells) -> Vec<Finding> {
    let mut out = Vec::new();
    for s in tells
        .strategies
        .iter()
        .filter(|s| s.mean > STRATEGY_CEILING)
    {
        out.push(Finding {
            kind: FindingKind::Tell,
            node: None,
            option: None,
            message: format!(
                "picking {} at every turn averages {:.1} over {} seeds (above {STRATEGY_CEILING:.0}): a trainee can score well without reading; vary which options are good",
                s.name, s.mean, tells.seeds
            ),
            position: None,
        });
    }
    for c in tells.cues.iter().filter(|c| c.gives_away) {
        let total = c.good + c.mistakes;
        let (count, kind) = if c.good * 2 >= total {
            (c.good, "good moves")
        } else {
            (c.mistakes, "mistakes")
        };
        out.push(Finding {
            kind: FindingKind::Tell,
            node: None,
            option: None,
            message: format!(
                "{count} of the {total} flagged options that {} are {kind}: the wording gives the answer away; give both kinds that form",
                c.cue
            ),
            position: None,
        });
    }
    out
}
