//! The look: colours, type sizes, spacing and UI scale.

use bevy::prelude::*;
use bevy_egui::egui::{self, FontFamily, FontId, TextStyle};
use bevy_egui::{
    EguiContext, EguiContexts, EguiPreUpdateSet, EguiPrimaryContextPass, PrimaryEguiContext,
};

use super::state::prefs::Prefs;
use super::state::workshop::Workshop;
use super::widgets::root::DrawScreens;

/// Colours used across screens.
pub mod palette {
    use bevy_egui::egui::Color32;

    pub const ACCENT: Color32 = Color32::from_rgb(0xE8, 0x8A, 0x2E);
    pub const QUESTIONS: Color32 = Color32::from_rgb(0x4E, 0x9A, 0xE0);
    pub const LISTENING: Color32 = Color32::from_rgb(0x5C, 0xB8, 0x7A);
    pub const TALKING: Color32 = Color32::from_rgb(0xE0, 0x6C, 0x5A);
    pub const STEP_DONE: Color32 = Color32::from_rgb(0x5C, 0xB8, 0x7A);
    pub const STEP_TODO: Color32 = Color32::from_rgb(0x6A, 0x6F, 0x78);
    pub const MISTAKE: Color32 = Color32::from_rgb(0xE0, 0x5A, 0x4E);
    pub const GOOD: Color32 = Color32::from_rgb(0x5C, 0xB8, 0x7A);
    pub const PERSON_BUBBLE: Color32 = Color32::from_rgb(0x2C, 0x33, 0x3D);
    pub const TRAINEE_BUBBLE: Color32 = Color32::from_rgb(0x3A, 0x32, 0x26);
    /// The keyboard focus outline, the same in both looks: 12:1 on the dark panels.
    pub const FOCUS: Color32 = Color32::from_rgb(0xFF, 0xD4, 0x3B);
    pub const ERROR: Color32 = Color32::from_rgb(0xFF, 0x7B, 0x6B);
    /// The countdown at 0:00: white on this red is 5.9:1.
    pub const TIME_UP: Color32 = Color32::from_rgb(0xB3, 0x26, 0x1E);
}

/// Type sizes at 100% scale.
pub const BODY: f32 = 18.0;

/// DejaVu Sans: clear at every size, with arrows, ticks and bullets (see assets/fonts).
const SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

fn fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts
        .font_data
        .insert("sans".into(), egui::FontData::from_static(SANS).into());
    if let Some(family) = fonts.families.get_mut(&FontFamily::Proportional) {
        family.insert(0, "sans".into());
    }
    fonts
}

/// The two looks: everyday, and large high-contrast type for a projector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Look {
    #[default]
    Standard,
    Projector,
}

/// Body text in projector mode: legible from the back of a room at 1920×1080.
pub const PROJECTOR_BODY: f32 = 34.0;

/// Applies the fonts and the standard look; used by the app and by UI tests.
pub fn apply(ctx: &egui::Context) {
    ctx.set_fonts(fonts());
    apply_look(ctx, Look::Standard);
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
}

