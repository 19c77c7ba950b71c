//! Generates large, valid scenarios for benchmarks and stress tests.

//!
//! It names no type of the crate, so the library's unit tests, the integration tests and the
//! benchmark can all include it with `#[path]`.

use std::fmt::Write;

/// The five steps, as RON spells them.
const STEPS: [&str; 5] = ["Door", "Story", "Vision", "Obstacles", "Ask"];
const ENDINGS: usize = 40;

/// RON text of a scenario with `nodes` nodes (at least 10), 3–4 options each, all reachable.
///
/// Node `n{i}` leads to `n{i+1}` (option 1), and further ahead by the other options, so
/// choosing 1 at every turn walks the whole chain. The last 40 nodes are endings.
pub fn large_scenario(nodes: usize) -> String {
    let nodes = nodes.max(10);
    let endings = ENDINGS.min(nodes / 2);
    let choices = nodes - endings;
    let mut out = String::with_capacity(nodes * 450);
    out.push_str(
        "Scenario(\n  id: \"synthetic\",\n  title: \"Synthetic\",\n  person: (name: \"Robin\"),\n  vars: { \"trust\": 0, \"fear\": 2 },\n  nodes: {\n",
    );
    for i in 0..nodes {
        let step = STEPS[i % 5];
        // Every fifth node also has narration and a line that depends on trust.
        let extra = if i % 5 == 0 {
            ", Narrate(\"Robin pauses.\"), Line(text: [\"Only if trusted.\"], when: [AtLeast(\"trust\", 3)])"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "\"n{i}\": (say: [OneOf([\"Line {i}, one way.\", \"Line {i}, another.\"]){extra}], reached: [{step}],"
        );
        if i >= choices {
            let outcome = ["Committed", "Maybe", "Declined", "WalkedAway"][i % 4];
            let truth = ["Leader", "Supporter", "Undecided", "Pass"][i % 4];
            let _ = writeln!(
                out,
                " end: (outcome: {outcome}, truth: {truth}, why: \"Set for the benchmark.\", summary: \"Ending {i}.\")),"
            );
            continue;
        }
        out.push_str(" options: [\n");
        // Ahead along the chain, never past the first ending; near the end, option 2 of each
        // node opens its own ending so that every ending can be reached.
        let ahead = |d: usize| (i + d).min(choices);
        let own_ending = (i + endings >= choices).then(|| choices + (i + endings - choices));
        let targets = [
            ahead(1),
            own_ending.unwrap_or(ahead(2)),
            ahead(7),
            ahead(13),
        ];
        let count = 3 + i % 2;
        for (k, target) in targets.iter().take(count).enumerate() {
            let (kind, flag, when) = match k {
                0 => ("OpenQuestion", "\"open-question\"", ""),
                1 => ("Reflection", "\"reflects-concern\"", ""),
                2 => ("Statement", "\"connects-bigger-picture\"", ""),
                _ => ("Ask", "\"concrete-ask\"", "when: [AtLeast(\"trust\", 1)], "),
            };
            let _ = writeln!(
                out,
                "  (text: \"Option {k} at {i}.\", move: {kind}, step: {}, flags: [{flag}], note: \"Why {k} matters.\", {when}effects: [Add(\"trust\", 1)], goto: \"n{target}\"),",
                STEPS[target % 5]
            );
        }
        out.push_str("]),\n");
    }
    out.push_str("  },\n)\n");
    out
}

/// The number of turns choosing option 1 every time takes to end a [`large_scenario`].
pub fn first_option_turns(nodes: usize) -> usize {
    let nodes = nodes.max(10);
    nodes - ENDINGS.min(nodes / 2)
}

/// Everyday words for [`realistic_dialogue`]'s lines.
const WORDS: [&str; 48] = [
    "the", "shift", "and", "my", "we", "they", "boss", "again", "last", "week", "said", "about",
    "pay", "never", "really", "kids", "home", "late", "union", "meeting", "because", "people",
    "think", "talk", "told", "every", "morning", "schedule", "hours", "nobody", "would", "still",
    "worried", "rent", "manager", "break", "room", "heard", "maybe", "what", "if", "together",
    "sign", "card", "floor", "tired", "over", "time",
];

