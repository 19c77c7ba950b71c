//! Attempts made by really playing scenarios (replayed stored paths, or random play, scored
//! with `score::score`), and folders of them as a workshop hands them in: for the room tests,
//! the room benchmark and the examples in docs/room.md.

use std::path::Path;
use std::sync::Arc;

use doorstep::runtime::Conversation;
use doorstep::scenario::{Assessment, Scenario};
use doorstep::score;
use doorstep::store::Bundle;
use doorstep::store::history::{Attempt, Difficulty};

/// 09:00 UTC on 29 November 2026, so that dates in names and timestamps are fixed.
pub const WORKSHOP_START: u64 = 1_795_942_800;

pub fn shipped_scenario(id: &str) -> Arc<Scenario> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(format!("{id}.ron"));
    let checked = doorstep::load_file(&path).expect("shipped scenario is readable");
    Arc::new(checked.scenario.expect("shipped scenario is valid"))
}

/// The stored path `name` played and assessed as the path says, finished at `finished_at`.
pub fn path_attempt(scenario: &Arc<Scenario>, name: &str, finished_at: u64) -> Attempt {
    let path = scenario.paths.get(name).expect("a stored path");
    let conversation =
        Conversation::replay(Arc::clone(scenario), path.seed, &path.choices).expect("plays");
    finish(scenario, conversation, path.assess, finished_at)
}

/// A random conversation from `seed`, assessed with one of the four calls chosen by the seed.
pub fn random_attempt(scenario: &Arc<Scenario>, seed: u64, finished_at: u64) -> Attempt {
    let mut conversation = Conversation::start(Arc::clone(scenario), seed).expect("starts");
    conversation.play_randomly(seed);
    let assessment = Assessment::ALL[(seed % 4) as usize];
    finish(scenario, conversation, Some(assessment), finished_at)
}

fn finish(
    scenario: &Scenario,
    conversation: Conversation,
    assessment: Option<Assessment>,
    finished_at: u64,
) -> Attempt {
    let transcript = conversation.into_transcript();
    let report = score::score(scenario, &transcript, assessment);
    let mut attempt = Attempt::new(
        report,
        transcript,
        assessment,
        String::new(),
        Difficulty::Standard,
    );
    attempt.finished_at = finished_at;
    attempt
}

/// Writes `bundle` to `path`, pretty, as the app and `doorstep bundle` do.
pub fn write_bundle(path: &Path, bundle: &Bundle) {
    bundle.write_to(path).expect("bundle written");
}

/// A folder of `trainees` unnamed bundles of `each` random attempts at the shipped scenarios,
/// for the benchmark: `trainees × each` attempts in all.
pub fn random_room(dir: &Path, trainees: usize, each: usize) {
    let scenarios: Vec<Arc<Scenario>> = ["tenant-door", "rally-kei", "strike-vote", "bus-drivers"]
        .into_iter()
        .map(shipped_scenario)
        .collect();
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).expect("room folder");
    for t in 0..trainees {
        let attempts: Vec<Attempt> = (0..each)
            .map(|i| {
                let seed = (t * each + i) as u64;
                let scenario = &scenarios[(t + i) % scenarios.len()];
                random_attempt(scenario, seed, WORKSHOP_START + seed * 60)
            })
            .collect();
        write_bundle(
            &dir.join(format!("trainee-{t:05}.json")),
            &bundle_of(attempts, None),
        );
    }
}

/// Minutes into the workshop.
pub fn minutes(m: u64) -> u64 {
    WORKSHOP_START + m * 60
}

/// A bundle exported at the end of the workshop.
pub fn bundle_of(attempts: Vec<Attempt>, name: Option<&str>) -> Bundle {
    let mut bundle = Bundle::new(attempts, name.map(str::to_owned));
    bundle.exported_at = minutes(120);
    bundle
}

/// Writes one attempt as the app saves it in History.
pub fn write_loose(path: &Path, attempt: &Attempt) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
    std::fs::write(path, serde_json::to_vec_pretty(attempt).expect("json")).expect("written");
}

