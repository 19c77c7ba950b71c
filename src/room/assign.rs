//! Who made which attempt, each attempt counted once. Bundles with a name belong to that name;
//! loose attempt files in one folder (a copy of a trainee's attempts folder) belong together;
//! an unnamed bundle or folder that shares an attempt with someone already known is theirs.
//! The rest are "Trainee 1", "Trainee 2"… in the order of their files' paths.

use std::collections::{HashMap, hash_map};
use std::path::PathBuf;

use super::identity::AttemptId;
use super::model::{Room, RoomAttempt, SkipKind, Skipped, Trainee};

/// The most attempts one room counts.
pub const MAX_ATTEMPTS: usize = 200_000;

/// One file's attempts, before they are put with a trainee.
#[derive(Debug)]
pub struct Source {
    pub path: PathBuf,
    pub kind: SourceKind,
    pub attempts: Vec<RoomAttempt>,
    /// Attempts in it that could not be read.
    pub broken: Vec<Skipped>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceKind {
    Bundle {
        trainee: Option<String>,
    },
    /// A single attempt file.
    Loose,
}

/// Attempts that belong to one trainee as far as their files tell.
struct Group {
    /// Named bundles first, then unnamed ones, then loose files: a name is the surest sign of
    /// who made an attempt.
    rank: u8,
    first_path: PathBuf,
    name: Option<String>,
    attempts: Vec<RoomAttempt>,
}

/// Puts the sources' attempts together: each once, each with its trainee and round.
pub fn assemble(sources: Vec<Source>) -> Room {
    let mut room = Room::default();
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for source in sources {
        room.skipped.extend(source.broken);
        let (rank, name, key) = match source.kind {
            SourceKind::Bundle {
                trainee: Some(name),
            } => {
                let key = format!("name:{}", name.to_lowercase());
                (0, Some(name), Some(key))
            }
            SourceKind::Bundle { trainee: None } => (1, None, None),
            SourceKind::Loose => {
                let folder = source.path.parent().unwrap_or(&source.path);
                (2, None, Some(format!("folder:{}", folder.display())))
            }
        };
        let index = match key.map(|k| by_key.entry(k)) {
            Some(hash_map::Entry::Occupied(at)) => *at.get(),
            vacant => {
                groups.push(Group {
                    rank,
                    first_path: source.path.clone(),
                    name,
                    attempts: Vec::new(),
                });
                if let Some(hash_map::Entry::Vacant(at)) = vacant {
                    at.insert(groups.len() - 1);
                }
                groups.len() - 1
            }
        };
        groups[index].attempts.extend(source.attempts);
    }
    groups.sort_by(|a, b| (a.rank, &a.first_path).cmp(&(b.rank, &b.first_path)));

    let mut owner: HashMap<AttemptId, usize> = HashMap::new();
    let mut over_limit = 0;
    for group in groups {
        // An unnamed group that shares an attempt with a known trainee is that trainee.
        let mut trainee = match group.name {
            Some(_) => None,
            None => group
                .attempts
                .iter()
                .find_map(|a| owner.get(&a.id).copied()),
        };
        for mut attempt in group.attempts {
            if owner.contains_key(&attempt.id) {
                room.duplicates += 1;
                continue;
            }
            if room.attempts.len() >= MAX_ATTEMPTS {
                over_limit += 1;
                continue;
            }
            let index = *trainee.get_or_insert_with(|| {
                room.trainees.push(Trainee {
                    label: group.name.clone().unwrap_or_default(),
                    named: group.name.is_some(),
                });
                room.trainees.len() - 1
            });
            owner.insert(attempt.id, index);
            attempt.trainee = index;
            room.attempts.push(attempt);
        }
    }
    if over_limit > 0 {
        room.skipped.push(Skipped {
            file: String::new(),
            entry: None,
            kind: SkipKind::Limit,
            reason: format!(
                "{} more attempts not counted: a room counts at most {}",
                crate::words::thousands(over_limit),
                crate::words::thousands(MAX_ATTEMPTS)
            ),
        });
    }
    label_the_unnamed(&mut room.trainees);
    number_rounds(&mut room.attempts);
    room
}

/// "Trainee 1", "Trainee 2"… in order, passing over any number a trainee took as their name.
fn label_the_unnamed(trainees: &mut [Trainee]) {
    let taken: Vec<String> = trainees
        .iter()
        .filter(|t| t.named)
        .map(|t| t.label.to_lowercase())
        .collect();
    let mut n = 1;
    for trainee in trainees.iter_mut().filter(|t| !t.named) {
        while taken.contains(&format!("trainee {n}")) {
            n += 1;
        }
        trainee.label = format!("Trainee {n}");
        n += 1;
    }
}

/// Numbers each trainee's attempts at each scenario by time, then orders the room's attempts by
/// scenario and time.
fn number_rounds(attempts: &mut [RoomAttempt]) {
    attempts.sort_by(|a, b| {
        (&a.scenario, a.trainee, a.finished_at, a.id).cmp(&(
            &b.scenario,
            b.trainee,
            b.finished_at,
            b.id,
        ))
    });
    let mut previous: Option<(&str, usize)> = None;
    let mut round = 0;
    let mut rounds = Vec::with_capacity(attempts.len());
    for attempt in attempts.iter() {
        let this = (attempt.scenario.as_str(), attempt.trainee);
        round = if previous == Some(this) { round + 1 } else { 1 };
        previous = Some(this);
        rounds.push(round);
    }
    for (attempt, round) in attempts.iter_mut().zip(rounds) {
        attempt.round = round;
    }
    attempts.sort_by(|a, b| {
        (&a.scenario, a.finished_at, a.trainee, a.id).cmp(&(
            &b.scenario,
            b.finished_at,
            b.trainee,
            b.id,
        ))
    });
}
