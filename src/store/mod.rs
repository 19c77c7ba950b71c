//! Saved data: where it lives, how it is written, and the history of attempts.

mod file;
pub mod history;

pub use file::{
    SetAside, WriteError, data_dir, file_stem, read_json, resolve_inside, write_atomic, write_json,
};
