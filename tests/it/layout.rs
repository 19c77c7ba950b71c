//! Every screen at 1280×720 and 1920×1080, at 100% and 200%, standard and projected, in English
//! and in Spanish: no text is cut off at the side, cut short or drawn over other text, no message
//! is missing from the language, and what the keyboard needs is on screen. Checked on the shapes
//! egui paints, with egui_kittest.

use std::sync::Arc;

use bevy_egui::egui;
use doorstep::app::intent::Intent;
use doorstep::app::lang::set_language;
use doorstep::app::screen::Screen;
use doorstep::app::screens::assess::assess_ui;
use doorstep::app::screens::chrome::{ChromeView, chrome_ui};
use doorstep::app::screens::debrief::{DebriefView, debrief_ui};
use doorstep::app::screens::history::{HistoryView, history_ui};
use doorstep::app::screens::menu::menu_ui;
use doorstep::app::screens::play::play_ui;
use doorstep::app::screens::play::view::{Audience, PlayView};
use doorstep::app::screens::room::{RoomView, room_ui};
use doorstep::app::screens::watch::watch_ui;
use doorstep::app::state::library::Library;
use doorstep::app::state::prefs::Prefs;
use doorstep::app::state::session::Session;
use doorstep::app::state::ui::{
    AssessState, HistoryState, MenuState, Overlay, RoomState, SayState,
};
use doorstep::app::state::watch::Watching;
use doorstep::app::state::workshop::Workshop;
use doorstep::app::theme::{self, Look};
use doorstep::i18n::{Language, has_missing};
use doorstep::runtime::Conversation;
use doorstep::scenario::Assessment;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::{repo, shipped};

/// A window size in points (after UI scale), the look drawn in it, and the interface's language.
#[derive(Debug, Clone, Copy)]
pub(super) struct Setting {
    pub(super) name: &'static str,
    pub(super) size: (f32, f32),
    pub(super) look: Look,
    pub(super) language: Language,
}

/// 1280×720 and 1920×1080 at 100% and 200%, in English and in Spanish (which runs about a
/// quarter longer). The projector's type follows the window (two thirds at 720 lines), so
/// projected, both windows come to the same two sizes in points.
pub(super) const SETTINGS: &[Setting] = &[
    Setting {
        name: "1280×720 at 100%",
        size: (1280.0, 720.0),
        look: Look::Standard,
        language: Language::En,
    },
    Setting {
        name: "1920×1080 at 100%",
        size: (1920.0, 1080.0),
        look: Look::Standard,
        language: Language::En,
    },
    Setting {
        name: "1280×720 at 200%",
        size: (640.0, 360.0),
        look: Look::Standard,
        language: Language::En,
    },
    Setting {
        name: "1920×1080 at 200%",
        size: (960.0, 540.0),
        look: Look::Standard,
        language: Language::En,
    },
    Setting {
        name: "projected at 100%",
        size: (1920.0, 1080.0),
        look: Look::Projector,
        language: Language::En,
    },
    Setting {
        name: "projected at 200%",
        size: (960.0, 540.0),
        look: Look::Projector,
        language: Language::En,
    },
    Setting {
        name: "1280×720 at 100%, in Spanish",
        size: (1280.0, 720.0),
        look: Look::Standard,
        language: Language::Es,
    },
    Setting {
        name: "1920×1080 at 100%, in Spanish",
        size: (1920.0, 1080.0),
        look: Look::Standard,
        language: Language::Es,
    },
    Setting {
        name: "1280×720 at 200%, in Spanish",
        size: (640.0, 360.0),
        look: Look::Standard,
        language: Language::Es,
    },
    Setting {
        name: "1920×1080 at 200%, in Spanish",
        size: (960.0, 540.0),
        look: Look::Standard,
        language: Language::Es,
    },
    Setting {
        name: "projected at 100%, in Spanish",
        size: (1920.0, 1080.0),
        look: Look::Projector,
        language: Language::Es,
    },
    Setting {
        name: "projected at 200%, in Spanish",
        size: (960.0, 540.0),
        look: Look::Projector,
        language: Language::Es,
    },
];

