//! The top bar on every screen, with the global keys, the countdown and blanking.
//!
//! The bar keeps to one row: where the window is narrow (a small window, a large UI scale or
//! projector type), the less used buttons fold into a menu. Every one of them has a key too.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::overlays::overlay_ui;
use crate::app::intent::{Intent, TimerControl};
use crate::app::keymap::{self, pressed};
use crate::app::lang::Tr;
use crate::app::screen::Screen;
use crate::app::state::language::UiLanguage;
use crate::app::state::prefs::Prefs;
use crate::app::state::session::Session;
use crate::app::state::storage::Storage;
use crate::app::state::ui::Overlay;
use crate::app::state::workshop::{Countdown, Workshop};
use crate::app::theme::palette;
use crate::app::widgets::root::{ContentRect, DrawContent, DrawScreens, root_ui};
use crate::i18n::Arg;

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

fn draw_chrome(
    mut contexts: EguiContexts,
    screen: Res<State<Screen>>,
    prefs: Res<Prefs>,
    storage: Option<Res<Storage>>,
    language: Res<UiLanguage>,
    session: Option<Res<Session>>,
    workshop: Res<Workshop>,
    countdown: Res<Countdown>,
    time: Res<Time<Real>>,
    mut overlay: ResMut<Overlay>,
    mut content: ResMut<ContentRect>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let ctx = contexts.ctx_mut()?.clone();
    let mut ui = root_ui(&ctx, ctx.viewport_rect());
    let screen = *screen.get();
    let warnings = storage
        .as_ref()
        .map_or_else(Vec::new, |s| s.all_warnings(language.0));
    let view = ChromeView {
        screen,
        prefs: &prefs,
        warnings: &warnings,
        workshop: &workshop,
        timer: timer_label(&countdown, &workshop, screen, time.elapsed()),
        mid_conversation: matches!(screen, Screen::Play | Screen::Assess)
            && session
                .as_ref()
                .is_some_and(|s| s.conversation.transcript().turns() > 0),
    };
    let mut shown = *overlay;
    if let Some(intent) = chrome_ui(&mut ui, &view, &mut shown) {
        intents.write(intent);
    }
    if shown != *overlay {
        *overlay = shown;
    }
    content.0 = Some(ui.available_rect_before_wrap());
    Ok(())
}

/// The message id of a screen's name, for the top bar.
pub fn title(screen: Screen) -> &'static str {
    match screen {
        Screen::Menu => "chrome-screen-menu",
        Screen::Play => "chrome-screen-play",
        Screen::Assess => "chrome-screen-assess",
        Screen::Debrief => "chrome-screen-debrief",
        Screen::History => "chrome-screen-history",
        Screen::Watch => "chrome-screen-watch",
        Screen::Pairs => "chrome-screen-pairs",
        Screen::Room => "chrome-screen-room",
    }
}

/// The countdown as shown while the room is in play (projector, watching, pairs): "4:59",
/// and whether it runs. Elsewhere it is hidden (and `pause_hidden_countdown` stops it).
pub fn timer_label(
    countdown: &Countdown,
    workshop: &Workshop,
    screen: Screen,
    now: std::time::Duration,
) -> Option<(String, bool)> {
    workshop
        .shows_countdown(screen)
        .then(|| (countdown.label(now), countdown.running()))
}

/// What the top bar shows.
pub struct ChromeView<'a> {
    pub screen: Screen,
    pub prefs: &'a Prefs,
    pub warnings: &'a [String],
    pub workshop: &'a Workshop,
    pub timer: Option<(String, bool)>,
    /// A conversation has begun and is not yet saved: leaving it asks first.
    pub mid_conversation: bool,
}

impl ChromeView<'_> {
    /// Going to another screen: straight there, or through "Leave this conversation?".
    fn leave_for(&self, to: Screen, overlay: &mut Overlay) -> Option<Intent> {
        if self.mid_conversation {
            *overlay = Overlay::ConfirmLeave(to);
            return None;
        }
        Some(match to {
            Screen::History => Intent::ShowHistory,
            _ => Intent::ToMenu,
        })
    }
}

fn global_keys(ui: &egui::Ui, view: &ChromeView, overlay: &mut Overlay) -> Option<Intent> {
    let prefs = view.prefs;
    let mut intent = None;
    if pressed(ui, &keymap::LARGER) {
        intent = Some(Intent::SetScale(prefs.scale + 0.25));
    } else if pressed(ui, &keymap::SMALLER) {
        intent = Some(Intent::SetScale(prefs.scale - 0.25));
    } else if pressed(ui, &keymap::NORMAL_SIZE) {
        intent = Some(Intent::SetScale(1.0));
    }
    if pressed(ui, &keymap::PROJECTOR) {
        intent = Some(Intent::ToggleProjector);
    }
    if pressed(ui, &keymap::AUDIENCE_WINDOW) && view.workshop.projector {
        intent = Some(Intent::ToggleAudienceWindow);
    }
    let room = view.workshop.shows_countdown(view.screen);
    // Once blanked, the same key always brings the picture back.
    if (room || view.workshop.blank) && pressed(ui, &keymap::BLANK) {
        intent = Some(Intent::ToggleBlank);
    }
    if room {
        let timer = [
            (&keymap::TIMER, TimerControl::StartPause),
            (&keymap::TIMER_SHORTER, TimerControl::AddMinutes(-1)),
            (&keymap::TIMER_LONGER, TimerControl::AddMinutes(1)),
            (&keymap::TIMER_RESET, TimerControl::Reset),
        ];
        for (binding, control) in timer {
            if pressed(ui, binding) {
                intent = Some(Intent::Timer(control));
            }
        }
    }
    if *overlay != Overlay::None {
        return intent;
    }
    if pressed(ui, &keymap::HELP) {
        *overlay = Overlay::Help;
    } else if view.screen != Screen::Menu && pressed(ui, &keymap::BACK_TO_LIST) {
        intent = view.leave_for(Screen::Menu, overlay).or(intent);
    } else if matches!(view.screen, Screen::Menu | Screen::Debrief) && pressed(ui, &keymap::HISTORY)
    {
        intent = Some(Intent::ShowHistory);
    } else if matches!(view.screen, Screen::Menu | Screen::History) && pressed(ui, &keymap::ROOM) {
        intent = Some(Intent::ShowRoom);
    }
    intent
}

