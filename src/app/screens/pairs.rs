//! Pairs practice: the partner's card, the observer's tally and checklist, and the results.
//!
//! Two people talk live, one playing the person from a character card, while an observer
//! tallies questions, listening and talking and ticks the five steps. Each round is saved to
//! History when it ends; then the roles can be swapped for the next.

use bevy::prelude::*;
use bevy_egui::egui::{self, RichText};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use crate::app::intent::{ExportFormat, Intent};
use crate::app::keymap::{self, pressed, pressed_at};
use crate::app::lang::Tr;
use crate::app::screen::Screen;
use crate::app::state::pairs::{PairsPhase, PairsSession};
use crate::app::state::storage::Storage;
use crate::app::theme::palette;
use crate::app::widgets::charts;
use crate::app::widgets::input::line_scroll;
use crate::app::widgets::root::{ContentRect, DrawContent, draw_with};
use crate::i18n::Arg;
use crate::render::labels::step_label;
use crate::render::pairs::{how_counted, trainee_name};
use crate::scenario::{Scenario, Step};
use crate::score::{Airtime, TARGET};

mod results;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_pairs
            .in_set(DrawContent)
            .run_if(in_state(Screen::Pairs)),
    );
}

fn draw_pairs(
    mut contexts: EguiContexts,
    content: Res<ContentRect>,
    pairs: Option<Res<PairsSession>>,
    storage: Option<Res<Storage>>,
    mut held: Local<Option<(Airtime, f64)>>,
    time: Res<Time<Real>>,
    mut intents: MessageWriter<Intent>,
) -> Result {
    let Some(pairs) = pairs else { return Ok(()) };
    let now = time.elapsed_secs_f64();
    let notice = storage.as_ref().and_then(|s| s.notice.as_deref());
    draw_with(&mut contexts, *content, &mut intents, |ui| {
        pairs_ui(ui, &pairs, notice, &mut held, now)
    })
}

/// Each mark's key, what it counts, and the message naming it on its button.
const MARK_KEYS: [(egui::Key, Airtime, &str); 3] = [
    (egui::Key::Q, Airtime::Questions, "pairs-mark-question"),
    (egui::Key::L, Airtime::Listening, "pairs-mark-listening"),
    (egui::Key::T, Airtime::Talking, "pairs-mark-talking"),
];

/// `held` remembers which mark key is down and since when, for timed marks; `notice` is a
/// message about the last export.
pub fn pairs_ui(
    ui: &mut egui::Ui,
    pairs: &PairsSession,
    notice: Option<&str>,
    held: &mut Option<(Airtime, f64)>,
    now: f64,
) -> Option<Intent> {
    let mut intent = None;
    let typing = ui.ctx().text_edit_focused();
    if pressed(ui, &keymap::PAIRS_NEXT) {
        intent = Some(Intent::Advance);
    }
    if pressed(ui, &keymap::PAIRS_UNDO) {
        intent = Some(Intent::Back);
    }
    if pressed(ui, &keymap::CARD) {
        intent = Some(Intent::ToggleCard);
    }
    if pressed(ui, &keymap::MARK_MODE) {
        intent = Some(Intent::ToggleMarkMode);
    }
    if pressed(ui, &keymap::SWAP_ROLES) && pairs.phase != PairsPhase::Running {
        intent = Some(Intent::SwapRoles);
    }
    if pairs.phase == PairsPhase::Done {
        if pressed(ui, &keymap::PAIRS_EXPORT_MARKDOWN) {
            intent = Some(Intent::Export(ExportFormat::Markdown));
        }
        if pressed(ui, &keymap::EXPORT_JSON) {
            intent = Some(Intent::Export(ExportFormat::Json));
        }
    }
    if pairs.phase == PairsPhase::Running && !typing {
        for (k, kind, _) in MARK_KEYS {
            let (pressed, released) = ui.input(|i| {
                let pressed = i.events.iter().any(|e| matches!(e, egui::Event::Key { key, pressed: true, repeat: false, .. } if *key == k));
                (pressed, i.key_released(k))
            });
            if pairs.timed {
                if pressed {
                    *held = Some((kind, now));
                }
                if released && let Some((held_kind, since)) = held.take_if(|(h, _)| *h == kind) {
                    intent = Some(Intent::Mark {
                        kind: held_kind,
                        seconds: Some((now - since).max(0.1)),
                    });
                }
            } else if pressed {
                intent = Some(Intent::Mark {
                    kind,
                    seconds: None,
                });
            }
        }
        if let Some(step) = pressed_at(ui, &keymap::CHECK_STEP).and_then(|at| Step::FIVE.get(at)) {
            intent = Some(Intent::CheckStep(*step));
        }
    }
    let scenario = &pairs.scenario;
    egui::Panel::bottom("pairs-controls").show(ui, |ui| {
        // Wraps: after a round there are four buttons, too many for one row at 200%.
        ui.horizontal_wrapped(|ui| {
            let (label, next) = match pairs.phase {
                PairsPhase::Briefing => ("pairs-start", Intent::Advance),
                PairsPhase::Running => ("pairs-end", Intent::Advance),
                PairsPhase::Done => ("pairs-back-to-marking", Intent::Back),
            };
            let label = ui.tr(label);
            if ui.button(RichText::new(label).size(22.0)).clicked() {
                intent = Some(next);
            }
            let card = ui.tr(if pairs.card_visible {
                "pairs-hide-card"
            } else {
                "pairs-show-card"
            });
            if pairs.phase != PairsPhase::Done && ui.button(card).clicked() {
                intent = Some(Intent::ToggleCard);
            }
            match pairs.phase {
                PairsPhase::Briefing => {
                    if ui.button(ui.tr("pairs-swap")).clicked() {
                        intent = Some(Intent::SwapRoles);
                    }
                }
                PairsPhase::Running => {}
                PairsPhase::Done => {
                    if ui.button(ui.tr("pairs-swap-next")).clicked() {
                        intent = Some(Intent::SwapRoles);
                    }
                    if ui.button(ui.tr("pairs-export-markdown")).clicked() {
                        intent = Some(Intent::Export(ExportFormat::Markdown));
                    }
                    if ui.button(ui.tr("pairs-export-json")).clicked() {
                        intent = Some(Intent::Export(ExportFormat::Json));
                    }
                    if let Some(notice) = notice {
                        ui.label(RichText::new(notice).small());
                    }
                }
            }
        });
    });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("pairs")
            .auto_shrink([false; 2])
            .show(ui, |ui| {
                // PageUp and PageDown are the clicker's here: the arrows, Home and End scroll.
                line_scroll(ui);
                let title = ui.tr_with("pairs-title", &[("title", Arg::from(&scenario.title))]);
                ui.label(RichText::new(title).heading());
                ui.label(ui.tr_with(
                    "pairs-round",
                    &[
                        ("round", u64::from(pairs.round).into()),
                        ("roles", pairs.roles(ui.language()).into()),
                    ],
                ));
                if pairs.card_visible {
                    character_card(ui, scenario);
                    return;
                }
                match pairs.phase {
                    PairsPhase::Briefing => briefing(ui, pairs),
                    PairsPhase::Running => {
                        if let Some(marked) = marking(ui, pairs, held, now) {
                            intent = Some(marked);
                        }
                    }
                    PairsPhase::Done => results::results(ui, pairs),
                }
            });
    });
    intent
}

