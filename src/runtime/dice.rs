//! Seeded randomness: a conversation's own dice, and a player who picks at random.

use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The dice of a conversation with this seed.
pub fn dice(seed: u64) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed)
}

/// A player who picks uniformly among the options offered, reproducibly from a seed that is
/// separate from the conversation's own.
#[derive(Debug, Clone)]
pub struct RandomPicker(ChaCha8Rng);

impl RandomPicker {
    pub fn new(seed: u64) -> Self {
        RandomPicker(ChaCha8Rng::seed_from_u64(seed ^ 0x5EED))
    }

    /// A 1-based option number among `offered` (which must be at least 1).
    pub fn pick(&mut self, offered: usize) -> usize {
        self.0.random_range(1..=offered.max(1))
    }
}

/// The order the options on offer at a turn are shown in: shuffled, the same for the same seed
/// and turn, with pinned options last in file order. Its dice are its own, so shuffling never
/// changes which lines or branches a seed gives.
pub fn shown_order(
    seed: u64,
    turn: usize,
    offered: &[usize],
    pinned: impl Fn(usize) -> bool,
) -> Vec<usize> {
    let turn_key = (turn as u64)
        .wrapping_add(1)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mut rng = ChaCha8Rng::seed_from_u64(seed.rotate_left(29) ^ turn_key ^ 0x0DDE_5EED);
    let (mut free, last): (Vec<usize>, Vec<usize>) =
        offered.iter().copied().partition(|&o| !pinned(o));
    free.shuffle(&mut rng);
    free.extend(last);
    free
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffles_reproducibly_and_keeps_pinned_options_last() {
        let offered = [0, 1, 2, 3, 4];
        let order = shown_order(7, 3, &offered, |o| o == 1);
        assert_eq!(order, shown_order(7, 3, &offered, |o| o == 1));
        assert_eq!(order.last(), Some(&1));
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, offered);
        // Over many seeds every option is sometimes first.
        let firsts: std::collections::BTreeSet<usize> = (0..64)
            .map(|seed| shown_order(seed, 1, &offered, |_| false)[0])
            .collect();
        assert_eq!(firsts.len(), 5);
    }
}