/// The example workshop of docs/room.md, in `dir`: five trainees on `tenant-door` and two on
/// `rally-kei`, a bundle handed in twice, a loose copy of a bundled attempt beside a new one,
/// and two files that are not attempts.
///
/// | who (how)                                 | tenant-door                | rally-kei |
/// |-------------------------------------------|----------------------------|-----------|
/// | Alex (a bundle, and the same one emailed) | poor, then model           | skit      |
/// | Sam (a bundle)                            | all-questions, then model  | model     |
/// | an unnamed bundle, and loose files        | poor, poor, then model     |           |
/// | another unnamed bundle                    | model                      |           |
/// | a copy of a laptop's attempts folder      | all-questions, then model  |           |
pub fn demo_workshop(dir: &Path) {
    let tenant = shipped_scenario("tenant-door");
    let rally = shipped_scenario("rally-kei");
    let _ = std::fs::remove_dir_all(dir);
    let alex = bundle_of(
        vec![
            path_attempt(&tenant, "poor", minutes(10)),
            path_attempt(&tenant, "model", minutes(40)),
            path_attempt(&rally, "skit", minutes(70)),
        ],
        Some("Alex"),
    );
    write_bundle(&dir.join("usb/doorstep-2026-11-29-alex.json"), &alex);
    write_bundle(&dir.join("email/alex-attempts.json"), &alex);
    let sam = bundle_of(
        vec![
            path_attempt(&tenant, "all-questions", minutes(11)),
            path_attempt(&tenant, "model", minutes(41)),
            path_attempt(&rally, "model", minutes(71)),
        ],
        Some("Sam"),
    );
    write_bundle(&dir.join("usb/doorstep-2026-11-29-sam.json"), &sam);
    let first_poor = path_attempt(&tenant, "poor", minutes(12));
    let unnamed = bundle_of(
        vec![
            first_poor.clone(),
            path_attempt(&tenant, "poor", minutes(42)),
        ],
        None,
    );
    write_bundle(&dir.join("usb/doorstep-2026-11-29.json"), &unnamed);
    // The same trainee's loose files: a copy of their first attempt, and a third attempt.
    write_loose(&dir.join("usb/attempts/tenant-door-1.json"), &first_poor);
    write_loose(
        &dir.join("usb/attempts/tenant-door-2.json"),
        &path_attempt(&tenant, "model", minutes(72)),
    );
    let other = bundle_of(vec![path_attempt(&tenant, "model", minutes(13))], None);
    write_bundle(&dir.join("usb/doorstep-2026-11-29-2.json"), &other);
    write_loose(
        &dir.join("laptop-3/attempts/tenant-door-1.json"),
        &path_attempt(&tenant, "all-questions", minutes(14)),
    );
    write_loose(
        &dir.join("laptop-3/attempts/tenant-door-2.json"),
        &path_attempt(&tenant, "model", minutes(44)),
    );
    std::fs::write(dir.join("usb/settings.json"), br#"{"volume": 3}"#).expect("written");
    std::fs::write(
        dir.join("email/half-copied.json"),
        br#"{"format": "doorstep-bun"#,
    )
    .expect("written");
    std::fs::write(dir.join("usb/README.txt"), b"Put your bundle here.").expect("written");
}

/// A folder of `attempts` loose attempt files, as a copy of many History folders would be.
pub fn random_loose_room(dir: &Path, attempts: usize) {
    let scenarios: Vec<Arc<Scenario>> = ["tenant-door", "rally-kei", "strike-vote", "bus-drivers"]
        .into_iter()
        .map(shipped_scenario)
        .collect();
    let _ = std::fs::remove_dir_all(dir);
    for i in 0..attempts {
        let scenario = &scenarios[i % scenarios.len()];
        let attempt = random_attempt(scenario, i as u64, WORKSHOP_START + i as u64 * 60);
        // Ten trainees' attempts folders.
        write_loose(
            &dir.join(format!("trainee-{}/attempts/{i:05}.json", i % 10)),
            &attempt,
        );
    }
}
