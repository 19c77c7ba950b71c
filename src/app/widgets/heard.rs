//! How a typed line was heard, in words, for the play screen and the debrief.

use crate::heard::Heard;
use crate::words::percent;

/// "open question (88% sure, mixed with statement)".
pub fn heard_as(heard: &Heard) -> String {
    let mixed = match heard.with.filter(|_| heard.mixed) {
        Some(with) => format!(", mixed with {}", with.label()),
        None => String::new(),
    };
    format!(
        "{} ({} sure{mixed})",
        heard.kind.label(),
        percent(heard.confidence)
    )
}
