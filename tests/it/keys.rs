//! Keys as a trainee and a trainer press them: the key map in the README is the code's, the
//! room's letters never blank the screen, the help and the options scroll by keys, focus is
//! visible and one with the highlight, leaving a conversation half-way asks first, and in
//! Spanish the top bar still fits and the help names keys as Spanish keyboards do.

use std::sync::Arc;

use bevy_egui::egui;
use doorstep::app::intent::Intent;
use doorstep::app::keymap;
use doorstep::app::lang::set_language;
use doorstep::app::screen::Screen;
use doorstep::app::screens::chrome::{ChromeView, chrome_ui};
use doorstep::app::screens::play::play_ui;
use doorstep::app::screens::play::view::{Audience, PlayView};
use doorstep::app::state::prefs::Prefs;
use doorstep::app::state::session::Session;
use doorstep::app::state::ui::{Overlay, SayState};
use doorstep::app::state::workshop::Workshop;
use doorstep::app::theme::{self, Look};
use doorstep::i18n::Language;
use doorstep::runtime::Conversation;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use super::{repo, shipped};

#[test]
fn the_readme_lists_the_key_map_the_app_uses() {
    let path = repo().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README");
    let (start, end) = ("<!-- keys:start -->\n", "<!-- keys:end -->");
    let from = readme
        .find(start)
        .expect("README has the keys:start marker")
        + start.len();
    let to = readme.find(end).expect("README has the keys:end marker");
    let table = keymap::markdown();
    if std::env::var_os("DOORSTEP_BLESS").is_some() {
        let updated = format!("{}{}{}", &readme[..from], table.trim_start(), &readme[to..]);
        std::fs::write(&path, updated).expect("README written");
        return;
    }
    assert_eq!(
        readme[from..to].trim(),
        table.trim(),
        "README's key table differs from src/app/keymap.rs: run `DOORSTEP_BLESS=1 cargo test keys`"
    );
}

fn session(id: &str, seed: u64) -> Session {
    let scenario = shipped(id);
    let conversation = Conversation::start(Arc::clone(&scenario), seed).expect("starts");
    Session::for_tests(&format!("scenarios/{id}.ron"), conversation)
}

/// The app's top bar and play screen for one audience, as drawn each frame.
fn play_harness<'a>(
    session: &'a Session,
    prefs: &'a Prefs,
    audience: Audience,
    size: egui::Vec2,
) -> Harness<'a, (Overlay, Vec<Intent>)> {
    let workshop = Workshop {
        projector: audience != Audience::Solo,
        ..Workshop::default()
    };
    let mut h = Harness::builder().with_size(size).build_ui_state(
        move |ui, (overlay, intents): &mut (Overlay, Vec<Intent>)| {
            let chrome = ChromeView {
                screen: Screen::Play,
                prefs,
                warnings: &[],
                workshop: &workshop,
                timer: None,
                mid_conversation: session.conversation.transcript().turns() > 0,
            };
            intents.extend(chrome_ui(ui, &chrome, overlay));
            let mut say = SayState::default();
            intents.extend(play_ui(
                ui,
                &PlayView::new(session, prefs, audience),
                &mut say,
            ));
        },
        (Overlay::None, Vec::new()),
    );
    theme::apply(&h.ctx);
    if audience != Audience::Solo {
        theme::apply_look(&h.ctx, Look::Projector);
    }
    h.run_steps(6);
    h.state_mut().1.clear();
    h
}

fn typed(h: &Harness<'_, (Overlay, Vec<Intent>)>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
}

#[test]
fn in_the_room_b_picks_option_b_and_only_the_period_blanks() {
    let session = session("rally-kei", 3);
    let prefs = Prefs::default();
    let mut h = play_harness(&session, &prefs, Audience::Room, egui::vec2(1920.0, 1080.0));
    h.key_press(egui::Key::B);
    typed(&h, "b");
    h.run_steps(2);
    assert_eq!(h.state().1, [Intent::Select(1)], "B is option B's letter");
    h.state_mut().1.clear();
    h.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::B);
    h.run_steps(2);
    assert_eq!(
        h.state().1,
        [Intent::Tally {
            option: 1,
            hands: 1
        }],
        "Shift+B is a hand for B and nothing else"
    );
    h.state_mut().1.clear();
    typed(&h, ".");
    h.run_steps(2);
    assert_eq!(h.state().1, [Intent::ToggleBlank]);
}

