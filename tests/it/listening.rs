//! The listening part of the score against human judgement: conversations ranked by hand, by a
//! reader who did not see the formula (tests/fixtures/rated/), and scored by `doorstep listening`.

use doorstep::score::plain;

use super::{doorstep, repo};

/// Ranks from 1, ties sharing the mean of their places.
fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut ranks = vec![0.0; values.len()];
    let mut i = 0;
    while i < order.len() {
        let mut j = i;
        while j + 1 < order.len() && values[order[j + 1]] == values[order[i]] {
            j += 1;
        }
        for k in i..=j {
            ranks[order[k]] = (i + j) as f64 / 2.0 + 1.0;
        }
        i = j + 1;
    }
    ranks
}

/// Spearman's rank correlation: Pearson's correlation of the ranks.
fn spearman(a: &[f64], b: &[f64]) -> f64 {
    let (ra, rb) = (ranks(a), ranks(b));
    let mean = |r: &[f64]| r.iter().sum::<f64>() / r.len() as f64;
    let (ma, mb) = (mean(&ra), mean(&rb));
    let cov: f64 = ra.iter().zip(&rb).map(|(x, y)| (x - ma) * (y - mb)).sum();
    let var = |r: &[f64], m: f64| r.iter().map(|x| (x - m).powi(2)).sum::<f64>();
    cov / (var(&ra, ma) * var(&rb, mb)).sqrt()
}

#[test]
fn the_listening_score_orders_rated_conversations_as_a_trainer_would() {
    let mut entries: Vec<_> = std::fs::read_dir(repo().join("tests/fixtures/rated"))
        .expect("the rated conversations")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    assert!(entries.len() >= 12, "at least 12 rated conversations");
    let (mut hand, mut scored) = (Vec::new(), Vec::new());
    for path in &entries {
        let text = std::fs::read_to_string(path).expect("readable");
        let rank: f64 = text
            .lines()
            .find_map(|l| l.strip_prefix("# rank:"))
            .and_then(|r| r.trim().parse().ok())
            .unwrap_or_else(|| panic!("{} has a rank", path.display()));
        let lines = plain::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // Rank 1 is the best, so the hand ranking runs against the score.
        hand.push(-rank);
        scored.push(plain::listening(&lines).score);
    }
    let rho = spearman(&hand, &scored);
    assert!(
        rho >= 0.9,
        "Spearman {rho:.3} between hand ranks and scores {scored:?}"
    );
}

#[test]
fn the_command_scores_a_plain_conversation_and_locates_a_broken_line() {
    let out = doorstep(&[
        "listening",
        "tests/fixtures/rated/01-nurses-strike-vote.txt",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("tests/fixtures/rated/01-nurses-strike-vote.txt: "),
        "{text}"
    );
    assert!(text.contains("reflections to"), "{text}");

    let dir = std::env::temp_dir().join(format!("doorstep-listening-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch");
    let broken = dir.join("broken.txt");
    std::fs::write(&broken, "Person: Hi.\nOrganizer: Hello there.\n").expect("writes");
    let out = doorstep(&["listening", broken.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.txt:2:1: error: say what kind of move"),
        "{err}"
    );
}
