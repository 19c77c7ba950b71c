//! The conversation in progress: the `Session`, the room's vote, and the handler that steps it.

use std::sync::Arc;

use bevy::prelude::*;

use super::ApplyIntents;
use super::advice::PendingAdvice;
use super::language::UiLanguage;
use super::library::Library;
use super::navigate::Navigate;
use super::review::Reviewing;
use super::saying::Hearing;
use super::storage::Storage;
pub use super::vote::Room;
use super::watch::Watching;
use crate::app::screen::Screen;
use crate::i18n::{self, Arg};
use crate::runtime::{Conversation, carry, follows_after};
use crate::scenario::{Assessment, Scenario};
use crate::score::Report;
use crate::store::history::AttemptLink;

/// The attempt in progress (or just finished).
#[derive(Resource, Debug)]
pub struct Session {
    /// Library path of the scenario.
    pub path: String,
    pub conversation: Conversation,
    pub assessment: Option<Assessment>,
    pub note: String,
    pub report: Option<Report>,
    /// The better options still being searched for, after the report was first shown.
    /// Kept here so that a new session drops the search of the old one.
    pub advice: Option<PendingAdvice>,
    /// The room's highlighted pick and show of hands for the options on offer now.
    pub room: Room,
    /// Once assessed and saved: this attempt, for a follow-up to refer to.
    pub saved_as: Option<AttemptLink>,
    /// In a follow-up: the attempt it continues.
    pub follows: Option<AttemptLink>,
    /// Saying it yourself: the line typed this turn, heard, until it is taken.
    pub hearing: Option<Hearing>,
}

impl Session {
    /// A session outside the app, for views and tests.
    pub fn for_tests(path: &str, conversation: Conversation) -> Self {
        Session::new(path.to_owned(), conversation)
    }

    fn new(path: String, conversation: Conversation) -> Self {
        Session {
            path,
            conversation,
            assessment: None,
            note: String::new(),
            report: None,
            advice: None,
            room: Room::default(),
            saved_as: None,
            follows: None,
            hearing: None,
        }
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        self.conversation.scenario()
    }

    /// Picks an offered option, by its place shown or its number in file order; false if it
    /// is not on offer.
    fn choose(&mut self, pick: Pick) -> bool {
        let chosen = match pick {
            Pick::Shown(place) => self.conversation.choose_shown(place),
            Pick::Number(number) => self.conversation.choose(number),
        }
        .is_ok();
        if chosen {
            self.hearing = None;
            self.room.new_turn();
        }
        chosen
    }

    /// Says the typed line heard this turn, as matched (None) or as the option at a place
    /// shown; false, keeping the line, when that is not possible.
    fn take_as(&mut self, place: Option<usize>) -> bool {
        let Some(hearing) = &self.hearing else {
            return false;
        };
        let Some(taken) = hearing.taken_as(&self.conversation, place) else {
            return false;
        };
        if self.conversation.say(hearing.said.clone(), &taken).is_err() {
            return false;
        }
        self.hearing = None;
        self.room.new_turn();
        true
    }

    /// Goes back to just before a turn (1-based); false if there is no such turn.
    fn rewind(&mut self, turn: usize) -> bool {
        match self.conversation.rewind_to(turn) {
            Ok(rewound) => {
                self.conversation = rewound;
                self.hearing = None;
                self.room.new_turn();
                true
            }
            Err(_) => false,
        }
    }
}

/// Which option to pick: by its place in the order shown, or by its number in file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pick {
    Shown(usize),
    Number(usize),
}

