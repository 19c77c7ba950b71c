//! Free-text play: which option on offer a typed line is taken as (or the node's `otherwise`, or
//! nothing), and what is kept of the line itself for scoring and the debrief.

use super::program::Program;
use super::step::State;
use super::transcript::Offered;
use crate::heard::{self, Candidate, Heard, MatchScore};
use crate::i18n::Language;

/// What a typed line is taken as.
#[derive(Debug, Clone, PartialEq)]
pub enum Taken {
    /// An option on offer.
    Option(Offered),
    /// The node's `otherwise`, written by the author for lines that match nothing (never shown
    /// in the list); its text is what the debrief calls it.
    Otherwise { text: String },
    /// Nothing is close enough and the node has no `otherwise`: show the options.
    Nothing,
}

/// The outcome of matching a typed line at the current node.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub taken: Taken,
    /// How close the line is to what it was taken as (0 when nothing was).
    pub score: MatchScore,
    /// How the line was heard.
    pub heard: Heard,
    /// Every option on offer with its score, closest first, for a host that shows runners-up.
    pub ranking: Vec<(Offered, MatchScore)>,
}

/// Matches a typed line against the options on offer at a state (in the order shown).
pub(super) fn match_line<L>(
    program: &Program,
    state: &State<L>,
    offered: &[Offered],
    text: &str,
) -> Match {
    let language = Language::parse(program.scenario().language()).unwrap_or_default();
    let reading = heard::read_in(language, text);
    let node = program.node(state.node);
    let choices: Vec<_> = offered
        .iter()
        .filter_map(|o| node.and_then(|n| n.options.get(o.index)))
        .collect();
    let candidates: Vec<Candidate> = choices
        .iter()
        .map(|c| Candidate {
            text: &c.text,
            also: &c.also,
            kind: c.kind,
        })
        .collect();
    let matcher = heard::Matcher::shipped_in(language);
    let mut ranking: Vec<(Offered, MatchScore)> = offered
        .iter()
        .zip(&candidates)
        .map(|(o, c)| (o.clone(), matcher.score(text, &reading, c)))
        .collect();
    ranking.sort_by(|a, b| b.1.score.total_cmp(&a.1.score));
    let best = matcher.best(text, &reading, &candidates);
    let (taken, score) = match best {
        Some((at, score)) => (Taken::Option(offered[at].clone()), score),
        None => match program.otherwise_open(state).and_then(|i| node?.option(i)) {
            Some(otherwise) => (
                Taken::Otherwise {
                    text: otherwise.text.clone(),
                },
                MatchScore::default(),
            ),
            None => (Taken::Nothing, MatchScore::default()),
        },
    };
    Match {
        taken,
        score,
        heard: reading.heard,
        ranking,
    }
}
