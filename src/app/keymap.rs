//! The key map: every key the app answers to, in one table for the code, the help and the README.
//!
//! Screens test keys with [`pressed`] on these bindings, the `?` overlay draws [`SECTIONS`], and
//! the README's key table is [`markdown`] (a test keeps them equal). In projector mode the
//! letters A to I are the room's vote, so nothing a clicker sends (PageUp, PageDown, the period
//! for "blank", F5, Esc) and no other key of that mode is a letter from A to I.

use bevy_egui::egui::{self, Key};

/// Which modifier a binding needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    None,
    Shift,
    /// Ctrl, or Cmd on a Mac.
    Command,
}

/// Keys that do one thing.
#[derive(Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub modifier: Modifier,
    /// How the keys are written for people ("A – I", "Ctrl +").
    pub shown: &'static str,
    pub action: &'static str,
}

const fn bind(keys: &'static [Key], shown: &'static str, action: &'static str) -> Binding {
    Binding {
        keys,
        modifier: Modifier::None,
        shown,
        action,
    }
}

const DIGITS: &[Key] = &[
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];
const LETTERS: &[Key] = &[
    Key::A,
    Key::B,
    Key::C,
    Key::D,
    Key::E,
    Key::F,
    Key::G,
    Key::H,
    Key::I,
];

// Everywhere.
pub const HELP: Binding = bind(&[Key::Questionmark], "?", "this help (Esc closes it)");
pub const BACK_TO_LIST: Binding = bind(
    &[Key::Escape],
    "Esc",
    "back to the scenario list (asks first in the middle of a conversation)",
);
pub const FOCUS: Binding = bind(
    &[Key::Tab],
    "Tab / Shift+Tab",
    "move focus between buttons; Space or Enter presses",
);
pub const LARGER: Binding = Binding {
    keys: &[Key::Plus, Key::Equals],
    modifier: Modifier::Command,
    shown: "Ctrl +",
    action: "larger text (up to 250%)",
};
pub const SMALLER: Binding = Binding {
    keys: &[Key::Minus],
    modifier: Modifier::Command,
    shown: "Ctrl −",
    action: "smaller text (down to 75%)",
};
pub const NORMAL_SIZE: Binding = Binding {
    keys: &[Key::Num0],
    modifier: Modifier::Command,
    shown: "Ctrl 0",
    action: "normal text size",
};
pub const PROJECTOR: Binding = bind(
    &[Key::F5],
    "F5",
    "projector mode: large type, lettered options",
);
pub const AUDIENCE_WINDOW: Binding = bind(
    &[Key::F6],
    "F6",
    "projector: open or close a second window for the room",
);
pub const TIMER: Binding = bind(&[Key::F7], "F7", "countdown: start or pause");
pub const TIMER_SHORTER: Binding = bind(&[Key::OpenBracket], "[", "countdown: one minute less");
pub const TIMER_LONGER: Binding = bind(&[Key::CloseBracket], "]", "countdown: one minute more");
pub const TIMER_RESET: Binding = bind(&[Key::Backslash], "\\", "countdown: back to the start");
pub const BLANK: Binding = bind(
    &[Key::Period],
    ".",
    "projector, watch and pairs: black out the room's screen, and bring it back",
);

// The scenario list.
pub const MOVE: Binding = bind(
    &[Key::ArrowUp, Key::ArrowDown],
    "Up / Down",
    "move through the scenarios, options or attempts",
);
pub const OPEN: Binding = bind(&[Key::Enter], "Enter", "open or choose what is highlighted");
pub const WATCH: Binding = bind(
    &[Key::W],
    "W",
    "watch a scripted conversation, then what went wrong",
);
pub const PAIRS: Binding = bind(&[Key::P], "P", "pairs practice with this scenario");
pub const DIFFICULTY: Binding = bind(
    &[Key::D],
    "D",
    "the next difficulty: Practice, Standard, Assessment",
);
pub const FREE_TEXT: Binding = bind(
    &[Key::Y],
    "Y",
    "say it yourself: type your lines instead of choosing them (alone, not on the projector)",
);
pub const HISTORY: Binding = bind(
    &[Key::H],
    "H",
    "scenario list and debrief: the history of attempts",
);
pub const LANGUAGE: Binding = bind(
    &[Key::L],
    "L",
    "scenario list: the next language (English, Español), saved for next time",
);
pub const ROOM: Binding = bind(
    &[Key::R],
    "R",
    "scenario list and History: room results, from a folder of trainees' bundles",
);

