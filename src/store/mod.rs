//! Saved data: where it lives, how it is written, the history of attempts and pairs practice,
//! exports, and bundles of attempts handed to a trainer.

pub mod bundle;
pub mod clock;
pub mod export;
mod file;
pub mod history;
pub mod pairs;
pub mod when;

pub use bundle::{BUNDLE_FORMAT, BUNDLE_VERSION, Bundle};
pub use file::{
    SetAside, WriteError, data_dir, file_stem, read_json, resolve_inside, write_atomic, write_json,
    write_new,
};
