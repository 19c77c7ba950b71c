//! What the classifier sees in an utterance: its words and word pairs, how it opens and ends,
//! its length, and cues an organizer's trainer listens for (a "don't you think" that tells, a
//! "so you" that reflects, a day and a time that ask).

use super::tokens::{Word, plain, sentences, words};

/// Words that open a turn without deciding its move ("So", "Okay", "Hey"): the opener is read
/// after them, and they are features of their own.
const LEAD_INS: &[&str] = &[
    "so", "okay", "ok", "and", "well", "hey", "hi", "hello", "look", "listen", "yeah", "yes",
    "right", "oh", "um", "uh", "but", "alright", "now", "then", "man", "wow", "honestly", "see",
];

/// Cue phrases, each a feature when the utterance contains it (matched on whole words).
const CUES: &[(&str, &[&str])] = &[
    (
        "tells-as-question",
        &[
            "don't you think",
            "don't you agree",
            "don't you see",
            "don't you want",
            "isn't it",
            "isn't that",
            "aren't they",
            "aren't you",
            "wouldn't you agree",
            "wouldn't you say",
            "shouldn't you",
            "can't you see",
            "doesn't it",
            "doesn't that",
            "right?",
            "am i right",
            "you know what i mean",
            "isn't it obvious",
            "haven't you",
            "wouldn't it be better",
            "don't you know",
            "why don't you just",
            "why would you",
            "how can you",
            "how could you",
        ],
    ),
    (
        "says-back",
        &[
            "sounds like",
            "it sounds",
            "you sound",
            "you feel",
            "you're feeling",
            "you felt",
            "you're worried",
            "you're scared",
            "you're saying",
            "you mean",
            "what i'm hearing",
            "i'm hearing",
            "if i heard",
            "seems like",
            "you've been",
            "you're tired",
            "you're angry",
            "you're afraid",
            "it's been",
            "you don't want",
            "you want",
            "you wish",
            "you're not sure",
            "you're stuck",
            "you're torn",
            "for you",
            "on you",
            "you're the one",
        ],
    ),
    (
        "commitment",
        &[
            "will you",
            "would you come",
            "can you come",
            "could you come",
            "come to",
            "come by",
            "come with",
            "sign up",
            "sign the",
            "put you down",
            "count on you",
            "can i count",
            "can i put",
            "would you be willing",
            "are you in",
            "be there",
            "join us",
            "bring",
            "can i get your",
            "your number",
            "text you",
            "call you",
            "would you host",
            "would you talk",
            "would you ask",
            "can we meet",
            "save you a",
            "see you there",
            "want to come",
            "want to join",
            "up for",
            "will you be",
            "could you talk",
            "would you sign",
            "can you make it",
            "rsvp",
        ],
    ),
    (
        "when-and-where",
        &[
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "tonight",
            "tomorrow",
            "next week",
            "this week",
            "at 6",
            "at 7",
            "at 5",
            "at 6:30",
            "o'clock",
            "p.m",
            "pm",
            "a.m",
            "room",
            "the hall",
            "lunch break",
            "after shift",
        ],
    ),
    (
        "together",
        &[
            "we",
            "us",
            "our",
            "together",
            "everyone",
            "all of us",
            "people all over",
            "other",
            "others",
            "not alone",
            "not the only",
            "imagine",
            "if we",
            "when we",
            "union",
            "collective",
            "power",
            "same thing",
            "all over",
        ],
    ),
    (
        "praise",
        &[
            "thank you",
            "thanks",
            "proud",
            "brave",
            "courage",
            "guts",
            "respect",
            "impressive",
            "good for you",
            "smart",
            "strong",
            "it takes",
            "that's a lot to carry",
            "you did",
            "you've done",
            "you clearly",
            "you obviously",
            "you really",
            "took",
            "love that",
            "that's great",
            "good on you",
            "appreciate",
            "admire",
        ],
    ),
    (
        "telling",
        &[
            "you should",
            "you need to",
            "you have to",
            "you've got to",
            "the truth is",
            "the fact is",
            "actually",
            "studies",
            "percent",
            "%",
            "statistics",
            "history",
            "the problem is",
            "the reason",
            "because",
            "in fact",
            "let me tell you",
            "let me explain",
            "you know,",
            "i think",
            "i believe",
            "we're",
            "i'm with",
        ],
    ),
    (
        "invites-story",
        &[
            "tell me",
            "walk me through",
            "say more",
            "what happened",
            "how did",
            "how does",
            "how do",
            "how has",
            "how's",
            "what was",
            "what is",
            "what's",
            "what do",
            "what would",
            "what makes",
            "why do",
            "why did",
            "in what way",
            "help me understand",
            "describe",
        ],
    ),
    (
        "filler",
        &["mm", "mhm", "mm-hm", "uh-huh", "hmm", "i see", "mmm", "ah"],
    ),
];

/// Question words that open an open question.
const WH: &[&str] = &[
    "what", "how", "why", "where", "when", "who", "which", "tell", "describe",
];
/// Auxiliaries that open a yes-or-no question.
const AUX: &[&str] = &[
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "have",
    "has",
    "had",
    "can",
    "could",
    "will",
    "would",
    "should",
    "shall",
    "may",
    "might",
    "am",
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "haven't",
    "hasn't",
    "can't",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
    "any",
    "anyone",
    "anybody",
];

/// The features of an utterance, as names. Repeats are kept: a word said twice counts twice.
pub fn features(text: &str) -> Vec<String> {
    let all = words(text);
    let mut out = Vec::with_capacity(all.len() * 3 + 24);
    let lower = format!(" {} ", plain(text).to_lowercase());
    let trimmed = lower.trim();
    for w in &all {
        out.push(format!("w:{}", w.stem));
    }
    for pair in all.windows(2) {
        out.push(format!("b:{}_{}", pair[0].stem, pair[1].stem));
    }
    opening(&all, "", &mut out);
    let parts = sentences(text);
    if let Some(last) = parts.last().filter(|_| parts.len() > 1) {
        opening(&words(last), "last", &mut out);
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
    for (name, phrases) in CUES {
        let hits = phrases
            .iter()
            .filter(|p| contains_phrase(&lower, p))
            .count();
        for _ in 0..hits.min(3) {
            out.push(format!("cue:{name}"));
        }
    }
    let you = all.iter().filter(|w| w.lower.starts_with("you")).count();
    let me = all
        .iter()
        .filter(|w| matches!(w.lower.as_str(), "i" | "i'm" | "i've" | "me" | "my"))
        .count();
    out.push(format!("you-vs-me:{}", (you > me) as u8));
    out
}

/// How the words open: the first word after any lead-ins, the first two, and whether it is a
/// question word or an auxiliary.
fn opening(all: &[Word], tag: &str, out: &mut Vec<String>) {
    let start = all
        .iter()
        .position(|w| !LEAD_INS.contains(&w.lower.as_str()))
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
    if WH.contains(&first.lower.as_str()) {
        out.push(format!("{tag}opens:wh"));
    } else if AUX.contains(&first.lower.as_str()) {
        out.push(format!("{tag}opens:aux"));
        if first.lower.ends_with("n't") {
            out.push(format!("{tag}opens:negative-aux"));
        }
    } else if first.lower.starts_with("you") {
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
fn contains_phrase(text: &str, phrase: &str) -> bool {
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
        let f = features("So, what happened after that?");
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
        let f = features("Don't you think the cops are the problem?");
        assert!(f.contains(&"cue:tells-as-question".to_owned()));
        assert!(f.contains(&"opens:negative-aux".to_owned()));
    }
}
