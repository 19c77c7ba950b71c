//! Which attempt is which: the same attempt read twice (in two bundles, or a bundle and its loose
//! file) has one identity, however the two copies were written out.

use std::fmt;
use std::sync::LazyLock;

use uuid::Uuid;

use crate::runtime::Entry;
use crate::store::history::Attempt;

/// The namespace of attempt identities: a name-based UUID of Doorstep's own, so that the ids
/// never collide with another tool's.
static NAMESPACE: LazyLock<Uuid> =
    LazyLock::new(|| Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://doorstep.invalid/attempts"));

/// An attempt's identity: a name-based (version 5) UUID of the scenario, the second it finished,
/// the seed and every choice made. It is also the id of the attempt's xAPI statement, so that an
/// attempt sent twice to a Learning Record Store is recognised there too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AttemptId(Uuid);

impl AttemptId {
    /// What identifies `attempt`. Scores, notes and the trainee's assessment are left out: a
    /// copy re-saved after the debrief's advice arrived is still the same conversation.
    pub fn of(attempt: &Attempt) -> Self {
        let transcript = &attempt.transcript;
        let mut key = Vec::with_capacity(256);
        for part in [
            attempt.scenario.as_bytes(),
            &attempt.finished_at.to_le_bytes(),
            &transcript.seed.to_le_bytes(),
            &[u8::from(transcript.rewound)],
        ] {
            push_field(&mut key, part);
        }
        for entry in &transcript.entries {
            if let Entry::Choice(choice) = entry {
                push_field(&mut key, choice.node.as_bytes());
                push_field(&mut key, &(choice.index as u64).to_le_bytes());
            }
        }
        if let Some(ending) = &transcript.ending {
            push_field(&mut key, ending.node.as_bytes());
        }
        AttemptId(Uuid::new_v5(&NAMESPACE, &key))
    }

    pub fn uuid(self) -> Uuid {
        self.0
    }
}

/// A field with its length in front, so that no two different lists of fields run together
/// into the same bytes.
fn push_field(key: &mut Vec<u8>, bytes: &[u8]) {
    key.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
    key.extend_from_slice(bytes);
}

impl fmt::Display for AttemptId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}
