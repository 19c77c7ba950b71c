//! The top bar on every screen, with the global keys, the countdown, blanking and the key help.
//!
//! Global keys: projector, audience window, blank, timer, UI scale and help.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::intent::{Intent, TimerControl};
use crate::app::screen::Screen;
use crate::app::state::prefs::Prefs;
use crate::app::state::storage::Storage;
use crate::app::state::ui::HelpOpen;
use crate::app::state::workshop::{Countdown, Workshop};
use crate::app::theme::palette;
use crate::app::widgets::input::key;
use crate::app::widgets::root::{ContentRect, DrawContent, DrawScreens, root_ui};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_chrome.in_set(DrawScreens).before(DrawContent),
    );
    app.add_systems(
        EguiPrimaryContextPass,
        draw_blank.in_set(DrawScreens).after(DrawContent),
    );
}

/// The keys, for the help overlay.
pub const KEYS: &[(&str, &str)] = &[
    ("1 – 9", "choose an option"),
    (
        "Up / Down, then Enter",
        "move between options (or scenarios) and choose",
    ),
    (
        "Tab / Shift+Tab",
        "move focus between buttons; Space or Enter presses",
    ),
    (
        "Backspace",
        "rewind one turn (the attempt becomes practice)",
    ),
    (
        "S / A",
        "show or hide the five-step tracker / the airtime meter",
    ),
    (
        "T, F, M, J",
        "debrief: try again, follow up, export Markdown, export JSON",
    ),
    ("PageUp / PageDown, Space", "debrief and history: scroll"),
    (
        "W / P",
        "scenario list: watch a scripted path / pairs practice",
    ),
    ("H, Esc", "history of attempts, back to the scenario list"),
    ("F5", "projector mode: large type, lettered options"),
    ("A – I", "projector: highlight the room's pick"),
    (
        "Shift + A – I, −, V",
        "projector: add a hand, remove one, show the tally",
    ),
    (
        "PageDown / Right",
        "clicker next: go with the pick, next line, start/end",
    ),
    (
        "PageUp / Left",
        "clicker back: rewind, previous line, undo a mark",
    ),
    ("B or .", "blank the projected screen, and back"),
    ("F6", "open or close the audience window"),
    (
        "G, [ ], \\",
        "timer: start/pause, one minute less/more, reset",
    ),
    (
        "C, Q L T, 1 – 5, M",
        "pairs: card, tally, checklist, tap or hold",
    ),
    ("Ctrl + / Ctrl − / Ctrl 0", "larger / smaller / normal text"),
    ("?", "this help"),
];

fn draw_chrome(
    mut contexts: EguiContexts,
    screen: Res<State<Screen>>,
    prefs: Res<Prefs>,
    storage: Option<Res<Storage>>,
    workshop: Res<Workshop>,
    countdown: Res<Countdown>,
    time: Res<Time<Real>>,
    mut help: ResMut<HelpOpen>,
    mut content: ResMut<ContentRect>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut ui = root_ui(&ctx, ctx.viewport_rect());
    let view = ChromeView {
        screen: *screen.get(),
        prefs: &prefs,
        warnings: storage.as_ref().map_or(&[][..], |s| &s.warnings[..]),
        workshop: &workshop,
        timer: timer_label(&countdown, &workshop, *screen.get(), time.elapsed()),
    };
    if let Some(intent) = chrome_ui(&mut ui, &view, &mut help.0) {
        intents.write(intent);
    }
    content.0 = Some(ui.available_rect_before_wrap());
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

/// The countdown as shown, when it is in use: "4:59" and whether it runs.
pub fn timer_label(
    countdown: &Countdown,
    workshop: &Workshop,
    screen: Screen,
    now: std::time::Duration,
) -> Option<(String, bool)> {
    let in_use = workshop.projector
        || screen == Screen::Pairs
        || countdown.running()
        || countdown.counted > std::time::Duration::ZERO;
    in_use.then(|| (countdown.label(now), countdown.running()))
}

/// What the top bar shows.
pub struct ChromeView<'a> {
    pub screen: Screen,
    pub prefs: &'a Prefs,
    pub warnings: &'a [String],
    pub workshop: &'a Workshop,
    pub timer: Option<(String, bool)>,
}

