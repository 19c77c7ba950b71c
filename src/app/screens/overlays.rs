//! What is drawn over a screen: the key help, and "Leave this conversation?".
//!
//! While one is open it takes the keyboard: the screen underneath sees no keys, so PageDown
//! scrolls the help rather than choosing an option behind it.

use bevy_egui::egui::{self, RichText};

use crate::app::intent::Intent;
use crate::app::keymap::{self, SECTIONS};
use crate::app::lang::Tr;
use crate::app::screen::Screen;
use crate::app::state::ui::Overlay;
use crate::app::widgets::input::keyboard_scroll;

/// Draws the open overlay and returns what the user chose in it.
pub fn overlay_ui(ctx: &egui::Context, overlay: &mut Overlay) -> Option<Intent> {
    let intent = match *overlay {
        Overlay::None => None,
        Overlay::Help => {
            help(ctx, overlay);
            None
        }
        Overlay::ConfirmLeave(to) => confirm_leave(ctx, overlay, to),
    };
    swallow_keys(ctx);
    intent
}

/// A window with its title drawn as a heading inside it, which wraps: egui cuts a title bar's
/// text short to the width of the contents ("Leave this convers…").
fn window(title: &str) -> egui::Window<'static> {
    egui::Window::new(title)
        .title_bar(false)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
}

fn help(ctx: &egui::Context, overlay: &mut Overlay) {
    let screen = ctx.content_rect();
    let close = esc_pressed(ctx);
    let language = ctx.language();
    let title = ctx.tr("chrome-keys-title");
    let width = screen.width() * 0.9;
    window(&title)
        .min_width(width.min(760.0))
        .max_width(width)
        .show(ctx, |ui| {
            ui.heading(&title);
            egui::ScrollArea::vertical()
                .max_height(screen.height() * 0.7)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    keyboard_scroll(ui);
                    for section in SECTIONS {
                        ui.label(
                            RichText::new(section.title_in(language))
                                .heading()
                                .size(22.0),
                        );
                        for binding in section.bindings {
                            key_row(ui, &binding.keys_in(language), &binding.action_in(language));
                        }
                        ui.add_space(8.0);
                    }
                });
            ui.separator();
            ui.label(RichText::new(ui.tr("chrome-keys-hint")).weak());
            if ui.button(ui.tr("chrome-close")).clicked() {
                *overlay = Overlay::None;
            }
        });
    if close {
        *overlay = Overlay::None;
    }
}

/// One key and what it does, side by side; both wrap, so a narrow window (200%, or Spanish's
/// longer words) never pushes the text past its edge, as a grid's cells did.
fn key_row(ui: &mut egui::Ui, keys: &str, action: &str) {
    let keys_width = (ui.available_width() * 0.3).min(240.0);
    ui.horizontal_top(|ui| {
        let top_down = egui::Layout::top_down(egui::Align::Min);
        ui.allocate_ui_with_layout(egui::vec2(keys_width, 0.0), top_down, |ui| {
            ui.set_width(keys_width);
            ui.add(egui::Label::new(RichText::new(keys).strong()).wrap());
        });
        ui.allocate_ui_with_layout(egui::vec2(ui.available_width(), 0.0), top_down, |ui| {
            ui.add(egui::Label::new(action).wrap());
        });
    });
    ui.add_space(4.0);
}

fn confirm_leave(ctx: &egui::Context, overlay: &mut Overlay, to: Screen) -> Option<Intent> {
    let leave = match to {
        Screen::History => Intent::ShowHistory,
        _ => Intent::ToMenu,
    };
    let mut intent = None;
    if esc_pressed(ctx) {
        *overlay = Overlay::None;
    } else if ctx.input(|i| i.key_pressed(egui::Key::Enter)) {
        *overlay = Overlay::None;
        intent = Some(leave.clone());
    }
    let title = ctx.tr("chrome-leave-title");
    window(&title).show(ctx, |ui| {
        ui.heading(&title);
        ui.label(ui.tr("chrome-leave-body"));
        ui.horizontal_wrapped(|ui| {
            if ui.button(ui.tr("chrome-leave-confirm")).clicked() {
                *overlay = Overlay::None;
                intent = Some(leave.clone());
            }
            if ui.button(ui.tr("chrome-leave-keep")).clicked() {
                *overlay = Overlay::None;
            }
        });
    });
    intent
}

fn esc_pressed(ctx: &egui::Context) -> bool {
    ctx.input(|i| i.key_pressed(keymap::BACK_TO_LIST.keys[0]))
}

/// Keys and typed text stop here; the pointer still reaches the overlay's buttons.
fn swallow_keys(ctx: &egui::Context) {
    ctx.input_mut(|i| {
        i.events
            .retain(|e| !matches!(e, egui::Event::Key { .. } | egui::Event::Text(_)));
    });
}
