//! Twine stories in the four common story formats, real ones (`tests/fixtures/twee/real/`, see
//! its README) and ones written for these tests (`written/`), import with their links, with
//! nothing of their code or markup spoken, and pass `check`. Each result is compared with the
//! `.ron` and `.warnings` beside the story; run with `DOORSTEP_BLESS=1` to rewrite those after
//! a deliberate change, and read the diff.

use std::path::{Path, PathBuf};

use doorstep::author::twee::{self, Imported, Source};
use doorstep::scenario::{Line, Scenario};

use super::{doorstep, fixture};

/// Every story, with the links to passages it holds and the options they became. Fewer
/// options than links: identical links merged, links of passages tagged as endings, links past
/// a node's limit. More: the option added to a story whose every path loops.
const STORIES: &[(&str, usize, usize)] = &[
    ("real/harlowe-space-exploration.twee", 6, 4),
    ("real/harlowe-storylets.twee", 5, 5),
    ("real/sugarcube-space-exploration.twee", 6, 4),
    ("real/sugarcube-dungeon-moving.twee", 8, 5),
    ("real/snowman-space-exploration.twee", 3, 4),
    ("real/snowman-hidden-link.twee", 3, 1),
    ("real/chapbook-space-exploration.twee", 4, 4),
    ("real/chapbook-turn-counter.twee", 12, 13),
    ("written/harlowe-night-shift.twee", 13, 9),
    ("written/sugarcube-warehouse.twee", 15, 14),
    ("written/chapbook-tenants.twee", 6, 6),
    ("written/snowman-canvass.twee", 6, 6),
    ("written/slips-café.twee", 7, 5),
    ("written/folder-picket", 4, 4),
];

/// The Twee files of a story: the file, or every `.twee` and `.tw` file in the folder, in name
/// order, as `doorstep import twee DIR` reads them.
fn sources(path: &Path) -> Vec<Source> {
    let mut files = Vec::new();
    collect(path, &mut files);
    files
        .into_iter()
        .map(|file| Source {
            name: file
                .strip_prefix(fixture("twee"))
                .expect("under the fixtures")
                .display()
                .to_string(),
            text: std::fs::read_to_string(&file).expect("a story"),
        })
        .collect()
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    if !path.is_dir() {
        files.push(path.to_path_buf());
        return;
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .expect("a folder")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() || entry.extension().is_some_and(|e| e == "twee" || e == "tw") {
            collect(&entry, files);
        }
    }
}

fn import(story: &str) -> Imported {
    let path = fixture(&format!("twee/{story}"));
    twee::import_sources(&sources(&path), story).expect("imports")
}

fn scenario(imported: &Imported, story: &str) -> Scenario {
    let checked = doorstep::load_bytes(Path::new("out.ron"), imported.ron.as_bytes());
    assert!(
        !checked.has_errors(),
        "{story}: {:#?}\n{}",
        checked.diagnostics,
        imported.ron
    );
    checked.scenario.expect("valid")
}

/// Compares with the file beside the story, or writes it when blessing.
fn golden(story: &str, extension: &str, actual: &str) {
    let base = story.trim_end_matches(".twee");
    let path = fixture(&format!("twee/{base}.{extension}"));
    if std::env::var_os("DOORSTEP_BLESS").is_some() {
        std::fs::write(&path, actual).expect("writes");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing; run with DOORSTEP_BLESS=1", path.display()));
    assert_eq!(actual, expected, "{story}: {extension} changed");
}

/// Marks that must never reach a spoken line: story-format code, link and template markup,
/// and the line marks `>` and `*`.
fn markup_in(text: &str) -> Option<&'static str> {
    let marks = [
        "<<", ">>", "[[", "]]", "<%", "%>", "{", "}", "(set:", "(if:", "(link", "(go", "(print",
        "(display", "<script", "</", "console.", "engine.", "$(",
    ];
    if let Some(mark) = marks.into_iter().find(|m| text.contains(m)) {
        return Some(mark);
    }
    let first = text.trim_start().chars().next();
    matches!(first, Some('>' | '*' | '#' | '|')).then_some("a line mark")
}