/// Draws a screen under the top bar, as the app does, and lets it settle.
pub(super) fn screen_harness<'a>(
    setting: Setting,
    screen: Screen,
    mut draw: impl FnMut(&mut egui::Ui) -> Option<Intent> + 'a,
) -> Harness<'a, Vec<Intent>> {
    let workshop = Workshop {
        projector: setting.look == Look::Projector,
        ..Workshop::default()
    };
    let prefs = Prefs::default();
    let mut h = Harness::builder()
        .with_size(egui::vec2(setting.size.0, setting.size.1))
        .build_ui_state(
            move |ui, intents: &mut Vec<Intent>| {
                let chrome = ChromeView {
                    screen,
                    prefs: &prefs,
                    warnings: &[],
                    workshop: &workshop,
                    timer: workshop.projector.then(|| ("5:00".to_owned(), false)),
                    mid_conversation: false,
                };
                let mut overlay = Overlay::None;
                intents.extend(chrome_ui(ui, &chrome, &mut overlay));
                intents.extend(draw(ui));
            },
            Vec::new(),
        );
    theme::apply(&h.ctx);
    theme::apply_look(&h.ctx, setting.look);
    set_language(&h.ctx, setting.language);
    // Enough frames for the look to apply and the panels to settle (the log keeps a pinned
    // turn in view for a few frames, so egui keeps asking for more).
    h.run_steps(10);
    h
}

/// Text that is cut off at the side, cut short with "…", drawn over other text, or a message the
/// language lacks (shown as `⟦id⟧`).
fn text_problems(output: &egui::FullOutput) -> Vec<String> {
    let mut visible: Vec<(egui::Rect, String)> = Vec::new();
    let mut problems = Vec::new();
    for clipped in &output.shapes {
        let mut texts = Vec::new();
        collect_texts(&clipped.shape, &mut texts);
        for (rect, text, elided) in texts {
            let clip = clipped.clip_rect;
            let shown = rect.intersect(clip);
            if !shown.is_positive() || text.trim().is_empty() {
                continue;
            }
            if elided {
                problems.push(format!("cut short: “{text}”"));
            }
            if has_missing(&text) {
                problems.push(format!("a message not found in the language: “{text}”"));
            }
            // Scrolling hides text above and below; nothing here scrolls sideways.
            if rect.left() < clip.left() - 1.0 || rect.right() > clip.right() + 1.0 {
                problems.push(format!("cut off at the side: “{text}”"));
            }
            for (other, other_text) in &visible {
                let overlap = shown.intersect(*other);
                if overlap.is_positive() && overlap.area() > 6.0 {
                    problems.push(format!("“{text}” is drawn over “{other_text}”"));
                }
            }
            visible.push((shown, text));
        }
    }
    problems
}

fn collect_texts(shape: &egui::Shape, out: &mut Vec<(egui::Rect, String, bool)>) {
    match shape {
        // Row by row: a label wrapped in a row of buttons starts mid-line, and its box as a
        // whole would cover the buttons beside its first row.
        egui::Shape::Text(text) => {
            for placed in &text.galley.rows {
                let rect = placed
                    .rect_without_leading_space()
                    .translate(text.pos.to_vec2());
                out.push((rect, placed.text().to_owned(), text.galley.elided));
            }
        }
        egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect_texts(s, out)),
        _ => {}
    }
}

/// Fails with every problem found, naming the screen and the setting.
pub(super) fn assert_readable(what: &str, setting: Setting, h: &Harness<'_, Vec<Intent>>) {
    let problems = text_problems(h.output());
    assert!(
        problems.is_empty(),
        "{what} at {}:\n  {}",
        setting.name,
        problems.join("\n  ")
    );
}

