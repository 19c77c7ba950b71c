//! Unit tests of cutting passage text into pieces: where each piece is, and the marks of each
//! story format.

use super::markup::{CodeKind, Piece, pieces};
use super::parse::Format;

fn texts(list: &[Piece]) -> Vec<&str> {
    list.iter()
        .filter_map(|p| match p {
            Piece::Text { text, .. } => Some(text.trim()),
            _ => None,
        })
        .collect()
}

fn links(list: &[Piece]) -> Vec<(&str, &str, bool)> {
    list.iter()
        .filter_map(|p| match p {
            Piece::Link(l) => Some((l.text.as_str(), l.target.as_str(), l.conditional)),
            _ => None,
        })
        .collect()
}

#[test]
fn pieces_are_located() {
    let body = "She waits.\n(set: $x to 1)Then [[Ask->Next]] <<if $x>>hi<</if>>\n/* a\nnote */done";
    let got = pieces(body, 10, Format::Unknown);
    assert!(matches!(&got[0], Piece::Text { text, line: 10 } if text == "She waits."));
    assert!(matches!(
        &got[1],
        Piece::Set {
            line: 11,
            col: 1,
            conditional: false,
            ..
        }
    ));
    assert!(matches!(&got[2], Piece::Link(l) if l.target == "Next" && (l.line, l.col) == (11, 20)));
    let code: Vec<(usize, CodeKind)> = got
        .iter()
        .filter_map(|p| match p {
            Piece::Code { col, kind, .. } => Some((*col, kind.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(code, [(34, CodeKind::Condition), (45, CodeKind::Closing)]);
    assert!(got.contains(&Piece::Comment {
        text: "a note".into(),
        line: 12
    }));
    assert_eq!(texts(&got), ["She waits.", "Then Ask", "hi", "done"]);
}

#[test]
fn harlowe_hooks_changers_and_names() {
    let body = "(if: $met)+(text-colour: red)[Hello again. [[Sit down->Chair]]]\n|aside>[An aside.]\n(text-style: \"bold\")[Loud.] (link-goto: \"Leave\", (history:)'s last)";
    let got = pieces(body, 1, Format::Harlowe);
    assert_eq!(links(&got), [("Sit down", "Chair", true)]);
    assert_eq!(texts(&got), ["Hello again.", "An aside.", "Loud."]);
    assert!(
        got.iter().any(
            |p| matches!(p, Piece::Code { kind: CodeKind::ComputedLink(l), .. } if l == "Leave")
        )
    );
}

#[test]
fn deep_nesting_is_kept_whole() {
    let body = format!("{}x{}", "(if: 1)[".repeat(500), "]".repeat(500));
    let got = pieces(&body, 1, Format::Harlowe);
    assert!(got.iter().any(|p| matches!(p, Piece::Code { .. })));
}

#[test]
fn sugarcube_containers_nest() {
    let body = "<<linkreplace \"Examine\">>A jerk, <<linkreplace \"a cheat.\">>a cheat at cards.<</linkreplace>><</linkreplace>>\n<<link \"Go\">><<if $x>><<goto \"A\">><<else>><<goto \"B\">><</if>><</link>>";
    let got = pieces(body, 1, Format::SugarCube);
    assert_eq!(texts(&got), ["A jerk,", "a cheat at cards."]);
    assert_eq!(links(&got), [("Go", "A", true), ("Go", "B", true)]);
}

#[test]
fn chapbook_sections() {
    let body = "n: 1\n--\n[if n > 0]\nShown sometimes. [[Go->B]]\n[note]\nFor the author.\n[continue]\nAlways. {link to: 'C', label: 'See C'}";
    let got = pieces(body, 1, Format::Chapbook);
    assert!(matches!(&got[0], Piece::Set { line: 1, .. }));
    assert_eq!(links(&got), [("Go", "B", true), ("See C", "C", false)]);
    // A link standing after the sentence is not part of it.
    assert_eq!(texts(&got), ["Shown sometimes.", "Always."]);
    assert!(got.contains(&Piece::Comment {
        text: "For the author.".into(),
        line: 6
    }));
}
