//! What an attempt read from a trainee's file must be before it counts, and names and text from
//! such files made safe to show.

use crate::store::history::Attempt;
use crate::store::when::LATEST_SECOND;
use crate::words::shorten;

/// The most characters of a trainee's name kept.
pub const MAX_NAME_CHARS: usize = 80;

/// What cannot be true of an attempt Doorstep saved.
pub fn check(attempt: &Attempt) -> Result<(), String> {
    let report = &attempt.report;
    let id = &attempt.scenario;
    if id.trim().is_empty() {
        return Err("an attempt with no scenario id".into());
    }
    if id.chars().count() > crate::scenario::validate::MAX_ID_CHARS {
        return Err("an attempt whose scenario id is longer than any scenario's".into());
    }
    if report.scenario != *id || attempt.transcript.scenario != *id {
        return Err(format!(
            "an attempt whose parts disagree on its scenario ('{}', '{}' and '{}')",
            shorten(&printable(id), 40),
            shorten(&printable(&report.scenario), 40),
            shorten(&printable(&attempt.transcript.scenario), 40),
        ));
    }
    if attempt.finished_at > LATEST_SECOND {
        return Err("an attempt dated after the year 9999".into());
    }
    let score_ok = |x: f64| (0.0..=100.0).contains(&x);
    if !score_ok(report.overall) {
        return Err(format!(
            "an overall score of {}, outside 0–100",
            report.overall
        ));
    }
    if let Some(part) = report.parts.iter().find(|p| !score_ok(p.score)) {
        return Err(format!("a part score of {}, outside 0–100", part.score));
    }
    let airtime = &report.airtime;
    if ![airtime.questions, airtime.listening, airtime.talking]
        .iter()
        .all(|s| (0.0..=1.0).contains(s))
    {
        return Err("an airtime share outside 0–100%".into());
    }
    Ok(())
}

/// A trainee's name as shown: trimmed, without control characters, at most
/// [`MAX_NAME_CHARS`]; None when nothing is left.
pub fn clean_name(name: &str) -> Option<String> {
    let kept: String = printable(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    (!kept.is_empty()).then_some(kept)
}

/// Text without control characters (a terminal escape in a name must not reach the screen).
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}