fn library() -> Library {
    let mut library = Library::default();
    for entry in std::fs::read_dir(repo().join("scenarios")).expect("scenarios folder") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ron") {
            let name = format!("scenarios/{}", path.file_name().unwrap().to_string_lossy());
            library.update(&name, doorstep::load_file(&path).expect("readable"));
        }
    }
    library
}

/// The scenario a setting plays: the rally in English, the raid in Spanish (the words on
/// screen around it are then all Spanish, as a Spanish-speaking trainee sees them).
fn played_in(setting: Setting, english: &str) -> &str {
    match setting.language {
        Language::Es => "raid-rights.es",
        _ => english,
    }
}

/// A scenario half-way along its model path.
fn session_mid(name: &str) -> Session {
    let scenario = shipped(name);
    let model = scenario.paths.get("model").expect("a model path");
    let half = &model.choices[..model.choices.len() / 2];
    let conversation =
        Conversation::replay(Arc::clone(&scenario), model.seed, half).expect("plays");
    Session::for_tests(&format!("scenarios/{name}.ron"), conversation)
}

#[test]
fn the_scenario_list_is_readable_everywhere() {
    let library = library();
    for &setting in SETTINGS {
        let mut state = MenuState::default();
        let h = screen_harness(setting, Screen::Menu, |ui| {
            menu_ui(ui, &library.entries, &Prefs::default(), &mut state)
        });
        assert_readable("the scenario list", setting, &h);
    }
}

#[test]
fn a_conversation_is_readable_for_every_audience_everywhere() {
    let prefs = Prefs::default();
    for &setting in SETTINGS {
        let session = session_mid(played_in(setting, "rally-kei"));
        let audiences: &[Audience] = match setting.look {
            Look::Standard => &[Audience::Solo],
            Look::Projector => &[Audience::Room, Audience::Trainer],
        };
        for &audience in audiences {
            let view = PlayView::new(&session, &prefs, audience);
            let h = screen_harness(setting, Screen::Play, |ui| {
                play_ui(ui, &view, &mut SayState::default())
            });
            assert_readable(&format!("play for {audience:?}"), setting, &h);
            // The first option is always on screen, whatever the scale.
            let first = format!("{}   {}", view.label(0), view.offered[0].text);
            let node = h.get_by_label_contains(&first);
            let window = egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(setting.size.0, setting.size.1),
            );
            assert!(
                window.contains_rect(node.rect()) || window.intersects(node.rect()),
                "option 1 is off screen for {audience:?} at {}",
                setting.name
            );
        }
    }
}

#[test]
fn assessing_and_the_debrief_are_readable_everywhere() {
    // The advice takes a search of the scenario: once per language, not per setting.
    let played: Vec<_> = [Language::En, Language::Es]
        .into_iter()
        .map(|language| {
            let setting = Setting {
                language,
                ..SETTINGS[0]
            };
            let scenario = shipped(played_in(setting, "strike-vote"));
            let model = scenario.paths.get("model").expect("a model path");
            let conversation =
                Conversation::replay(Arc::clone(&scenario), model.seed, &model.choices)
                    .expect("plays");
            let report = doorstep::author::analysis::score_with_advice(
                &scenario,
                conversation.transcript(),
                Some(Assessment::Leader),
            );
            (language, scenario, conversation, report)
        })
        .collect();
    for &setting in SETTINGS {
        let (_, scenario, conversation, report) = played
            .iter()
            .find(|(language, ..)| *language == setting.language)
            .expect("played in each language");
        let mut state = AssessState::default();
        let h = screen_harness(setting, Screen::Assess, |ui| {
            assess_ui(ui, scenario, conversation.transcript(), &mut state)
        });
        assert_readable("assessing", setting, &h);
        let view = DebriefView {
            report,
            trust: Some("trust"),
            note: "Call her Thursday after her shift; bring the strike-fund sheet.",
            played: Some("Sunday 29 November 2026, 21:50"),
            notice: Some("Saved to exports/strike-vote 2026-11-29 21-50.md"),
            looking_for_advice: false,
            follow_up: Some("The Wednesday call"),
            opened: 1,
        };
        let h = screen_harness(setting, Screen::Debrief, |ui| debrief_ui(ui, &view));
        assert_readable("the debrief", setting, &h);
    }
}

