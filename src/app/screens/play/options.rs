//! The play screen's options: buttons, the room's show of hands, coach notes, and rewinding.

use bevy_egui::egui::{self, RichText};

use super::view::{Audience, PlayView};
use crate::app::intent::Intent;
use crate::app::lang::Tr;
use crate::app::theme::palette;
use crate::app::widgets::input::{hint, wide_button};
use crate::i18n::Arg;
use crate::render::labels::{flag_label, move_label, step_label};
use crate::runtime::Offered;
use crate::scenario::{FlagKind, Scenario, Step, flags};

/// The options on offer, and below them going with the room's pick and rewinding.
pub(super) fn options_panel(ui: &mut egui::Ui, view: &PlayView) -> Option<Intent> {
    let mut intent = None;
    let turns = view.transcript.turns();
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        let prompt = match view.audience {
            Audience::Solo => ui.tr("play-what-do-you-say"),
            _ => ui.tr("play-room-prompt"),
        };
        ui.label(RichText::new(prompt).strong());
        if view.audience == Audience::Trainer {
            ui.label(RichText::new(ui.tr("play-trainer-keys")).small().weak());
        }
    });
    if view.room.needs_pick && view.controls {
        let how = match view.audience {
            Audience::Solo => ui.tr("play-pick-first-solo"),
            _ => ui.tr("play-pick-first-room"),
        };
        ui.label(RichText::new(how).color(palette::ACCENT));
    }
    let most = view.room.hands.iter().copied().max().unwrap_or(0).max(1);
    // The highlight as it was, its box's size, and for how many frames since it moved: a moved
    // highlight takes the focus once, and is kept in view for a few frames while the panels
    // settle, and again when its box changes size (a resize, a new text size).
    let (previous_selection, previous_size, frames) = ui
        .data(|d| d.get_temp::<(Option<usize>, [egui::Vec2; 2], u8)>(selection_id()))
        .unwrap_or((None, [egui::Vec2::ZERO; 2], 0));
    let moved = previous_selection != view.room.selected;
    let mut frames = if moved { 0 } else { frames };
    let mut selected_size = previous_size;
    for (position, option) in view.offered.iter().enumerate() {
        let selected = view.room.selected == Some(position);
        let mut text = format!("{}   {}", view.label(position), option.text);
        let hands = view.room.hands.get(position).copied().unwrap_or(0);
        if view.room.show_tally && view.audience != Audience::Solo {
            text.push_str(&format!("   ✋ {hands}"));
        }
        let response = wide_button(ui, RichText::new(text), selected);
        if view.room.show_tally && hands > 0 && view.audience != Audience::Solo {
            let bar = response.rect.shrink(2.0);
            let width = bar.width() * hands as f32 / most as f32;
            let fill = egui::Rect::from_min_size(
                egui::pos2(bar.left(), bar.bottom() - 6.0),
                egui::vec2(width, 6.0),
            );
            ui.painter().rect_filled(fill, 2.0, palette::ACCENT);
        }
        // The highlight and the keyboard focus are one: arrows move both, Tab moves both.
        if selected {
            // The box and the space it scrolls in: when either changes, bring it back into view.
            selected_size = [response.rect.size().round(), ui.clip_rect().size().round()];
            if selected_size != previous_size {
                frames = 0;
            }
        }
        if selected && view.controls && frames < SETTLING_FRAMES {
            if moved {
                response.request_focus();
            }
            // Another frame only while it is still out of view, so a settled screen idles.
            if !ui.clip_rect().contains_rect(response.rect) {
                response.scroll_to_me(None);
                ui.ctx().request_repaint();
            }
        } else if response.gained_focus() && !selected && view.controls {
            intent = Some(Intent::Select(position));
        }
        // Enter on the focused option is the keys' "go with the highlight" (play_keys); the
        // same press must not also count as a click that only selects.
        let by_enter = response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if response.clicked() && !by_enter {
            intent = Some(if view.audience == Audience::Solo {
                Intent::Choose(option.shown)
            } else {
                Intent::Select(position)
            });
        }
        if view.audience == Audience::Trainer {
            trainer_note(ui, view.scenario, view.node, option);
        }
    }
    if view.controls {
        let frames = frames.saturating_add(1);
        let remembered = (view.room.selected, selected_size, frames);
        ui.data_mut(|d| d.insert_temp(selection_id(), remembered));
    }
    if !view.controls {
        return intent;
    }
    ui.horizontal_wrapped(|ui| {
        if view.audience != Audience::Solo
            && view.room.pick().is_some()
            && ui.button(ui.tr("play-go-with-pick")).clicked()
        {
            intent = Some(Intent::Advance);
        }
        if turns > 0 && view.prefs.difficulty.allows_rewind() {
            if hint(
                ui.button(ui.tr("play-back-one-turn")),
                ui.tr("play-back-hint"),
            )
            .clicked()
            {
                intent = Some(Intent::Back);
            }
            egui::ComboBox::from_id_salt("rewind")
                .selected_text(ui.tr("play-rewind-to"))
                .show_ui(ui, |ui| {
                    for turn in 1..=turns {
                        let label = ui.tr_with("debrief-turn", &[("turn", Arg::from(turn))]);
                        if ui.selectable_label(false, label).clicked() {
                            intent = Some(Intent::Rewind(turn));
                        }
                    }
                });
        }
        if view.transcript.rewound {
            ui.label(RichText::new(ui.tr("play-practice-run")).italics());
        }
    });
    ui.add_space(6.0);
    intent
}

/// Frames to keep a newly highlighted option in view while the layout settles.
const SETTLING_FRAMES: u8 = 4;

/// Where the last highlight is remembered, to notice when it moves.
fn selection_id() -> egui::Id {
    egui::Id::new("play-selection")
}

/// Under each option on the trainer's screen: its move, step, flags and coach note.
fn trainer_note(ui: &mut egui::Ui, scenario: &Scenario, node: &str, option: &Offered) {
    let Some(choice) = scenario
        .nodes
        .get(node)
        .and_then(|n| n.options.get(option.index))
    else {
        return;
    };
    let language = ui.language();
    let flags: Vec<String> = choice
        .flags
        .iter()
        .filter_map(|f| flags::lookup(scenario, f))
        .map(|f| {
            let label = flag_label(language, &f.id, &f.label);
            match f.kind {
                FlagKind::Good => format!("✓ {label}"),
                FlagKind::Mistake => format!("✕ {label}"),
            }
        })
        .collect();
    let step = if choice.step == Step::None {
        String::new()
    } else {
        format!(" · {}", step_label(language, choice.step))
    };
    ui.label(
        RichText::new(format!(
            "{}{step}  {}  {}",
            move_label(language, choice.kind),
            flags.join("  "),
            choice.note
        ))
        .small(),
    );
}