/// A sentence of 12 to 15 words, drawn from `state` (a simple generator, so output is fixed).
fn sentence(state: &mut u64, end: char) -> String {
    let mut draw = || {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    };
    let count = 12 + (draw() % 4) as usize;
    let mut out = String::new();
    for k in 0..count {
        let word = WORDS[(draw() % WORDS.len() as u64) as usize];
        if k == 0 {
            out.push_str(&word[..1].to_uppercase());
            out.push_str(&word[1..]);
        } else {
            out.push(' ');
            out.push_str(word);
        }
    }
    out.push(end);
    out
}

/// RON text of a dialogue as an author writes one: `nodes` nodes whose lines are 12 to 15 words,
/// four variables, effects on most options, conditions on some, and `warnings` options (spread
/// through the file) whose move is still unclassified, each of which `check` warns about. The
/// shape is [`large_scenario`]'s: option 1 walks the whole chain.
pub fn realistic_dialogue(nodes: usize, warnings: usize) -> String {
    let nodes = nodes.max(10);
    let endings = ENDINGS.min(nodes / 2);
    let choices = nodes - endings;
    let warn_every = choices
        .checked_div(warnings)
        .map_or(usize::MAX, |n| n.max(1));
    let vars = ["trust", "fear", "time", "hope"];
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    let mut out = String::with_capacity(nodes * 900);
    out.push_str(
        "Scenario(\n    format: 1,\n    id: \"realistic\",\n    title: \"A long dialogue\",\n    person: (name: \"Dana\", truth: Supporter),\n    vars: { \"trust\": 0, \"fear\": 2, \"time\": 0, \"hope\": 1 },\n    nodes: {\n",
    );
    for i in 0..nodes {
        let step = STEPS[i % 5];
        // Every third node's line has a second wording.
        let variant = if i % 3 == 0 {
            format!(", \"{}\"", sentence(&mut state, '.'))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "    \"n{i}\": (\n      say: [Line(text: [\"{}\"{variant}])],\n      reached: [{step}],",
            sentence(&mut state, '.'),
        );
        if i >= choices {
            let outcome = ["Committed", "Maybe", "Declined", "WalkedAway"][i % 4];
            let _ = writeln!(
                out,
                "      end: (outcome: {outcome}, summary: \"{}\"),\n    ),",
                sentence(&mut state, '.')
            );
            continue;
        }
        out.push_str("      options: [\n");
        let ahead = |d: usize| (i + d).min(choices);
        let own_ending = (i + endings >= choices).then(|| choices + (i + endings - choices));
        let targets = [ahead(1), own_ending.unwrap_or(ahead(2)), ahead(5)];
        for (k, target) in targets.iter().enumerate() {
            let (kind, flag) = match k {
                _ if k == 2 && i % warn_every == warn_every / 2 && i / warn_every < warnings => {
                    ("Unclassified", "")
                }
                0 => ("OpenQuestion", "\"open-question\""),
                1 => ("Reflection", "\"reflects-concern\""),
                _ => ("Statement", "\"connects-bigger-picture\""),
            };
            let var = vars[(i + k) % 4];
            let effects = if (i + k) % 4 == 3 {
                String::new()
            } else {
                format!(
                    " effects: [Add(\"{var}\", {})],",
                    if k == 2 { -1 } else { 1 }
                )
            };
            let when = if k == 2 && i % 3 == 0 {
                format!(" when: [AtLeast(\"{var}\", 1)],")
            } else {
                String::new()
            };
            // Authors write the coach's note on the options that need one most.
            let note = if k == 0 {
                format!("\n        note: \"{}\",", sentence(&mut state, '.'))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "        (\n        text: \"{}\",\n        move: {kind}, step: {}, flags: [{flag}],{when}{effects}{note}\n        goto: \"n{target}\"),",
                sentence(&mut state, '?'),
                STEPS[target % 5],
            );
        }
        out.push_str("      ],\n    ),\n");
    }
    out.push_str("    },\n)\n");
    out
}
