//! Watch mode's state: a scripted run shown line by line, then its mistakes one at a time.

use std::sync::Arc;

use bevy::prelude::*;

use super::ApplyIntents;
use super::library::Library;
use super::navigate::Navigate;
use crate::app::screen::Screen;
use crate::runtime::Conversation;
use crate::scenario::Scenario;
use crate::score::{self, Report};

/// A scripted run being shown to the room.
#[derive(Resource, Debug)]
pub struct Watching {
    pub path: String,
    pub script: String,
    pub conversation: Conversation,
    pub report: Report,
    /// How far the trainer has advanced; see [`Stage`].
    pub position: usize,
}

/// What the room sees at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The first `n` entries of the conversation.
    Lines(usize),
    /// All of it, and the question "What went wrong?" with `n` mistakes revealed.
    Reveal(usize),
    /// Ready to replay it with the room choosing.
    OneBigOrganizer,
}

impl Watching {
    pub fn start(path: String, script: String, scenario: Arc<Scenario>) -> Option<Self> {
        let stored = scenario.paths.get(&script)?.clone();
        let conversation =
            Conversation::replay(Arc::clone(&scenario), stored.seed, &stored.choices).ok()?;
        let report = score::score(&scenario, conversation.transcript(), stored.assess);
        Some(Watching {
            path,
            script,
            conversation,
            report,
            position: 1,
        })
    }

    fn lines(&self) -> usize {
        self.conversation.transcript().entries.len()
    }

    fn last_position(&self) -> usize {
        self.lines() + self.report.mistakes.len() + 2
    }

    pub fn stage(&self) -> Stage {
        let lines = self.lines();
        let mistakes = self.report.mistakes.len();
        // After the last line comes the bare question (nothing revealed yet), so the room
        // can answer before the trainer shows anything.
        match self.position {
            p if p <= lines => Stage::Lines(p),
            p if p <= lines + 1 + mistakes => Stage::Reveal(p - lines - 1),
            _ => Stage::OneBigOrganizer,
        }
    }

    pub fn advance(&mut self) {
        self.position = (self.position + 1).min(self.last_position());
    }

    pub fn back(&mut self) {
        self.position = self.position.saturating_sub(1).max(1);
    }
}

/// The scripted path to watch: the workshop's bad conversation if there is one.
pub fn watch_script(scenario: &Scenario) -> Option<String> {
    ["skit", "poor", "model"]
        .into_iter()
        .find(|name| scenario.paths.contains_key(name))
        .map(str::to_owned)
        .or_else(|| scenario.paths.keys().next().map(str::to_owned))
}

/// A step through watch mode.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub(crate) enum WatchCommand {
    /// Show a scenario's scripted path from its first line.
    Start {
        path: String,
        script: String,
    },
    /// The next line, or the next mistake revealed.
    Next,
    Previous,
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<WatchCommand>();
    app.add_systems(Update, handle_watch_commands.in_set(ApplyIntents::Handle));
}

fn handle_watch_commands(
    mut received: MessageReader<WatchCommand>,
    mut commands: Commands,
    library: Res<Library>,
    mut watching: Option<ResMut<Watching>>,
    mut navigate: MessageWriter<Navigate>,
) {
    for command in received.read() {
        match command {
            WatchCommand::Start { path, script } => {
                let scenario = library.get(path).and_then(|e| e.good.clone());
                if let Some(started) =
                    scenario.and_then(|s| Watching::start(path.clone(), script.clone(), s))
                {
                    commands.insert_resource(started);
                    navigate.write(Navigate(Screen::Watch));
                }
            }
            WatchCommand::Next => {
                if let Some(w) = watching.as_mut() {
                    w.advance();
                }
            }
            WatchCommand::Previous => {
                if let Some(w) = watching.as_mut() {
                    w.back();
                }
            }
        }
    }
}