#[test]
fn every_story_imports_with_its_links_and_passes_check() {
    for &(story, links, options) in STORIES {
        let imported = import(story);
        golden(story, "ron", &imported.ron);
        let warnings: String = imported
            .warnings
            .iter()
            .map(|w| format!("{}:{w}\n", w.file))
            .collect();
        golden(story, "warnings", &warnings);
        let s = scenario(&imported, story);
        assert_eq!(
            (imported.links, imported.options),
            (links, options),
            "{story}: links in, options out"
        );
        for (id, node) in s.nodes.iter() {
            for line in &node.say {
                let text = match line {
                    Line::Say(text) | Line::Narrate(text) => text.clone(),
                    other => format!("{other:?}"),
                };
                assert!(
                    markup_in(&text).is_none(),
                    "{story}: node '{id}' says {text:?}, with {:?}",
                    markup_in(&text)
                );
            }
        }
    }
}

#[test]
fn every_plain_link_in_a_conversation_passage_is_an_option() {
    // `[[words->passage]]` on a line of a passage that is neither code nor an ending: an option
    // with those words must exist, unless the target is a web page.
    for &(story, ..) in STORIES {
        let imported = import(story);
        let s = scenario(&imported, story);
        let texts: Vec<String> = s
            .nodes
            .values()
            .flat_map(|n| n.options.iter().map(|o| o.text.clone()))
            .collect();
        for source in sources(&fixture(&format!("twee/{story}"))) {
            for line in source.text.lines() {
                let mut rest = line;
                while let Some(open) = rest.find("[[") {
                    let Some(close) = rest[open..].find("]]") else {
                        break;
                    };
                    let inside = &rest[open + 2..open + close];
                    rest = &rest[open + close + 2..];
                    let (words, target) = match inside.rsplit_once("->") {
                        Some((words, target)) => (words, target),
                        None => inside.split_once('|').unwrap_or((inside, inside)),
                    };
                    if target.contains("://") || inside.contains("][") {
                        continue;
                    }
                    let words = words.trim().replace('*', "");
                    assert!(
                        texts.contains(&words),
                        "{story}: the link [[{inside}]] became no option"
                    );
                }
            }
        }
    }
}

fn options(s: &Scenario, node: &str) -> Vec<(String, String, String)> {
    s.nodes
        .get(node)
        .unwrap_or_else(|| panic!("no node {node}"))
        .options
        .iter()
        .map(|o| {
            (
                o.text.clone(),
                o.goto.clone().unwrap_or_default(),
                format!("{:?}", o.effects),
            )
        })
        .collect()
}

fn has(list: &[(String, String, String)], text: &str, goto: &str) -> bool {
    list.iter().any(|(t, g, _)| t == text && g == goto)
}

