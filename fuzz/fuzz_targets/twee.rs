//! Fuzz target: importing any Twee text never panics, and what it writes loads with no errors.
#![no_main]

use std::path::Path;

use doorstep::author::twee::import;
use doorstep::scenario::MAX_FILE_BYTES;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(imported) = import(text, "fuzz.twee") else {
        return;
    };
    if imported.ron.len() as u64 > MAX_FILE_BYTES {
        return;
    }
    let checked = doorstep::load_bytes(Path::new("imported.ron"), imported.ron.as_bytes());
    if let Some(error) = checked.first_error() {
        panic!(
            "the import wrote a scenario with an error: {error}\n{}",
            imported.ron
        );
    }
});
