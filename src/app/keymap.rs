//! The key map: every key the app answers to, in one table for the code, the help and the README.
//!
//! Screens test keys with [`pressed`] on these bindings, the `?` overlay draws [`SECTIONS`], and
//! the README's key table is [`markdown`] (a test keeps them equal). What the keys do and the
//! section titles are Fluent ids (`key-…`, `keys-…`); key names with words in them ("Enter",
//! "PageDown") are written in each language by [`key_names`]. In projector mode the
//! letters A to I are the room's vote, so nothing a clicker sends (PageUp, PageDown, the period
//! for "blank", F5, Esc) and no other key of that mode is a letter from A to I.

use bevy_egui::egui::{self, Key};

use crate::i18n::{self, Language};

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
    /// How the keys are written for people, in English ("A – I", "Ctrl +"); see [`key_names`].
    pub shown: &'static str,
    /// The Fluent id of what the keys do.
    pub action: &'static str,
}

impl Binding {
    /// The keys as written in a language ("Up / Down" is "↑ / ↓" in Spanish).
    pub fn keys_in(&self, language: Language) -> String {
        key_names(self.shown, language)
    }

    /// What the keys do, in a language.
    pub fn action_in(&self, language: Language) -> String {
        i18n::text(language, self.action)
    }
}

/// Key names made of words, with their message ids; symbols, letters and digits ("A – I", "?",
/// "1 – 9") read the same in every language.
const KEY_NAMES: &[(&str, &str)] = &[
    ("Up", "key-name-up"),
    ("Down", "key-name-down"),
    ("Left", "key-name-left"),
    ("Right", "key-name-right"),
    ("Enter", "key-name-enter"),
    ("Space", "key-name-space"),
    ("Backspace", "key-name-backspace"),
    ("PageUp", "key-name-page-up"),
    ("PageDown", "key-name-page-down"),
    ("Home", "key-name-home"),
    ("End", "key-name-end"),
    ("Tab", "key-name-tab"),
    ("Shift", "key-name-shift"),
    ("Ctrl", "key-name-ctrl"),
    ("Esc", "key-name-esc"),
];

