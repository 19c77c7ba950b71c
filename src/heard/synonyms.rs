//! Words an organizer's trainee may use for the same thing ("cops" for "police", "boss" for
//! "manager"), folded into one concept before the matcher compares a typed line with an option.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::tokens::stem;

/// Each row is one concept; its first word names it. Words are stemmed before use, so one form
/// of each is enough.
const CONCEPTS: &[&[&str]] = &[
    &[
        "police", "cops", "cop", "officers", "officer", "cruiser", "patrol", "deputy", "squad",
    ],
    &[
        "boss",
        "manager",
        "supervisor",
        "management",
        "super",
        "foreman",
        "company",
        "employer",
        "district",
    ],
    &["landlord", "owner", "building", "management company"],
    &["meeting", "gathering", "session", "get-together", "huddle"],
    &["come", "attend", "show", "join", "coming", "drop"],
    &[
        "kid", "kids", "children", "child", "son", "daughter", "boy", "girl", "baby",
    ],
    &[
        "scared",
        "afraid",
        "fear",
        "worried",
        "worry",
        "nervous",
        "anxious",
        "frightened",
        "terrified",
        "risk",
    ],
    &[
        "angry",
        "mad",
        "furious",
        "pissed",
        "fed",
        "upset",
        "frustrated",
    ],
    &["tired", "exhausted", "worn", "drained", "burned", "burnt"],
    &[
        "money", "pay", "wage", "wages", "paycheck", "salary", "raise", "cash", "dollars",
    ],
    &["job", "work", "shift", "position", "employment"],
    &[
        "fired",
        "retaliation",
        "punished",
        "let go",
        "sacked",
        "targeted",
        "lose",
    ],
    &["happened", "happen", "went", "go"],
    &[
        "tell", "say", "said", "mention", "share", "talk", "speak", "explain",
    ],
    &["think", "reckon", "feel", "believe", "make of", "view"],
    &[
        "hard",
        "rough",
        "tough",
        "difficult",
        "awful",
        "brutal",
        "heavy",
    ],
    &[
        "alone",
        "only one",
        "isolated",
        "by yourself",
        "on your own",
    ],
    &[
        "together",
        "collective",
        "united",
        "all of us",
        "everyone",
        "everybody",
        "group",
    ],
    &["phone", "number", "cell", "text", "call", "contact"],
    &[
        "sign",
        "signature",
        "card",
        "petition",
        "pledge",
        "list",
        "put down",
    ],
    &["bring", "invite", "ask along", "recruit"],
    &["safe", "safety", "secure", "protected"],
    &["home", "house", "apartment", "unit", "place", "flat"],
    &[
        "broken", "busted", "out", "fixed", "repair", "repairs", "working", "fix",
    ],
    &["heat", "heating", "radiator", "boiler", "cold", "freezing"],
    &[
        "camera", "cameras", "filming", "filmed", "news", "press", "photo", "picture", "video",
        "recorded",
    ],
    &[
        "city",
        "council",
        "councilwoman",
        "alderman",
        "hall",
        "government",
    ],
    &[
        "union",
        "association",
        "coalition",
        "committee",
        "organization",
        "campaign",
    ],
    &["strike", "walkout", "walk out", "action", "stoppage"],
    &["vote", "voting", "ballot"],
    &["time", "busy", "schedule", "hours", "minute"],
    &["night", "evening", "tonight"],
    &["week", "weekly", "weeks"],
    &["thanks", "thank", "grateful", "appreciate"],
    &["right", "correct", "fair", "true"],
    &["wrong", "unfair", "unjust"],
    &["help", "support", "assist"],
    &["want", "wish", "hope", "like"],
    &["need", "must", "require"],
    &["change", "different", "better", "improve", "fix"],
    &[
        "family", "husband", "wife", "partner", "spouse", "parents", "mom", "dad", "mother",
        "father",
    ],
    &[
        "coworker",
        "coworkers",
        "colleague",
        "colleagues",
        "crew",
        "team",
        "teammates",
        "others",
        "folks",
        "people",
    ],
    &["driver", "drivers", "bus"],
    &["nurse", "nurses", "staff"],
    &["teacher", "teachers", "school", "class"],
    &[
        "immigration",
        "ice",
        "agents",
        "raid",
        "papers",
        "documents",
        "visa",
    ],
    &["rights", "right to", "law", "legal", "lawyer", "protected"],
    &["rent", "lease", "eviction", "evict"],
    &["deal", "handle", "manage", "cope"],
    &["story", "experience", "happened to you"],
    &["doable", "possible", "work for you", "manageable"],
    &["stop", "stopped", "pulled", "harassed", "searched"],
    &[
        "street",
        "block",
        "road",
        "neighborhood",
        "neighbourhood",
        "area",
    ],
    &["why", "reason", "brought", "because"],
    &["agree", "yes", "sure", "okay", "deal"],
];

/// Words that carry no meaning of their own for matching.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "to", "of", "and", "or", "in", "on", "at", "for", "with", "is", "are", "was",
    "were", "be", "been", "it", "it's", "that", "that's", "this", "these", "those", "i", "i'm",
    "me", "my", "you", "you're", "your", "we", "us", "our", "he", "she", "they", "them", "his",
    "her", "their", "so", "just", "really", "do", "does", "did", "have", "has", "had", "would",
    "could", "can", "will", "should", "about", "what", "how", "any", "all", "some", "there",
    "here", "like", "but", "if", "as", "by", "from", "up", "out", "oh", "um", "uh", "well", "okay",
    "yeah", "hey", "hi", "then", "than", "too", "very", "get", "got", "know", "not", "no", "don't",
    "am", "who", "which", "when", "where", "one", "more", "much",
];

fn table() -> &'static (HashMap<String, String>, Vec<String>) {
    static TABLE: OnceLock<(HashMap<String, String>, Vec<String>)> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut concepts = HashMap::new();
        for row in CONCEPTS {
            let name = format!("~{}", row[0]);
            for word in row.iter().filter(|w| !w.contains(' ')) {
                concepts.entry(stem(word)).or_insert_with(|| name.clone());
            }
        }
        let function = FUNCTION_WORDS.iter().map(|w| stem(w)).collect();
        (concepts, function)
    })
}

/// The concept a stem stands for: its row's name, or the stem itself. None for a word with no
/// meaning of its own.
pub fn concept(stem: &str) -> Option<String> {
    let (concepts, function) = table();
    if function.iter().any(|f| f == stem) {
        return None;
    }
    Some(
        concepts
            .get(stem)
            .cloned()
            .unwrap_or_else(|| stem.to_owned()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_one_thing_share_a_concept() {
        assert_eq!(concept(&stem("cops")), concept(&stem("police")));
        assert_eq!(concept(&stem("supervisor")), concept(&stem("boss")));
        assert_eq!(concept(&stem("the")), None);
        assert_eq!(concept("malik"), Some("malik".to_owned()));
    }
}