#[test]
fn watching_and_the_reveal_are_readable_and_show_the_pinned_turn() {
    for &setting in SETTINGS {
        let name = played_in(setting, "rally-kei");
        let scenario = shipped(name);
        let script = doorstep::app::state::watch::watch_script(&scenario).expect("a script");
        let mut watching = Watching::start(
            format!("scenarios/{name}.ron"),
            script,
            Arc::clone(&scenario),
        )
        .expect("the script plays");
        for _ in 0..8 {
            watching.advance();
        }
        let h = screen_harness(setting, Screen::Watch, |ui| watch_ui(ui, &watching, true));
        assert_readable("watching", setting, &h);
        drop(h);
        // Every line, the question, then the mistakes one by one: stop at the third.
        let lines = watching.conversation.transcript().entries.len();
        while watching.stage() != doorstep::app::state::watch::Stage::Reveal(3) {
            watching.advance();
            assert!(
                watching.position < lines + 10,
                "never reached the third mistake"
            );
        }
        let pinned = &watching.report.mistakes[2];
        let said = watching
            .conversation
            .transcript()
            .choices()
            .nth(pinned.turn - 1)
            .expect("the pinned turn")
            .text
            .clone();
        let h = screen_harness(setting, Screen::Watch, |ui| watch_ui(ui, &watching, true));
        assert_readable("the reveal", setting, &h);
        let bubble = h.get_by_label(&said).rect();
        let window =
            egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(setting.size.0, setting.size.1));
        assert!(
            window.intersects(bubble)
                && bubble.center().y > 0.0
                && bubble.center().y < window.bottom(),
            "the revealed mistake's turn {} is off screen at {}: {bubble:?}",
            pinned.turn,
            setting.name
        );
    }
}

/// Attempts of the rally's stored paths, as History lists them.
fn attempts() -> Vec<doorstep::store::history::Attempt> {
    let scenario = shipped("rally-kei");
    scenario
        .paths
        .values()
        .map(|stored| {
            let conversation =
                Conversation::replay(Arc::clone(&scenario), stored.seed, &stored.choices)
                    .expect("plays");
            let transcript = conversation.into_transcript();
            let report = doorstep::score::score(&scenario, &transcript, stored.assess);
            doorstep::store::history::Attempt::new(
                report,
                transcript,
                stored.assess,
                "Call back Wednesday.".into(),
                doorstep::store::history::Difficulty::Standard,
            )
        })
        .collect()
}

#[test]
fn history_is_readable_everywhere() {
    let attempts = attempts();
    let view = doorstep::app::screens::history::HistoryView {
        attempts: &attempts,
        pairs: &[],
        folder: "/home/trainee/.local/share/doorstep/attempts",
        bundle: None,
    };
    for &setting in SETTINGS {
        let mut state = doorstep::app::state::ui::HistoryState::default();
        let h = screen_harness(setting, Screen::History, |ui| {
            doorstep::app::screens::history::history_ui(ui, &view, &mut state)
        });
        assert_readable("History", setting, &h);
    }
}

