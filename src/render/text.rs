//! The analysis as plain text for the terminal; findings print like `check` diagnostics.

use std::fmt::Write;

use crate::author::analysis::{Analysis, PathReport, Reach, STRATEGY_CEILING, Stopped};
use crate::scenario::model::Outcome;
use crate::words::{percent, plural, shorten, thousands};

/// Renders the report. `file` is how the scenario file is named in findings and commands.
pub fn text(analysis: &Analysis, file: &str) -> String {
    let mut out = String::new();
    let a = analysis;
    let _ = writeln!(out, "Analysis of {file}: {} ({})\n", a.title, a.scenario);
    let s = &a.size;
    let _ = writeln!(
        out,
        "Size: {} nodes, {} options, {} endings, {} decision points (nodes with 2 or more options).\n",
        thousands(s.nodes),
        thousands(s.options),
        s.endings,
        thousands(s.decision_points)
    );
    search(&mut out, a);
    endings(&mut out, a);
    if let Some(best) = &a.best {
        path(&mut out, "Best path", best, file);
    }
    if let Some(worst) = &a.worst {
        path(&mut out, "Worst path", worst, file);
    }
    let _ = writeln!(out, "The five steps:");
    for step in &a.steps {
        let mark = match step.reach {
            Reach::Reached => "✓ reached on some path",
            Reach::Never => "✗ never reached on any path",
            Reach::NotFound => "? not reached by any path the bounded search found",
        };
        let _ = writeln!(out, "  {:<20} {mark}", step.label);
    }
    random(&mut out, a);
    tells(&mut out, a);
    let _ = writeln!(out, "\nFindings ({}):", a.findings.len());
    if a.findings.is_empty() {
        let _ = writeln!(out, "  none");
    }
    for f in &a.findings {
        let at = f
            .position
            .map(|p| format!(":{}:{}", p.line, p.col))
            .unwrap_or_default();
        let _ = writeln!(out, "{file}{at}: warning: {}", f.message);
    }
    out
}

fn search(out: &mut String, a: &Analysis) {
    if a.search.exact {
        let _ = writeln!(
            out,
            "Search: exact. Every path was followed to its end ({} distinct decision states).",
            thousands(a.search.states)
        );
    } else {
        let _ = writeln!(
            out,
            "Search: BOUNDED. {}\n\
             Beam searches keeping {} states per turn followed, one towards any ending and one towards each ending,\n\
             then the random runs below.\n\
             Best and worst are the best and worst paths found: the true best may be higher and the true worst lower.",
            why_stopped(a),
            a.search.beam_width.unwrap_or(0)
        );
    }
    let _ = writeln!(
        out,
        "Scoring: a path is scored as a whole conversation, assessing the person correctly (their truth, or the ending's).\n\
         Every branch that can be taken is followed; a line with several variants counts at their average length.\n"
    );
}

/// Why the exact search stopped short, in a sentence or two.
fn why_stopped(a: &Analysis) -> String {
    match &a.search.stopped {
        None | Some(Stopped::Budget) => format!(
            "The exact search stopped after {} node entries (see --budget).",
            thousands(a.search.budget)
        ),
        Some(Stopped::TurnCap { turns }) => format!(
            "The exact search follows a conversation for {turns} turns at most, and some here are longer\n\
             (a larger --budget would not help)."
        ),
        Some(Stopped::Loop {
            nodes,
            grows,
            only_longer,
        }) => {
            let round = round_of(nodes);
            let changes = if *only_longer {
                ",\nand each time round only the conversation gets longer".to_owned()
            } else if grows.is_empty() {
                String::new()
            } else {
                let each: Vec<String> = grows
                    .iter()
                    .map(|g| {
                        let way = if g.by > 0 { "grows" } else { "falls" };
                        format!("`{}` {way} by {}", g.var, g.by.unsigned_abs())
                    })
                    .collect();
                format!(",\nand each time round {}", join_and(&each))
            };
            format!(
                "The conversation can go round the loop {round} for ever{changes}:\n\
                 the exact search never meets the same situation twice, so it cannot finish (a larger --budget would not help)."
            )
        }
    }
}

/// One round of a loop, `'a' → 'b' → 'a'`, with the middle of a long round left out.
fn round_of(nodes: &[String]) -> String {
    let named: Vec<String> = nodes.iter().map(|n| format!("'{}'", column(n))).collect();
    if named.len() <= 8 {
        return named.join(" → ");
    }
    format!(
        "{} → … → {}",
        named[..3].join(" → "),
        named[named.len() - 3..].join(" → ")
    )
}

