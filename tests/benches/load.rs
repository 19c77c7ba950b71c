//! `cargo bench`: load + validate a generated 10,000-node scenario, compiling it, a full
//! scripted run with scoring, and `analyze` on it and on every shipped scenario. Prints the
//! median of several runs. It is also how the two-thread parse and the choice of allocator were
//! weighed (docs/architecture.md gives the figures).

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use doorstep::author::analysis::{self, Settings};
use doorstep::runtime::{Conversation, Program};
use doorstep::scenario;
use doorstep::score;
// As the command line allocates (src/main.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../support/synthetic.rs"]
mod synthetic;

#[path = "../support/hostile.rs"]
mod hostile;

#[path = "../support/measure.rs"]
mod measure;

use measure::measure_runs;
use synthetic::{first_option_turns, large_scenario, realistic_dialogue};

const NODES: usize = 10_000;
const RUNS: usize = 15;

/// Times `f`; what it returns is dropped after the clock stops.
fn measure<T>(name: &str, f: impl FnMut() -> T) {
    measure_runs(name, RUNS, f);
}

/// A file name from a row's name: "20,000 unknown gotos" becomes "20-000-unknown-gotos".
fn slug(name: &str) -> String {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

fn main() {
    let text = large_scenario(NODES);
    let checked = doorstep::load_bytes(Path::new("synthetic.ron"), text.as_bytes());
    assert!(
        checked.diagnostics.is_empty(),
        "{:?}",
        &checked.diagnostics[..checked.diagnostics.len().min(5)]
    );
    let parsed = Arc::new(checked.scenario.expect("valid"));
    let options: usize = parsed.nodes.values().map(|n| n.options.len()).sum();
    println!(
        "scenario: {NODES} nodes, {options} options, {:.1} MiB of RON",
        text.len() as f64 / 1048576.0
    );

    measure("load + validate (parse, check, no errors)", || {
        doorstep::load_bytes(Path::new("synthetic.ron"), black_box(text.as_bytes()))
    });
    measure("parse only (ron -> model)", || {
        scenario::load::parse(black_box(&text)).expect("parses")
    });
    measure("parse only, on one thread", || {
        scenario::load::parse_in_one_piece(black_box(&text)).expect("parses")
    });
    measure("utf-8 check only", || {
        std::str::from_utf8(black_box(text.as_bytes())).is_ok()
    });
    measure("validate only", || {
        scenario::validate::validate(black_box(&parsed))
    });
    measure("compile (scenario -> program)", || {
        Program::new(Arc::clone(&parsed))
    });
    // An author's file usually has a few warnings while it is being written; placing them in
    // the source must not make loading much slower than a clean load. The files are also written
    // out, so that whole-process `doorstep check` can be timed on them.
    let out_dir = std::env::temp_dir().join("doorstep-bench");
    let _ = std::fs::create_dir_all(&out_dir);
    for warnings in [0, 5] {
        let text = realistic_dialogue(NODES, warnings);
        let checked = doorstep::load_bytes(Path::new("realistic.ron"), text.as_bytes());
        assert_eq!(
            checked.diagnostics.len(),
            warnings,
            "{:?}",
            checked.diagnostics
        );
        let file = out_dir.join(format!("realistic-{warnings}-warnings.ron"));
        let _ = std::fs::write(&file, &text);
        measure(
            &format!(
                "load + validate, realistic {:.1} MiB, {warnings} warnings",
                text.len() as f64 / 1048576.0
            ),
            || doorstep::load_bytes(Path::new("realistic.ron"), black_box(text.as_bytes())),
        );
    }
    let program = Arc::new(Program::new(Arc::clone(&parsed)));
    let turns = first_option_turns(NODES);
    measure(&format!("scripted run of {turns} turns + scoring"), || {
        let mut conversation = Conversation::begin(Arc::clone(&program), 1).expect("starts");
        for _ in 0..turns {
            conversation.choose(1).expect("option 1 is always offered");
        }
        assert!(conversation.is_over());
        (
            score::score(&parsed, conversation.transcript(), None),
            conversation,
        )
    });
    // Analysis: load + validate + analyse, as `doorstep analyze` does, with default settings.
    measure_runs("analyze (10,000 nodes, bounded)", 5, || {
        let checked = doorstep::load_bytes(Path::new("synthetic.ron"), black_box(text.as_bytes()));
        analysis::analyze(
            checked.scenario.as_ref().expect("valid"),
            Settings::default(),
        )
    });
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut shipped: Vec<_> = std::fs::read_dir(&folder)
        .expect("scenarios folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    shipped.sort();
    for path in shipped {
        let bytes = std::fs::read(&path).expect("readable");
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        measure(&format!("analyze {name}"), || {
            // A follow-up's stored paths play after the first conversation beside it.
            let checked =
                doorstep::runtime::load_bytes_beside(&path, black_box(&bytes), Some(&folder));
            analysis::analyze(
                checked.scenario.as_ref().expect("valid"),
                Settings::default(),
            )
        });
    }
    // Hostile files at full size: each must load (with its errors counted) in well under 5 s.
    let hostile_files: [(&str, String); 7] = [
        (
            "two 64K-character ids one letter apart",
            hostile::long_ids(65_536),
        ),
        ("20,000 unknown gotos", hostile::unknown_gotos(20_000)),
        (
            "20,000 undefined variables",
            hostile::undefined_vars(20_000),
        ),
        (
            "100,000 distinct flags on one option",
            hostile::many_flags(100_000, true),
        ),
        (
            "1,600,000 copies of one flag",
            hostile::many_flags(1_600_000, false),
        ),
        (
            "100,000 options at one node",
            hostile::many_options(100_000),
        ),
        (
            "100,000 options with conditions, 25 a node",
            hostile::conditional_options(4_000, 25),
        ),
    ];
    for (i, (name, text)) in hostile_files.iter().enumerate() {
        // Kept for tests/benches/hostile.sh, which times whole commands on them.
        let _ = std::fs::write(
            out_dir.join(format!("hostile-{i}-{}.ron", slug(name))),
            text,
        );
        measure_runs(&format!("check: {name}"), 3, || {
            doorstep::load_bytes(Path::new("hostile.ron"), black_box(text.as_bytes()))
        });
    }
    // The largest files `analyze` must take in its stride: a dialogue near the size limit, and
    // the conditions above (which load cleanly, so analysis runs on them).
    let near_limit = realistic_dialogue(16_000, 0);
    assert!(near_limit.len() < 16 * 1024 * 1024);
    let conditional = hostile::conditional_options(4_000, 25);
    for (name, text) in [
        (
            format!(
                "realistic 16,000-node dialogue, {:.1} MiB",
                near_limit.len() as f64 / 1048576.0
            ),
            &near_limit,
        ),
        ("100,000 options with conditions".to_owned(), &conditional),
    ] {
        let file = out_dir.join(format!("{}.ron", name.split(',').next().unwrap_or("big")));
        let _ = std::fs::write(file, text);
        let checked = doorstep::load_bytes(Path::new("big.ron"), text.as_bytes());
        let Some(scenario) = checked.scenario else {
            println!(
                "analyze: {name}: does not load: {:?}",
                checked.first_error()
            );
            continue;
        };
        measure_runs(&format!("analyze: {name}"), 3, || {
            analysis::analyze(&scenario, Settings::default())
        });
        // `run --random`: thousands of turns, each with the debrief's advice search.
        let scenario = Arc::new(scenario);
        measure_runs(&format!("random run + advice: {name}"), 3, || {
            let mut conversation = Conversation::start(Arc::clone(&scenario), 1).expect("starts");
            conversation.play_randomly(1);
            analysis::score_with_advice(&scenario, conversation.transcript(), None)
        });
    }
    let stories = [
        (
            "4,000 passages of one name",
            hostile::same_name_passages(4_000),
        ),
        ("200 KB of unclosed [[", hostile::unclosed("[[", 200_000)),
        ("200 KB of unclosed <<", hostile::unclosed("<<", 200_000)),
    ];
    for (i, (name, text)) in stories.iter().enumerate() {
        let _ = std::fs::write(out_dir.join(format!("twee-{i}-{}.twee", slug(name))), text);
        measure_runs(&format!("import twee: {name}"), 3, || {
            doorstep::author::twee::import(black_box(text), "hostile.twee")
        });
    }
}
