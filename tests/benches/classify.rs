//! `cargo bench --no-default-features --bench classify`: the move classifier's time per line
//! (training at first use, then classifying the labelled set line by line) and matching a line
//! at a node of the rally. Prints medians.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use doorstep::heard::{Classifier, corpus};
use doorstep::runtime::Conversation;

#[path = "../support/measure.rs"]
#[allow(dead_code)]
mod measure;

use measure::median;

fn main() {
    let lines = corpus::shipped();
    let start = Instant::now();
    let classifier = black_box(Classifier::train(&lines));
    println!(
        "training on {} lines: {:.1} ms",
        lines.len(),
        start.elapsed().as_secs_f64() * 1e3
    );
    let per_line: Vec<Duration> = lines
        .iter()
        .map(|l| {
            let start = Instant::now();
            black_box(classifier.classify(&l.text));
            start.elapsed()
        })
        .collect();
    let slowest = per_line.iter().max().copied().unwrap_or_default();
    println!(
        "classifying one line: median {:.3} ms, slowest {:.3} ms ({} lines)",
        median(per_line).as_secs_f64() * 1e3,
        slowest.as_secs_f64() * 1e3,
        lines.len()
    );
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/rally-kei.ron");
    let scenario = Arc::new(
        doorstep::load_file(&path)
            .expect("reads")
            .scenario
            .expect("valid"),
    );
    let conversation = Conversation::start(scenario, 0).expect("starts");
    let said = "Hi, I live a few blocks over. What do you think of all this?";
    let matching: Vec<Duration> = (0..200)
        .map(|_| {
            let start = Instant::now();
            black_box(conversation.hear(said));
            start.elapsed()
        })
        .collect();
    println!(
        "matching a line among 5 options: median {:.3} ms",
        median(matching).as_secs_f64() * 1e3
    );
}