// A conversation, alone.
pub const CHOOSE: Binding = bind(DIGITS, "1 – 9", "choose an option");
pub const CHOOSE_HIGHLIGHTED: Binding = bind(
    &[Key::Enter, Key::PageDown, Key::ArrowRight],
    "Enter, PageDown, Right",
    "choose the highlighted option",
);
pub const REWIND: Binding = bind(
    &[Key::Backspace, Key::PageUp, Key::ArrowLeft],
    "Backspace, PageUp, Left",
    "go back one turn (the attempt becomes practice; not in Assessment)",
);
pub const TRACKER: Binding = bind(&[Key::S], "S", "show or hide the five-step tracker");
pub const AIRTIME: Binding = bind(&[Key::A], "A", "show or hide the airtime meter");

// Saying it yourself.
pub const SAY: Binding = bind(
    &[Key::Enter],
    "Enter",
    "say the line typed; then go with what it was taken as (Esc leaves the text box)",
);
pub const TAKE_AS: Binding = bind(
    DIGITS,
    "1 – 9",
    "once it shows what your line was taken as: take it as that option instead",
);
pub const RETYPE: Binding = bind(
    &[Key::Backspace, Key::PageUp, Key::ArrowLeft],
    "Backspace, PageUp, Left",
    "outside the text box: say it differently, or go back one turn (not in Assessment)",
);

// One Big Organizer: the room chooses on the projector.
pub const VOTE: Binding = bind(LETTERS, "A – I", "highlight the room's pick");
pub const ADD_HAND: Binding = Binding {
    keys: LETTERS,
    modifier: Modifier::Shift,
    shown: "Shift + A – I",
    action: "add a raised hand to an option",
};
pub const REMOVE_HAND: Binding = bind(&[Key::Minus], "−", "take a hand off the highlighted option");
pub const SHOW_HANDS: Binding = bind(&[Key::V], "V", "show or hide the count of hands");
pub const GO_WITH_PICK: Binding = bind(
    &[Key::PageDown, Key::ArrowRight, Key::Enter],
    "PageDown, Right, Enter",
    "clicker next: go with the room's pick",
);
pub const ROOM_BACK: Binding = bind(
    &[Key::PageUp, Key::ArrowLeft, Key::Backspace],
    "PageUp, Left, Backspace",
    "clicker back: take back the last turn",
);

// Watching a scripted conversation.
pub const WATCH_NEXT: Binding = bind(
    &[Key::PageDown, Key::ArrowRight, Key::Space, Key::Enter],
    "PageDown, Right, Space, Enter",
    "the next line, the next mistake, then the room plays",
);
pub const WATCH_BACK: Binding = bind(
    &[Key::PageUp, Key::ArrowLeft, Key::Backspace],
    "PageUp, Left, Backspace",
    "back a line or a mistake",
);

// Assessing the person.
pub const ASSESS: Binding = bind(
    DIGITS.split_at(4).0,
    "1 – 4",
    "leader, supporter, undecided, pass; Enter confirms",
);

// The debrief and History.
pub const TRY_AGAIN: Binding = bind(&[Key::T], "T", "debrief: try the same scenario again");
pub const FOLLOW_UP: Binding = bind(
    &[Key::F],
    "F",
    "debrief: the follow-up conversation, when there is one",
);
pub const EXPORT_MARKDOWN: Binding = bind(&[Key::M], "M", "debrief: export as Markdown");
pub const EXPORT_JSON: Binding = bind(&[Key::J], "J", "debrief and pairs results: export as JSON");
pub const SCROLL: Binding = bind(
    &[Key::PageUp, Key::PageDown, Key::Space, Key::Home, Key::End],
    "PageUp, PageDown, Space, Home, End",
    "scroll the debrief, the history and this help",
);
pub const TICK: Binding = bind(
    &[Key::X],
    "X",
    "History: tick or untick the highlighted attempt for a bundle",
);
pub const BUNDLE: Binding = bind(
    &[Key::B],
    "B",
    "History: save the ticked attempts as a bundle for the trainer",
);

// Room results.
pub const ROOM_MARKDOWN: Binding = bind(&[Key::M], "M", "room results: export as Markdown");
pub const ROOM_CSV: Binding = bind(
    &[Key::S],
    "S",
    "room results: export as CSV, one row per attempt",
);
pub const ROOM_XAPI: Binding = bind(&[Key::X], "X", "room results: export as xAPI statements");
pub const ROOM_SCROLL: Binding = bind(
    &[
        Key::PageUp,
        Key::PageDown,
        Key::ArrowUp,
        Key::ArrowDown,
        Key::Space,
        Key::Home,
        Key::End,
    ],
    "PageUp, PageDown, Up, Down, Space, Home, End",
    "scroll the room's results (a clicker works)",
);