/// Sets text sizes, spacing and colours for a look.
pub fn apply_look(ctx: &egui::Context, look: Look) {
    let (body, heading, small, spacing) = match look {
        Look::Standard => (BODY, 28.0, 14.0, 10.0),
        Look::Projector => (PROJECTOR_BODY, 48.0, 24.0, 14.0),
    };
    let mut style = (*ctx.global_style()).clone();
    style.text_styles = [
        (
            TextStyle::Heading,
            FontId::new(heading, FontFamily::Proportional),
        ),
        (TextStyle::Body, FontId::new(body, FontFamily::Proportional)),
        (
            TextStyle::Button,
            FontId::new(body, FontFamily::Proportional),
        ),
        (
            TextStyle::Small,
            FontId::new(small, FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(small + 2.0, FontFamily::Monospace),
        ),
    ]
    .into();
    style.spacing.item_spacing = egui::vec2(spacing, spacing);
    style.spacing.button_padding = egui::vec2(14.0, 8.0);
    style.spacing.interact_size.y = body * 1.9;
    let mut visuals = egui::Visuals::dark();
    // The highlighted option: near-black on the accent, 8:1 (the selection's stroke colour is
    // what egui writes a selected button's text in).
    visuals.selection.bg_fill = palette::ACCENT;
    visuals.selection.stroke = egui::Stroke::new(2.0, egui::Color32::from_gray(12));
    visuals.widgets.hovered.bg_stroke = egui::Stroke::new(2.0, palette::ACCENT);
    // egui draws a focused widget in its "active" look: one thick outline, in every look.
    visuals.widgets.active.bg_stroke = egui::Stroke::new(4.0, palette::FOCUS);
    visuals.hyperlink_color = palette::ACCENT;
    // Brighter text than egui's default grey, for projectors and tired eyes.
    visuals.widgets.noninteractive.fg_stroke.color = egui::Color32::from_gray(228);
    visuals.widgets.inactive.fg_stroke.color = egui::Color32::from_gray(240);
    visuals.weak_text_color = Some(egui::Color32::from_gray(170));
    if look == Look::Projector {
        // Pure black and white: washed-out projectors lose mid-greys first.
        visuals.panel_fill = egui::Color32::BLACK;
        visuals.window_fill = egui::Color32::BLACK;
        visuals.extreme_bg_color = egui::Color32::BLACK;
        visuals.widgets.noninteractive.fg_stroke.color = egui::Color32::WHITE;
        visuals.widgets.inactive.fg_stroke.color = egui::Color32::WHITE;
        visuals.widgets.inactive.weak_bg_fill = egui::Color32::from_gray(40);
        visuals.widgets.inactive.bg_fill = egui::Color32::from_gray(40);
        visuals.weak_text_color = Some(egui::Color32::from_gray(200));
        visuals.selection.bg_fill = palette::FOCUS;
        visuals.selection.stroke = egui::Stroke::new(3.0, egui::Color32::BLACK);
        // On the yellow of a highlighted option the outline must not vanish: white on black
        // panels, and the option's own black text is 14:1 on the yellow.
        visuals.widgets.active.bg_stroke = egui::Stroke::new(4.0, egui::Color32::WHITE);
    }
    style.visuals = visuals;
    ctx.set_global_style(style);
}

pub(super) fn plugin(app: &mut App) {
    // Fonts set during a pass only apply from the next one, so theme each new context
    // before its first pass begins.
    app.add_systems(
        PreUpdate,
        (apply_theme_to_new_contexts, follow_projector_mode)
            .chain()
            .after(EguiPreUpdateSet::InitContexts)
            .before(EguiPreUpdateSet::BeginPass),
    );
    app.add_systems(EguiPrimaryContextPass, apply_scale.before(DrawScreens));
}

fn apply_theme_to_new_contexts(
    mut contexts: Query<(&mut EguiContext, Has<PrimaryEguiContext>), Added<EguiContext>>,
    workshop: Res<Workshop>,
) {
    for (mut context, primary) in &mut contexts {
        apply(context.get_mut());
        if workshop.projector || !primary {
            apply_look(context.get_mut(), Look::Projector);
        }
    }
}

/// The trainer's window follows projector mode; the audience window is always projected.
fn follow_projector_mode(
    mut contexts: Query<&mut EguiContext, With<PrimaryEguiContext>>,
    workshop: Res<Workshop>,
) {
    if !workshop.is_changed() {
        return;
    }
    let look = if workshop.projector {
        Look::Projector
    } else {
        Look::Standard
    };
    for mut context in &mut contexts {
        apply_look(context.get_mut(), look);
    }
}

/// The projector's type is set for 1920×1080; on a smaller window it shrinks with the window
/// (at 1280×720, to two thirds), so the same share of the screen stays legible from the back.
pub fn projector_zoom(window_height: f32) -> f32 {
    (window_height / 1080.0).clamp(0.6, 1.0)
}

fn apply_scale(
    mut contexts: EguiContexts,
    prefs: Res<Prefs>,
    workshop: Res<Workshop>,
    window: Option<Single<&Window, With<bevy::window::PrimaryWindow>>>,
) -> Result {
    let height = window.map_or(1080.0, |w| w.height());
    let zoom = if workshop.projector {
        prefs.scale * projector_zoom(height)
    } else {
        prefs.scale
    };
    let ctx = contexts.ctx_mut()?;
    if (ctx.zoom_factor() - zoom).abs() > f32::EPSILON {
        ctx.set_zoom_factor(zoom);
    }
    Ok(())
}
