//! How a score is shown: one rounding for the debrief, History, exports and the command line.

/// A score as the whole number every screen and export shows. Halves round up (96.5 → 97):
/// formatting alone (`{:.0}`) rounds them to even, which put 96 in one place and 97 in
/// another. Saved and exported JSON keeps the exact value.
pub fn whole_points(score: f64) -> i64 {
    // `as` saturates and maps NaN to 0, so no score can panic here.
    score.round() as i64
}

/// [`whole_points`] as text.
pub fn shown(score: f64) -> String {
    whole_points(score).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_round_up_and_nothing_shows_as_minus_zero() {
        assert_eq!(shown(96.5), "97");
        assert_eq!(shown(82.5), "83");
        assert_eq!(shown(96.4), "96");
        assert_eq!(shown(-0.4), "0");
        assert_eq!(shown(f64::NAN), "0");
    }
}
