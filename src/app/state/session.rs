//! The conversation in progress, the trainee's preferences and history, and `apply_intents`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use bevy::prelude::*;
use serde::{Deserialize, Serialize};

use super::Screen;
use super::intent::{ExportFormat, Intent};
use super::library::Library;
use super::screens::watch::Watching;
use crate::author::analysis::score_with_advice;
use crate::render::markdown;
use crate::runtime::Conversation;
use crate::scenario::{Assessment, Scenario};
use crate::score::Report;
use crate::store::{self, history::Attempt, history::History};

/// The attempt in progress (or just finished).
#[derive(Resource, Debug)]
pub struct Session {
    /// Library path of the scenario.
    pub path: String,
    pub conversation: Conversation,
    pub assessment: Option<Assessment>,
    pub note: String,
    pub report: Option<Report>,
    /// The room's highlighted pick and show of hands for the options on offer now.
    pub room: Room,
}

/// The room's vote on the current turn; cleared whenever the turn changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Room {
    pub selected: Option<usize>,
    pub hands: Vec<u32>,
    pub show_tally: bool,
}

impl Room {
    /// The highlighted option, else the one with the most hands (ties: none).
    pub fn pick(&self) -> Option<usize> {
        self.selected.or_else(|| {
            let most = *self.hands.iter().max()?;
            let mut leaders = self
                .hands
                .iter()
                .enumerate()
                .filter(|(_, h)| **h == most && most > 0);
            let (first, _) = leaders.next()?;
            leaders.next().is_none().then_some(first)
        })
    }

    fn new_turn(&mut self) {
        self.selected = None;
        self.hands.clear();
    }
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
            room: Room::default(),
        }
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        self.conversation.scenario()
    }
}

/// Display preferences, saved between runs.
#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub show_tracker: bool,
    pub show_airtime: bool,
    pub scale: f32,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs {
            show_tracker: true,
            show_airtime: true,
            scale: 1.0,
        }
    }
}

/// Where things are saved, and what was read back.
#[derive(Resource, Debug)]
pub struct Storage {
    pub data_dir: PathBuf,
    pub history: History,
    pub attempts: Vec<Attempt>,
    /// Problems to show the user once (corrupt files set aside, failed writes).
    pub warnings: Vec<String>,
    /// A short message about the last action ("Saved to ...").
    pub notice: Option<String>,
    /// Seeds for new attempts: fixed in tests and screenshots, else from the clock.
    pub next_seed: Option<u64>,
}

impl Storage {
    pub fn open(data_dir: PathBuf) -> Self {
        let history = History::new(&data_dir);
        let loaded = history.load();
        Storage {
            attempts: loaded.attempts,
            warnings: loaded.set_aside.iter().map(ToString::to_string).collect(),
            data_dir,
            history,
            notice: None,
            next_seed: None,
        }
    }

    fn prefs_path(&self) -> PathBuf {
        self.data_dir.join("settings.json")
    }

    pub fn load_prefs(&mut self) -> Prefs {
        match store::read_json::<Prefs>(&self.prefs_path()) {
            Ok(prefs) => prefs.unwrap_or_default(),
            Err(set_aside) => {
                self.warnings.push(set_aside.to_string());
                Prefs::default()
            }
        }
    }

    fn seed(&mut self) -> u64 {
        self.next_seed.take().unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64)
        })
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Prefs>();
    app.add_systems(Update, (apply_intents, follow_reloaded_scenario).chain());
}