#[test]
fn the_highlight_moves_focus_with_it_and_stays_in_view_at_200_percent() {
    let session = session("rally-kei", 3);
    let prefs = Prefs::default();
    let count = session.conversation.offered().len();
    // The arrows have moved the highlight to the last option (Up from none does that).
    let mut h = play_harness(&session, &prefs, Audience::Solo, egui::vec2(640.0, 360.0));
    h.key_press(egui::Key::ArrowUp);
    h.run_steps(1);
    assert_eq!(h.state().1, [Intent::Select(count - 1)]);
    drop(h);
    let mut room = session.room.clone();
    room.selected = Some(count - 1);
    let moved = session_with_room(&session, room);
    // 1280×720 at 200%.
    let h = play_harness(&moved, &prefs, Audience::Solo, egui::vec2(640.0, 360.0));
    let last = session.conversation.offered()[count - 1].text.clone();
    let node = h.get_by_label_contains(&last);
    assert!(
        node.is_focused(),
        "the highlighted option has the keyboard focus"
    );
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(640.0, 360.0));
    assert!(
        window.contains(node.rect().center()),
        "the highlighted option is scrolled into view: {:?}",
        node.rect()
    );
}

fn session_with_room(session: &Session, room: doorstep::app::state::session::Room) -> Session {
    let mut copy = Session::for_tests(&session.path, session.conversation.clone());
    copy.room = room;
    copy
}

#[test]
fn the_help_scrolls_to_its_end_by_keys_and_holds_the_keys_while_open() {
    let session = session("tenant-door", 1);
    let prefs = Prefs::default();
    let mut h = play_harness(&session, &prefs, Audience::Solo, egui::vec2(1280.0, 720.0));
    typed(&h, "?");
    h.run_steps(3);
    assert_eq!(h.state().0, Overlay::Help);
    let last_section = keymap::SECTIONS.last().expect("sections");
    let last = last_section
        .bindings
        .last()
        .expect("bindings")
        .action_in(Language::En);
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 720.0));
    let before = h.get_by_label(&last).rect();
    assert!(
        !window.contains_rect(before),
        "the help is longer than the window"
    );
    h.key_press(egui::Key::End);
    h.run_steps(3);
    assert!(
        window.contains_rect(h.get_by_label(&last).rect()),
        "End brings the last key into view"
    );
    h.key_press(egui::Key::Num1);
    h.key_press(egui::Key::PageDown);
    h.run_steps(2);
    assert!(
        h.state().1.is_empty(),
        "keys scroll the help, not the conversation behind it: {:?}",
        h.state().1
    );
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert_eq!(h.state().0, Overlay::None);
    assert!(
        h.state().1.is_empty(),
        "Esc closes the help and goes nowhere"
    );
}

#[test]
fn in_spanish_the_bar_still_fits_in_one_row_and_the_help_names_keys_as_spanish_keyboards_do() {
    let session = session("tenant-door", 1);
    let prefs = Prefs::default();
    let solo = [
        "Conversación",
        "?  Teclas",
        "A+",
        "Texto 100%",
        "A−",
        "Proyector (F5)",
        "Historial",
        "Escenarios",
    ];
    let room = [
        "Conversación",
        "?  Teclas",
        "Texto 100%",
        "Ventana para la sala (F6)",
        "Proyector: activado (F5)",
        "Historial",
        "Escenarios",
    ];
    // The narrowest windows that show the whole bar, in each look.
    for (audience, size, labels) in [
        (Audience::Solo, egui::vec2(1280.0, 720.0), &solo[..]),
        (Audience::Room, egui::vec2(1920.0, 1080.0), &room[..]),
    ] {
        let mut h = play_harness(&session, &prefs, audience, size);
        set_language(&h.ctx, Language::Es);
        h.run_steps(4);
        let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
        let placed: Vec<(&str, egui::Rect)> = labels
            .iter()
            .map(|label| (*label, h.get_by_label(label).rect()))
            .collect();
        for (i, (label, rect)) in placed.iter().enumerate() {
            assert!(window.contains_rect(*rect), "{label} is off the window");
            for (other, other_rect) in &placed[i + 1..] {
                assert!(
                    !rect.shrink(1.0).intersects(other_rect.shrink(1.0)),
                    "{label} overlaps {other} in {audience:?}"
                );
            }
        }
        if audience == Audience::Solo {
            typed(&h, "?");
            h.run_steps(3);
            assert!(
                h.query_all_by_label("Teclas").next().is_some(),
                "the help's title"
            );
            h.get_by_label("Enter, PageDown, →");
            h.get_by_label(&keymap::HELP.action_in(Language::Es));
            assert!(
                h.query_by_label_contains("⟦").is_none(),
                "a message is missing"
            );
        }
    }
}