// Pairs practice.
pub const CARD: Binding = bind(&[Key::C], "C", "pairs: show or hide the partner's card");
pub const MARKS: Binding = bind(
    &[Key::Q, Key::L, Key::T],
    "Q, L, T",
    "pairs: a question, listening, talking (tap, or hold while timing)",
);
pub const CHECK_STEP: Binding = bind(
    DIGITS.split_at(5).0,
    "1 – 5",
    "pairs: tick or untick a step",
);
pub const MARK_MODE: Binding = bind(
    &[Key::M],
    "M",
    "pairs: tap once per utterance, or hold to time",
);
pub const SWAP_ROLES: Binding = bind(
    &[Key::R],
    "R",
    "pairs: swap roles (after a round, the next round)",
);
pub const PAIRS_EXPORT_MARKDOWN: Binding =
    bind(&[Key::X], "X", "pairs results: export as Markdown");
pub const PAIRS_SCROLL: Binding = bind(
    &[Key::ArrowUp, Key::ArrowDown, Key::Home, Key::End],
    "Up / Down, Home, End",
    "pairs: scroll the card, the briefing and the results",
);
pub const PAIRS_NEXT: Binding = bind(
    &[Key::PageDown, Key::ArrowRight, Key::Enter],
    "PageDown, Right, Enter",
    "pairs: the next stage",
);
pub const PAIRS_UNDO: Binding = bind(
    &[Key::PageUp, Key::ArrowLeft, Key::Backspace],
    "PageUp, Left, Backspace",
    "pairs: undo the last mark or tick",
);

/// A group of bindings that are live together, with a heading for the help.
#[derive(Debug)]
pub struct Section {
    pub title: &'static str,
    pub bindings: &'static [&'static Binding],
}

/// Everything, in the order the help shows it.
pub const SECTIONS: &[Section] = &[
    Section {
        title: "Everywhere",
        bindings: &[
            &HELP,
            &BACK_TO_LIST,
            &FOCUS,
            &LARGER,
            &SMALLER,
            &NORMAL_SIZE,
            &PROJECTOR,
            &AUDIENCE_WINDOW,
            &TIMER,
            &TIMER_SHORTER,
            &TIMER_LONGER,
            &TIMER_RESET,
            &BLANK,
        ],
    },
    Section {
        title: "Scenario list",
        bindings: &[
            &MOVE,
            &OPEN,
            &WATCH,
            &PAIRS,
            &DIFFICULTY,
            &FREE_TEXT,
            &LANGUAGE,
            &HISTORY,
            &ROOM,
        ],
    },
    Section {
        title: "A conversation",
        bindings: &[
            &CHOOSE,
            &MOVE,
            &CHOOSE_HIGHLIGHTED,
            &REWIND,
            &TRACKER,
            &AIRTIME,
        ],
    },
    Section {
        title: "Saying it yourself",
        bindings: &[&SAY, &TAKE_AS, &RETYPE, &TRACKER, &AIRTIME],
    },
    Section {
        title: "One Big Organizer (projector)",
        bindings: &[
            &VOTE,
            &ADD_HAND,
            &REMOVE_HAND,
            &SHOW_HANDS,
            &MOVE,
            &GO_WITH_PICK,
            &ROOM_BACK,
        ],
    },
    Section {
        title: "Watching",
        bindings: &[&WATCH_NEXT, &WATCH_BACK],
    },
    Section {
        title: "Assessing",
        bindings: &[&ASSESS, &REWIND],
    },
    Section {
        title: "Debrief and History",
        bindings: &[
            &TRY_AGAIN,
            &FOLLOW_UP,
            &EXPORT_MARKDOWN,
            &EXPORT_JSON,
            &HISTORY,
            &MOVE,
            &OPEN,
            &SCROLL,
            &TICK,
            &BUNDLE,
            &ROOM,
        ],
    },
    Section {
        title: "Room results",
        bindings: &[&ROOM_MARKDOWN, &ROOM_CSV, &ROOM_XAPI, &ROOM_SCROLL],
    },
    Section {
        title: "Pairs practice",
        bindings: &[
            &CARD,
            &MARKS,
            &CHECK_STEP,
            &MARK_MODE,
            &SWAP_ROLES,
            &PAIRS_EXPORT_MARKDOWN,
            &EXPORT_JSON,
            &PAIRS_SCROLL,
            &PAIRS_NEXT,
            &PAIRS_UNDO,
        ],
    },
];

