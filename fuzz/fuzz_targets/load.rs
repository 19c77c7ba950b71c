//! Fuzz target: any bytes load into a scenario or into diagnostics, never a panic or a hang.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let checked = doorstep::load_bytes(Path::new("fuzz.ron"), bytes);
    // Every diagnostic names a real place: lines and columns count from one.
    for diagnostic in &checked.diagnostics {
        assert!(diagnostic.position.line >= 1 && diagnostic.position.col >= 1);
        assert!(!diagnostic.message.is_empty());
    }
    assert_eq!(checked.scenario.is_some(), !checked.has_errors());
});
