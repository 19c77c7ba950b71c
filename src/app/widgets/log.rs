//! The conversation log: the person's and the organizer's lines as chat bubbles.

use bevy_egui::egui::{self, RichText};

use crate::app::theme::palette;
use crate::runtime::{Entry, Transcript};
use crate::scenario::Scenario;

/// The conversation so far; it keeps the newest line in view.
pub fn conversation_log(
    ui: &mut egui::Ui,
    transcript: &Transcript,
    scenario: &Scenario,
    show_setting: bool,
) {
    conversation_entries(ui, &transcript.entries, scenario, show_setting, &[]);
}

/// Some entries of a conversation, with the given turns highlighted.
pub fn conversation_entries(
    ui: &mut egui::Ui,
    entries: &[Entry],
    scenario: &Scenario,
    show_setting: bool,
    highlight: &[usize],
) {
    let person = &scenario.person.name;
    egui::ScrollArea::vertical()
        .id_salt("conversation")
        .stick_to_bottom(true)
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
                        bubble(ui, person, &line.text, palette::PERSON_BUBBLE, width, false)
                    }
                    Entry::Choice(choice) => {
                        let fill = if highlight.contains(&choice.turn) {
                            palette::MISTAKE.linear_multiply(0.45)
                        } else {
                            palette::TRAINEE_BUBBLE
                        };
                        bubble(ui, scenario.player_name(), &choice.text, fill, width, true);
                    }
                    Entry::Reached { step, .. } => {
                        ui.label(
                            RichText::new(format!("✓ {}", step.label()))
                                .color(palette::STEP_DONE)
                                .small(),
                        );
                    }
                }
            }
        });
}

fn bubble(ui: &mut egui::Ui, who: &str, text: &str, fill: egui::Color32, width: f32, right: bool) {
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
    });
}
