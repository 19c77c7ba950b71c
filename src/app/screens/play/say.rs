//! Saying it yourself on the play screen: the text box, then what the line was taken as, with
//! the options to take it as another instead.

use bevy_egui::egui::{self, RichText};

use super::view::PlayView;
use crate::app::intent::Intent;
use crate::app::lang::Tr;
use crate::app::state::saying::Hearing;
use crate::app::state::ui::SayState;
use crate::app::theme::palette;
use crate::app::widgets::heard::heard_as;
use crate::app::widgets::input::{hint, wide_button};
use crate::i18n::Arg;
use crate::runtime::Taken;

/// The bottom of the play screen when the trainee types their lines.
pub(super) fn say_panel(ui: &mut egui::Ui, view: &PlayView, say: &mut SayState) -> Option<Intent> {
    ui.add_space(6.0);
    let turns = view.transcript.turns();
    if say.turn != turns {
        // A new turn (or a rewind) starts with an empty box, which takes the focus.
        say.draft.clear();
        say.turn = turns;
        say.box_shown = false;
    }
    let mut intent = match view.hearing {
        None => text_box(ui, say),
        Some(hearing) => {
            // The first frame of "Taken as": Enter must go with the match, not with a button
            // that was left the focus.
            if say.box_shown
                && let Some(focused) = ui.memory(|m| m.focused())
            {
                ui.memory_mut(|m| m.surrender_focus(focused));
            }
            say.box_shown = false;
            taken_as(ui, view, hearing)
        }
    };
    if let Some(back) = back_buttons(ui, view) {
        intent = Some(back);
    }
    ui.add_space(6.0);
    intent
}

/// The box the line is typed in; Enter says it.
fn text_box(ui: &mut egui::Ui, say: &mut SayState) -> Option<Intent> {
    let mut intent = None;
    ui.label(RichText::new(ui.tr("say-prompt")).strong());
    let edit = egui::TextEdit::singleline(&mut say.draft)
        .id_salt("say-it")
        .hint_text(ui.tr("say-placeholder"))
        .desired_width(f32::INFINITY)
        .margin(egui::vec2(8.0, 8.0));
    let response = ui.add(edit);
    if !say.box_shown {
        response.request_focus();
        say.box_shown = true;
    }
    // A single-line box gives up the focus on Enter; Esc also does, and says nothing. Enter
    // outside the box brings the focus back to it.
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
    if response.lost_focus() && enter {
        intent = Some(Intent::Say(say.draft.trim().to_owned()));
    } else if enter && ui.memory(|m| m.focused().is_none()) {
        response.request_focus();
    }
    ui.horizontal_wrapped(|ui| {
        if ui.button(ui.tr("say-say-it")).clicked() {
            intent = Some(Intent::Say(say.draft.trim().to_owned()));
        }
        ui.label(RichText::new(ui.tr("say-closest-hint")).small().weak());
    });
    intent
}

/// How the line was heard, what it was taken as, and the options to take it as instead.
fn taken_as(ui: &mut egui::Ui, view: &PlayView, hearing: &Hearing) -> Option<Intent> {
    let mut intent = None;
    let said = hearing.said.text.trim();
    let said = if said.is_empty() {
        ui.tr("say-nothing")
    } else {
        said.to_owned()
    };
    let you_said = ui.tr_with("say-you-said", &[("said", Arg::from(said))]);
    ui.add(egui::Label::new(you_said).wrap());
    let heard = heard_as(ui.language(), &hearing.said.heard);
    ui.label(RichText::new(format!("{}: {heard}", ui.tr("heard-as"))).small());
    let taken = ui.tr("taken-as");
    let taken_shown = match &hearing.matched.taken {
        Taken::Option(offered) => {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{taken}: {}. {}", offered.shown, offered.text))
                        .strong()
                        .color(palette::ACCENT),
                )
                .wrap(),
            );
            Some(offered.shown)
        }
        Taken::Otherwise { text } => {
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{taken}: {text}"))
                        .strong()
                        .color(palette::ACCENT),
                )
                .wrap(),
            );
            ui.label(RichText::new(ui.tr("say-otherwise-hint")).small().weak());
            None
        }
        Taken::Nothing => {
            ui.label(
                RichText::new(ui.tr("say-matches-none"))
                    .strong()
                    .color(palette::ACCENT),
            );
            None
        }
    };
    // The actions sit by the match, above options that may scroll.
    ui.horizontal_wrapped(|ui| {
        if !hearing.needs_pick() && ui.button(ui.tr("say-go-with-it")).clicked() {
            intent = Some(Intent::TakeAs(None));
        }
        if hint(ui.button(ui.tr("say-differently")), "Backspace").clicked() {
            intent = Some(Intent::Retype);
        }
    });
    let how = if hearing.needs_pick() {
        ui.tr("say-press-number")
    } else {
        ui.tr("say-enter-or-number")
    };
    ui.label(RichText::new(how).small());
    for option in &view.offered {
        let text = format!("{}   {}", option.shown, option.text);
        // The option taken is named above, which stays in view; the list may scroll.
        let response = wide_button(ui, RichText::new(text), taken_shown == Some(option.shown));
        // Enter on an option reached with Tab takes that one, not the match.
        let by_enter = response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if response.clicked() || by_enter {
            intent = Some(Intent::TakeAs(Some(option.shown)));
        }
    }
    intent
}

/// Going back a turn, as with the options.
fn back_buttons(ui: &mut egui::Ui, view: &PlayView) -> Option<Intent> {
    let mut intent = None;
    let turns = view.transcript.turns();
    ui.horizontal_wrapped(|ui| {
        if turns > 0
            && view.hearing.is_none()
            && view.prefs.difficulty.allows_rewind()
            && hint(
                ui.button(ui.tr("play-back-one-turn")),
                ui.tr("say-back-hint"),
            )
            .clicked()
        {
            intent = Some(Intent::Back);
        }
        if view.transcript.rewound {
            ui.label(RichText::new(ui.tr("play-practice-run")).italics());
        }
    });
    intent
}
