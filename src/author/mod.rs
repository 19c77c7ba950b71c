//! Tools for scenario authors: the whole-scenario analysis, the Twine importer and the starter
//! scenario.

pub mod analysis;
pub mod starter;
pub mod twee;
