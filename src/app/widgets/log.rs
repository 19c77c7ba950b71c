//! The conversation log: the person's and the organizer's lines as chat bubbles.

use bevy_egui::egui::{self, RichText};

use crate::app::lang::Tr;
use crate::app::theme::palette;
use crate::render::labels::step_label;
use crate::runtime::{Entry, Transcript};
use crate::scenario::Scenario;

/// What the log calls the organizer: "You" when the trainee (or the room) speaks, and
/// "Organizer" for a scripted conversation being watched. The same in every scenario. These
/// two are shown in the interface's language (`log-you`, `log-organizer`); any other speaker
/// as given.
pub const YOU: &str = "You";
pub const ORGANIZER: &str = "Organizer";

/// The conversation so far; it keeps the newest line in view.
pub fn conversation_log(
    ui: &mut egui::Ui,
    transcript: &Transcript,
    scenario: &Scenario,
    show_setting: bool,
) {
    let shown = Shown {
        speaker: YOU,
        highlight: &[],
        scroll_to: None,
    };
    conversation_entries(ui, &transcript.entries, scenario, show_setting, &shown);
}

/// Frames to keep a newly pinned turn in view while the layout settles.
const SETTLING_FRAMES: u8 = 4;

/// How to show a log: who the organizer is, which turns are marked, which to bring into view.
pub struct Shown<'a> {
    pub speaker: &'a str,
    pub highlight: &'a [usize],
    /// A turn to scroll to (once, when it changes), as when a mistake is revealed.
    pub scroll_to: Option<usize>,
}

/// Some entries of a conversation, with the given turns highlighted.
pub fn conversation_entries(
    ui: &mut egui::Ui,
    entries: &[Entry],
    scenario: &Scenario,
    show_setting: bool,
    shown: &Shown,
) {
    let person = &scenario.person.name;
    let speaker = match shown.speaker {
        YOU => ui.tr("log-you"),
        ORGANIZER => ui.tr("log-organizer"),
        other => other.to_owned(),
    };
    let taken_as = ui.tr("taken-as-lower");
    let language = ui.language();
    // Scroll to a new target for a few frames, while the panels around settle their sizes,
    // and again whenever the space changes (a resize, projector mode); in between the trainer
    // may scroll freely.
    let scrolled = egui::Id::new("log-scrolled-to");
    let space = ui.available_size().round();
    let (last, last_space, frames) = ui
        .data(|d| d.get_temp::<(Option<usize>, egui::Vec2, u8)>(scrolled))
        .unwrap_or((None, space, 0));
    let frames = if last == shown.scroll_to && last_space == space {
        frames
    } else {
        0
    };
    let scroll_now = shown.scroll_to.filter(|_| frames < SETTLING_FRAMES);
    ui.data_mut(|d| d.insert_temp(scrolled, (shown.scroll_to, space, frames.saturating_add(1))));
    if scroll_now.is_some() {
        ui.ctx().request_repaint();
    }
    egui::ScrollArea::vertical()
        .id_salt("conversation")
        .stick_to_bottom(scroll_now.is_none() && shown.scroll_to.is_none())
        .auto_shrink([false; 2])
        .show(ui, |ui| {
            let width = ui.available_width();
            if show_setting {
                egui::Frame::new().inner_margin(8.0).show(ui, |ui| {
                    ui.label(RichText::new(&scenario.setting).italics().weak());
                });
            }
            for entry in entries {
                match entry {
                    Entry::Person(line) if line.narration => {
                        ui.label(RichText::new(&line.text).italics().weak());
                    }
                    Entry::Person(line) => {
                        bubble(ui, person, &line.text, palette::PERSON_BUBBLE, width, false);
                    }
                    Entry::Choice(choice) => {
                        let fill = if shown.highlight.contains(&choice.turn) {
                            palette::MISTAKE.linear_multiply(0.45)
                        } else {
                            palette::TRAINEE_BUBBLE
                        };
                        // A typed line shows the trainee's own words; the option it was
                        // taken as goes under it, as that is what the person answered.
                        let rect = match &choice.typed {
                            Some(typed) => {
                                let text = format!("{typed}\n({taken_as}: {})", choice.text);
                                bubble(ui, &speaker, &text, fill, width, true)
                            }
                            None => bubble(ui, &speaker, &choice.text, fill, width, true),
                        };
                        if scroll_now == Some(choice.turn) {
                            ui.scroll_to_rect(rect, Some(egui::Align::Center));
                        }
                    }
                    Entry::Reached { step, .. } => {
                        ui.label(
                            RichText::new(format!("✓ {}", step_label(language, *step)))
                                .color(palette::STEP_DONE)
                                .small(),
                        );
                    }
                }
            }
        });
}

fn bubble(
    ui: &mut egui::Ui,
    who: &str,
    text: &str,
    fill: egui::Color32,
    width: f32,
    right: bool,
) -> egui::Rect {
    let layout = if right {
        egui::Layout::right_to_left(egui::Align::TOP)
    } else {
        egui::Layout::left_to_right(egui::Align::TOP)
    };
    ui.allocate_ui_with_layout(egui::vec2(width, 0.0), layout, |ui| {
        egui::Frame::new()
            .fill(fill)
            .corner_radius(10.0)
            .inner_margin(12.0)
            .show(ui, |ui| {
                ui.set_max_width(width * 0.78);
                ui.vertical(|ui| {
                    ui.label(RichText::new(who).strong().small());
                    ui.label(text);
                });
            });
    })
    .response
    .rect
}
