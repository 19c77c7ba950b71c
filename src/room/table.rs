//! The room as CSV, one row per attempt, for a spreadsheet.

use super::model::Room;
use crate::scenario::model::{Assessment, Outcome, Step};
use crate::score::FlagHit;
use crate::store::when::utc_timestamp;

/// The columns, in order.
pub const COLUMNS: [&str; 29] = [
    "attempt_id",
    "trainee",
    "scenario",
    "title",
    "finished_at",
    "round",
    "difficulty",
    "practice",
    "overall",
    "airtime_score",
    "steps_score",
    "behaviour_score",
    "outcome_score",
    "assessment_score",
    "questions_share",
    "listening_share",
    "talking_share",
    "steps_reached",
    "stalled_at",
    "outcome",
    "assessed",
    "truth",
    "assessed_correctly",
    "mistakes",
    "mistake_flags",
    "good_moves",
    "good_move_flags",
    "turns",
    "file",
];

/// Every attempt as a row of CSV (RFC 4180: commas, quotes and line breaks in a field are
/// quoted), with a header row.
pub fn csv(room: &Room) -> Result<Vec<u8>, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(COLUMNS)?;
    for a in &room.attempts {
        let trainee = room
            .trainees
            .get(a.trainee)
            .map_or("", |t| t.label.as_str());
        let part = |name: &str| a.part(name).map_or(String::new(), |s| format!("{s:.1}"));
        let row: [String; 29] = [
            a.id.to_string(),
            cell(trainee),
            cell(&a.scenario),
            cell(&a.title),
            utc_timestamp(a.finished_at).unwrap_or_default(),
            a.round.to_string(),
            a.difficulty.label().to_owned(),
            yes_no(a.practice).to_owned(),
            format!("{:.1}", a.overall),
            part("Airtime"),
            part("Five steps"),
            part("Behaviour"),
            part("Outcome"),
            part("Assessment"),
            format!("{:.3}", a.airtime[0]),
            format!("{:.3}", a.airtime[1]),
            format!("{:.3}", a.airtime[2]),
            a.reached.len().to_string(),
            a.stalled_at().map_or("", Step::label).to_owned(),
            a.outcome.map_or("", Outcome::label).to_owned(),
            a.assessed.map_or("", Assessment::label).to_owned(),
            a.truth.map_or("", Assessment::label).to_owned(),
            match a.assessed.zip(a.truth) {
                Some((given, truth)) => yes_no(given == truth).to_owned(),
                None => String::new(),
            },
            a.mistakes.len().to_string(),
            cell(&distinct_flags(&a.mistakes)),
            a.good_moves.len().to_string(),
            cell(&distinct_flags(&a.good_moves)),
            a.turns.to_string(),
            cell(&a.source.display().to_string()),
        ];
        out.write_record(&row)?;
    }
    out.into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))
}

/// Each flag once, in the order first made, separated by `;`.
fn distinct_flags(hits: &[FlagHit]) -> String {
    let mut flags: Vec<&str> = Vec::new();
    for hit in hits {
        if !flags.contains(&hit.flag.as_str()) {
            flags.push(&hit.flag);
        }
    }
    flags.join(";")
}

fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// Text from a trainee's file, safe in a spreadsheet: a cell that starts like a formula
/// (`=`, `+`, `-`, `@`, or a tab or carriage return before one) is read as text, not run.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}
