//! Input helpers: keys pressed outside text fields, digit keys, keyboard scrolling, big buttons.

use bevy_egui::egui;

/// Whether there is room for two columns side by side: about fifty characters of body text
/// each way. Below it, screens stack what they would put beside each other.
pub fn room_for_columns(ui: &egui::Ui) -> bool {
    let body = ui
        .style()
        .text_styles
        .get(&egui::TextStyle::Body)
        .map_or(18.0, |f| f.size);
    ui.available_width() >= 50.0 * body
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

/// A tooltip for the mouse only: none while the widget has keyboard focus, so tabbing through
/// buttons (or a projected window) never pops text over the screen.
pub fn hint(response: egui::Response, text: impl Into<egui::WidgetText>) -> egui::Response {
    if response.has_focus() {
        response
    } else {
        response.on_hover_text(text)
    }
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
/// Space by most of a screen, Home and End to the ends. Call it inside the area's contents.
pub fn keyboard_scroll(ui: &mut egui::Ui) {
    if key(ui, egui::Key::Home) {
        ui.scroll_with_delta(egui::vec2(0.0, 1.0e6));
    }
    if key(ui, egui::Key::End) {
        ui.scroll_with_delta(egui::vec2(0.0, -1.0e6));
    }
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

/// Scrolls the enclosing scroll area by lines and to its ends only (Up/Down, Home/End), for
/// screens where the page keys are the clicker's.
pub fn line_scroll(ui: &mut egui::Ui) {
    if key(ui, egui::Key::Home) {
        ui.scroll_with_delta(egui::vec2(0.0, 1.0e6));
    }
    if key(ui, egui::Key::End) {
        ui.scroll_with_delta(egui::vec2(0.0, -1.0e6));
    }
    let line = ui.text_style_height(&egui::TextStyle::Body) * 2.0;
    let delta = [(egui::Key::ArrowDown, line), (egui::Key::ArrowUp, -line)]
        .iter()
        .filter(|(k, _)| key(ui, *k))
        .map(|(_, d)| d)
        .sum::<f32>();
    if delta != 0.0 {
        ui.scroll_with_delta(egui::vec2(0.0, -delta));
    }
}

/// Scrolls the enclosing scroll area by pages only (PageUp/PageDown, Space), for screens where
/// Up and Down move a selection instead.
pub fn page_scroll(ui: &mut egui::Ui) {
    let page = ui.clip_rect().height() * 0.85;
    let delta: f32 = [
        (egui::Key::PageDown, page),
        (egui::Key::Space, page),
        (egui::Key::PageUp, -page),
    ]
    .iter()
    .filter(|(k, _)| key(ui, *k))
    .map(|(_, d)| d)
    .sum();
    if delta != 0.0 {
        ui.scroll_with_delta(egui::vec2(0.0, -delta));
    }
}
