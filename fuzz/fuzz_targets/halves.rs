//! Fuzz target: whatever the two-halves parse accepts, the one-piece parse reads the same way.
#![no_main]

use doorstep::scenario::load::{parse_in_halves, parse_in_one_piece};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Some(halves) = parse_in_halves(text) {
        let whole = parse_in_one_piece(text).expect("the halves accepted what the whole rejects");
        assert_eq!(
            halves, whole,
            "the halves and the whole read the file differently"
        );
    }
});
