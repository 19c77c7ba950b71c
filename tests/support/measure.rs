//! Timing for the benchmarks: the median of several runs after a warm-up, printed as a row.

use std::hint::black_box;
use std::time::{Duration, Instant};

pub fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// Times `f` `runs` times after one warm-up run and prints the median and the fastest; what it
/// returns is dropped after the clock stops.
pub fn measure_runs<T>(name: &str, runs: usize, mut f: impl FnMut() -> T) {
    drop(f());
    let samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let result = black_box(f());
            let elapsed = start.elapsed();
            drop(result);
            elapsed
        })
        .collect();
    let min = samples.iter().min().copied().unwrap_or_default();
    println!(
        "{name:<52} median {:>8.2} ms   (min {:.2} ms, {runs} runs)",
        median(samples).as_secs_f64() * 1e3,
        min.as_secs_f64() * 1e3
    );
}
