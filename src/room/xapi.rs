//! The room's attempts as xAPI 1.0.3 statements, for an organization's Learning Record Store:
//! one "completed" statement per attempt, with its score, the scenario as the activity, and the
//! trainee as an account (never an email address: Doorstep has none).

use std::collections::BTreeMap;

use serde::Serialize;

use super::model::{Room, RoomAttempt};
use crate::store::when::utc_timestamp;

/// Where activity, account and extension IRIs start unless the trainer gives their own: a
/// reserved domain (RFC 2606) that never resolves and that nobody else can own.
pub const DEFAULT_BASE: &str = "https://doorstep.invalid/";

/// A base that cannot start an IRI.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not an http or https address to start xAPI ids with")]
pub struct BaseError(pub String);

/// One xAPI statement (xAPI 1.0.3, part two, section 2.4). `version`, `stored` and
/// `authority` are left to the Learning Record Store, as the specification advises.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    pub id: String,
    pub actor: Agent,
    pub verb: Verb,
    pub object: Activity,
    pub result: StatementResult,
    pub context: Context,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agent {
    #[serde(rename = "objectType")]
    pub object_type: &'static str,
    pub name: String,
    pub account: Account,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Account {
    #[serde(rename = "homePage")]
    pub home_page: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verb {
    pub id: &'static str,
    pub display: BTreeMap<&'static str, &'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Activity {
    #[serde(rename = "objectType")]
    pub object_type: &'static str,
    pub id: String,
    pub definition: ActivityDefinition,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActivityDefinition {
    pub name: BTreeMap<&'static str, String>,
    #[serde(rename = "type")]
    pub kind: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementResult {
    pub score: Score,
    pub completion: bool,
    pub extensions: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    pub scaled: f64,
    pub raw: f64,
    pub min: f64,
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Context {
    pub platform: &'static str,
}

/// ADL's verbs. "completed" for a conversation that reached one of its endings; "attempted" for
/// one that stopped short, so that no statement claims a completion it lacks. "passed" would
/// need a pass mark, which Doorstep does not set; "scored" says less than "completed" with a
/// score in its result.
const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
const ATTEMPTED: &str = "http://adlnet.gov/expapi/verbs/attempted";
/// ADL's activity type for a simulation.
const SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
/// The display language: the verbs' words, not the scenario's, which Doorstep does not know.
const LANGUAGE: &str = "en-US";

/// Where the statements' IRIs start: an http(s) address ending in `/`. The activity of
/// scenario `tenant-door` is `BASE` + `scenarios/tenant-door`; each trainee's account has
/// `BASE` as its home page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base(String);

impl Base {
    pub fn parse(written: &str) -> Result<Base, BaseError> {
        let trimmed = written.trim();
        let rest = trimmed
            .strip_prefix("https://")
            .or_else(|| trimmed.strip_prefix("http://"))
            .ok_or_else(|| BaseError(written.to_owned()))?;
        let host = rest.split('/').next().unwrap_or("");
        if host.is_empty() || trimmed.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(BaseError(written.to_owned()));
        }
        Ok(Base(if trimmed.ends_with('/') {
            trimmed.to_owned()
        } else {
            format!("{trimmed}/")
        }))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Base {
    fn default() -> Self {
        Base(DEFAULT_BASE.to_owned())
    }
}

/// One statement per attempt, in the room's order.
pub fn statements(room: &Room, base: &Base) -> Vec<Statement> {
    room.attempts
        .iter()
        .map(|attempt| statement(room, attempt, base.as_str()))
        .collect()
}

fn statement(room: &Room, a: &RoomAttempt, base: &str) -> Statement {
    let trainee = room
        .trainees
        .get(a.trainee)
        .map_or_else(|| "Trainee".to_owned(), |t| t.label.clone());
    let verb = if a.ended { COMPLETED } else { ATTEMPTED };
    let mut extensions = BTreeMap::new();
    extensions.insert(
        format!("{base}xapi/steps-reached"),
        serde_json::Value::from(a.reached.len()),
    );
    extensions.insert(
        format!("{base}xapi/difficulty"),
        serde_json::Value::from(a.difficulty.label()),
    );
    extensions.insert(
        format!("{base}xapi/rewound"),
        serde_json::Value::from(a.practice),
    );
    if let Some((given, truth)) = a.assessed.zip(a.truth) {
        extensions.insert(
            format!("{base}xapi/assessed-correctly"),
            serde_json::Value::from(given == truth),
        );
    }
    Statement {
        id: a.id.to_string(),
        actor: Agent {
            object_type: "Agent",
            name: trainee.clone(),
            account: Account {
                home_page: base.to_owned(),
                name: trainee,
            },
        },
        verb: Verb {
            id: verb,
            display: BTreeMap::from([(LANGUAGE, verb.rsplit('/').next().unwrap_or(verb))]),
        },
        object: Activity {
            object_type: "Activity",
            id: format!("{base}scenarios/{}", path_segment(&a.scenario)),
            definition: ActivityDefinition {
                name: BTreeMap::from([(LANGUAGE, a.title.clone())]),
                kind: SIMULATION,
            },
        },
        result: StatementResult {
            score: Score {
                scaled: (a.overall / 100.0 * 10_000.0).round() / 10_000.0,
                raw: a.overall,
                min: 0.0,
                max: 100.0,
            },
            completion: a.ended,
            extensions,
        },
        context: Context {
            platform: "Doorstep",
        },
        timestamp: utc_timestamp(a.finished_at),
    }
}

/// A scenario id as one segment of a path: letters, digits and `-._~` as they are, every other
/// byte percent-encoded (RFC 3986), so that an id from an untrusted file cannot leave its place.
fn path_segment(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    // "." and ".." would climb the path when an IRI is resolved.
    if out.bytes().all(|b| b == b'.') {
        return out.replace('.', "%2E");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_stay_one_segment_and_bases_must_be_web_addresses() {
        assert_eq!(path_segment("tenant-door"), "tenant-door");
        assert_eq!(path_segment("../a b/é"), "..%2Fa%20b%2F%C3%A9");
        assert_eq!(path_segment(".."), "%2E%2E");
        let base = |text: &str| Base::parse(text).map(|b| b.as_str().to_owned());
        assert_eq!(
            base("https://lrs.example.org/t").as_deref(),
            Ok("https://lrs.example.org/t/")
        );
        assert_eq!(Base::parse(DEFAULT_BASE), Ok(Base::default()));
        assert!(base("mailto:someone@example.org").is_err());
        assert!(base("https:///nohost").is_err());
        assert!(base("https://a b.org/").is_err());
    }
}
