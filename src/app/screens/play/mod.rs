//! The play screen: the person's card, the log, the options, the step tracker and airtime meter.
//!
//! The same view serves a trainee alone, the room on a projector, and the trainer beside it.

mod keys;
mod options;
mod say;
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
use crate::app::state::ui::SayState;
use crate::app::state::workshop::Workshop;
use crate::app::widgets::input::room_for_columns;
use crate::app::widgets::log::conversation_log;
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
use crate::store::resolve_inside;
use keys::play_keys;
use options::options_panel;
use say::say_panel;
use side::{side_panel, status_strip};
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
    mut say: ResMut<SayState>,
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
        play_ui(ui, &view, &mut say)
    })
}

/// The whole play screen for one audience; returns what the user asked for. `say` is the line
/// being typed, when the trainee says it themselves.
pub fn play_ui(ui: &mut egui::Ui, view: &PlayView, say: &mut SayState) -> Option<Intent> {
    let mut intent = play_keys(ui, view);
    let size = ui.available_size();
    // Where the window is narrow the person's card and the tracker fold into a strip above
    // the conversation, so the conversation and the options keep the room they need.
    let wide = room_for_columns(ui);
    if wide {
        egui::Panel::left("person")
            .resizable(false)
            .exact_size((size.x * 0.27).clamp(280.0, 480.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical().id_salt("side").show(ui, |ui| {
                    if let Some(side) = side_panel(ui, view) {
                        intent = Some(side);
                    }
                });
            });
    }
    // The options never take more than about half the height: the person's last line stays
    // in view above them, and the options scroll (the highlighted one is kept in view). A
    // panel only grows to what it had last frame, so it is sized from the options' height then.
    let most = (size.y * 0.55).max(96.0);
    let options_height = egui::Id::new("play-options-height");
    let needed = ui
        .data(|d| d.get_temp::<f32>(options_height))
        .unwrap_or(most);
    egui::Panel::bottom("options")
        .resizable(false)
        .exact_size(needed.min(most))
        .show(ui, |ui| {
            let shown = egui::ScrollArea::vertical()
                .id_salt("options")
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let chosen = if view.free {
                        say_panel(ui, view, say)
                    } else {
                        options_panel(ui, view)
                    };
                    if let Some(chosen) = chosen {
                        intent = Some(chosen);
                    }
                });
            let margins = ui.spacing().window_margin.sum().y + 2.0;
            let wanted = shown.content_size.y + margins;
            if (wanted - needed).abs() > 0.5 {
                ui.data_mut(|d| d.insert_temp(options_height, wanted));
                ui.ctx().request_repaint();
            }
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        if !wide && let Some(strip) = status_strip(ui, view) {
            intent = Some(strip);
        }
        conversation_log(ui, view.transcript, view.scenario, true);
    });
    intent
}