/// Whether a binding's key was pressed this frame, with its modifier, and no text field
/// focused (so typing a note never triggers a key).
pub fn pressed(ui: &egui::Ui, binding: &Binding) -> bool {
    pressed_at(ui, binding).is_some()
}

/// Which of a binding's keys was pressed (0-based), as for digits and letters.
pub fn pressed_at(ui: &egui::Ui, binding: &Binding) -> Option<usize> {
    if ui.ctx().text_edit_focused() {
        return None;
    }
    ui.input(|i| {
        // Punctuation is matched by the character typed, which does not depend on the layout.
        if let Some(at) = binding.keys.iter().position(|k| {
            typed_as(*k).is_some_and(|c| {
                i.events
                    .iter()
                    .any(|e| matches!(e, egui::Event::Text(t) if t.chars().eq([c])))
            })
        }) {
            return (!i.modifiers.command && !i.modifiers.alt).then_some(at);
        }
        // Each key event carries the modifiers held when it happened: a fast Shift+A from a
        // clicker or a script is not mistaken for a plain A by a later modifier update.
        i.events.iter().find_map(|e| match e {
            egui::Event::Key {
                key,
                pressed: true,
                modifiers: m,
                ..
            } => {
                let held = match binding.modifier {
                    Modifier::None => !m.command && !m.ctrl && !m.alt && !m.shift,
                    Modifier::Shift => m.shift && !m.command && !m.ctrl && !m.alt,
                    Modifier::Command => m.command,
                };
                held.then(|| binding.keys.iter().position(|k| k == key))
                    .flatten()
            }
            _ => None,
        })
    })
}

/// The character a punctuation key types, for keys better matched by what they type.
fn typed_as(key: Key) -> Option<char> {
    match key {
        Key::Questionmark => Some('?'),
        Key::Period => Some('.'),
        Key::OpenBracket => Some('['),
        Key::CloseBracket => Some(']'),
        Key::Backslash => Some('\\'),
        _ => None,
    }
}

/// The key map as a Markdown table per section, as the README shows it.
pub fn markdown() -> String {
    let mut out = String::new();
    for section in SECTIONS {
        out.push_str(&format!(
            "\n**{}**\n\n| Keys | What they do |\n|---|---|\n",
            section.title
        ));
        for binding in section.bindings {
            let keys = binding.shown.replace('|', "\\|");
            out.push_str(&format!("| `{keys}` | {} |\n", binding.action));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bindings live at once in each mode: a key may mean only one thing in each.
    fn modes() -> Vec<(&'static str, Vec<&'static Binding>)> {
        let section = |title: &str| {
            SECTIONS
                .iter()
                .find(|s| s.title == title)
                .map(|s| s.bindings.to_vec())
                .unwrap_or_default()
        };
        let with_everywhere = |title: &str| {
            let mut bindings = section("Everywhere");
            bindings.extend(section(title));
            bindings
        };
        SECTIONS
            .iter()
            .skip(1)
            .map(|s| (s.title, with_everywhere(s.title)))
            .collect()
    }

    #[test]
    fn no_key_means_two_things_in_any_mode() {
        for (mode, bindings) in modes() {
            let mut seen: Vec<(Key, Modifier, &str)> = Vec::new();
            for binding in bindings {
                for &key in binding.keys {
                    if let Some((_, _, other)) = seen.iter().find(|(k, m, a)| {
                        *k == key && *m == binding.modifier && *a != binding.action
                    }) {
                        panic!(
                            "{mode}: {key:?} means both “{other}” and “{}”",
                            binding.action
                        );
                    }
                    seen.push((key, binding.modifier, binding.action));
                }
            }
        }
    }

    #[test]
    fn the_room_s_letters_are_for_voting_only() {
        let (_, room) = modes()
            .into_iter()
            .find(|(title, _)| title.starts_with("One Big Organizer"))
            .expect("a projector section");
        for binding in room {
            // Consts are copied where used, so bindings are told apart by what they do.
            if binding.action == VOTE.action || binding.action == ADD_HAND.action {
                continue;
            }
            for key in binding.keys {
                assert!(
                    !LETTERS.contains(key) || binding.modifier == Modifier::Command,
                    "{key:?} (“{}”) is one of the room's vote letters",
                    binding.action
                );
            }
        }
    }
}
