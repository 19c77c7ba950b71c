//! The built-in vocabulary of flags: named mistakes and good moves an option can carry.

use super::model::{FlagKind, Scenario};

/// A flag as the debrief shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagInfo {
    pub id: String,
    pub kind: FlagKind,
    pub label: String,
    pub description: String,
}

/// (id, kind, label, description) for every flag any scenario can use.
pub const BUILT_IN: &[(&str, FlagKind, &str, &str)] = &[
    (
        "asks-permission",
        FlagKind::Mistake,
        "Asked permission",
        "Opened by asking for their time (\"got a minute?\"), which invites a no and makes the talk a favour.",
    ),
    (
        "not-listening",
        FlagKind::Mistake,
        "Didn't hear the answer",
        "Moved on without taking in what they just said.",
    ),
    (
        "assumes",
        FlagKind::Mistake,
        "Assumed",
        "Decided what they think or why they are here instead of asking.",
    ),
    (
        "throws-statistics",
        FlagKind::Mistake,
        "Threw statistics",
        "Led with numbers instead of their experience; facts rarely move people on their own.",
    ),
    (
        "pitch-before-story",
        FlagKind::Mistake,
        "Pitched before the story",
        "Sold the group or the campaign before learning anything about them.",
    ),
    (
        "dismisses-obstacle",
        FlagKind::Mistake,
        "Dismissed an obstacle",
        "Brushed off a real constraint or fear instead of taking it seriously.",
    ),
    (
        "argues",
        FlagKind::Mistake,
        "Argued",
        "Tried to win a point instead of understanding theirs.",
    ),
    (
        "accuses",
        FlagKind::Mistake,
        "Accused",
        "Blamed or labelled the person, which ends trust fast.",
    ),
    (
        "lectures",
        FlagKind::Mistake,
        "Lectured off the point",
        "Talked at length about something that isn't what they care about right now.",
    ),
    (
        "no-concrete-ask",
        FlagKind::Mistake,
        "No concrete ask",
        "Ended without asking for a specific action at a specific time.",
    ),
    (
        "talks-over",
        FlagKind::Mistake,
        "Talked over them",
        "Cut in before they finished.",
    ),
    (
        "open-question",
        FlagKind::Good,
        "Open question",
        "Asked something they can answer in their own words.",
    ),
    (
        "reflects-concern",
        FlagKind::Good,
        "Reflected a concern",
        "Said back what they feel or fear, so they know they were heard.",
    ),
    (
        "connects-bigger-picture",
        FlagKind::Good,
        "Connected to the bigger picture",
        "Linked their story to others' and to who holds power, without losing their words.",
    ),
    (
        "takes-obstacle-seriously",
        FlagKind::Good,
        "Took an obstacle seriously",
        "Named a real risk or cost honestly and worked with it.",
    ),
    (
        "concrete-ask",
        FlagKind::Good,
        "Concrete ask",
        "Asked for a specific action, at a specific time and place.",
    ),
    (
        "gets-contact",
        FlagKind::Good,
        "Got a contact",
        "Got a phone number or a name to follow up with.",
    ),
    (
        "schedules-follow-up",
        FlagKind::Good,
        "Scheduled a follow-up",
        "Set the next conversation before leaving this one.",
    ),
];

/// Looks a flag up in the scenario's own flags, then in the built-in vocabulary.
pub fn lookup(scenario: &Scenario, id: &str) -> Option<FlagInfo> {
    if let Some(def) = scenario.flags.get(id) {
        return Some(FlagInfo {
            id: id.to_owned(),
            kind: def.kind,
            label: if def.label.is_empty() {
                id.to_owned()
            } else {
                def.label.clone()
            },
            description: def.description.clone(),
        });
    }
    BUILT_IN
        .iter()
        .find(|(flag, ..)| *flag == id)
        .map(|(flag, kind, label, description)| FlagInfo {
            id: (*flag).to_owned(),
            kind: *kind,
            label: (*label).to_owned(),
            description: (*description).to_owned(),
        })
}

/// Whether a flag id is defined, by the scenario or built in.
pub fn is_known(scenario: &Scenario, id: &str) -> bool {
    scenario.flags.contains_key(id) || is_built_in(id)
}

pub fn is_built_in(id: &str) -> bool {
    BUILT_IN.iter().any(|(flag, ..)| *flag == id)
}