#[test]
fn pairs_practice_is_readable_everywhere_and_the_card_reaches_its_end_by_keys() {
    use doorstep::app::screens::pairs::pairs_ui;
    use doorstep::app::state::pairs::PairsSession;
    use doorstep::score::Airtime;
    let mut app = super::headless::app("layout-pairs", 2);
    let send = super::headless::send;
    send(&mut app, Intent::Pairs("scenarios/rally-kei.ron".into()));
    let mut stages: Vec<(&str, PairsSession)> = Vec::new();
    let snapshot = |app: &bevy::prelude::App| app.world().resource::<PairsSession>().clone();
    stages.push(("the briefing", snapshot(&app)));
    send(&mut app, Intent::ToggleCard);
    stages.push(("the partner's card", snapshot(&app)));
    send(&mut app, Intent::ToggleCard);
    send(&mut app, Intent::Advance);
    for kind in [Airtime::Questions, Airtime::Listening, Airtime::Talking] {
        send(
            &mut app,
            Intent::Mark {
                kind,
                seconds: None,
            },
        );
    }
    send(&mut app, Intent::CheckStep(doorstep::scenario::Step::Door));
    stages.push(("marking", snapshot(&app)));
    send(&mut app, Intent::Advance);
    stages.push(("the results", snapshot(&app)));
    for &setting in SETTINGS {
        for (what, pairs) in &stages {
            let mut held = None;
            let mut h = screen_harness(setting, Screen::Pairs, |ui| {
                pairs_ui(ui, pairs, None, &mut held, 0.0)
            });
            assert_readable(&format!("pairs: {what}"), setting, &h);
            if pairs.card_visible {
                let card = pairs
                    .scenario
                    .person
                    .card
                    .as_ref()
                    .expect("the rally has a card");
                let item = card.would_move_them.last().expect("what would move her");
                let last = format!("•  {item}");
                h.key_press(egui::Key::End);
                h.run_steps(3);
                let window = egui::Rect::from_min_size(
                    egui::Pos2::ZERO,
                    egui::vec2(setting.size.0, setting.size.1),
                );
                let node = h.get_by_label(&last).rect();
                assert!(
                    window.contains_rect(node),
                    "End does not bring “{last}” into view at {}: {node:?}",
                    setting.name
                );
            }
        }
    }
}

#[test]
fn history_s_bundle_and_the_room_s_results_are_readable_everywhere() {
    let attempts = [
        super::app_room::attempt("model"),
        super::app_room::attempt("all-questions"),
    ];
    let folder = super::app_room::room_folder("layout");
    let gathered = super::app_room::gathered(&folder);
    let saved = format!("Saved 2 attempts without a name in {}", folder.display());
    for &setting in SETTINGS {
        let view = HistoryView {
            attempts: &attempts,
            pairs: &[],
            folder: "/home/trainee/.local/share/doorstep/attempts",
            bundle: Some(&saved),
        };
        let mut state = HistoryState::default();
        let h = screen_harness(setting, Screen::History, |ui| {
            history_ui(ui, &view, &mut state)
        });
        assert_readable("History with its bundle", setting, &h);
        drop(h);
        let view = RoomView {
            exports: "/home/trainer/.local/share/doorstep/exports",
            reading: None,
            gathered: Some(&gathered),
            failed: None,
            notice: Some("Saved /home/trainer/.local/share/doorstep/exports/room results.md"),
        };
        let mut state = RoomState::default();
        let h = screen_harness(setting, Screen::Room, |ui| room_ui(ui, &view, &mut state));
        assert_readable("the room's results", setting, &h);
    }
}

#[test]
fn the_key_help_and_the_question_before_leaving_are_readable_everywhere() {
    use doorstep::app::screens::overlays::overlay_ui;
    for &setting in SETTINGS {
        for open in [Overlay::Help, Overlay::ConfirmLeave(Screen::Menu)] {
            // Alone, as the overlay covers the screen beneath it.
            let mut overlay = open;
            let mut h = Harness::builder()
                .with_size(egui::vec2(setting.size.0, setting.size.1))
                .build_ui(move |ui| {
                    if overlay == Overlay::None {
                        overlay = open;
                    }
                    overlay_ui(ui.ctx(), &mut overlay);
                });
            theme::apply(&h.ctx);
            theme::apply_look(&h.ctx, setting.look);
            set_language(&h.ctx, setting.language);
            h.run_steps(6);
            let problems = text_problems(h.output());
            assert!(
                problems.is_empty(),
                "{open:?} at {}:\n  {}",
                setting.name,
                problems.join("\n  ")
            );
        }
    }
}
