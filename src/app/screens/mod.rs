//! The screens: each draws from a read-only view and returns the user's intent.

pub mod assess;
pub mod chrome;
pub mod debrief;
pub mod history;
pub mod menu;
pub mod pairs;
pub mod play;
pub mod watch;

use bevy::prelude::*;
use bevy_egui::egui::{self, LayerId, UiBuilder};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::Screen;
use super::intent::Intent;

/// The systems that draw screens, so theming can run before them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct DrawScreens;

/// The screens' own content, drawn after the top bar.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct DrawContent;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ContentRect>();
    app.configure_sets(EguiPrimaryContextPass, DrawContent.in_set(DrawScreens));
    app.add_plugins((
        menu::plugin,
        play::plugin,
        assess::plugin,
        debrief::plugin,
        history::plugin,
        chrome::plugin,
        watch::plugin,
        pairs::plugin,
    ));
}

/// The part of the window below the top bar, where screens draw.
#[derive(Resource, Debug, Clone, Copy, Default)]
pub struct ContentRect(pub Option<egui::Rect>);

/// A `Ui` over a rectangle of the window, as panels need a parent `Ui`.
pub fn root_ui(ctx: &egui::Context, rect: egui::Rect) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        "doorstep-root".into(),
        UiBuilder::new()
            .layer_id(LayerId::background())
            .max_rect(rect),
    )
}

/// Runs a screen's UI function below the top bar and forwards its intent.
pub fn draw_with(
    contexts: &mut EguiContexts,
    content: ContentRect,
    intents: &mut MessageWriter<Intent>,
    draw: impl FnOnce(&mut egui::Ui) -> Option<Intent>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut ui = root_ui(&ctx, content.0.unwrap_or_else(|| ctx.viewport_rect()));
    if let Some(intent) = draw(&mut ui) {
        intents.write(intent);
    }
    Ok(())
}

/// The screen shown for a state, for the title bar.
pub fn title(screen: Screen) -> &'static str {
    match screen {
        Screen::Menu => "Scenarios",
        Screen::Play => "Conversation",
        Screen::Assess => "Assess",
        Screen::Debrief => "Debrief",
        Screen::History => "History",
        Screen::Watch => "Watch",
        Screen::Pairs => "Pairs practice",
    }
}

/// A button as wide as the space given, tall enough to hit easily.
pub fn wide_button(
    ui: &mut egui::Ui,
    text: impl Into<egui::WidgetText>,
    selected: bool,
) -> egui::Response {
    let width = ui.available_width();
    let button = egui::Button::new(text)
        .selected(selected)
        .min_size(egui::vec2(width, 48.0))
        .wrap();
    ui.add(button)
}

/// Whether a key was pressed this frame with no text field focused.
pub fn key(ui: &egui::Ui, key: egui::Key) -> bool {
    !ui.ctx().text_edit_focused()
        && ui.input(|i| i.key_pressed(key) && !i.modifiers.ctrl && !i.modifiers.alt)
}

/// The digit key for 1-based position `n` (1 to 9).
pub fn digit_key(n: usize) -> Option<egui::Key> {
    use egui::Key::*;
    [Num1, Num2, Num3, Num4, Num5, Num6, Num7, Num8, Num9]
        .get(n.checked_sub(1)?)
        .copied()
}

/// Scrolls the enclosing scroll area from the keyboard: Up/Down by a line, PageUp/PageDown and
/// Space by most of a screen. Call it inside the area's contents.
pub fn keyboard_scroll(ui: &mut egui::Ui) {
    let line = ui.text_style_height(&egui::TextStyle::Body) * 2.0;
    let page = ui.clip_rect().height() * 0.85;
    let down = [
        (egui::Key::ArrowDown, line),
        (egui::Key::PageDown, page),
        (egui::Key::Space, page),
        (egui::Key::ArrowUp, -line),
        (egui::Key::PageUp, -page),
    ];
    let delta: f32 = down
        .iter()
        .filter(|(k, _)| key(ui, *k))
        .map(|(_, d)| d)
        .sum();
    if delta != 0.0 {
        ui.scroll_with_delta(egui::vec2(0.0, -delta));
    }
}
