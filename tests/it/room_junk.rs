//! A room read as untrusted input: broken, foreign, oversized and duplicate files mixed into the
//! golden room change nothing but the list of what was skipped.

use std::path::Path;

use doorstep::room::{self, SkipKind};
use doorstep::scenario::Assessment;

use super::room::attempts::{bundle_of, write_loose};
use super::room::{fixture_scenario, gathered, golden_room, played, scratch};

/// Files that are not attempts, or not whole ones, among the golden room's.
fn junk(dir: &Path) -> Vec<(&'static str, SkipKind)> {
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
        std::fs::write(path, bytes).expect("written");
    };
    write("junk/not-json.json", b"{ this is not json");
    write("junk/empty.json", b"");
    write("junk/binary.json", &[0xff, 0xfe, 0x00, 0x9c, 0x80]);
    write("junk/deep.json", "[".repeat(100_000).as_bytes());
    write("junk/list.json", b"[1, 2, 3]");
    write(
        "junk/prefs.json",
        br#"{"difficulty": "Practice", "scale": 1.5}"#,
    );
    write("junk/package.json", br#"{"format": 3, "attempts": "many"}"#);
    write(
        "junk/other-tool.json",
        br#"{"format": "lms-export", "version": 1}"#,
    );
    write(
        "junk/newer.json",
        br#"{"format": "doorstep-bundle", "version": 2, "attempts": []}"#,
    );
    write(
        "junk/no-version.json",
        br#"{"format": "doorstep-bundle", "attempts": []}"#,
    );
    write(
        "junk/no-list.json",
        br#"{"format": "doorstep-bundle", "version": 1}"#,
    );
    // An unnamed bundle with a copy of Ana's first attempt, two attempts that cannot be real
    // and one that is not whole.
    let small = fixture_scenario("small.ron");
    let counted = played(&small, &[2], Some(Assessment::Supporter), 1);
    let mut inflated = played(&small, &[1, 1, 1], None, 90);
    inflated.report.overall = 140.0;
    let mut mismatched = played(&small, &[1, 1, 1], None, 91);
    mismatched.report.scenario = "another".into();
    let mut mixed =
        serde_json::to_value(bundle_of(vec![counted, inflated, mismatched], None)).expect("json");
    mixed["attempts"]
        .as_array_mut()
        .expect("list")
        .push(serde_json::json!({"scenario": "small", "report": {}}));
    write(
        "junk/mixed.json",
        &serde_json::to_vec(&mixed).expect("json"),
    );
    // An attempt file cut short while copying.
    let whole = serde_json::to_vec(&played(&small, &[1, 1, 1], None, 92)).expect("json");
    write("junk/cut.json", &whole[..whole.len() / 2]);
    // Larger than any bundle: a sparse file, so the test writes nothing real.
    let huge = std::fs::File::create(dir.join("junk/huge.json")).expect("created");
    huge.set_len(room::MAX_FILE_BYTES + 1).expect("sized");
    // Passed over without a word: not JSON by name, or hidden.
    write("junk/notes.txt", b"bring snacks");
    write("junk/.hidden.json", b"{ not json");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir, dir.join("junk/loop")).expect("a link back up");
    vec![
        ("binary.json", SkipKind::NotJson),
        ("cut.json", SkipKind::NotJson),
        ("deep.json", SkipKind::NotJson),
        ("empty.json", SkipKind::NotJson),
        ("huge.json", SkipKind::TooLarge),
        ("list.json", SkipKind::Foreign),
        #[cfg(unix)]
        ("loop", SkipKind::Limit),
        ("mixed.json", SkipKind::Implausible),
        ("mixed.json", SkipKind::Implausible),
        ("mixed.json", SkipKind::Broken),
        ("newer.json", SkipKind::Version),
        ("no-list.json", SkipKind::Broken),
        ("no-version.json", SkipKind::Version),
        ("not-json.json", SkipKind::NotJson),
        ("other-tool.json", SkipKind::Foreign),
        ("package.json", SkipKind::Foreign),
        ("prefs.json", SkipKind::Foreign),
    ]
}

#[test]
fn broken_duplicated_oversized_and_foreign_files_change_nothing_but_the_list_of_skips() {
    let clean = scratch("clean");
    golden_room(&clean);
    let (_, expected) = gathered(&clean);
    let dir = scratch("junk");
    golden_room(&dir);
    let skips = junk(&dir);
    let (room, report) = gathered(&dir);
    assert_eq!(
        report.scenarios, expected.scenarios,
        "the junk changed the report"
    );
    assert_eq!(
        report.duplicates,
        expected.duplicates + 1,
        "mixed.json's first attempt"
    );
    let found: Vec<(String, SkipKind)> = room
        .skipped
        .iter()
        .map(|s| {
            let name = Path::new(&s.file)
                .file_name()
                .expect("a file")
                .to_string_lossy();
            (name.into_owned(), s.kind)
        })
        .collect();
    let skips: Vec<(String, SkipKind)> =
        skips.into_iter().map(|(n, k)| (n.to_owned(), k)).collect();
    assert_eq!(found, skips, "{:#?}", room.skipped);
    assert_eq!(room.ignored, 2, "notes.txt and .hidden.json");
    let reason = |name: &str| {
        room.skipped
            .iter()
            .find(|s| s.file.ends_with(name))
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    assert!(
        reason("newer.json").contains("newer Doorstep"),
        "{}",
        reason("newer.json")
    );
    assert!(
        reason("huge.json").contains("64 MiB limit"),
        "{}",
        reason("huge.json")
    );
    assert!(
        reason("not-json.json").contains("not JSON (line 1, column 3"),
        "{}",
        reason("not-json.json")
    );
    assert!(reason("prefs.json").contains("not a Doorstep attempt or bundle"));
    let mixed: Vec<String> = room
        .skipped
        .iter()
        .filter(|s| s.file.ends_with("mixed.json"))
        .map(ToString::to_string)
        .collect();
    assert!(
        mixed[0].contains("attempt 2: an overall score of 140"),
        "{mixed:?}"
    );
    assert!(
        mixed[1].contains("attempt 3: an attempt whose parts disagree"),
        "{mixed:?}"
    );
    assert!(
        mixed[2].contains("attempt 4: an attempt that does not read"),
        "{mixed:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_same_attempt_is_one_however_it_was_written_out() {
    let small = fixture_scenario("small.ron");
    let attempt = played(&small, &[1, 1, 1], Some(Assessment::Supporter), 5);
    let id = room::AttemptId::of(&attempt);
    // Saved again after the debrief's advice arrived, with a note: the same conversation.
    let mut resaved = attempt.clone();
    resaved.note = "Try the reflection earlier.".into();
    resaved.report.overall = 84.0;
    assert_eq!(room::AttemptId::of(&resaved), id);
    let dir = scratch("same");
    std::fs::write(
        dir.join("compact.json"),
        serde_json::to_vec(&attempt).expect("json"),
    )
    .expect("written");
    write_loose(&dir.join("pretty/again.json"), &resaved);
    let (room, report) = gathered(&dir);
    assert_eq!((report.attempts, report.duplicates), (1, 1));
    assert_eq!(room.attempts[0].id, id);
    // The same choices a minute later, or other choices at the same second, are other attempts.
    let later = played(&small, &[1, 1, 1], Some(Assessment::Supporter), 6);
    let other = played(&small, &[1, 2, 1], Some(Assessment::Supporter), 5);
    assert_ne!(room::AttemptId::of(&later), id);
    assert_ne!(room::AttemptId::of(&other), id);
}