/// Keys written in English ("PageDown, Right, Enter", "Shift+Tab") as a keyboard in `language`
/// labels them: each word that names a key is looked up, everything else is kept as it is.
pub fn key_names(shown: &str, language: Language) -> String {
    let mut out = String::with_capacity(shown.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match KEY_NAMES.iter().find(|(name, _)| *name == word.as_str()) {
            Some((_, id)) => out.push_str(&i18n::text(language, id)),
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in shown.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
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
pub const HELP: Binding = bind(&[Key::Questionmark], "?", "key-help");
pub const BACK_TO_LIST: Binding = bind(&[Key::Escape], "Esc", "key-back-to-list");
pub const FOCUS: Binding = bind(&[Key::Tab], "Tab / Shift+Tab", "key-focus");
pub const LARGER: Binding = Binding {
    keys: &[Key::Plus, Key::Equals],
    modifier: Modifier::Command,
    shown: "Ctrl +",
    action: "key-larger",
};
pub const SMALLER: Binding = Binding {
    keys: &[Key::Minus],
    modifier: Modifier::Command,
    shown: "Ctrl −",
    action: "key-smaller",
};
pub const NORMAL_SIZE: Binding = Binding {
    keys: &[Key::Num0],
    modifier: Modifier::Command,
    shown: "Ctrl 0",
    action: "key-normal-size",
};
pub const PROJECTOR: Binding = bind(&[Key::F5], "F5", "key-projector");
pub const AUDIENCE_WINDOW: Binding = bind(&[Key::F6], "F6", "key-audience-window");
pub const TIMER: Binding = bind(&[Key::F7], "F7", "key-timer");
pub const TIMER_SHORTER: Binding = bind(&[Key::OpenBracket], "[", "key-timer-shorter");
pub const TIMER_LONGER: Binding = bind(&[Key::CloseBracket], "]", "key-timer-longer");
pub const TIMER_RESET: Binding = bind(&[Key::Backslash], "\\", "key-timer-reset");
pub const BLANK: Binding = bind(&[Key::Period], ".", "key-blank");

// The scenario list.
pub const MOVE: Binding = bind(&[Key::ArrowUp, Key::ArrowDown], "Up / Down", "key-move");
pub const OPEN: Binding = bind(&[Key::Enter], "Enter", "key-open");
pub const WATCH: Binding = bind(&[Key::W], "W", "key-watch");
pub const PAIRS: Binding = bind(&[Key::P], "P", "key-pairs");
pub const DIFFICULTY: Binding = bind(&[Key::D], "D", "key-difficulty");
pub const FREE_TEXT: Binding = bind(&[Key::Y], "Y", "key-free-text");
pub const HISTORY: Binding = bind(&[Key::H], "H", "key-history");
pub const LANGUAGE: Binding = bind(&[Key::L], "L", "key-language");
pub const ROOM: Binding = bind(&[Key::R], "R", "key-room");

// A conversation, alone.
pub const CHOOSE: Binding = bind(DIGITS, "1 – 9", "key-choose");
pub const CHOOSE_HIGHLIGHTED: Binding = bind(
    &[Key::Enter, Key::PageDown, Key::ArrowRight],
    "Enter, PageDown, Right",
    "key-choose-highlighted",
);
pub const REWIND: Binding = bind(
    &[Key::Backspace, Key::PageUp, Key::ArrowLeft],
    "Backspace, PageUp, Left",
    "key-rewind",
);
pub const TRACKER: Binding = bind(&[Key::S], "S", "key-tracker");
pub const AIRTIME: Binding = bind(&[Key::A], "A", "key-airtime");

// Saying it yourself.
pub const SAY: Binding = bind(&[Key::Enter], "Enter", "key-say");
pub const TAKE_AS: Binding = bind(DIGITS, "1 – 9", "key-take-as");
pub const RETYPE: Binding = bind(
    &[Key::Backspace, Key::PageUp, Key::ArrowLeft],
    "Backspace, PageUp, Left",
    "key-retype",
);

// One Big Organizer: the room chooses on the projector.
pub const VOTE: Binding = bind(LETTERS, "A – I", "key-vote");
pub const ADD_HAND: Binding = Binding {
    keys: LETTERS,
    modifier: Modifier::Shift,
    shown: "Shift + A – I",
    action: "key-add-hand",
};
pub const REMOVE_HAND: Binding = bind(&[Key::Minus], "−", "key-remove-hand");
pub const SHOW_HANDS: Binding = bind(&[Key::V], "V", "key-show-hands");
pub const GO_WITH_PICK: Binding = bind(
    &[Key::PageDown, Key::ArrowRight, Key::Enter],
    "PageDown, Right, Enter",
    "key-go-with-pick",
);
pub const ROOM_BACK: Binding = bind(
    &[Key::PageUp, Key::ArrowLeft, Key::Backspace],
    "PageUp, Left, Backspace",
    "key-room-back",
);

// Watching a scripted conversation.
pub const WATCH_NEXT: Binding = bind(
    &[Key::PageDown, Key::ArrowRight, Key::Space, Key::Enter],
    "PageDown, Right, Space, Enter",
    "key-watch-next",
);
pub const WATCH_BACK: Binding = bind(
    &[Key::PageUp, Key::ArrowLeft, Key::Backspace],
    "PageUp, Left, Backspace",
    "key-watch-back",
);

// Assessing the person.
pub const ASSESS: Binding = bind(DIGITS.split_at(4).0, "1 – 4", "key-assess");

// The debrief and History.
pub const TRY_AGAIN: Binding = bind(&[Key::T], "T", "key-try-again");
pub const FOLLOW_UP: Binding = bind(&[Key::F], "F", "key-follow-up");
pub const EXPORT_MARKDOWN: Binding = bind(&[Key::M], "M", "key-export-markdown");
pub const EXPORT_JSON: Binding = bind(&[Key::J], "J", "key-export-json");
pub const SCROLL: Binding = bind(
    &[Key::PageUp, Key::PageDown, Key::Space, Key::Home, Key::End],
    "PageUp, PageDown, Space, Home, End",
    "key-scroll",
);
pub const TICK: Binding = bind(&[Key::X], "X", "key-tick");
pub const BUNDLE: Binding = bind(&[Key::B], "B", "key-bundle");

// Room results.
pub const ROOM_MARKDOWN: Binding = bind(&[Key::M], "M", "key-room-markdown");
pub const ROOM_CSV: Binding = bind(&[Key::S], "S", "key-room-csv");
pub const ROOM_XAPI: Binding = bind(&[Key::X], "X", "key-room-xapi");
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
    "key-room-scroll",
);

// Pairs practice.
pub const CARD: Binding = bind(&[Key::C], "C", "key-card");
pub const MARKS: Binding = bind(&[Key::Q, Key::L, Key::T], "Q, L, T", "key-marks");
pub const CHECK_STEP: Binding = bind(DIGITS.split_at(5).0, "1 – 5", "key-check-step");
pub const MARK_MODE: Binding = bind(&[Key::M], "M", "key-mark-mode");
pub const SWAP_ROLES: Binding = bind(&[Key::R], "R", "key-swap-roles");
pub const PAIRS_EXPORT_MARKDOWN: Binding = bind(&[Key::X], "X", "key-pairs-export-markdown");
pub const PAIRS_SCROLL: Binding = bind(
    &[Key::ArrowUp, Key::ArrowDown, Key::Home, Key::End],
    "Up / Down, Home, End",
    "key-pairs-scroll",
);
pub const PAIRS_NEXT: Binding = bind(
    &[Key::PageDown, Key::ArrowRight, Key::Enter],
    "PageDown, Right, Enter",
    "key-pairs-next",
);
pub const PAIRS_UNDO: Binding = bind(
    &[Key::PageUp, Key::ArrowLeft, Key::Backspace],
    "PageUp, Left, Backspace",
    "key-pairs-undo",
);

/// A group of bindings that are live together, with a heading for the help.
#[derive(Debug)]
pub struct Section {
    /// The Fluent id of the heading.
    pub title: &'static str,
    pub bindings: &'static [&'static Binding],
}

impl Section {
    /// The heading, in a language.
    pub fn title_in(&self, language: Language) -> String {
        i18n::text(language, self.title)
    }
}

/// Everything, in the order the help shows it.
pub const SECTIONS: &[Section] = &[
    Section {
        title: "keys-everywhere",
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
        title: "keys-scenario-list",
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
        title: "keys-conversation",
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
        title: "keys-saying-it-yourself",
        bindings: &[&SAY, &TAKE_AS, &RETYPE, &TRACKER, &AIRTIME],
    },
    Section {
        title: "keys-one-big-organizer",
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
        title: "keys-watching",
        bindings: &[&WATCH_NEXT, &WATCH_BACK],
    },
    Section {
        title: "keys-assessing",
        bindings: &[&ASSESS, &REWIND],
    },
    Section {
        title: "keys-debrief-and-history",
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
        title: "keys-room-results",
        bindings: &[&ROOM_MARKDOWN, &ROOM_CSV, &ROOM_XAPI, &ROOM_SCROLL],
    },
    Section {
        title: "keys-pairs",
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

/// The key map as a Markdown table per section, as the README shows it (in English).
pub fn markdown() -> String {
    let language = Language::En;
    let mut out = String::new();
    for section in SECTIONS {
        out.push_str(&format!(
            "\n**{}**\n\n| Keys | What they do |\n|---|---|\n",
            section.title_in(language)
        ));
        for binding in section.bindings {
            let keys = binding.keys_in(language).replace('|', "\\|");
            out.push_str(&format!("| `{keys}` | {} |\n", binding.action_in(language)));
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
            let mut bindings = section("keys-everywhere");
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
    fn every_key_and_heading_is_written_in_every_language() {
        for language in Language::ALL {
            for section in SECTIONS {
                let title = section.title_in(language);
                assert!(!i18n::has_missing(&title), "{title}");
                for binding in section.bindings {
                    let (keys, action) = (binding.keys_in(language), binding.action_in(language));
                    assert!(!i18n::has_missing(&keys), "{keys}");
                    assert!(!i18n::has_missing(&action), "{action}");
                }
            }
        }
    }

    #[test]
    fn english_key_names_are_the_ones_written_in_the_code() {
        for section in SECTIONS {
            for binding in section.bindings {
                assert_eq!(binding.keys_in(Language::En), binding.shown);
            }
        }
    }

    #[test]
    fn spanish_names_keys_as_printed_with_arrows_for_directions() {
        assert_eq!(
            key_names("PageDown, Right, Enter", Language::Es),
            "PageDown, →, Enter"
        );
        assert_eq!(key_names("Up / Down", Language::Es), "↑ / ↓");
        assert_eq!(key_names("Space", Language::Es), "Espacio");
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
            .find(|(title, _)| *title == "keys-one-big-organizer")
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
