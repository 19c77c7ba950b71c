//! Workshop settings shared by every screen: projector mode, blanking, the audience window and
//! the countdown timer.

use std::time::Duration;

use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};

use super::intent::{Intent, TimerControl};

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

    /// "4:59"; negative time is not shown, the timer stops at 0:00.
    pub fn label(&self, now: Duration) -> String {
        let secs = self.remaining(now).as_secs_f64().ceil() as u64;
        format!("{}:{:02}", secs / 60, secs % 60)
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Workshop>();
    app.init_resource::<Countdown>();
    app.add_systems(Update, apply_workshop_intents);
    app.add_systems(
        PostUpdate,
        tick_while_counting.run_if(resource_exists::<WinitSettings>),
    );
}

fn apply_workshop_intents(
    mut intents: MessageReader<Intent>,
    mut workshop: ResMut<Workshop>,
    mut countdown: ResMut<Countdown>,
    time: Res<Time<Real>>,
) {
    let now = time.elapsed();
    for intent in intents.read() {
        match intent {
            Intent::ToggleProjector => workshop.projector = !workshop.projector,
            Intent::ToggleBlank => workshop.blank = !workshop.blank,
            Intent::ToggleAudienceWindow => workshop.audience_window = !workshop.audience_window,
            Intent::OneBigOrganizer => workshop.projector = true,
            Intent::Timer(TimerControl::StartPause) => {
                if countdown.running() {
                    countdown.pause(now);
                } else {
                    countdown.start(now);
                }
            }
            Intent::Timer(TimerControl::Reset) => countdown.reset(),
            Intent::Timer(TimerControl::AddMinutes(minutes)) => {
                let secs = (countdown.length.as_secs() as i64 + 60 * i64::from(*minutes))
                    .clamp(60, 120 * 60);
                countdown.length = Duration::from_secs(secs as u64);
            }
            _ => {}
        }
    }
}

/// While the countdown runs, wake once a second so it can be seen ticking; idle otherwise.
fn tick_while_counting(
    countdown: Res<Countdown>,
    time: Res<Time<Real>>,
    mut winit: ResMut<WinitSettings>,
) {
    let counting = countdown.running() && countdown.remaining(time.elapsed()) > Duration::ZERO;
    let idle = WinitSettings::desktop_app();
    let wanted = if counting {
        let tick = UpdateMode::reactive(Duration::from_millis(250));
        WinitSettings {
            focused_mode: tick,
            unfocused_mode: tick,
        }
    } else {
        idle
    };
    if winit.focused_mode != wanted.focused_mode || winit.unfocused_mode != wanted.unfocused_mode {
        *winit = wanted;
    }
}