fn briefing(ui: &mut egui::Ui, pairs: &PairsSession) {
    let scenario = &pairs.scenario;
    ui.label(RichText::new(&scenario.setting).italics());
    ui.add_space(8.0);
    let language = ui.language();
    let person = Arg::from(&scenario.person.name);
    ui.label(ui.tr_with(
        "pairs-brief-organizer",
        &[
            ("who", trainee_name(language, pairs.organizer()).into()),
            ("person", person.clone()),
            ("about", Arg::from(&scenario.person.about)),
        ],
    ));
    ui.label(ui.tr_with(
        "pairs-brief-partner",
        &[
            ("who", trainee_name(language, pairs.partner()).into()),
            ("person", person),
        ],
    ));
    ui.label(ui.tr("pairs-brief-observer"));
    ui.label(RichText::new(ui.tr("pairs-brief-keys")).weak());
}

fn character_card(ui: &mut egui::Ui, scenario: &Scenario) {
    ui.label(
        RichText::new(ui.tr_with(
            "pairs-card-title",
            &[("person", Arg::from(&scenario.person.name))],
        ))
        .size(26.0)
        .color(palette::ACCENT),
    );
    let Some(card) = &scenario.person.card else {
        ui.label(&scenario.person.about);
        ui.label(RichText::new(ui.tr("pairs-no-card")).weak());
        return;
    };
    for (title, items) in [
        ("pairs-card-knows", &card.knows),
        ("pairs-card-feels", &card.feels),
        ("pairs-card-fears", &card.fears),
        ("pairs-card-would-move", &card.would_move_them),
    ] {
        if items.is_empty() {
            continue;
        }
        ui.add_space(6.0);
        ui.label(RichText::new(ui.tr(title)).strong().size(22.0));
        for item in items {
            ui.label(format!("•  {item}"));
        }
    }
}

