//! The room's vote on the options of the turn on the projector: a highlighted pick, raised hands.

/// The room's vote on the current turn; cleared whenever the turn changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Room {
    pub selected: Option<usize>,
    pub hands: Vec<u32>,
    pub show_tally: bool,
    /// "Next" was pressed with nothing picked: the screen says how to pick.
    pub needs_pick: bool,
}

impl Room {
    /// The highlighted option, else the one with the most hands (ties: none).
    pub fn pick(&self) -> Option<usize> {
        self.selected.or_else(|| {
            let most = *self.hands.iter().max()?;
            let mut leaders = self
                .hands
                .iter()
                .enumerate()
                .filter(|(_, h)| **h == most && most > 0);
            let (first, _) = leaders.next()?;
            leaders.next().is_none().then_some(first)
        })
    }

    /// A new turn: no pick, no hands.
    pub(super) fn new_turn(&mut self) {
        self.selected = None;
        self.hands.clear();
        self.needs_pick = false;
    }
}
