//! What the format's fields hold, in the words the format docs use: which take a fixed word,
//! which take text, and the range of each number.

use serde::de::DeserializeOwned;

use super::context::{Opens, Slot};
use crate::scenario::model::{Assessment, FlagKind, Move, Outcome, Step};

/// The fixed words a type accepts, as serde names them. Asked of the type itself (by reading a
/// word it cannot know), so that the list never drifts from the model.
fn variants<T: DeserializeOwned>() -> &'static [&'static str] {
    match ron::from_str::<T>("DoorstepNoSuchWord") {
        Err(ron::error::SpannedError {
            code: ron::Error::NoSuchEnumVariant { expected, .. },
            ..
        }) => expected,
        _ => &[],
    }
}

/// A field or list that takes one of a set of fixed words: what to call one, and the words.
pub struct FixedWords {
    pub one: &'static str,
    pub words: &'static [&'static str],
}

/// The fixed words a value in this place takes, if it takes fixed words.
pub fn fixed_words(opens: &Opens, slot: &Slot) -> Option<FixedWords> {
    let (one, words) = match (opens, slot) {
        (_, Slot::Value(field)) => match field.as_str() {
            "move" => ("a move", variants::<Move>()),
            "step" => ("a step", variants::<Step>()),
            "outcome" => ("an outcome", variants::<Outcome>()),
            "truth" => ("a truth", variants::<Assessment>()),
            "assess" => ("an assessment", variants::<Assessment>()),
            "kind" => ("a kind of flag", variants::<FlagKind>()),
            _ => return None,
        },
        (Opens::Field(list), Slot::Element(_)) if list == "reached" => {
            ("a step", variants::<Step>())
        }
        _ => return None,
    };
    Some(FixedWords { one, words })
}

/// What to call one of the fixed words of a type ron names, such as `Move`.
pub fn one_of_type(outer: Option<&str>, field: Option<&str>) -> &'static str {
    match (outer.unwrap_or_default(), field) {
        ("Move", _) => "a move",
        ("Step", _) => "a step",
        ("Outcome", _) => "an outcome",
        ("Assessment", Some("assess")) => "an assessment",
        ("Assessment", _) => "a truth",
        ("FlagKind", _) => "a kind of flag",
        ("Line", _) => "a kind of line",
        ("Condition", _) => "a condition",
        ("Effect", _) => "an effect",
        ("CarryFrom", _) => "something a follow-up can carry",
        _ => "a word allowed here",
    }
}

/// What to call a structure ron names by its type, such as `Choice`.
pub fn structure(outer: Option<&str>) -> &'static str {
    match outer.unwrap_or_default() {
        "Scenario" => "the scenario",
        "Person" => "the person",
        "CharacterCard" => "the character card",
        "FlagDef" => "a flag",
        "Node" => "a node",
        "Line" => "a `Line(...)`",
        "Choice" => "an option",
        "Branch" => "a branch",
        "Ending" => "an ending",
        "ScriptedPath" => "a path",
        "TruthCase" => "a `truth_if` case",
        "Follows" => "`follows`",
        "Carry" => "a carry",
        _ => "this structure",
    }
}

/// What kind of name goes in this place, when it is an id (written in quotes).
pub fn id_kind(opens: &Opens, slot: &Slot) -> Option<&'static str> {
    let name = |opens: &Opens| match opens {
        Opens::Field(name) | Opens::Named(name) => name.clone(),
        _ => String::new(),
    };
    let kind = match (name(opens).as_str(), slot) {
        ("vars", Slot::Name) => "variable names",
        ("nodes", Slot::Name) => "node ids",
        ("flags", Slot::Name | Slot::Element(_)) => "flag ids",
        ("facts", Slot::Name) | ("reveals", Slot::Element(_)) => "fact ids",
        ("paths", Slot::Name) => "path names",
        ("Is" | "IsNot" | "AtLeast" | "AtMost" | "Set" | "Add", Slot::Element(0)) => {
            "variable names"
        }
        ("Visited" | "NotVisited", Slot::Element(0)) => "node ids",
        (_, Slot::Value(field)) if field == "goto" || field == "start" => "node ids",
        _ => return None,
    };
    Some(kind)
}

/// Whether this place takes text (in quotes).
pub fn takes_text(opens: &Opens, slot: &Slot) -> bool {
    const TEXT_FIELDS: [&str; 14] = [
        "id",
        "title",
        "summary",
        "setting",
        "player",
        "name",
        "about",
        "portrait",
        "text",
        "note",
        "why",
        "description",
        "label",
        "scenario",
    ];
    match (opens, slot) {
        (_, Slot::Value(field)) => TEXT_FIELDS.contains(&field.as_str()),
        (Opens::Named(name), Slot::Element(0)) => name == "Say" || name == "Narrate",
        (Opens::Field(list), Slot::Element(_)) => {
            ["text", "knows", "feels", "fears", "would_move_them"].contains(&list.as_str())
        }
        _ => false,
    }
}

/// The range a number in this place must fall in, as a phrase: "`weight` must be …".
pub fn number_range(opens: &Opens, slot: &Slot) -> String {
    const WHOLE: &str =
        "a whole number from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807";
    match (opens, slot) {
        (_, Slot::Value(field)) if field == "weight" => {
            "a branch's `weight` must be a whole number from 0 to 4,294,967,295".to_owned()
        }
        (_, Slot::Value(field)) if field == "format" => {
            "`format` is the version of the format: write `format: 1`".to_owned()
        }
        (_, Slot::Value(field)) if field == "seed" => {
            "`seed` must be a whole number from 0 to 18,446,744,073,709,551,615".to_owned()
        }
        (Opens::Field(list), Slot::Element(_)) if list == "choices" => {
            "each of a path's `choices` is the number of an option, counting from 1".to_owned()
        }
        (Opens::Field(map), Slot::Value(_)) if map == "vars" => {
            format!("a variable's starting value must be {WHOLE}")
        }
        (_, Slot::Value(field)) => format!("`{field}` must be {WHOLE}"),
        _ => format!("this number must be {WHOLE}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_words_come_from_the_model() {
        let step = fixed_words(&Opens::Unknown, &Slot::Value("step".into())).expect("step");
        assert_eq!(
            step.words,
            ["Door", "Story", "Vision", "Obstacles", "Ask", "None"]
        );
        assert_eq!(
            fixed_words(&Opens::Field("reached".into()), &Slot::Element(0)).map(|w| w.one),
            Some("a step")
        );
    }
}
