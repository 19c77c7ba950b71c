//! Seeded randomness: a conversation's own dice, and a player who picks at random.

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
