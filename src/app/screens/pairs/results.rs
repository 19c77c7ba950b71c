//! Pairs practice's results: who played whom, the airtime split and how it was counted, and
//! the steps the observer ticked.

use bevy_egui::egui::{self, RichText};

use crate::app::lang::Tr;
use crate::app::state::pairs::PairsSession;
use crate::app::theme::palette;
use crate::app::widgets::charts;
use crate::i18n::Arg;
use crate::render::labels::step_label;
use crate::render::pairs::how_counted;
use crate::score::TARGET;

pub(super) fn results(ui: &mut egui::Ui, pairs: &PairsSession) {
    let observation = &pairs.observation;
    let language = ui.language();
    if pairs.saved.is_some() {
        ui.label(RichText::new(ui.tr("pairs-saved")).weak());
    }
    ui.label(RichText::new(ui.tr("debrief-airtime")).heading());
    charts::airtime_bars(ui, pairs.airtime(), TARGET);
    ui.label(how_counted(language, observation).unwrap_or_else(|| ui.tr("pairs-nothing-marked")));
    ui.add_space(10.0);
    ui.label(RichText::new(ui.tr("debrief-steps")).heading());
    charts::step_timeline(ui, &pairs.timeline_in(language));
    let missing: Vec<String> = observation
        .missing()
        .into_iter()
        .map(|s| step_label(language, s))
        .collect();
    if !missing.is_empty() {
        ui.colored_label(
            palette::MISTAKE,
            ui.tr_with(
                "pairs-not-done",
                &[("steps", Arg::from(missing.join(", ")))],
            ),
        );
    }
}