/// Below this width (in points, after UI scale) the bar folds its settings into a menu.
const FULL_BAR_WIDTH: f32 = 1100.0;

/// The top bar and any overlay; returns what the user asked for.
pub fn chrome_ui(ui: &mut egui::Ui, view: &ChromeView, overlay: &mut Overlay) -> Option<Intent> {
    let was_open = *overlay != Overlay::None;
    let mut intent = global_keys(ui, view, overlay);
    let screen = view.screen;
    egui::Panel::top("top-bar").show(ui, |ui| {
        let full = ui.available_width() >= FULL_BAR_WIDTH;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new("Doorstep")
                    .strong()
                    .color(palette::ACCENT)
                    .size(22.0),
            );
            if full {
                ui.label(RichText::new(ui.tr(title(screen))).size(20.0));
            }
            if let Some(timer) = &view.timer
                && timer_button(ui, timer).clicked()
            {
                intent = Some(Intent::Timer(TimerControl::StartPause));
            }
            if view.workshop.blank {
                ui.label(RichText::new(ui.tr("chrome-blanked")).color(palette::ERROR));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if full {
                    if let Some(chosen) = settings_buttons(ui, view, overlay) {
                        intent = Some(chosen);
                    }
                } else {
                    ui.menu_button(RichText::new(ui.tr("chrome-more")).size(17.0), |ui| {
                        ui.set_min_width(260.0);
                        ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
                            if let Some(chosen) = settings_buttons(ui, view, overlay) {
                                intent = Some(chosen);
                                ui.close();
                            }
                        });
                    });
                }
                if screen != Screen::History && tr_button(ui, "chrome-history").clicked() {
                    intent = view.leave_for(Screen::History, overlay).or(intent.take());
                }
                if screen != Screen::Menu && tr_button(ui, "chrome-scenarios").clicked() {
                    intent = view.leave_for(Screen::Menu, overlay).or(intent.take());
                }
            });
        });
        for warning in view.warnings {
            ui.colored_label(palette::ERROR, warning);
        }
    });
    if was_open && let Some(chosen) = overlay_ui(ui.ctx(), overlay) {
        intent = Some(chosen);
    }
    intent
}

/// The countdown: accent while running; at 0:00, white on red until reset.
fn timer_button(ui: &mut egui::Ui, (label, running): &(String, bool)) -> egui::Response {
    let done = label == "0:00";
    let text = if done {
        RichText::new(format!("⏱ {label}  {}", ui.tr("chrome-time-up")))
            .color(egui::Color32::WHITE)
            .background_color(palette::TIME_UP)
    } else if *running {
        RichText::new(format!("⏱ {label}")).color(palette::ACCENT)
    } else {
        RichText::new(format!("⏱ {label}"))
    };
    ui.button(text.size(26.0).strong())
}

/// Projector, audience window, text size and help: in the bar when it is wide, else a menu.
fn settings_buttons(ui: &mut egui::Ui, view: &ChromeView, overlay: &mut Overlay) -> Option<Intent> {
    let mut intent = None;
    if tr_button(ui, "chrome-keys").clicked() {
        *overlay = Overlay::Help;
    }
    if bar_button(ui, "A+").clicked() {
        intent = Some(Intent::SetScale(view.prefs.scale + 0.25));
    }
    let percent = format!("{:.0}", view.prefs.scale * 100.0);
    ui.label(
        RichText::new(ui.tr_with("chrome-text-size", &[("percent", Arg::from(percent))]))
            .size(17.0),
    );
    if bar_button(ui, "A−").clicked() {
        intent = Some(Intent::SetScale(view.prefs.scale - 0.25));
    }
    if view.workshop.projector {
        let window = if view.workshop.audience_window {
            "chrome-close-room-window"
        } else {
            "chrome-room-window"
        };
        if tr_button(ui, window).clicked() {
            intent = Some(Intent::ToggleAudienceWindow);
        }
    }
    let projector = if view.workshop.projector {
        "chrome-projector-on"
    } else {
        "chrome-projector"
    };
    if tr_button(ui, projector).clicked() {
        intent = Some(Intent::ToggleProjector);
    }
    intent
}

/// Top-bar buttons keep one size in every look, so the bar fits on one line.
fn bar_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.button(RichText::new(text).size(17.0))
}

/// A top-bar button whose words are the message `id`, in the interface's language.
fn tr_button(ui: &mut egui::Ui, id: &str) -> egui::Response {
    let text = ui.tr(id);
    bar_button(ui, &text)
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
