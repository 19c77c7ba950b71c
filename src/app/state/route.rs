//! The one place that interprets an `Intent`: what it means here, and which handler acts on it.

use bevy::prelude::*;

use super::ApplyIntents;
use super::bundle::BundleCommand;
use super::debrief::DebriefCommand;
use super::navigate::Navigate;
use super::pairs::PairsCommand;
use super::prefs::PrefsCommand;
use super::room::RoomCommand;
use super::session::SessionCommand;
use super::watch::WatchCommand;
use super::workshop::WorkshopCommand;
use crate::app::intent::Intent;
use crate::app::screen::Screen;

/// An intent, addressed to the concern that handles it.
#[derive(Debug, Clone, PartialEq)]
enum Routed {
    Session(SessionCommand),
    Debrief(DebriefCommand),
    Prefs(PrefsCommand),
    Workshop(WorkshopCommand),
    Watch(WatchCommand),
    Pairs(PairsCommand),
    Room(RoomCommand),
    Bundle(BundleCommand),
    Navigate(Screen),
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, route_intents.in_set(ApplyIntents::Route));
}

fn route_intents(
    mut intents: MessageReader<Intent>,
    screen: Res<State<Screen>>,
    settings: Res<super::prefs::Prefs>,
    room: Res<super::workshop::Workshop>,
    mut session: MessageWriter<SessionCommand>,
    mut debrief: MessageWriter<DebriefCommand>,
    mut prefs: MessageWriter<PrefsCommand>,
    mut workshop: MessageWriter<WorkshopCommand>,
    mut watch: MessageWriter<WatchCommand>,
    mut pairs: MessageWriter<PairsCommand>,
    mut room_commands: MessageWriter<RoomCommand>,
    mut bundles: MessageWriter<BundleCommand>,
    mut navigate: MessageWriter<Navigate>,
) {
    for intent in intents.read() {
        let rewind = settings.difficulty.allows_rewind();
        // Typed lines are for a trainee alone: on the projector the room votes on options.
        let free = settings.free_text && !room.projector;
        if room.blank && acts_on_the_room(intent) {
            continue;
        }
        for routed in route(intent.clone(), *screen.get(), rewind, free) {
            match routed {
                Routed::Session(command) => {
                    session.write(command);
                }
                Routed::Debrief(command) => {
                    debrief.write(command);
                }
                Routed::Prefs(command) => {
                    prefs.write(command);
                }
                Routed::Workshop(command) => {
                    workshop.write(command);
                }
                Routed::Watch(command) => {
                    watch.write(command);
                }
                Routed::Pairs(command) => {
                    pairs.write(command);
                }
                Routed::Room(command) => {
                    room_commands.write(command);
                }
                Routed::Bundle(command) => {
                    bundles.write(command);
                }
                Routed::Navigate(to) => {
                    navigate.write(Navigate(to));
                }
            }
        }
    }
}

/// Whether an intent changes what the room sees: while the screen is blanked these wait, so
/// nothing moves on behind the black (the trainer's setting keys still work).
fn acts_on_the_room(intent: &Intent) -> bool {
    match intent {
        Intent::Choose(_)
        | Intent::ChooseNumber(_)
        | Intent::Rewind(_)
        | Intent::Select(_)
        | Intent::Tally { .. }
        | Intent::ToggleTally
        | Intent::Advance
        | Intent::Back
        | Intent::Mark { .. }
        | Intent::CheckStep(_)
        | Intent::ToggleCard
        | Intent::ToggleMarkMode
        | Intent::SwapRoles
        | Intent::Say(_)
        | Intent::TakeAs(_)
        | Intent::Retype
        | Intent::OneBigOrganizer => true,
        Intent::Open(_)
        | Intent::ToggleTracker
        | Intent::ToggleAirtime
        | Intent::Assess { .. }
        | Intent::TryAgain
        | Intent::FollowUp
        | Intent::ToMenu
        | Intent::ShowHistory
        | Intent::Export(_)
        | Intent::SetScale(_)
        | Intent::SetDifficulty(_)
        | Intent::ToggleFreeText
        | Intent::SetLanguage(_)
        | Intent::ToggleProjector
        | Intent::ToggleBlank
        | Intent::ToggleAudienceWindow
        | Intent::Timer(_)
        | Intent::Watch { .. }
        | Intent::Pairs(_)
        | Intent::ReopenAttempt(_)
        | Intent::ExportBundle { .. }
        | Intent::ShowRoom
        | Intent::OpenRoom(_)
        | Intent::ExportRoom(_) => false,
    }
}

