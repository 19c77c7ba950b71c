//! Drawing helpers shared by the screens: where they draw, input, the conversation log, charts.

pub mod bars;
pub mod charts;
pub mod heard;
pub mod input;
pub mod log;
pub mod root;
