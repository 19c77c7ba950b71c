//! `cargo bench --bench room`: gathering a room of 1,000 and 10,000 attempts (bundles of ten, and
//! 1,000 loose attempt files), in the library and as a whole `doorstep room` process, and the
//! report, Markdown, CSV and xAPI built from it. Prints the median of several runs. It also
//! writes docs/room.md's example workshop to `doorstep-bench/workshop` in the temporary folder.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use doorstep::room::{self, xapi};
use measure::measure_runs;

// As the command line allocates (src/main.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../support/measure.rs"]
mod measure;

#[path = "../support/attempts.rs"]
#[allow(dead_code)]
mod attempts;

const RUNS: usize = 11;

/// The files are in the page cache after the warm-up run.
fn measure<T>(name: &str, f: impl FnMut() -> T) {
    measure_runs(name, RUNS, f);
}

/// The whole `doorstep room FOLDER` process, its report thrown away.
fn whole_process(folder: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_doorstep"))
        .arg("room")
        .arg(folder)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("doorstep runs");
    assert!(status.success());
}

fn folder_size(path: &Path) -> u64 {
    match std::fs::read_dir(path) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| folder_size(&e.path()))
            .sum(),
        Err(_) => std::fs::metadata(path).map_or(0, |m| m.len()),
    }
}

fn main() {
    let out = std::env::temp_dir().join("doorstep-bench");
    attempts::demo_workshop(&out.join("workshop"));
    for (attempts, each, label) in [
        (1_000, 10, "1,000 attempts in 100 bundles"),
        (1_000, 1, "1,000 attempts in 1,000 loose files"),
        (10_000, 10, "10,000 attempts in 1,000 bundles"),
    ] {
        let folder = out.join(format!("room-{attempts}-{each}"));
        let started = Instant::now();
        if each == 1 {
            attempts::random_loose_room(&folder, attempts);
        } else {
            attempts::random_room(&folder, attempts / each, each);
        }
        println!(
            "\n{label}: {:.1} MiB, written in {:.1} s",
            folder_size(&folder) as f64 / 1_048_576.0,
            started.elapsed().as_secs_f64()
        );
        let gathered = room::gather(&folder).expect("reads");
        assert_eq!(gathered.attempts.len(), attempts);
        assert!(gathered.skipped.is_empty(), "{:?}", gathered.skipped);
        measure("gather (library, every core)", || room::gather(&folder));
        measure("gather (library, one thread)", || {
            room::gather_on(&folder, 1)
        });
        measure("report", || room::report(&gathered));
        let report = room::report(&gathered);
        measure("markdown", || room::markdown(&report));
        measure("csv", || room::csv(&gathered));
        measure("xapi statements as JSON", || {
            serde_json::to_vec(&xapi::statements(&gathered, &xapi::Base::default()))
        });
        measure("doorstep room FOLDER (whole process)", || {
            whole_process(&folder)
        });
    }
}