/// What an intent means on a screen. Every intent is listed, with the screens it is ignored
/// on, so a new one cannot be forgotten. `free` is saying it yourself, for a trainee alone.
fn route(intent: Intent, screen: Screen, rewind_allowed: bool, free: bool) -> Vec<Routed> {
    use Routed::{Bundle, Debrief, Navigate, Pairs, Prefs, Room, Session, Watch, Workshop};
    let on_pairs = screen == Screen::Pairs;
    let saying = free && screen == Screen::Play;
    let routed = match intent {
        Intent::Open(path) => Session(SessionCommand::Open(path)),
        Intent::Choose(place) if screen == Screen::Play => Session(SessionCommand::Choose(place)),
        Intent::ChooseNumber(number) if screen == Screen::Play => {
            Session(SessionCommand::ChooseNumber(number))
        }
        Intent::Choose(_) | Intent::ChooseNumber(_) => return Vec::new(),
        // An assessed run cannot go back.
        Intent::Rewind(turn)
            if rewind_allowed && matches!(screen, Screen::Play | Screen::Assess) =>
        {
            Session(SessionCommand::Rewind(turn))
        }
        Intent::Rewind(_) => return Vec::new(),
        Intent::Say(text) if saying => Session(SessionCommand::Hear(text)),
        Intent::TakeAs(place) if saying => Session(SessionCommand::TakeAs(place)),
        Intent::Retype if saying => Session(SessionCommand::Retype),
        Intent::Say(_) | Intent::TakeAs(_) | Intent::Retype => return Vec::new(),
        Intent::Select(option) => Session(SessionCommand::Select(option)),
        Intent::Tally { option, hands } => Session(SessionCommand::Tally { option, hands }),
        Intent::ToggleTally => Session(SessionCommand::ToggleTally),
        Intent::TryAgain => Session(SessionCommand::TryAgain),
        Intent::FollowUp if screen == Screen::Debrief => Session(SessionCommand::FollowUp),
        Intent::FollowUp => return Vec::new(),
        Intent::Advance => match screen {
            Screen::Play => Session(SessionCommand::CommitPick),
            Screen::Watch => Watch(WatchCommand::Next),
            Screen::Pairs => Pairs(PairsCommand::Next),
            Screen::Menu | Screen::Assess | Screen::Debrief | Screen::History | Screen::Room => {
                return Vec::new();
            }
        },
        Intent::Back => match screen {
            Screen::Play | Screen::Assess if rewind_allowed => Session(SessionCommand::RewindLast),
            Screen::Play | Screen::Assess => return Vec::new(),
            Screen::Watch => Watch(WatchCommand::Previous),
            Screen::Pairs => Pairs(PairsCommand::Previous),
            Screen::Menu | Screen::Debrief | Screen::History | Screen::Room => return Vec::new(),
        },
        Intent::Assess { assessment, note } => Debrief(DebriefCommand::Assess { assessment, note }),
        Intent::Export(format) => match screen {
            Screen::Debrief => Debrief(DebriefCommand::Export(format)),
            Screen::Pairs => Pairs(PairsCommand::Export(format)),
            Screen::Menu
            | Screen::Play
            | Screen::Assess
            | Screen::Watch
            | Screen::History
            | Screen::Room => {
                return Vec::new();
            }
        },
        Intent::ExportBundle { attempts, name } if screen == Screen::History => {
            Bundle(BundleCommand { attempts, name })
        }
        Intent::ExportBundle { .. } => return Vec::new(),
        Intent::ShowRoom => Navigate(Screen::Room),
        // From the command line at start, or the folder typed on the Room screen.
        Intent::OpenRoom(folder) => {
            return vec![Room(RoomCommand::Gather(folder)), Navigate(Screen::Room)];
        }
        Intent::ExportRoom(format) if screen == Screen::Room => Room(RoomCommand::Export(format)),
        Intent::ExportRoom(_) => return Vec::new(),
        Intent::ToMenu => Navigate(Screen::Menu),
        Intent::ShowHistory => Navigate(Screen::History),
        Intent::ReopenAttempt(index) if screen == Screen::History => {
            Debrief(DebriefCommand::Reopen(index))
        }
        Intent::ReopenAttempt(_) => return Vec::new(),
        Intent::ToggleTracker => Prefs(PrefsCommand::ToggleTracker),
        Intent::ToggleAirtime => Prefs(PrefsCommand::ToggleAirtime),
        Intent::SetScale(scale) => Prefs(PrefsCommand::SetScale(scale)),
        Intent::SetDifficulty(difficulty) => Prefs(PrefsCommand::SetDifficulty(difficulty)),
        Intent::ToggleFreeText => Prefs(PrefsCommand::ToggleFreeText),
        Intent::SetLanguage(language) => Prefs(PrefsCommand::SetLanguage(language)),
        Intent::ToggleProjector => Workshop(WorkshopCommand::ToggleProjector),
        Intent::ToggleBlank => Workshop(WorkshopCommand::ToggleBlank),
        Intent::ToggleAudienceWindow => Workshop(WorkshopCommand::ToggleAudienceWindow),
        Intent::Timer(control) => Workshop(WorkshopCommand::Timer(control)),
        Intent::Watch { path, script } => Watch(WatchCommand::Start { path, script }),
        // The room replays what it watched, on the projector.
        Intent::OneBigOrganizer => {
            return vec![
                Workshop(WorkshopCommand::ProjectorOn),
                Session(SessionCommand::OpenWatched),
            ];
        }
        Intent::Pairs(path) => Pairs(PairsCommand::Start(path)),
        Intent::ToggleCard if on_pairs => Pairs(PairsCommand::ToggleCard),
        Intent::ToggleMarkMode if on_pairs => Pairs(PairsCommand::ToggleMarkMode),
        Intent::Mark { kind, seconds } if on_pairs => Pairs(PairsCommand::Mark { kind, seconds }),
        Intent::CheckStep(step) if on_pairs => Pairs(PairsCommand::CheckStep(step)),
        Intent::SwapRoles if on_pairs => Pairs(PairsCommand::SwapRoles),
        Intent::ToggleCard
        | Intent::ToggleMarkMode
        | Intent::Mark { .. }
        | Intent::CheckStep(_)
        | Intent::SwapRoles => {
            return Vec::new();
        }
    };
    vec![routed]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_assessed_run_cannot_go_back() {
        assert!(route(Intent::Back, Screen::Play, false, false).is_empty());
        assert!(route(Intent::Rewind(1), Screen::Assess, false, false).is_empty());
        assert_eq!(
            route(Intent::Rewind(1), Screen::Play, true, false),
            [Routed::Session(SessionCommand::Rewind(1))]
        );
    }

    #[test]
    fn next_and_back_mean_what_the_screen_shows() {
        let cases = [
            (
                Screen::Play,
                Some(SessionCommand::CommitPick),
                Some(SessionCommand::RewindLast),
            ),
            (Screen::Assess, None, Some(SessionCommand::RewindLast)),
            (Screen::Menu, None, None),
            (Screen::Debrief, None, None),
            (Screen::History, None, None),
        ];
        for (screen, next, back) in cases {
            assert_eq!(
                route(Intent::Advance, screen, true, false),
                Vec::from_iter(next.map(Routed::Session))
            );
            assert_eq!(
                route(Intent::Back, screen, true, false),
                Vec::from_iter(back.map(Routed::Session))
            );
        }
        assert_eq!(
            route(Intent::Advance, Screen::Watch, true, false),
            [Routed::Watch(WatchCommand::Next)]
        );
        assert_eq!(
            route(Intent::Back, Screen::Pairs, true, false),
            [Routed::Pairs(PairsCommand::Previous)]
        );
    }

    #[test]
    fn typed_lines_count_only_when_saying_it_yourself_in_play() {
        let say = || Intent::Say("What happened?".into());
        assert!(route(say(), Screen::Play, true, false).is_empty());
        assert!(route(say(), Screen::Debrief, true, true).is_empty());
        assert_eq!(
            route(say(), Screen::Play, true, true),
            [Routed::Session(SessionCommand::Hear(
                "What happened?".into()
            ))]
        );
        assert_eq!(
            route(Intent::TakeAs(Some(2)), Screen::Play, false, true),
            [Routed::Session(SessionCommand::TakeAs(Some(2)))]
        );
    }

    #[test]
    fn bundles_leave_from_history_and_a_room_opens_from_anywhere() {
        let bundle = Intent::ExportBundle {
            attempts: vec![0],
            name: None,
        };
        assert!(route(bundle.clone(), Screen::Debrief, true, false).is_empty());
        assert_eq!(
            route(bundle, Screen::History, true, false),
            [Routed::Bundle(BundleCommand {
                attempts: vec![0],
                name: None
            })]
        );
        assert_eq!(
            route(Intent::OpenRoom("usb".into()), Screen::Menu, true, false),
            [
                Routed::Room(RoomCommand::Gather("usb".into())),
                Routed::Navigate(Screen::Room)
            ]
        );
        let csv = Intent::ExportRoom(crate::app::intent::RoomFormat::Csv);
        assert!(route(csv, Screen::History, true, false).is_empty());
    }

    #[test]
    fn the_observer_s_keys_only_count_on_the_pairs_screen() {
        assert!(route(Intent::ToggleCard, Screen::Play, true, false).is_empty());
        assert_eq!(
            route(Intent::ToggleCard, Screen::Pairs, true, false),
            [Routed::Pairs(PairsCommand::ToggleCard)]
        );
    }
}
