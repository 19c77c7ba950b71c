//! The top bar on every screen, global keys (scale, help) and the help overlay.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::{ContentRect, DrawContent, DrawScreens, key, root_ui, title};
use crate::app::Screen;
use crate::app::intent::Intent;
use crate::app::session::{Prefs, Storage};
use crate::app::theme::palette;

/// Whether the keyboard help is open.
#[derive(Resource, Debug, Default)]
pub struct HelpOpen(pub bool);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<HelpOpen>();
    app.add_systems(
        EguiPrimaryContextPass,
        draw_chrome.in_set(DrawScreens).before(DrawContent),
    );
}

/// The keys, for the help overlay.
pub const KEYS: &[(&str, &str)] = &[
    ("1 – 9", "choose an option"),
    ("Up / Down, then Enter", "move between options and choose"),
    (
        "Tab / Shift+Tab",
        "move focus between buttons; Space or Enter presses",
    ),
    (
        "Backspace",
        "rewind one turn (the attempt becomes practice)",
    ),
    ("S", "show or hide the five-step tracker"),
    ("A", "show or hide the airtime meter"),
    ("T", "try again (debrief)"),
    ("M / J", "export the debrief as Markdown / JSON"),
    ("H", "history of attempts"),
    ("Esc", "back to the scenario list"),
    ("Ctrl + / Ctrl − / Ctrl 0", "larger / smaller / normal text"),
    ("?", "this help"),
];

fn draw_chrome(
    mut contexts: EguiContexts,
    screen: Res<State<Screen>>,
    prefs: Res<Prefs>,
    storage: Option<Res<Storage>>,
    mut help: ResMut<HelpOpen>,
    mut content: ResMut<ContentRect>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut ui = root_ui(&ctx, ctx.viewport_rect());
    if let Some(intent) = chrome_ui(
        &mut ui,
        *screen.get(),
        &prefs,
        storage.as_deref(),
        &mut help.0,
    ) {
        intents.write(intent);
    }
    content.0 = Some(ui.available_rect_before_wrap());
    Ok(())
}

/// The top bar and help overlay.
pub fn chrome_ui(
    ui: &mut egui::Ui,
    screen: Screen,
    prefs: &Prefs,
    storage: Option<&Storage>,
    help: &mut bool,
) -> Option<Intent> {
    let mut intent = None;
    let zoom = ui.input(|i| {
        let ctrl = i.modifiers.command;
        if ctrl && (i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals)) {
            Some(prefs.scale + 0.25)
        } else if ctrl && i.key_pressed(egui::Key::Minus) {
            Some(prefs.scale - 0.25)
        } else if ctrl && i.key_pressed(egui::Key::Num0) {
            Some(1.0)
        } else {
            None
        }
    });
    if let Some(scale) = zoom {
        intent = Some(Intent::SetScale(scale));
    }
    if ui.input(|i| {
        i.events
            .iter()
            .any(|e| matches!(e, egui::Event::Text(t) if t == "?"))
    }) {
        *help = !*help;
    }
    egui::Panel::top("top-bar").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new("Doorstep")
                    .strong()
                    .color(palette::ACCENT)
                    .size(22.0),
            );
            ui.label(RichText::new(title(screen)).size(20.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button("?  Keys")
                    .on_hover_text("Keyboard help")
                    .clicked()
                {
                    *help = !*help;
                }
                if ui
                    .button("A+")
                    .on_hover_text("Larger text (Ctrl +)")
                    .clicked()
                {
                    intent = Some(Intent::SetScale(prefs.scale + 0.25));
                }
                ui.label(format!("{:.0}%", prefs.scale * 100.0));
                if ui
                    .button("A−")
                    .on_hover_text("Smaller text (Ctrl −)")
                    .clicked()
                {
                    intent = Some(Intent::SetScale(prefs.scale - 0.25));
                }
                if screen != Screen::History && ui.button("History").clicked() {
                    intent = Some(Intent::ShowHistory);
                }
                if screen != Screen::Menu && ui.button("Scenarios").clicked() {
                    intent = Some(Intent::ToMenu);
                }
            });
        });
        if let Some(storage) = storage {
            for warning in &storage.warnings {
                ui.colored_label(palette::ERROR, warning);
            }
        }
    });
    if *help {
        egui::Window::new("Keyboard")
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                egui::Grid::new("keys")
                    .num_columns(2)
                    .spacing([24.0, 8.0])
                    .show(ui, |ui| {
                        for (keys, what) in KEYS {
                            ui.label(RichText::new(*keys).strong());
                            ui.label(*what);
                            ui.end_row();
                        }
                    });
                if ui.button("Close (Esc)").clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    *help = false;
                }
            });
    } else if screen != Screen::Menu && key(ui, egui::Key::Escape) {
        intent = Some(Intent::ToMenu);
    } else if screen != Screen::History && screen != Screen::Assess && key(ui, egui::Key::H) {
        intent = Some(Intent::ShowHistory);
    }
    intent
}
