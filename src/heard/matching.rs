//! Which authored option a typed line is closest to: shared meaning words, weighed by how rare
//! they are in organizers' talk, and agreement between the option's move and how the line reads.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::Group;
use super::classify::Reading;
use super::corpus;
use super::synonyms::{concept_in, phrase_concepts};
use super::tokens::{lowered, says_nothing, words_in};
use crate::i18n::Language;
use crate::scenario::model::Move;

/// How much agreement between the option's move and the line's reading adds to the overlap.
const AGREEMENT_WEIGHT: f64 = 0.3;
/// Below this much overlap with every one of its texts, an option is not close enough, whatever
/// its move.
pub const MIN_OVERLAP: f64 = 0.1;

/// An option as the matcher sees it: its text, the author's other ways of saying it, its move.
#[derive(Debug, Clone, Copy)]
pub struct Candidate<'a> {
    pub text: &'a str,
    pub also: &'a [String],
    pub kind: Move,
}

/// How close a typed line is to one option.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct MatchScore {
    /// What ranks the options: overlap plus weighted agreement.
    pub score: f64,
    /// The best cosine overlap of meaning words with the option's text or an alternative, 0 to 1.
    pub overlap: f64,
    /// How likely the line is to be the option's move (its group, then the move itself), 0 to 1.
    pub agreement: f64,
}

impl MatchScore {
    /// Whether the option is close enough to be taken: enough shared meaning, or a silence
    /// answered by a silent option.
    pub fn close_enough(&self, silent_pair: bool) -> bool {
        self.overlap >= MIN_OVERLAP || silent_pair
    }
}

/// Word rarity over the labelled organizers' talk compiled into the binary, in one language.
#[derive(Debug)]
pub struct Matcher {
    document_frequency: HashMap<String, u32>,
    documents: f64,
    language: Language,
}

type Bag = HashMap<String, f64>;

impl Matcher {
    /// Rarity counted over some English texts.
    pub fn over<'t>(texts: impl Iterator<Item = &'t str>) -> Matcher {
        Matcher::over_in(Language::En, texts)
    }

    /// Rarity counted over some texts in a language.
    pub fn over_in<'t>(language: Language, texts: impl Iterator<Item = &'t str>) -> Matcher {
        let mut document_frequency: HashMap<String, u32> = HashMap::new();
        let mut documents = 0.0;
        for text in texts {
            documents += 1.0;
            let mut seen: Vec<String> = concepts(language, text);
            seen.sort_unstable();
            seen.dedup();
            for c in seen {
                *document_frequency.entry(c).or_insert(0) += 1;
            }
        }
        Matcher {
            document_frequency,
            documents,
            language,
        }
    }

    /// The English matcher shipped.
    pub fn shipped() -> &'static Matcher {
        Matcher::shipped_in(Language::En)
    }

    /// Rarity over a language's labelled set compiled in, counted once, at first use.
    pub fn shipped_in(language: Language) -> &'static Matcher {
        static ENGLISH: OnceLock<Matcher> = OnceLock::new();
        static SPANISH: OnceLock<Matcher> = OnceLock::new();
        let cell = match language {
            Language::En => &ENGLISH,
            Language::Es => &SPANISH,
        };
        cell.get_or_init(|| {
            let labelled = corpus::shipped_in(language);
            Matcher::over_in(language, labelled.iter().map(|l| l.text.as_str()))
        })
    }

    /// How close a typed line, as read, is to one option.
    pub fn score(&self, typed: &str, reading: &Reading, option: &Candidate) -> MatchScore {
        let said = self.bag(typed);
        let overlap = std::iter::once(option.text)
            .chain(option.also.iter().map(String::as_str))
            .map(|text| cosine(&said, &self.bag(text)))
            .fold(0.0, f64::max);
        let agreement = if option.kind == Move::Unclassified {
            0.5
        } else {
            0.6 * reading.group_chance(Group::of(option.kind)) + 0.4 * reading.chance(option.kind)
        };
        MatchScore {
            score: overlap + AGREEMENT_WEIGHT * agreement,
            overlap,
            agreement,
        }
    }

    /// A text's meaning words, each weighed by its rarity (a word said twice counts a little more).
    fn bag(&self, text: &str) -> Bag {
        let mut counts: HashMap<String, f64> = HashMap::new();
        for c in concepts(self.language, text) {
            *counts.entry(c).or_insert(0.0) += 1.0;
        }
        counts
            .into_iter()
            .map(|(c, n)| {
                let df = f64::from(self.document_frequency.get(&c).copied().unwrap_or(0));
                let rarity = ((self.documents + 1.0) / (df + 1.0)).ln() + 1.0;
                (c, (1.0 + n.ln()) * rarity)
            })
            .collect()
    }
}