#[test]
fn esc_in_the_middle_of_a_conversation_asks_before_throwing_it_away() {
    let scenario = shipped("tenant-door");
    let conversation = Conversation::replay(Arc::clone(&scenario), 1, &[1, 1]).expect("plays");
    let session = Session::for_tests("scenarios/tenant-door.ron", conversation);
    let prefs = Prefs::default();
    let mut h = play_harness(&session, &prefs, Audience::Solo, egui::vec2(1280.0, 720.0));
    h.key_press(egui::Key::Escape);
    h.run_steps(3);
    assert!(h.state().1.is_empty(), "nothing is thrown away yet");
    assert_eq!(h.state().0, Overlay::ConfirmLeave(Screen::Menu));
    h.get_by_label_contains("will not be saved");
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    assert_eq!(h.state().0, Overlay::None, "Esc again keeps talking");
    assert!(h.state().1.is_empty());
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    assert_eq!(h.state().1, [Intent::ToMenu], "Enter leaves");
}

/// WCAG's contrast ratio of two colours.
fn contrast(a: egui::Color32, b: egui::Color32) -> f32 {
    fn luminance(c: egui::Color32) -> f32 {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (x, y) = (luminance(a) + 0.05, luminance(b) + 0.05);
    x.max(y) / x.min(y)
}

#[test]
fn the_highlight_and_the_focus_are_visible_in_both_looks() {
    for look in [Look::Standard, Look::Projector] {
        let ctx = egui::Context::default();
        theme::apply(&ctx);
        theme::apply_look(&ctx, look);
        let visuals = ctx.global_style().visuals.clone();
        let highlight = contrast(visuals.selection.stroke.color, visuals.selection.bg_fill);
        assert!(
            highlight >= 4.5,
            "{look:?}: the highlighted option's text is {highlight:.1}:1 on its fill"
        );
        let focus = contrast(visuals.widgets.active.bg_stroke.color, visuals.panel_fill);
        assert!(
            focus >= 4.5,
            "{look:?}: the focus outline is {focus:.1}:1 on the panel"
        );
        let on_highlight = contrast(
            visuals.widgets.active.bg_stroke.color,
            visuals.selection.bg_fill,
        );
        assert!(
            on_highlight >= 1.5 || visuals.widgets.active.bg_stroke.width >= 3.0,
            "{look:?}: the focus outline disappears on a highlighted option"
        );
    }
}

#[test]
fn the_rooms_own_window_has_no_trainer_buttons() {
    // The rally's author calls the organizer "Organizer"; the app says "You" in every scenario.
    let scenario = shipped("rally-kei");
    let model = scenario.paths.get("model").expect("a model path");
    let conversation = Conversation::replay(Arc::clone(&scenario), model.seed, &model.choices[..1])
        .expect("plays");
    let session = Session::for_tests("scenarios/rally-kei.ron", conversation);
    let prefs = Prefs::default();
    for controls in [true, false] {
        let mut view = PlayView::new(&session, &prefs, Audience::Room);
        view.controls = controls;
        let mut h = Harness::builder()
            .with_size(egui::vec2(1920.0, 1080.0))
            .build_ui(|ui| {
                play_ui(ui, &view, &mut SayState::default());
            });
        theme::apply(&h.ctx);
        theme::apply_look(&h.ctx, Look::Projector);
        h.run_steps(4);
        assert_eq!(
            h.query_by_label_contains("Back one turn").is_some(),
            controls,
            "controls: {controls}"
        );
        // Both call the trainee "You", whatever the scenario's own word for the organizer.
        assert!(h.query_by_label("You").is_some());
    }
}
