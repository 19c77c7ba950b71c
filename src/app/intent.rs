//! What the user asked for: views, keys and tests send an `Intent`; `state::route` interprets it.

use bevy::prelude::*;

use crate::scenario::{Assessment, Step};
use crate::score::Airtime;

/// A user request, from a view, a key or a test.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Intent {
    /// Start a conversation with a scenario from the library (by its path).
    Open(String),
    /// Pick the option at this place in the order shown (1-based): what a trainee presses.
    Choose(usize),
    /// Pick an offered option by its number in file order (1-based), as stored paths count:
    /// for scripts that follow a path, such as screenshots.
    ChooseNumber(usize),
    /// Go back to just before this turn (1-based); the attempt becomes practice.
    Rewind(usize),
    ToggleTracker,
    ToggleAirtime,
    /// Finish the assessment and see the debrief.
    Assess {
        assessment: Assessment,
        note: String,
    },
    /// Play the same scenario again from the start.
    TryAgain,
    /// After a debrief: the second conversation with the same person, carrying over what this
    /// one left (when a scenario in the library follows it).
    FollowUp,
    ToMenu,
    ShowHistory,
    /// In History: open a past attempt's debrief, by its index in `Storage::attempts`.
    ReopenAttempt(usize),
    /// Export the debrief, or the pairs results, shown.
    Export(ExportFormat),
    /// In History: write these attempts (by index in `Storage::attempts`) as one bundle into
    /// the exports folder, for a trainer. The name goes in only if one is given.
    ExportBundle {
        attempts: Vec<usize>,
        name: Option<String>,
    },
    /// Room results: the screen where a trainer reads a folder of bundles.
    ShowRoom,
    /// Read a folder of bundles and attempt files, off the frame, and show the room's results.
    OpenRoom(std::path::PathBuf),
    /// Write the room's results to the exports folder.
    ExportRoom(RoomFormat),
    /// UI scale, 1.0 = 100%.
    SetScale(f32),
    /// How much help the trainee gets: see `Difficulty`.
    SetDifficulty(crate::store::history::Difficulty),
    /// Say it yourself: type lines instead of choosing them (a trainee alone, not the room).
    ToggleFreeText,
    /// The interface's language, chosen on the menu and saved.
    SetLanguage(crate::i18n::Language),
    /// Say it yourself: a line the trainee typed, to be heard and matched to an option.
    Say(String),
    /// Say it yourself: go with the option the typed line was taken as (None), or with another
    /// option, by its place shown (1-based).
    TakeAs(Option<usize>),
    /// Say it yourself: drop what the typed line was taken as, to say it differently.
    Retype,

    /// Highlight an option (0-based) as the room's pick, without committing it.
    Select(usize),
    /// Raised hands for an option (0-based): add, or remove with a negative number.
    Tally {
        option: usize,
        hands: i32,
    },
    ToggleTally,
    /// The clicker's "next": commit the pick, reveal the next line, start or end a timer run.
    Advance,
    /// The clicker's "back": rewind a turn, or hide the last thing revealed.
    Back,

    /// Projector mode: large, high-contrast type and lettered options (F5).
    ToggleProjector,
    /// Black out the projected picture, or bring it back (B or .).
    ToggleBlank,
    /// Open or close the audience window for the projector (F6).
    ToggleAudienceWindow,
    Timer(TimerControl),

    /// Play a scenario's scripted path line by line, then reveal what went wrong.
    Watch {
        path: String,
        script: String,
    },
    /// After watching: play the same scenario with the room choosing.
    OneBigOrganizer,

    /// Pairs practice with a scenario: a card for the partner, a timer, an observer's tally.
    Pairs(String),
    ToggleCard,
    /// An observer's mark. `seconds` is set when the key was held (timed); None is one tap.
    Mark {
        kind: Airtime,
        seconds: Option<f64>,
    },
    /// Tick or untick a step on the observer's checklist.
    CheckStep(Step),
    /// Switch the tally between tapping once per utterance and timing while held.
    ToggleMarkMode,
    /// Pairs: swap who organizes and who plays the person, for the next round.
    SwapRoles,
}

/// Countdown timer controls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimerControl {
    StartPause,
    Reset,
    /// Change the length by this many minutes.
    AddMinutes(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    Json,
}

/// How the room's results are written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoomFormat {
    Markdown,
    /// One row per attempt, for a spreadsheet.
    Csv,
    /// One xAPI statement per attempt, for a Learning Record Store.
    Xapi,
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<Intent>();
}