/// The concepts of a text's meaning words, in order, then those it says in a phrase.
fn concepts(language: Language, text: &str) -> Vec<String> {
    let mut out: Vec<String> = words_in(language, text)
        .iter()
        .filter_map(|w| concept_in(language, &w.stem))
        .collect();
    out.extend(phrase_concepts(language, &lowered(language, text)));
    out
}

fn cosine(a: &Bag, b: &Bag) -> f64 {
    let dot: f64 = a.iter().filter_map(|(k, x)| b.get(k).map(|y| x * y)).sum();
    let norm = |v: &Bag| v.values().map(|x| x * x).sum::<f64>().sqrt();
    let denominator = norm(a) * norm(b);
    if denominator > 0.0 {
        dot / denominator
    } else {
        0.0
    }
}

/// The option closest to a typed English line: [`Matcher::best`] of the shipped matcher.
pub fn best_match(
    typed: &str,
    reading: &Reading,
    candidates: &[Candidate],
) -> Option<(usize, MatchScore)> {
    Matcher::shipped().best(typed, reading, candidates)
}

impl Matcher {
    /// The option closest to a typed line, by position among the candidates, with its score;
    /// None when no option is close enough. Ties go to the earlier candidate.
    pub fn best(
        &self,
        typed: &str,
        reading: &Reading,
        candidates: &[Candidate],
    ) -> Option<(usize, MatchScore)> {
        let matcher = self;
        let silent = says_nothing(typed) || reading.heard.kind == Move::Silence;
        candidates
            .iter()
            .enumerate()
            .map(|(i, c)| {
                (
                    i,
                    matcher.score(typed, reading, c),
                    silent && c.kind == Move::Silence,
                )
            })
            .filter(|(_, score, silent_pair)| score.close_enough(*silent_pair))
            .map(|(i, score, silent_pair)| {
                // A silence answered by the silent option beats any overlap of stray words.
                let bonus = if silent_pair { 1.0 } else { 0.0 };
                (
                    i,
                    MatchScore {
                        score: score.score + bonus,
                        ..score
                    },
                )
            })
            .fold(None, |top: Option<(usize, MatchScore)>, (i, s)| match top {
                Some((_, t)) if t.score >= s.score => top,
                _ => Some((i, s)),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heard::{Classifier, KINDS};

    fn candidate(text: &'static str, kind: Move) -> Candidate<'static> {
        Candidate {
            text,
            also: &[],
            kind,
        }
    }

    #[test]
    fn shared_rare_words_decide_and_nothing_shared_is_no_match() {
        let reading = Classifier::shipped().read("Did the heat go out again this week?");
        let options = [
            candidate("How is your daughter doing at school?", Move::OpenQuestion),
            candidate(
                "Has the heating been broken this week too?",
                Move::ClosedQuestion,
            ),
        ];
        let (at, _) = best_match("Did the heat go out again this week?", &reading, &options)
            .expect("a match");
        assert_eq!(at, 1);
        let unrelated = Classifier::shipped().read("Nice bike.");
        assert!(best_match("Nice bike.", &unrelated, &options).is_none());
        assert_eq!(KINDS.len(), 9);
    }
}