fn join_and(parts: &[String]) -> String {
    match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// Node ids in the report's columns are cut to this many characters, so that a huge id cannot
/// blow up a column (or the formatter's width limit).
const ID_COLUMN: usize = 40;

fn column(id: &str) -> String {
    shorten(id, ID_COLUMN)
}

fn endings(out: &mut String, a: &Analysis) {
    let width = a
        .endings
        .iter()
        .map(|e| column(&e.node).chars().count())
        .max()
        .unwrap_or(6)
        .max(6);
    let _ = writeln!(
        out,
        "Endings:\n  {:<width$}  {:<11}  {:<9}  {:>5}  {:>5}",
        "ending", "outcome", "truth", "best", "worst"
    );
    for e in &a.endings {
        let score = |s: Option<f64>| s.map_or("—".to_owned(), |s| format!("{s:.1}"));
        let _ = writeln!(
            out,
            "  {:<width$}  {:<11}  {:<9}  {:>5}  {:>5}",
            column(&e.node),
            e.outcome.map_or("?", Outcome::label),
            e.truth.map_or("?", |t| t.label()),
            score(e.best),
            score(e.worst)
        );
    }
    if a.endings.iter().any(|e| e.best.is_none()) {
        let _ = writeln!(out, "  (— : no path found reaches this ending)");
    }
    let _ = writeln!(out);
}

/// Long paths are shortened in the middle so the report stays readable.
const PATH_HEAD: usize = 20;
const PATH_TAIL: usize = 5;

fn path(out: &mut String, title: &str, p: &PathReport, file: &str) {
    let _ = writeln!(
        out,
        "{title}: {:.1}, {} turn{}, ends at '{}' ({}):",
        p.score,
        p.turns.len(),
        plural(p.turns.len()),
        p.ending,
        p.outcome.map_or("?", Outcome::label)
    );
    let width = p
        .turns
        .iter()
        .map(|t| column(&t.node).chars().count())
        .max()
        .unwrap_or(0);
    let long = p.turns.len() > PATH_HEAD + PATH_TAIL;
    for (i, t) in p.turns.iter().enumerate() {
        if long && i == PATH_HEAD {
            let _ = writeln!(
                out,
                "  ... {} more turns ...",
                p.turns.len() - PATH_HEAD - PATH_TAIL
            );
        }
        if long && (PATH_HEAD..p.turns.len() - PATH_TAIL).contains(&i) {
            continue;
        }
        let _ = writeln!(
            out,
            "  {:>3}. {:<width$}  [{}] {}",
            i + 1,
            column(&t.node),
            t.number,
            t.text
        );
    }
    match &p.reproduce {
        Some(r) if r.choices.len() <= 60 => {
            let choices: Vec<String> = r.choices.iter().map(ToString::to_string).collect();
            let _ = writeln!(
                out,
                "  Replay: doorstep run {file} --choose {} --seed {}   (with that seed's line variants it scores {:.1})",
                choices.join(","),
                r.seed,
                r.score
            );
        }
        Some(r) => {
            let _ = writeln!(
                out,
                "  Replay: seed {} follows this path ({} choices; see --json for the list).",
                r.seed,
                r.choices.len()
            );
        }
        None => {
            let _ = writeln!(
                out,
                "  (No seed from 0 to 255 makes the branches fall this way.)"
            );
        }
    }
    let _ = writeln!(out);
}

fn random(out: &mut String, a: &Analysis) {
    let r = &a.random;
    if r.runs == 0 {
        let _ = writeln!(out, "\nRandom play: none (--runs 0).");
        return;
    }
    let _ = writeln!(
        out,
        "\nRandom play: {} runs (seeds 0 to {}), each picking at random among the options on offer:",
        thousands(r.runs),
        r.runs.saturating_sub(1)
    );
    let _ = writeln!(
        out,
        "  One run visits {:.1}% of the nodes on average; together the runs visited {} of {}.",
        r.mean_share_visited * 100.0,
        thousands(r.nodes_visited),
        thousands(a.size.nodes)
    );
    let _ = writeln!(
        out,
        "  Finished {}, stuck {}, unfinished {} (turn limit {}).",
        thousands(r.finished),
        thousands(r.stuck),
        thousands(r.unfinished),
        thousands(r.turn_limit)
    );
    if let (Some(mean), Some(median), Some(low), Some(high)) =
        (r.mean_score, r.median_score, r.lowest, r.highest)
    {
        let _ = writeln!(
            out,
            "  Score: mean {mean:.1}, median {median:.1}, lowest {low:.1}, highest {high:.1}."
        );
    }
    let shown: Vec<String> = r
        .endings
        .iter()
        .map(|(id, n)| {
            let share = 100.0 * *n as f64 / r.runs.max(1) as f64;
            format!("{id} {share:.1}%")
        })
        .collect();
    const MAX_LISTED: usize = 12;
    let _ = writeln!(out, "  Endings: {}", listed(&shown, MAX_LISTED));
    if !r.never_visited.is_empty() {
        let _ = writeln!(
            out,
            "  Never visited: {}",
            listed(&r.never_visited, MAX_LISTED)
        );
    }
}

fn tells(out: &mut String, a: &Analysis) {
    let t = &a.tells;
    let _ = writeln!(
        out,
        "\nMeaning-blind play ({} seeds each, assessed correctly; an unfinished run counts 0):",
        t.seeds
    );
    for s in &t.strategies {
        let flag = if s.mean > STRATEGY_CEILING {
            "   ← scores well without reading"
        } else {
            ""
        };
        let mut unfinished = if s.unfinished > 0 {
            format!(", {} unfinished", s.unfinished)
        } else {
            String::new()
        };
        if s.seeds < t.seeds {
            unfinished.push_str(&format!(", only {} seeds (work limit)", s.seeds));
        }
        let _ = writeln!(
            out,
            "  {:<40} mean {:>5.1}   best {:>5.1}{unfinished}{flag}",
            s.name, s.mean, s.best
        );
    }
    let base = t.cues.first().map_or(0.0, |c| c.base_good);
    let _ = writeln!(
        out,
        "Wording cues among the options flagged good or as mistakes ({} of them good):",
        percent(base)
    );
    for c in &t.cues {
        let flag = if c.gives_away {
            "   ← gives the answer away"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  {:<52} {:>3} good, {:>3} mistake{}{flag}",
            c.cue,
            c.good,
            c.mistakes,
            plural(c.mistakes)
        );
    }
}

fn listed(items: &[String], max: usize) -> String {
    if items.len() <= max {
        items.join(", ")
    } else {
        format!(
            "{}, and {} more",
            items[..max].join(", "),
            thousands(items.len() - max)
        )
    }
}
