//! `cargo bench --no-default-features --bench classify`: the move classifier's time per line in
//! English and in Spanish (training at first use, then classifying the labelled set line by line)
//! and matching a typed line at the start of the rally and of the Spanish raid. Prints medians.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use doorstep::heard::{Classifier, corpus};
use doorstep::i18n::Language;
use doorstep::runtime::Conversation;

#[path = "../support/measure.rs"]
#[allow(dead_code)]
mod measure;

use measure::median;

fn main() {
    for (language, scenario, said) in [
        (
            Language::En,
            "rally-kei",
            "Hi, I live a few blocks over. What do you think of all this?",
        ),
        (
            Language::Es,
            "raid-rights.es",
            "¿Cómo vas con lo de las noticias? Te vi muy seria.",
        ),
    ] {
        bench_language(language, scenario, said);
    }
}

/// Training, classifying each labelled line, and matching one typed line at a scenario's start.
fn bench_language(language: Language, scenario: &str, said: &str) {
    let code = language.code();
    let lines = corpus::shipped_in(language);
    let start = Instant::now();
    let classifier = black_box(Classifier::train_in(language, &lines));
    println!(
        "{code}: training on {} lines: {:.1} ms",
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
        "{code}: classifying one line: median {:.3} ms, slowest {:.3} ms ({} lines)",
        median(per_line).as_secs_f64() * 1e3,
        slowest.as_secs_f64() * 1e3,
        lines.len()
    );
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(format!("{scenario}.ron"));
    let scenario = Arc::new(
        doorstep::load_file(&path)
            .expect("reads")
            .scenario
            .expect("valid"),
    );
    let conversation = Conversation::start(scenario, 0).expect("starts");
    let options = conversation.offered().len();
    let matching: Vec<Duration> = (0..200)
        .map(|_| {
            let start = Instant::now();
            black_box(conversation.hear(said));
            start.elapsed()
        })
        .collect();
    println!(
        "{code}: matching a line among {options} options: median {:.3} ms",
        median(matching).as_secs_f64() * 1e3
    );
}
