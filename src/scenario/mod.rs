//! Scenarios: the data model, loading from RON, and validation with located diagnostics.

pub mod diagnostic;
pub mod flags;
pub mod load;
pub mod locate;
pub mod model;
pub mod ordered;
mod split;
pub mod validate;

pub use diagnostic::{Diagnostic, Position, Severity};
pub use load::{Checked, MAX_FILE_BYTES, ReadError, load_bytes, load_file};
pub use model::*;
pub use ordered::OrderedMap;
