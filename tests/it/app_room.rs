//! Room results in the app: a bundle handed in from History (with and without a name), and a
//! folder read on the Room screen off the frame, a broken file listed as skipped.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bevy::prelude::*;
use bevy_egui::egui;
use doorstep::app::intent::{Intent, RoomFormat};
use doorstep::app::screen::Screen;
use doorstep::app::screens::room::{RoomView, room_ui};
use doorstep::app::state::bundle::BundleWritten;
use doorstep::app::state::room::{Gathered, RoomResults};
use doorstep::app::state::storage::Storage;
use doorstep::app::state::ui::RoomState;
use doorstep::runtime::Conversation;
use doorstep::scenario::Assessment;
use doorstep::store::Bundle;
use doorstep::store::history::{Attempt, Difficulty};
use egui_kittest::kittest::Queryable;

use super::app_ui::harness;
use super::headless::{self, screen, send, update_until};
use super::shipped;

/// Plays a stored path of the tenant scenario to the end and assesses it.
fn play(app: &mut App, path: &str) {
    let scenario = shipped("tenant-door");
    let stored = scenario.paths.get(path).expect("a stored path");
    send(app, Intent::Open("scenarios/tenant-door.ron".into()));
    for number in &stored.choices {
        send(app, Intent::ChooseNumber(*number));
    }
    send(
        app,
        Intent::Assess {
            assessment: stored.assess.unwrap_or(Assessment::Supporter),
            note: String::new(),
        },
    );
}

/// The bundle last written, read back from its file.
fn written(app: &App) -> (PathBuf, String, Bundle) {
    let written = app.world().resource::<BundleWritten>();
    let path = written
        .path
        .clone()
        .unwrap_or_else(|| panic!("no bundle written: {:?}", written.message));
    let text = std::fs::read_to_string(&path).expect("the bundle exists");
    let bundle = serde_json::from_str(&text).expect("a bundle");
    (path, text, bundle)
}

#[test]
fn history_hands_in_the_ticked_attempts_with_a_name_only_if_given() {
    let mut app = headless::app("bundle", 7);
    play(&mut app, "model");
    play(&mut app, "all-questions");
    // Only History hands in.
    send(&mut app, Intent::ToMenu);
    let both = Intent::ExportBundle {
        attempts: vec![0, 1],
        name: Some("Alex Rivera".into()),
    };
    send(&mut app, both.clone());
    assert_eq!(app.world().resource::<BundleWritten>().path, None);

    send(&mut app, Intent::ShowHistory);
    send(&mut app, both);
    let (path, _, bundle) = written(&app);
    let exports = app.world().resource::<Storage>().data_dir.join("exports");
    assert_eq!(path.parent(), Some(exports.as_path()));
    assert_eq!(bundle.trainee.as_deref(), Some("Alex Rivera"));
    assert_eq!(bundle.attempts.len(), 2);
    let message = app.world().resource::<BundleWritten>().message.clone();
    assert!(
        message
            .as_deref()
            .is_some_and(|m| m.contains("with your name")),
        "{message:?}"
    );

    send(
        &mut app,
        Intent::ExportBundle {
            attempts: vec![1],
            name: None,
        },
    );
    let (second, text, bundle) = written(&app);
    assert_ne!(second, path, "a second bundle never replaces the first");
    assert_eq!(bundle.trainee, None);
    assert!(!text.contains("Alex"), "no name unless typed");
    assert_eq!(bundle.attempts.len(), 1);

    // Nothing ticked: nothing written, and the trainee is told.
    send(
        &mut app,
        Intent::ExportBundle {
            attempts: vec![],
            name: None,
        },
    );
    let nothing = app.world().resource::<BundleWritten>();
    assert_eq!(nothing.path, None);
    assert!(
        nothing
            .message
            .as_deref()
            .is_some_and(|m| m.contains("Tick"))
    );
}

/// An attempt at a stored path of the tenant scenario, as History saves it.
pub fn attempt(path: &str) -> Attempt {
    let scenario = shipped("tenant-door");
    let stored = scenario.paths.get(path).expect("a stored path");
    let conversation =
        Conversation::replay(Arc::clone(&scenario), stored.seed, &stored.choices).expect("plays");
    let report = doorstep::score::score(&scenario, conversation.transcript(), stored.assess);
    Attempt::new(
        report,
        conversation.transcript().clone(),
        stored.assess,
        String::new(),
        Difficulty::Standard,
    )
}

