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

/// Which keys scroll a screen: each screen keeps the keys it uses for something else.
#[derive(Debug, Clone, Copy)]
struct ScrollKeys {
    /// Up and Down, by two lines.
    lines: bool,
    /// PageUp, PageDown and Space, by most of a screen.
    pages: bool,
    /// Home and End, to the ends.
    ends: bool,
}

fn scroll_by_keys(ui: &mut egui::Ui, keys: ScrollKeys) {
    let line = ui.text_style_height(&egui::TextStyle::Body) * 2.0;
    let page = ui.clip_rect().height() * 0.85;
    // Far past either end: the scroll area stops at its edge.
    let end = 1.0e6;
    let moves = [
        (keys.lines, egui::Key::ArrowDown, line),
        (keys.lines, egui::Key::ArrowUp, -line),
        (keys.pages, egui::Key::PageDown, page),
        (keys.pages, egui::Key::Space, page),
        (keys.pages, egui::Key::PageUp, -page),
        (keys.ends, egui::Key::End, end),
        (keys.ends, egui::Key::Home, -end),
    ];
    let delta: f32 = moves
        .iter()
        .filter(|(used, k, _)| *used && key(ui, *k))
        .map(|(_, _, d)| d)
        .sum();
    if delta != 0.0 {
        ui.scroll_with_delta(egui::vec2(0.0, -delta));
    }
}

/// Scrolls the enclosing scroll area from the keyboard: Up/Down by a line, PageUp/PageDown and
/// Space by most of a screen, Home and End to the ends. Call it inside the area's contents.
pub fn keyboard_scroll(ui: &mut egui::Ui) {
    let all = ScrollKeys {
        lines: true,
        pages: true,
        ends: true,
    };
    scroll_by_keys(ui, all);
}

/// Scrolls by lines and to the ends only (Up/Down, Home/End), for screens where the page keys
/// are the clicker's.
pub fn line_scroll(ui: &mut egui::Ui) {
    let keys = ScrollKeys {
        lines: true,
        pages: false,
        ends: true,
    };
    scroll_by_keys(ui, keys);
}

/// Scrolls by pages only (PageUp/PageDown, Space), for screens where Up and Down move a
/// selection instead.
pub fn page_scroll(ui: &mut egui::Ui) {
    let keys = ScrollKeys {
        lines: false,
        pages: true,
        ends: false,
    };
    scroll_by_keys(ui, keys);
}
