//! What the classifier sees in an utterance: its words and word pairs, how it opens and ends,
//! its length, and cues an organizer's trainer listens for (a "don't you think" that tells, a
//! "so you" that reflects, a day and a time that ask).

mod en;
mod es;

use super::tokens::{Word, lowered, sentences, words_in};
use crate::i18n::Language;

/// A language's words for what the features look for.
pub(super) struct Lexicon {
    /// Words that open a turn without deciding its move ("So", "Okay", "Hey"): the opener is
    /// read after them, and they are features of their own.
    pub lead_ins: &'static [&'static str],
    /// Cue phrases, each a feature when the utterance contains it (matched on whole words).
    pub cues: &'static [(&'static str, &'static [&'static str])],
    /// Words that open an open question.
    pub wh: &'static [&'static str],
    /// Question words that open an exclamation when no question mark follows ("Qué miedo.").
    pub exclaims: &'static [&'static str],
    /// Words that open a yes-or-no question.
    pub aux: &'static [&'static str],
    /// Of those, the ones that open a question that tells ("Don't you…", "¿No…").
    pub negative_aux: fn(&str) -> bool,
    /// Words that address the other person, and words for oneself.
    pub you: fn(&str) -> bool,
    pub me: fn(&str) -> bool,
}

fn lexicon(language: Language) -> &'static Lexicon {
    match language {
        Language::En => &en::ENGLISH,
        Language::Es => &es::SPANISH,
    }
}

/// The features of an utterance in a language, as names. Repeats are kept: a word said twice
/// counts twice.
pub fn features(language: Language, text: &str) -> Vec<String> {
    let lexicon = lexicon(language);
    let words = |text: &str| words_in(language, text);
    let all = words(text);
    let mut out = Vec::with_capacity(all.len() * 3 + 24);
    let lower = format!(" {} ", lowered(language, text));
    let trimmed = lower.trim();
    for w in &all {
        out.push(format!("w:{}", w.stem));
    }
    for pair in all.windows(2) {
        out.push(format!("b:{}_{}", pair[0].stem, pair[1].stem));
    }
    opening(lexicon, &all, "", text.contains('?'), &mut out);
    let parts = sentences(text);
    if let Some(last) = parts.last().filter(|_| parts.len() > 1) {
        opening(lexicon, &words(last), "last", last.contains('?'), &mut out);
        if last.trim_end().ends_with('?') {
            out.push("last-asks".into());
        }
    }
    if let Some(w) = all.last() {
        out.push(format!("end:{}", w.stem));
    }
    if trimmed.ends_with('?') {
        out.push("ends?".into());
    } else if trimmed.contains('?') {
        out.push("has?".into());
    }
    if trimmed.ends_with('!') {
        out.push("ends!".into());
    }
    if trimmed.chars().any(|c| c.is_ascii_digit()) {
        out.push("number".into());
    }
    out.push(format!("length:{}", length_band(all.len())));
    out.push(format!("sentences:{}", parts.len().min(4)));
    let questions = trimmed.matches('?').count();
    if questions > 1 {
        out.push("several?".into());
    }
    for (name, phrases) in lexicon.cues {
        let hits = phrases
            .iter()
            .filter(|p| contains_phrase(&lower, p))
            .count();
        for _ in 0..hits.min(3) {
            out.push(format!("cue:{name}"));
        }
    }
    let you = all.iter().filter(|w| (lexicon.you)(&w.lower)).count();
    let me = all.iter().filter(|w| (lexicon.me)(&w.lower)).count();
    out.push(format!("you-vs-me:{}", (you > me) as u8));
    out
}

/// How the words open: the first word after any lead-ins, the first two, and whether it is a
/// question word (or, with no question mark, an exclamation) or an auxiliary.
fn opening(lexicon: &Lexicon, all: &[Word], tag: &str, asks: bool, out: &mut Vec<String>) {
    let start = all
        .iter()
        .position(|w| !lexicon.lead_ins.contains(&w.lower.as_str()))
        .unwrap_or(all.len());
    for lead in &all[..start] {
        out.push(format!("{tag}lead:{}", lead.stem));
    }
    let rest = &all[start..];
    let Some(first) = rest.first() else {
        out.push(format!("{tag}opens:nothing"));
        return;
    };
    out.push(format!("{tag}opens:{}", first.stem));
    if let Some(second) = rest.get(1) {
        out.push(format!("{tag}opens2:{}_{}", first.stem, second.stem));
    }
    if !asks && lexicon.exclaims.contains(&first.lower.as_str()) {
        out.push(format!("{tag}opens:exclaims"));
    } else if lexicon.wh.contains(&first.lower.as_str()) {
        out.push(format!("{tag}opens:wh"));
    } else if lexicon.aux.contains(&first.lower.as_str()) {
        out.push(format!("{tag}opens:aux"));
        if (lexicon.negative_aux)(&first.lower) {
            out.push(format!("{tag}opens:negative-aux"));
        }
    } else if (lexicon.you)(&first.lower) {
        out.push(format!("{tag}opens:you"));
    }
}

fn length_band(words: usize) -> &'static str {
    match words {
        0 => "0",
        1..=2 => "1-2",
        3..=6 => "3-6",
        7..=14 => "7-14",
        15..=29 => "15-29",
        30..=49 => "30-49",
        _ => "50+",
    }
}

/// Whether `text` (lower case, padded with spaces) holds `phrase` as whole words.
pub(super) fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '\'');
        edge(before) && (edge(after) || !phrase.ends_with(char::is_alphanumeric))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opener_is_read_after_lead_ins() {
        let f = features(Language::En, "So, what happened after that?");
        assert!(f.contains(&"opens:wh".to_owned()), "{f:?}");
        assert!(f.contains(&"lead:so".to_owned()), "{f:?}");
    }

    #[test]
    fn cues_match_whole_words_only() {
        assert!(contains_phrase(" we meet thursday ", "we"));
        assert!(!contains_phrase(" weird ", "we"));
        assert!(!contains_phrase(" weekend ", "we"));
        assert!(contains_phrase(" right? ", "right?"));
    }

    #[test]
    fn a_telling_question_carries_its_cue() {
        let f = features(Language::En, "Don't you think the cops are the problem?");
        assert!(f.contains(&"cue:tells-as-question".to_owned()));
        assert!(f.contains(&"opens:negative-aux".to_owned()));
    }

    #[test]
    fn spanish_cues_are_read_without_accents_and_after_muletillas() {
        let f = features(
            Language::Es,
            "Oye, ¿no crees que la compañía tiene la culpa?",
        );
        assert!(f.contains(&"cue:tells-as-question".to_owned()), "{f:?}");
        assert!(f.contains(&"opens:negative-aux".to_owned()), "{f:?}");
        let f = features(Language::Es, "Bueno, ¿cómo estás?");
        assert!(f.contains(&"opens:wh".to_owned()), "{f:?}");
        let f = features(Language::Es, "Qué miedo.");
        assert!(f.contains(&"opens:exclaims".to_owned()), "{f:?}");
    }
}
