//! How a typed line was heard, in words, for the play screen and the debrief.

use crate::heard::Heard;
use crate::i18n::{Language, text_with};
use crate::render::labels::move_label;
use crate::words::percent;

/// "open question (88% sure, mixed with statement)", in `language`.
pub fn heard_as(language: Language, heard: &Heard) -> String {
    let mixed = match heard.with.filter(|_| heard.mixed) {
        Some(with) => format!(
            ", {}",
            text_with(
                language,
                "heard-mixed",
                &[("move", move_label(language, with).into())]
            )
        ),
        None => String::new(),
    };
    let sure = text_with(
        language,
        "debrief-sure",
        &[("share", percent(heard.confidence).into())],
    );
    format!("{} ({sure}{mixed})", move_label(language, heard.kind))
}
