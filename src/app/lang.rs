//! The interface's language on screen: every egui context carries it, and widgets read it there.
//!
//! Screens draw from a context, so the language travels with it: the trainer's window and the
//! audience window get the same one each frame, and a UI test sets it on its own context.

use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::{EguiContext, EguiPreUpdateSet, egui};

use crate::app::state::language::UiLanguage;
use crate::i18n::{self, Arg, Language};

/// Where a context keeps its language.
fn key() -> egui::Id {
    egui::Id::new("doorstep-language")
}

/// Sets the language a context's widgets write in.
pub fn set_language(ctx: &egui::Context, language: Language) {
    ctx.data_mut(|d| d.insert_temp(key(), language));
}

/// Messages in the language of the context being drawn.
pub trait Tr {
    fn language(&self) -> Language;

    /// A message with no arguments.
    fn tr(&self, id: &str) -> String {
        i18n::text(self.language(), id)
    }

    /// A message with arguments; numbers choose plural forms.
    fn tr_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        i18n::text_with(self.language(), id, args)
    }
}

impl Tr for egui::Context {
    fn language(&self) -> Language {
        self.data(|d| d.get_temp(key())).unwrap_or_default()
    }
}

impl Tr for egui::Ui {
    fn language(&self) -> Language {
        self.ctx().language()
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Update, title_windows);
    app.add_systems(
        PreUpdate,
        give_contexts_language
            .after(EguiPreUpdateSet::InitContexts)
            .before(EguiPreUpdateSet::BeginPass),
    );
}

/// Every window's context speaks the trainer's language, the audience window's included.
fn give_contexts_language(language: Res<UiLanguage>, mut contexts: Query<&mut EguiContext>) {
    for mut context in &mut contexts {
        if !language.is_changed() && !context.is_added() {
            continue;
        }
        let ctx = context.get_mut();
        set_language(ctx, language.0);
        ctx.request_repaint();
    }
}

/// Window titles in the interface's language: the trainer's window, and any other (the room's).
fn title_windows(language: Res<UiLanguage>, mut windows: Query<(&mut Window, Has<PrimaryWindow>)>) {
    for (mut window, primary) in &mut windows {
        if !language.is_changed() && !window.is_added() {
            continue;
        }
        let id = if primary {
            "app-window-title"
        } else {
            "app-audience-window-title"
        };
        let title = i18n::text(language.0, id);
        if window.title != title {
            window.title = title;
        }
    }
}