/// A folder of two bundles (one named) and a half-copied file.
pub fn room_folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("doorstep-room-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    Bundle::new(vec![attempt("model")], Some("Alex Rivera".into()))
        .write_into(&dir)
        .expect("written");
    Bundle::new(vec![attempt("all-questions")], None)
        .write_into(&dir)
        .expect("written");
    std::fs::write(dir.join("half.json"), b"{\"format\": \"doorst").expect("written");
    dir
}

#[test]
fn the_room_screen_reads_a_folder_off_the_frame_and_exports_it() {
    let folder = room_folder("headless");
    let mut app = headless::app("room", 7);
    send(&mut app, Intent::ShowRoom);
    assert_eq!(screen(&app), Screen::Room);
    send(&mut app, Intent::OpenRoom(folder.clone()));
    assert!(update_until(&mut app, |w| w
        .resource::<RoomResults>()
        .gathered
        .is_some()));
    let results = app.world().resource::<RoomResults>();
    let gathered = results.gathered.as_ref().expect("read");
    assert_eq!(gathered.report.attempts, 2);
    assert_eq!(gathered.report.trainees, 2);
    assert_eq!(
        gathered.room.skipped.len(),
        1,
        "{:?}",
        gathered.room.skipped
    );
    assert!(gathered.room.skipped[0].file.contains("half.json"));

    for (format, extension) in [
        (RoomFormat::Markdown, "md"),
        (RoomFormat::Csv, "csv"),
        (RoomFormat::Xapi, "json"),
    ] {
        send(&mut app, Intent::ExportRoom(format));
        let notice = app.world().resource::<RoomResults>().notice.clone();
        let path = notice
            .as_deref()
            .and_then(|n| n.strip_prefix("Saved "))
            .map(PathBuf::from)
            .unwrap_or_else(|| panic!("not saved: {notice:?}"));
        assert!(path.extension().is_some_and(|e| e == extension));
        assert!(std::fs::metadata(&path).is_ok_and(|m| m.len() > 0));
    }

    // A folder that is not there is told, not fatal.
    send(&mut app, Intent::OpenRoom(folder.join("nowhere")));
    assert!(update_until(&mut app, |w| w
        .resource::<RoomResults>()
        .failed
        .is_some()));
}

/// The Room view of a folder already read.
pub fn gathered(folder: &Path) -> Gathered {
    let room = doorstep::room::gather(folder).expect("read");
    let report = doorstep::room::report(&room);
    Gathered {
        folder: folder.to_owned(),
        room,
        report,
    }
}

#[test]
fn the_room_view_shows_mistakes_stalls_and_skipped_files_and_exports_by_click_or_key() {
    let folder = room_folder("view");
    let gathered = gathered(&folder);
    let view = RoomView {
        exports: "/tmp/exports",
        reading: None,
        gathered: Some(&gathered),
        failed: None,
        notice: None,
    };
    let mut h = harness(RoomState::default(), |ui, state| room_ui(ui, &view, state));
    h.get_by_label("Most common mistakes");
    h.get_by_label("Where conversations stalled");
    h.get_by_label("Airtime against 20/70/10");
    h.get_by_label_contains("half.json");
    h.get_by_label_contains("2 attempts at 1 scenario by 2 trainees");
    assert_eq!(
        h.state().0.folder,
        "/tmp/exports",
        "the exports folder first"
    );
    h.get_by_label("CSV (S)").click();
    h.run();
    assert_eq!(h.state().1, [Intent::ExportRoom(RoomFormat::Csv)]);
    h.state_mut().1.clear();
    h.key_press(egui::Key::X);
    h.run();
    assert_eq!(h.state().1, [Intent::ExportRoom(RoomFormat::Xapi)]);
    h.state_mut().1.clear();
    h.get_by_label("Another folder").click();
    h.run();
    h.get_by_label("Read the folder").click();
    h.run();
    assert_eq!(h.state().1, [Intent::OpenRoom("/tmp/exports".into())]);
}
