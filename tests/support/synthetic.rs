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
                2 => ("Statement", "\"throws-statistics\"", ""),
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
