//! Scenarios: the data model, loading from RON, and validation with located diagnostics.

pub mod diagnostic;
pub mod flags;
mod halves;
pub mod links;
pub mod load;
pub mod locate;
pub mod model;
pub mod ordered;
pub mod source_path;
pub mod suggest;
pub mod syntax;
pub mod validate;
pub mod vocabulary;

pub use diagnostic::{Diagnostic, Position, Severity};
pub use load::{Checked, MAX_FILE_BYTES, ReadError};
pub use model::*;
pub use ordered::OrderedMap;
