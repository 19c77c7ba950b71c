//! What the play screen shows, and who for: a trainee alone, the room, or the trainer.

use bevy_egui::egui;

use crate::app::state::prefs::Prefs;
use crate::app::state::saying::Hearing;
use crate::app::state::session::{Room, Session};
use crate::runtime::{Offered, Transcript};
use crate::scenario::Scenario;

/// Who the play screen is drawn for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// A trainee on their own: numbered options, no coach notes.
    Solo,
    /// The room, on a projector: lettered options and the show of hands.
    Room,
    /// The trainer's own screen while the room watches another: coach notes, hidden state,
    /// live scores.
    Trainer,
}

/// Everything the play screen shows.
pub struct PlayView<'a> {
    pub scenario: &'a Scenario,
    pub transcript: &'a Transcript,
    pub offered: Vec<Offered>,
    /// The node the options are at.
    pub node: &'a str,
    pub vars: Vec<(String, i64)>,
    pub room: &'a Room,
    pub prefs: &'a Prefs,
    pub audience: Audience,
    pub portrait: Option<egui::TextureId>,
    /// Buttons for whoever drives the app (going back, going with the pick). The room's own
    /// window has none: it only shows.
    pub controls: bool,
    /// Saying it yourself: the trainee types each line (alone only; the room votes).
    pub free: bool,
    /// The line typed this turn, heard and waiting to be taken.
    pub hearing: Option<&'a Hearing>,
}

impl<'a> PlayView<'a> {
    pub fn new(session: &'a Session, prefs: &'a Prefs, audience: Audience) -> Self {
        PlayView {
            scenario: session.scenario(),
            node: session.conversation.node(),
            transcript: session.conversation.transcript(),
            offered: session.conversation.offered(),
            vars: session
                .conversation
                .vars()
                .iter()
                .map(|(k, v)| (k.clone(), *v))
                .collect(),
            room: &session.room,
            prefs,
            audience,
            portrait: None,
            controls: true,
            free: prefs.free_text && audience == Audience::Solo,
            hearing: session.hearing.as_ref(),
        }
    }

    /// "A" to "I" for the room, "1" to "9" for a trainee alone.
    pub fn label(&self, position: usize) -> String {
        match self.audience {
            Audience::Solo => (position + 1).to_string(),
            _ => char::from(b'A' + (position % 26) as u8).to_string(),
        }
    }
}