/// The one system that turns intents into changes.
pub fn apply_intents(
    mut intents: MessageReader<Intent>,
    mut commands: Commands,
    library: Res<Library>,
    session: Option<ResMut<Session>>,
    mut prefs: ResMut<Prefs>,
    mut storage: Option<ResMut<Storage>>,
    watching: Option<Res<Watching>>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let mut session = session;
    for intent in intents.read() {
        let mut screen_now = *screen.get();
        match intent.clone() {
            Intent::Open(path) => {
                let Some(scenario) = library.get(&path).and_then(|e| e.good.clone()) else {
                    continue;
                };
                let seed = storage.as_mut().map_or(0, |s| s.seed());
                if let Ok(conversation) = Conversation::start(scenario, seed) {
                    commands.insert_resource(Session::new(path, conversation));
                    screen_now = Screen::Play;
                }
            }
            Intent::Choose(number) => {
                if let Some(s) = session.as_mut()
                    && screen_now == Screen::Play
                {
                    screen_now = choose(s, number, screen_now);
                }
            }
            Intent::Advance => {
                if let Some(s) = session.as_mut()
                    && screen_now == Screen::Play
                    && let Some(pick) = s.room.pick()
                {
                    screen_now = choose(s, pick + 1, screen_now);
                }
            }
            Intent::Rewind(turn) => {
                if let Some(s) = session.as_mut()
                    && matches!(screen_now, Screen::Play | Screen::Assess)
                {
                    screen_now = rewind(s, turn, screen_now);
                }
            }
            Intent::Back => {
                if let Some(s) = session.as_mut()
                    && matches!(screen_now, Screen::Play | Screen::Assess)
                {
                    let last = s.conversation.choices().len();
                    screen_now = rewind(s, last, screen_now);
                }
            }
            Intent::Select(option) => {
                if let Some(s) = session.as_mut()
                    && option < s.conversation.offered().len()
                {
                    s.room.selected = Some(option);
                }
            }
            Intent::Tally { option, hands } => {
                if let Some(s) = session.as_mut() {
                    let offered = s.conversation.offered().len();
                    if option < offered {
                        s.room.hands.resize(offered, 0);
                        let count = &mut s.room.hands[option];
                        *count = count.saturating_add_signed(hands);
                    }
                }
            }
            Intent::ToggleTally => {
                if let Some(s) = session.as_mut() {
                    s.room.show_tally = !s.room.show_tally;
                }
            }
            Intent::OneBigOrganizer => {
                let path = watching.as_ref().map(|w| w.path.clone());
                let scenario = path
                    .as_ref()
                    .and_then(|p| library.get(p))
                    .and_then(|e| e.good.clone());
                if let (Some(path), Some(scenario)) = (path, scenario) {
                    let seed = storage.as_mut().map_or(0, |s| s.seed());
                    if let Ok(conversation) = Conversation::start(scenario, seed) {
                        commands.insert_resource(Session::new(path, conversation));
                        screen_now = Screen::Play;
                    }
                }
            }
            Intent::ToggleTracker => prefs.show_tracker = !prefs.show_tracker,
            Intent::ToggleAirtime => prefs.show_airtime = !prefs.show_airtime,
            Intent::Assess { assessment, note } => {
                let Some(s) = session.as_mut() else { continue };
                if !s.conversation.is_over() {
                    continue;
                }
                let report =
                    score_with_advice(s.scenario(), s.conversation.transcript(), Some(assessment));
                s.assessment = Some(assessment);
                s.note = note.clone();
                if let Some(storage) = storage.as_mut() {
                    let attempt = Attempt::new(
                        report.clone(),
                        s.conversation.transcript().clone(),
                        Some(assessment),
                        note,
                    );
                    match storage.history.save(&attempt) {
                        Ok(_) => storage.attempts.push(attempt),
                        Err(e) => storage
                            .warnings
                            .push(format!("Could not save this attempt: {e}")),
                    }
                }
                s.report = Some(report);
                screen_now = Screen::Debrief;
            }
            Intent::TryAgain => {
                if let Some(s) = session.as_mut() {
                    let latest = library.get(&s.path).and_then(|e| e.good.clone());
                    let scenario = latest.unwrap_or_else(|| Arc::clone(s.scenario()));
                    let seed = storage
                        .as_mut()
                        .map_or(s.conversation.seed().wrapping_add(1), |st| st.seed());
                    if let Ok(conversation) = Conversation::start(scenario, seed) {
                        **s = Session::new(s.path.clone(), conversation);
                        screen_now = Screen::Play;
                    }
                }
            }
            Intent::ToMenu => screen_now = Screen::Menu,
            Intent::ShowHistory => screen_now = Screen::History,
            Intent::Export(format) => {
                if let (Some(s), Some(storage)) = (session.as_ref(), storage.as_mut())
                    && let Some(report) = &s.report
                {
                    storage.notice = Some(export(storage, s, report, format));
                }
            }
            Intent::SetScale(scale) => prefs.scale = scale.clamp(0.75, 2.5),
            _ => {}
        }
        if screen_now != *screen.get() {
            next.set(screen_now);
        }
    }
}

/// Picks an option; the ending leads on to the assessment.
fn choose(session: &mut Session, number: usize, screen: Screen) -> Screen {
    if session.conversation.choose(number).is_err() {
        return screen;
    }
    session.room.new_turn();
    if session.conversation.is_over() {
        Screen::Assess
    } else {
        screen
    }
}

fn rewind(session: &mut Session, turn: usize, screen: Screen) -> Screen {
    match session.conversation.rewind_to(turn) {
        Ok(rewound) => {
            session.conversation = rewound;
            session.room.new_turn();
            Screen::Play
        }
        Err(_) => screen,
    }
}

fn export(storage: &Storage, session: &Session, report: &Report, format: ExportFormat) -> String {
    let stamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (extension, body) = match format {
        ExportFormat::Markdown => {
            let transcript = markdown::transcript(
                session.conversation.transcript(),
                &session.scenario().person.name,
                session.scenario().player_name(),
            );
            let mut text = markdown::report(report);
            text.push_str("\n## Transcript\n\n");
            text.push_str(&transcript);
            if !session.note.is_empty() {
                text.push_str(&format!("\n## Follow-up note\n\n{}\n", session.note));
            }
            ("md", text.into_bytes())
        }
        ExportFormat::Json => (
            "json",
            serde_json::to_vec_pretty(report).unwrap_or_default(),
        ),
    };
    let path = storage
        .data_dir
        .join("exports")
        .join(format!("{}-{stamp}.{extension}", report.scenario));
    match store::write_atomic(&path, &body) {
        Ok(()) => format!("Saved {}", path.display()),
        Err(e) => format!("Could not export: {e}"),
    }
}

/// When the scenario being played is edited and reloads cleanly, replays the same choices on
/// the new version so an author sees the change at once.
fn follow_reloaded_scenario(
    library: Res<Library>,
    session: Option<ResMut<Session>>,
    mut storage: Option<ResMut<Storage>>,
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
        Ok(replayed) => session.conversation = replayed,
        Err(e) => {
            if let Some(storage) = storage.as_mut() {
                storage.notice = Some(format!(
                    "The edited scenario no longer fits this run ({e}); keeping the old version."
                ));
            }
        }
    }
}