fn marking(
    ui: &mut egui::Ui,
    pairs: &PairsSession,
    held: &mut Option<(Airtime, f64)>,
    now: f64,
) -> Option<Intent> {
    let mut intent = None;
    let mode = ui.tr(if pairs.timed {
        "pairs-mode-timed"
    } else {
        "pairs-mode-tapped"
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(ui.tr_with("pairs-tally", &[("mode", mode.into())])).strong());
        if ui.small_button(ui.tr("pairs-switch")).clicked() {
            intent = Some(Intent::ToggleMarkMode);
        }
    });
    let taps = pairs.observation.taps();
    let (timed, held_seconds) = pairs.observation.timed();
    ui.horizontal(|ui| {
        for (_, kind, label) in MARK_KEYS {
            let count = taps[kind.slot()] + timed[kind.slot()];
            let seconds = if timed[kind.slot()] > 0 {
                format!(" · {:.0} s", held_seconds[kind.slot()])
            } else {
                String::new()
            };
            let holding = held.is_some_and(|(k, _)| k == kind);
            let label = ui.tr(label);
            let text = RichText::new(format!("{label}\n{count}{seconds}")).size(26.0);
            let response = ui.add(
                egui::Button::new(text)
                    .selected(holding)
                    .min_size(egui::vec2(200.0, 90.0)),
            );
            if pairs.timed {
                if response.drag_started()
                    || (response.is_pointer_button_down_on() && held.is_none())
                {
                    *held = Some((kind, now));
                }
                if (response.drag_stopped() || response.clicked())
                    && let Some((k, since)) = held.take_if(|(k, _)| *k == kind)
                {
                    intent = Some(Intent::Mark {
                        kind: k,
                        seconds: Some((now - since).max(0.1)),
                    });
                }
            } else if response.clicked() {
                intent = Some(Intent::Mark {
                    kind,
                    seconds: None,
                });
            }
        }
    });
    let shares = pairs.airtime();
    charts::airtime_bars(ui, shares, TARGET);
    if let Some(counted) = how_counted(ui.language(), &pairs.observation) {
        ui.label(RichText::new(counted).small());
    }
    ui.label(RichText::new(ui.tr("pairs-undo-hint")).small().weak());
    ui.add_space(8.0);
    ui.label(RichText::new(ui.tr("pairs-steps-keys")).strong());
    for (i, step) in Step::FIVE.iter().enumerate() {
        let mut done = pairs.observation.ticked(*step);
        if ui
            .checkbox(
                &mut done,
                format!("{}. {}", i + 1, step_label(ui.language(), *step)),
            )
            .changed()
        {
            intent = Some(Intent::CheckStep(*step));
        }
    }
    intent
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    use super::*;
    use crate::app::lang::set_language;
    use crate::app::screens::history::{HistoryView, history_ui};
    use crate::app::state::ui::HistoryState;
    use crate::i18n::Language;
    use crate::score::observed::Mark;
    use crate::store::pairs::SavedPairs;

    fn tenant_door() -> Arc<Scenario> {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tenant-door.ron");
        let checked = crate::load_file(&path).expect("shipped scenario is readable");
        Arc::new(checked.scenario.expect("shipped scenario is valid"))
    }

    /// Every phase of a round, the card, and the round in History, drawn in Spanish: no
    /// message is missing, and the words are Spanish.
    #[test]
    fn pairs_practice_speaks_spanish_in_every_phase() {
        let mut pairs = PairsSession::new("scenarios/tenant-door.ron".into(), tenant_door());
        pairs.observation.marks = vec![
            Mark {
                kind: Airtime::Questions,
                seconds: None,
            },
            Mark {
                kind: Airtime::Listening,
                seconds: Some(5.0),
            },
        ];
        pairs.observation.steps = vec![(Step::Ask, 1)];
        let phases = [
            (PairsPhase::Briefing, false, "Participante 1 organiza"),
            (PairsPhase::Briefing, true, "Solo para quien actúa"),
            (PairsPhase::Running, false, "Conteo (por toques"),
            (PairsPhase::Done, false, "Participante 1 organizó"),
        ];
        for (phase, card, expected) in phases {
            pairs.phase = phase;
            pairs.card_visible = card;
            let mut held = None;
            let h = Harness::builder()
                .with_size(egui::vec2(1280.0, 2000.0))
                .build_ui(|ui| {
                    set_language(ui.ctx(), Language::Es);
                    pairs_ui(ui, &pairs, None, &mut held, 0.0);
                });
            assert!(
                h.query_by_label_contains("⟦").is_none(),
                "{phase:?}: a message is missing"
            );
            h.get_by_label_contains(expected);
        }
        let saved = [SavedPairs {
            finished_at: 0,
            round: pairs.round(),
        }];
        let view = HistoryView {
            attempts: &[],
            pairs: &saved,
            folder: "intentos",
            bundle: None,
        };
        let mut state = HistoryState::default();
        let h = Harness::builder()
            .with_size(egui::vec2(1280.0, 900.0))
            .build_ui(|ui| {
                set_language(ui.ctx(), Language::Es);
                history_ui(ui, &view, &mut state);
            });
        assert!(
            h.query_by_label_contains("⟦").is_none(),
            "History: a message is missing"
        );
        h.get_by_label("Ronda 1: Participante 1 organizó; Participante 2 hizo de Marisol.");
        h.get_by_label("1 de 5 pasos");
    }
}