/// A change to the conversation, already checked against the screen by the router.
#[derive(Message, Debug, Clone, PartialEq)]
pub(crate) enum SessionCommand {
    /// Start a conversation with a scenario from the library.
    Open(String),
    /// Start a conversation with the scenario just watched.
    OpenWatched,
    /// Pick the option at a place in the order shown (1-based).
    Choose(usize),
    /// Pick an offered option by its number in file order (1-based).
    ChooseNumber(usize),
    /// Pick the room's choice, if it has one.
    CommitPick,
    /// Go back to just before this turn (1-based).
    Rewind(usize),
    /// Go back to just before the last turn.
    RewindLast,
    /// Saying it yourself: hear a typed line and match it to an option.
    Hear(String),
    /// Say the heard line as it was matched (None) or as the option at a place shown.
    TakeAs(Option<usize>),
    /// Drop the heard line, to type another.
    Retype,
    /// Highlight an option (0-based) as the room's pick.
    Select(usize),
    /// Add (or with a negative number remove) hands for an option (0-based).
    Tally {
        option: usize,
        hands: i32,
    },
    ToggleTally,
    /// Start the same scenario again, in its latest good version.
    TryAgain,
    /// Start the follow-up of the finished conversation.
    FollowUp,
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<SessionCommand>();
    app.add_systems(
        Update,
        (
            handle_session_commands.in_set(ApplyIntents::Handle),
            follow_reloaded_scenario.after(ApplyIntents::Handle),
        ),
    );
}

pub(super) fn handle_session_commands(
    mut received: MessageReader<SessionCommand>,
    mut commands: Commands,
    library: Res<Library>,
    mut session: Option<ResMut<Session>>,
    mut storage: Option<ResMut<Storage>>,
    watching: Option<Res<Watching>>,
    reviewing: Option<Res<Reviewing>>,
    mut navigate: MessageWriter<Navigate>,
) {
    for command in received.read() {
        match command.clone() {
            SessionCommand::Open(path) => {
                if let Some(started) = start(&library, path, storage.as_deref_mut()) {
                    commands.insert_resource(started);
                    navigate.write(Navigate(Screen::Play));
                }
            }
            SessionCommand::OpenWatched => {
                let path = watching.as_ref().map(|w| w.path.clone());
                if let Some(started) =
                    path.and_then(|path| start(&library, path, storage.as_deref_mut()))
                {
                    commands.insert_resource(started);
                    navigate.write(Navigate(Screen::Play));
                }
            }
            SessionCommand::Choose(place) => {
                if let Some(s) = session.as_mut()
                    && s.choose(Pick::Shown(place))
                    && s.conversation.is_over()
                {
                    navigate.write(Navigate(Screen::Assess));
                }
            }
            SessionCommand::ChooseNumber(number) => {
                if let Some(s) = session.as_mut()
                    && s.choose(Pick::Number(number))
                    && s.conversation.is_over()
                {
                    navigate.write(Navigate(Screen::Assess));
                }
            }
            SessionCommand::CommitPick => {
                // The room's letters follow the order shown.
                let Some(s) = session.as_mut() else { continue };
                match s.room.pick() {
                    Some(pick) => {
                        if s.choose(Pick::Shown(pick + 1)) && s.conversation.is_over() {
                            navigate.write(Navigate(Screen::Assess));
                        }
                    }
                    None => s.room.needs_pick = true,
                }
            }
            SessionCommand::Rewind(turn) => {
                if let Some(s) = session.as_mut()
                    && s.rewind(turn)
                {
                    navigate.write(Navigate(Screen::Play));
                }
            }
            SessionCommand::RewindLast => {
                if let Some(s) = session.as_mut() {
                    let last = s.conversation.choices().len();
                    if s.rewind(last) {
                        navigate.write(Navigate(Screen::Play));
                    }
                }
            }
            SessionCommand::Hear(text) => {
                if let Some(s) = session.as_mut() {
                    s.hearing = Hearing::of(&s.conversation, &text);
                }
            }
            SessionCommand::TakeAs(place) => {
                if let Some(s) = session.as_mut()
                    && s.take_as(place)
                    && s.conversation.is_over()
                {
                    navigate.write(Navigate(Screen::Assess));
                }
            }
            SessionCommand::Retype => {
                if let Some(s) = session.as_mut() {
                    s.hearing = None;
                }
            }
            SessionCommand::Select(option) => {
                if let Some(s) = session.as_mut()
                    && option < s.conversation.offered().len()
                {
                    s.room.selected = Some(option);
                    s.room.needs_pick = false;
                }
            }
            SessionCommand::Tally { option, hands } => {
                if let Some(s) = session.as_mut() {
                    let offered = s.conversation.offered().len();
                    if option < offered {
                        s.room.hands.resize(offered, 0);
                        let count = &mut s.room.hands[option];
                        *count = count.saturating_add_signed(hands);
                        s.room.needs_pick = false;
                    }
                }
            }
            SessionCommand::ToggleTally => {
                if let Some(s) = session.as_mut() {
                    s.room.show_tally = !s.room.show_tally;
                }
            }
            SessionCommand::TryAgain => {
                if let Some(Reviewing(attempt)) = reviewing.as_deref() {
                    // A reopened attempt's scenario, afresh in its latest good version.
                    let path = library.by_id(&attempt.scenario).map(|(p, _)| p.to_owned());
                    if let Some(started) =
                        path.and_then(|path| start(&library, path, storage.as_deref_mut()))
                    {
                        commands.insert_resource(started);
                        navigate.write(Navigate(Screen::Play));
                    }
                } else if let Some(s) = session.as_mut() {
                    let latest = library.get(&s.path).and_then(|e| e.good.clone());
                    let scenario = latest.unwrap_or_else(|| Arc::clone(s.scenario()));
                    let seed = storage
                        .as_mut()
                        .map_or(s.conversation.seed().wrapping_add(1), |st| st.seed());
                    if let Ok(conversation) = Conversation::start(scenario, seed) {
                        **s = Session::new(s.path.clone(), conversation);
                        navigate.write(Navigate(Screen::Play));
                    }
                }
            }
            SessionCommand::FollowUp => {
                // A reopened attempt has no conversation to carry on from.
                if reviewing.is_some() {
                    continue;
                }
                let Some(s) = session.as_mut() else { continue };
                let Some((path, scenario)) = follow_up_of(&library, &s.conversation) else {
                    continue;
                };
                let carried = carry(&scenario, &s.conversation);
                let seed = storage.as_mut().map_or(0, |st| st.seed());
                if let Ok(conversation) = Conversation::start_after(scenario, seed, carried) {
                    let follows = s.saved_as.clone();
                    **s = Session::new(path, conversation);
                    s.follows = follows;
                    navigate.write(Navigate(Screen::Play));
                }
            }
        }
    }
}

