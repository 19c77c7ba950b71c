//! Where screens draw: the area below the top bar, the sets that order drawing, the root `Ui`.

use bevy::prelude::*;
use bevy_egui::EguiContexts;
use bevy_egui::egui::{self, LayerId, UiBuilder};

use crate::app::intent::Intent;

/// The systems that draw screens, so theming can run before them.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct DrawScreens;

/// The screens' own content, drawn after the top bar.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct DrawContent;

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