fn global_keys(ui: &egui::Ui, view: &ChromeView, help: &mut bool) -> Option<Intent> {
    let prefs = view.prefs;
    let typing = ui.ctx().text_edit_focused();
    let (ctrl, typed) = ui.input(|i| {
        let typed: Vec<String> = i
            .events
            .iter()
            .filter_map(|e| {
                if let egui::Event::Text(t) = e {
                    Some(t.clone())
                } else {
                    None
                }
            })
            .collect();
        (i.modifiers.command, typed)
    });
    let typed_any = |s: &[&str]| !typing && typed.iter().any(|t| s.contains(&t.as_str()));
    let mut intent = None;
    if ctrl && ui.input(|i| i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals)) {
        intent = Some(Intent::SetScale(prefs.scale + 0.25));
    } else if ctrl && ui.input(|i| i.key_pressed(egui::Key::Minus)) {
        intent = Some(Intent::SetScale(prefs.scale - 0.25));
    } else if ctrl && ui.input(|i| i.key_pressed(egui::Key::Num0)) {
        intent = Some(Intent::SetScale(1.0));
    }
    if typed_any(&["?"]) {
        *help = !*help;
    }
    if ui.input(|i| i.key_pressed(egui::Key::F5)) {
        intent = Some(Intent::ToggleProjector);
    }
    if ui.input(|i| i.key_pressed(egui::Key::F6)) {
        intent = Some(Intent::ToggleAudienceWindow);
    }
    let room =
        view.workshop.projector || view.screen == Screen::Pairs || view.screen == Screen::Watch;
    if room && (key(ui, egui::Key::B) || typed_any(&["."])) {
        intent = Some(Intent::ToggleBlank);
    }
    if key(ui, egui::Key::G) {
        intent = Some(Intent::Timer(TimerControl::StartPause));
    }
    if typed_any(&["["]) {
        intent = Some(Intent::Timer(TimerControl::AddMinutes(-1)));
    }
    if typed_any(&["]"]) {
        intent = Some(Intent::Timer(TimerControl::AddMinutes(1)));
    }
    if typed_any(&["\\"]) {
        intent = Some(Intent::Timer(TimerControl::Reset));
    }
    intent
}

/// The top bar and help overlay.
pub fn chrome_ui(ui: &mut egui::Ui, view: &ChromeView, help: &mut bool) -> Option<Intent> {
    let mut intent = global_keys(ui, view, help);
    let screen = view.screen;
    egui::Panel::top("top-bar").show(ui, |ui| {
        // Wraps onto a second line rather than overlapping at large UI scales.
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new("Doorstep")
                    .strong()
                    .color(palette::ACCENT)
                    .size(22.0),
            );
            ui.label(RichText::new(title(screen)).size(20.0));
            ui.add_space(12.0);
            if let Some((label, running)) = &view.timer {
                let text = RichText::new(format!("⏱ {label}")).size(28.0).strong();
                let text = if *running {
                    text.color(palette::ACCENT)
                } else {
                    text
                };
                if ui
                    .button(text)
                    .on_hover_text("G: start or pause · [ ]: length · \\: reset")
                    .clicked()
                {
                    intent = Some(Intent::Timer(TimerControl::StartPause));
                }
            }
            if view.workshop.blank {
                ui.label(RichText::new("Screen blanked (B)").color(palette::ERROR));
            }
            ui.add_space(12.0);
            if screen != Screen::Menu && bar_button(ui, "Scenarios").clicked() {
                intent = Some(Intent::ToMenu);
            }
            if screen != Screen::History && bar_button(ui, "History").clicked() {
                intent = Some(Intent::ShowHistory);
            }
            let projector = if view.workshop.projector {
                "Projector: on (F5)"
            } else {
                "Projector (F5)"
            };
            if bar_button(ui, projector).clicked() {
                intent = Some(Intent::ToggleProjector);
            }
            if view.workshop.projector {
                let window = if view.workshop.audience_window {
                    "Close audience window (F6)"
                } else {
                    "Audience window (F6)"
                };
                if bar_button(ui, window).clicked() {
                    intent = Some(Intent::ToggleAudienceWindow);
                }
            }
            if bar_button(ui, "A−")
                .on_hover_text("Smaller text (Ctrl −)")
                .clicked()
            {
                intent = Some(Intent::SetScale(view.prefs.scale - 0.25));
            }
            ui.label(RichText::new(format!("{:.0}%", view.prefs.scale * 100.0)).size(17.0));
            if bar_button(ui, "A+")
                .on_hover_text("Larger text (Ctrl +)")
                .clicked()
            {
                intent = Some(Intent::SetScale(view.prefs.scale + 0.25));
            }
            if bar_button(ui, "?  Keys")
                .on_hover_text("Keyboard help")
                .clicked()
            {
                *help = !*help;
            }
        });
        for warning in view.warnings {
            ui.colored_label(palette::ERROR, warning);
        }
    });
    if *help {
        egui::Window::new("Keyboard")
            .collapsible(false)
            .resizable(false)
            .vscroll(true)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                egui::Grid::new("keys")
                    .num_columns(2)
                    .spacing([24.0, 6.0])
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
    } else if matches!(screen, Screen::Menu | Screen::Debrief) && key(ui, egui::Key::H) {
        intent = Some(Intent::ShowHistory);
    }
    intent
}

/// Top-bar buttons keep one size in every look, so the bar fits on one line.
fn bar_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.button(RichText::new(text).size(17.0))
}

/// Blanks the main window when it is what the room sees (no audience window).
fn draw_blank(mut contexts: EguiContexts, workshop: Res<Workshop>) -> Result {
    if workshop.blank && !workshop.audience_window {
        blank(contexts.ctx_mut()?);
    }
    Ok(())
}

/// Covers the whole window in black, above everything else. Keys still work underneath.
pub fn blank(ctx: &egui::Context) {
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Tooltip,
        egui::Id::new("blank"),
    ));
    painter.rect_filled(ctx.viewport_rect(), 0.0, egui::Color32::BLACK);
}
