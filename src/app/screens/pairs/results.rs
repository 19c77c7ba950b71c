//! Pairs practice's results: who played whom, the airtime split and how it was counted, and
//! the steps the observer ticked.

use bevy_egui::egui::{self, RichText};

use crate::app::state::pairs::PairsSession;
use crate::app::theme::palette;
use crate::app::widgets::charts;
use crate::score::TARGET;
use crate::score::observed::how_counted;

pub(super) fn results(ui: &mut egui::Ui, pairs: &PairsSession) {
    let observation = &pairs.observation;
    if pairs.saved.is_some() {
        ui.label(RichText::new("Saved to History.").weak());
    }
    ui.label(RichText::new("Airtime").heading());
    charts::airtime_bars(ui, pairs.airtime(), TARGET);
    ui.label(how_counted(observation).unwrap_or_else(|| "Nothing was marked.".to_owned()));
    ui.add_space(10.0);
    ui.label(RichText::new("The five steps").heading());
    charts::step_timeline(ui, &pairs.timeline());
    let missing: Vec<&str> = observation.missing().iter().map(|s| s.label()).collect();
    if !missing.is_empty() {
        ui.colored_label(
            palette::MISTAKE,
            format!("Not done: {}", missing.join(", ")),
        );
    }
}
