//! The play screen: the person's card, the log, the options, the step tracker and airtime meter.
//!
//! The same view serves a trainee alone, the room on a projector, and the trainer beside it.

mod keys;
mod options;
mod side;
pub mod view;

use bevy::prelude::*;
use bevy_egui::egui;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, EguiTextureHandle};

use crate::app::intent::Intent;
use crate::app::screen::Screen;
use crate::app::state::loading::AssetsDir;
use crate::app::state::prefs::Prefs;
use crate::app::state::session::Session;
use crate::app::state::workshop::Workshop;
use crate::app::widgets::log::conversation_log;
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
use crate::store::resolve_inside;
use keys::play_keys;
use options::options_panel;
use side::side_panel;
use view::{Audience, PlayView};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_play.in_set(DrawContent).run_if(in_state(Screen::Play)),
    );
}

fn draw_play(
    mut contexts: EguiContexts,
    content: Res<ContentRect>,
    session: Option<Res<Session>>,
    prefs: Res<Prefs>,
    workshop: Res<Workshop>,
    assets: Res<AssetServer>,
    assets_dir: Option<Res<AssetsDir>>,
    mut portraits: Local<Vec<(String, Option<Handle<Image>>)>>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let Some(session) = session else {
        return Ok(());
    };
    let audience = match (workshop.projector, workshop.audience_window) {
        (false, _) => Audience::Solo,
        (true, false) => Audience::Room,
        (true, true) => Audience::Trainer,
    };
    let mut view = PlayView::new(&session, &prefs, audience);
    view.portrait = session
        .scenario()
        .person
        .portrait
        .as_ref()
        .and_then(|path| {
            let handle = match portraits.iter().find(|(p, _)| p == path) {
                Some((_, handle)) => handle.clone()?,
                None => {
                    // `check` refuses a path that leaves assets/; a link that does is refused here.
                    let inside = assets_dir
                        .as_ref()
                        .and_then(|dir| resolve_inside(&dir.0, path))
                        .is_some();
                    let handle = inside.then(|| assets.load(path.clone()));
                    portraits.push((path.clone(), handle.clone()));
                    handle?
                }
            };
            Some(contexts.add_image(EguiTextureHandle::Strong(handle)))
        });
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        play_ui(ui, &view)
    })
}

/// The whole play screen for one audience; returns what the user asked for.
pub fn play_ui(ui: &mut egui::Ui, view: &PlayView) -> Option<Intent> {
    let mut intent = play_keys(ui, view);
    let side_width = ui.available_width().clamp(260.0, 1600.0) * 0.27;
    egui::Panel::left("person")
        .resizable(false)
        .exact_size(side_width)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("side").show(ui, |ui| {
                if let Some(side) = side_panel(ui, view) {
                    intent = Some(side);
                }
            });
        });
    egui::Panel::bottom("options").show(ui, |ui| {
        if let Some(chosen) = options_panel(ui, view) {
            intent = Some(chosen);
        }
    });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        conversation_log(ui, view.transcript, view.scenario, true);
    });
    intent
}
