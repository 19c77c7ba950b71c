//! Saying it yourself in the app: a typed line heard and matched, waiting to be taken.

use crate::runtime::{Conversation, Match, Said, Taken};

/// A typed line Doorstep has heard and matched, shown as "Taken as" until the trainee goes
/// with it or picks another option; nothing is said to the person before then.
#[derive(Debug, Clone, PartialEq)]
pub struct Hearing {
    pub said: Said,
    pub matched: Match,
}

impl Hearing {
    /// Hears a typed line at the conversation's current turn; None once it is over.
    pub fn of(conversation: &Conversation, text: &str) -> Option<Hearing> {
        if conversation.is_over() {
            return None;
        }
        let matched = conversation.hear(text);
        // The move heard is kept from the match, so the line is classified once.
        let said = Said {
            text: text.to_owned(),
            heard: matched.heard,
        };
        Some(Hearing { said, matched })
    }

    /// Whether the line matched nothing and the node has no `otherwise`: the trainee picks.
    pub fn needs_pick(&self) -> bool {
        matches!(self.matched.taken, Taken::Nothing)
    }

    /// What to say the line as: what it matched (None) or the option at a place shown; None
    /// when that is not possible (nothing matched, no such option).
    pub fn taken_as(&self, conversation: &Conversation, place: Option<usize>) -> Option<Taken> {
        match place {
            None => (!self.needs_pick()).then(|| self.matched.taken.clone()),
            Some(place) => conversation
                .offered()
                .into_iter()
                .find(|o| o.shown == place)
                .map(Taken::Option),
        }
    }
}