#[test]
fn link_macros_of_harlowe_and_sugarcube_become_options() {
    let night = scenario(&import("written/harlowe-night-shift.twee"), "night");
    let locker = options(&night, "locker-room");
    assert!(has(&locker, "Third this week? Who decides that?", "rota"));
    assert!(
        has(&locker, "Break room", "break-room"),
        "(link-goto:) with one argument"
    );
    let coffee = locker.iter().find(|(t, ..)| t == "Hand him a coffee");
    assert_eq!(
        coffee.map(|(_, g, e)| (g.as_str(), e.as_str())),
        Some(("coffee", "[Add(\"trust\", 1)]")),
        "(link:)[(set:)(go-to:)] is an option with the set as its effect"
    );
    assert!(
        has(&options(&night, "rota"), "supervisor", "supervisor"),
        "(click-goto:)"
    );
    let next = |s: &Scenario, node: &str| -> Vec<String> {
        s.nodes
            .get(node)
            .expect("node")
            .next
            .iter()
            .map(|b| b.goto.clone())
            .collect()
    };
    assert_eq!(
        next(&night, "coffee"),
        ["rota"],
        "a passage that only (go-to:)s moves on"
    );
    assert_eq!(next(&night, "names"), ["meeting", "silence"]);
    assert_eq!(
        night.vars.get("trust"),
        Some(&0),
        "a startup passage gives `vars`"
    );

    let warehouse = scenario(&import("written/sugarcube-warehouse.twee"), "warehouse");
    let aisle = options(&warehouse, "aisle");
    assert!(
        has(&aisle, "Offer to hold the pallet", "pallet"),
        "<<link \"text\" \"passage\">>"
    );
    assert!(
        aisle.iter().any(|(t, g, e)| t == "Talk about the heat"
            && g == "heat"
            && e == "[Add(\"trust\", 1)]")
    );
    assert!(
        aisle
            .iter()
            .any(|(t, g, e)| t == "Wait by the dock" && g == "dock" && e == "[Set(\"heard\", 1)]"),
        "<<button>> with <<goto>>"
    );
    let hello = options(&warehouse, "hello");
    assert!(
        has(&hello, "Ask how many that is an hour", "quotas"),
        "<<choice>>"
    );
    assert!(
        has(&hello, "Ask about the scanner", "scanner") && has(&hello, "Dock", "dock"),
        "<<actions>>"
    );
    let quotas = options(&warehouse, "quotas");
    assert!(
        has(&quotas, "A photo of the board", "board"),
        "[img[title|src][passage]]"
    );
    assert!(has(&quotas, "(picture: scanner.png)", "scanner"));
    assert_eq!(next(&warehouse, "pallet"), ["quotas"], "<<goto>>");
    assert_eq!(
        (
            warehouse.vars.get("trust"),
            warehouse.vars.get("heard"),
            warehouse.vars.get("score")
        ),
        (Some(&1), Some(&0), Some(&2)),
        "StoryInit's number sets, true as 1 and false as 0"
    );
}

#[test]
fn warnings_name_the_passage_the_line_and_the_fix() {
    let expect = [
        (
            "written/harlowe-night-shift.twee",
            "15:1: warning: passage 'Setup': $shift to \"nights\" is left out of `vars`",
        ),
        (
            "written/harlowe-night-shift.twee",
            "21:1: warning: passage 'Locker room': a script is never spoken",
        ),
        (
            "written/harlowe-night-shift.twee",
            "goes to the web page https://example.org/union, which a conversation cannot open",
        ),
        (
            "written/harlowe-night-shift.twee",
            "(add an option with a `goto` to the node it should reach)",
        ),
        (
            "written/sugarcube-warehouse.twee",
            "<<back>> goes back to the previous passage",
        ),
        (
            "written/chapbook-tenants.twee",
            "16:1: warning: passage 'Door': trust (knocked): trust + 1 sets a variable only under a condition",
        ),
        (
            "written/chapbook-tenants.twee",
            "the modifier [if trust > 1] shows text and links only when its condition holds",
        ),
        (
            "written/chapbook-tenants.twee",
            "the insert {embed passage: 'Letters'} shows the text of passage 'Letters' here",
        ),
        (
            "written/chapbook-tenants.twee",
            "the [JavaScript] section is code, never spoken",
        ),
        (
            "written/snowman-canvass.twee",
            "the Snowman template <%= s.playerName %> prints a value",
        ),
        (
            "written/slips-café.twee",
            "13:1: warning: passage 'Counter': the link to 'Grievence' is closed with one `]`",
        ),
        (
            "written/slips-café.twee",
            "which is not a passage in this story; an ending stands in for it (did you mean 'Grievance'?",
        ),
        (
            "written/slips-café.twee",
            "15:6: warning: passage 'Counter': `[[` opens a link that is not closed on this line",
        ),
        (
            "written/slips-café.twee",
            "the tag 'edning' is not one the import knows; did you mean 'ending'?",
        ),
        (
            "real/chapbook-space-exploration.twee",
            "1:1: warning: the story names no story format, so it was read as Chapbook",
        ),
    ];
    for (story, wanted) in expect {
        let imported = import(story);
        let lines: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
        assert!(
            lines.iter().any(|l| l.contains(wanted)),
            "{story}: no warning with {wanted:?}: {lines:#?}"
        );
    }
    // The advice for a link macro is about links, never the old "effects or when".
    let imported = import("real/harlowe-space-exploration.twee");
    assert!(
        imported
            .warnings
            .iter()
            .all(|w| !w.message.contains("rewrite it as `effects` or `when`"))
    );
}

