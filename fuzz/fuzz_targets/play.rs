//! Fuzz target: a scenario that loads plays, scores, saves, advises and analyses without a
//! panic, a hang or a number that is not finite.
//!
//! The input is a scenario, optionally followed by a NUL byte and the player's bytes: the first
//! eight are the seed, then one byte per turn picks the place shown. Seed files from
//! `scenarios/` have no NUL, so they play place 1, 2, 3, ... in turn.
#![no_main]

use std::path::Path;
use std::sync::Arc;

use doorstep::author::analysis::{Settings, advise, analyze};
use doorstep::render::{dot, markdown};
use doorstep::runtime::Conversation;
use doorstep::scenario::Assessment;
use doorstep::score::{Report, score};
use libfuzzer_sys::fuzz_target;

/// Enough turns for any shipped scenario; a longer run only repeats work.
const MOST_TURNS: usize = 300;

fuzz_target!(|bytes: &[u8]| {
    let (scenario_bytes, player) = match bytes.iter().rposition(|&b| b == 0) {
        Some(nul) => (&bytes[..nul], &bytes[nul + 1..]),
        None => (bytes, &[][..]),
    };
    let checked = doorstep::load_bytes(Path::new("fuzz.ron"), scenario_bytes);
    let Some(scenario) = checked.scenario else {
        return;
    };
    let scenario = Arc::new(scenario);
    let mut seed_bytes = [0u8; 8];
    let seed_len = player.len().min(8);
    seed_bytes[..seed_len].copy_from_slice(&player[..seed_len]);
    let seed = u64::from_le_bytes(seed_bytes);
    let picks = &player[seed_len..];

    let Ok(mut conversation) = Conversation::start(Arc::clone(&scenario), seed) else {
        return;
    };
    for turn in 0..MOST_TURNS {
        conversation.drain_events();
        if conversation.is_over() {
            break;
        }
        let offered = conversation.offered().len();
        if offered == 0 {
            break;
        }
        let pick = picks.get(turn).map_or(turn, |&b| usize::from(b));
        conversation
            .choose_shown(pick % offered + 1)
            .expect("a place that is shown can be chosen");
    }

    // Saving and restoring gives back the same conversation.
    let saved = conversation.save();
    let restored = Conversation::restore(Arc::clone(&scenario), &saved).expect("a save restores");
    assert_eq!(restored.transcript(), conversation.transcript());

    let assessment = [
        None,
        Some(Assessment::Leader),
        Some(Assessment::Supporter),
        Some(Assessment::Undecided),
        Some(Assessment::Pass),
    ][usize::from(player.last().copied().unwrap_or(0)) % 5];
    let report = score(&scenario, conversation.transcript(), assessment);
    assert!(report.overall.is_finite() && (0.0..=100.0).contains(&report.overall));
    let json = serde_json::to_string(&report).expect("a report serializes");
    let back: Report = serde_json::from_str(&json).expect("a report reads back");
    assert_eq!(
        serde_json::to_string(&back).expect("serializes again"),
        json
    );
    markdown::report(&report);
    markdown::transcript(conversation.transcript(), "them", "you");

    advise(&scenario, conversation.transcript());
    let small = Settings {
        budget: 2_000,
        beam_width: 4,
        runs: 8,
        tell_seeds: 2,
    };
    analyze(&scenario, small);
    dot::render(&scenario, dot::GraphFormat::Dot);
});
