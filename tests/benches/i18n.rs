//! `cargo bench --no-default-features --bench i18n`: what the interface's words cost. Building a
//! language's messages at first use, and one lookup with and without arguments, as a screen does
//! for each label every frame it draws. Prints medians.

use std::hint::black_box;
use std::time::Instant;

use doorstep::i18n::{self, Arg, Language};

#[path = "../support/measure.rs"]
#[allow(dead_code)]
mod measure;

use measure::measure_runs;

fn main() {
    for language in Language::ALL {
        let code = language.code();
        let start = Instant::now();
        black_box(i18n::text(language, "menu-heading"));
        println!(
            "{code}: first message (parses every resource): {:.2} ms",
            start.elapsed().as_secs_f64() * 1e3
        );
        measure_runs(&format!("{code}: 1,000 plain messages"), 15, || {
            for _ in 0..1_000 {
                black_box(i18n::text(language, "menu-heading"));
            }
        });
        measure_runs(&format!("{code}: 1,000 messages with plurals"), 15, || {
            for n in 0..1_000usize {
                black_box(i18n::text_with(
                    language,
                    "menu-length",
                    &[
                        ("turns", Arg::from(n % 20)),
                        ("moments", Arg::from(n)),
                        ("endings", Arg::from(n % 7)),
                    ],
                ));
            }
        });
    }
}