#[test]
fn small_slips_are_caught() {
    let imported = import("written/slips-café.twee");
    let s = scenario(&imported, "slips");
    assert_eq!(
        s.id, "cafe-solidarite-glasnost",
        "a Unicode title keeps its letters"
    );
    let counter = options(&s, "counter");
    let asked = counter
        .iter()
        .filter(|(t, ..)| t == "Ask what happened")
        .count();
    assert_eq!(asked, 1, "identical links become one option");
    assert!(
        has(&counter, "Mention the grievance", "grievence"),
        "[[a->b] is read as a link"
    );
    assert!(
        !counter.iter().any(|(t, ..)| t == "Bio" || t == "her blog"),
        "web links are not options"
    );
    let said: Vec<String> = s
        .nodes
        .get("counter")
        .expect("counter")
        .say
        .iter()
        .map(|l| format!("{l:?}"))
        .collect();
    assert!(
        said.iter()
            .any(|l| l.contains("I went to the back room after and cried.")),
        "link words stay in their sentence: {said:?}"
    );
    assert!(
        said.iter()
            .any(|l| l.contains("Read her blog first, or the petition."))
    );
}

#[test]
fn the_command_reads_a_folder_as_tweego_does() {
    let out = std::env::temp_dir().join(format!("doorstep-folder-{}.ron", std::process::id()));
    let _ = std::fs::remove_file(&out);
    let folder = fixture("twee/written/folder-picket");
    let run = doorstep(&[
        "import",
        "twee",
        folder.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("styles.twee:1:1: warning: passage 'Picket styles': skipped"),
        "{stderr}"
    );
    assert!(stderr.contains("4 options from 4 links"), "{stderr}");
    let written = std::fs::read_to_string(&out).expect("written");
    assert!(written.contains("vars: { \"resolve\": 2 },"), "{written}");
    assert!(written.contains("title: \"Picket line at the depot gate\""));
    std::fs::remove_file(&out).ok();

    let empty = std::env::temp_dir().join(format!("doorstep-empty-dir-{}", std::process::id()));
    std::fs::create_dir_all(&empty).expect("made");
    let refused = doorstep(&["import", "twee", empty.to_str().expect("utf-8")]);
    std::fs::remove_dir(&empty).ok();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no .twee or .tw files"));
}

#[test]
fn a_story_whose_every_path_loops_is_written_and_exits_0() {
    let dir = std::env::temp_dir().join(format!("doorstep-loop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("made");
    let story = dir.join("loop.twee");
    std::fs::write(
        &story,
        ":: Start\nHi. [[Again->Middle]]\n\n:: Middle\nStill here. [[Back->Start]]\n",
    )
    .expect("written");
    let out = dir.join("loop.ron");
    let run = doorstep(&[
        "import",
        "twee",
        story.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("every path loops"), "{stderr}");
    assert!(out.exists());
    assert_eq!(
        doorstep(&["check", out.to_str().expect("utf-8")])
            .status
            .code(),
        Some(0)
    );
    std::fs::remove_dir_all(&dir).ok();
}