/// The library's scenario that follows a finished conversation, with its path, if any.
pub fn follow_up_of(library: &Library, first: &Conversation) -> Option<(String, Arc<Scenario>)> {
    library.entries.iter().find_map(|entry| {
        let scenario = entry.good.as_ref()?;
        follows_after(scenario, first).then(|| (entry.path.clone(), Arc::clone(scenario)))
    })
}

/// A new session with a scenario from the library, if it has a good version.
fn start(library: &Library, path: String, storage: Option<&mut Storage>) -> Option<Session> {
    let scenario = library.get(&path)?.good.clone()?;
    let seed = storage.map_or(0, Storage::seed);
    let conversation = Conversation::start(scenario, seed).ok()?;
    Some(Session::new(path, conversation))
}

/// When the scenario being played is edited and reloads cleanly, replays the same choices on
/// the new version so an author sees the change at once.
fn follow_reloaded_scenario(
    library: Res<Library>,
    session: Option<ResMut<Session>>,
    mut storage: Option<ResMut<Storage>>,
    language: Res<UiLanguage>,
) {
    if !library.is_changed() {
        return;
    }
    let Some(mut session) = session else { return };
    let Some(latest) = library.get(&session.path).and_then(|e| e.good.clone()) else {
        return;
    };
    if Arc::ptr_eq(&latest, session.scenario()) || session.report.is_some() {
        return;
    }
    let saved = session.conversation.save();
    match Conversation::restore(latest, &saved) {
        Ok(replayed) => {
            session.conversation = replayed;
            // A line heard against the old options is typed again.
            session.hearing = None;
        }
        Err(e) => {
            if let Some(storage) = storage.as_mut() {
                storage.notice = Some(i18n::text_with(
                    language.0,
                    "status-scenario-no-longer-fits",
                    &[("error", Arg::from(e.to_string()))],
                ));
            }
        }
    }
}
