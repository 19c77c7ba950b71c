//! Workshop settings shared by every screen: projector, blanking, audience window, countdown.

use std::time::Duration;

use bevy::prelude::*;

use super::ApplyIntents;
use crate::app::intent::TimerControl;
use crate::app::screen::Screen;

/// How the room sees the app.
#[derive(Resource, Debug, Default, Clone, PartialEq, Eq)]
pub struct Workshop {
    /// Large, high-contrast type and lettered options.
    pub projector: bool,
    /// The projected picture is blacked out.
    pub blank: bool,
    /// A second window shows the audience view.
    pub audience_window: bool,
}

impl Workshop {
    /// Whether the countdown belongs on screen: only while a room is being run.
    pub fn shows_countdown(&self, screen: Screen) -> bool {
        self.projector || matches!(screen, Screen::Pairs | Screen::Watch)
    }
}

/// A countdown that keeps time while running and holds it while paused.
#[derive(Resource, Debug, Clone, PartialEq)]
pub struct Countdown {
    pub length: Duration,
    /// Time counted before the current run started.
    pub counted: Duration,
    /// When the current run started (real time since app start), if running.
    pub started: Option<Duration>,
}

impl Default for Countdown {
    fn default() -> Self {
        Countdown {
            length: Duration::from_secs(5 * 60),
            counted: Duration::ZERO,
            started: None,
        }
    }
}

impl Countdown {
    pub fn running(&self) -> bool {
        self.started.is_some()
    }

    pub fn elapsed(&self, now: Duration) -> Duration {
        self.counted
            + self
                .started
                .map_or(Duration::ZERO, |s| now.saturating_sub(s))
    }

    pub fn remaining(&self, now: Duration) -> Duration {
        self.length.saturating_sub(self.elapsed(now))
    }

    pub fn start(&mut self, now: Duration) {
        self.started.get_or_insert(now);
    }

    pub fn pause(&mut self, now: Duration) {
        if let Some(started) = self.started.take() {
            self.counted += now.saturating_sub(started);
        }
    }

    pub fn reset(&mut self) {
        self.counted = Duration::ZERO;
        self.started = None;
    }

    /// Stops at 0:00 and stays there until reset, so the top bar can say time is up.
    pub fn stop_if_done(&mut self, now: Duration) {
        if self.running() && self.remaining(now) == Duration::ZERO {
            self.pause(now);
            self.counted = self.length;
        }
    }

    /// How long until the label changes, while running: the next whole second.
    pub fn until_next_tick(&self, now: Duration) -> Option<Duration> {
        self.running().then(|| {
            let remaining = self.remaining(now);
            let into_second = remaining.as_nanos() % 1_000_000_000;
            Duration::from_nanos(into_second as u64).max(Duration::from_millis(5))
        })
    }

    /// "4:59"; negative time is not shown, the timer stops at 0:00.
    pub fn label(&self, now: Duration) -> String {
        let secs = self.remaining(now).as_secs_f64().ceil() as u64;
        format!("{}:{:02}", secs / 60, secs % 60)
    }
}

/// A change to the workshop settings or the countdown.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WorkshopCommand {
    ToggleProjector,
    /// Projector mode on, whatever it was.
    ProjectorOn,
    ToggleBlank,
    ToggleAudienceWindow,
    Timer(TimerControl),
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Workshop>();
    app.init_resource::<Countdown>();
    app.add_message::<WorkshopCommand>();
    app.add_systems(
        Update,
        handle_workshop_commands.in_set(ApplyIntents::Handle),
    );
    app.add_systems(
        Update,
        (stop_countdown_at_zero, pause_hidden_countdown).after(ApplyIntents::Navigate),
    );
}

fn stop_countdown_at_zero(mut countdown: ResMut<Countdown>, time: Res<Time<Real>>) {
    let now = time.elapsed();
    if countdown.running() && countdown.remaining(now) == Duration::ZERO {
        countdown.stop_if_done(now);
    }
}

/// Out of projector mode, watching and pairs the countdown is not shown, so it does not run
/// unseen (the trainer finds it where they left it).
fn pause_hidden_countdown(
    mut countdown: ResMut<Countdown>,
    workshop: Res<Workshop>,
    screen: Res<State<Screen>>,
    time: Res<Time<Real>>,
) {
    if !workshop.shows_countdown(*screen.get()) && countdown.running() {
        countdown.pause(time.elapsed());
    }
}

fn handle_workshop_commands(
    mut received: MessageReader<WorkshopCommand>,
    mut workshop: ResMut<Workshop>,
    mut countdown: ResMut<Countdown>,
    time: Res<Time<Real>>,
) {
    let now = time.elapsed();
    for command in received.read() {
        match *command {
            WorkshopCommand::ToggleProjector => {
                workshop.projector = !workshop.projector;
                // The room's window and a black screen belong to projector mode: ending it
                // ends them, so the trainer is never left with notes gone or a black screen.
                if !workshop.projector {
                    workshop.audience_window = false;
                    workshop.blank = false;
                }
            }
            WorkshopCommand::ProjectorOn => workshop.projector = true,
            WorkshopCommand::ToggleBlank => workshop.blank = !workshop.blank,
            WorkshopCommand::ToggleAudienceWindow => {
                workshop.audience_window = !workshop.audience_window && workshop.projector;
            }
            WorkshopCommand::Timer(TimerControl::StartPause) => {
                if countdown.running() {
                    countdown.pause(now);
                } else {
                    countdown.start(now);
                }
            }
            WorkshopCommand::Timer(TimerControl::Reset) => countdown.reset(),
            WorkshopCommand::Timer(TimerControl::AddMinutes(minutes)) => {
                let secs = (countdown.length.as_secs() as i64 + 60 * i64::from(minutes))
                    .clamp(60, 120 * 60);
                countdown.length = Duration::from_secs(secs as u64);
            }
        }
    }
}
