//! Dates from saved Unix seconds: the local day for file names, and UTC timestamps for exports.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

/// The latest second a saved attempt may carry: the end of 29 December 9999. ISO 8601 dates
/// end with the year 9999, and a day's margin keeps every time zone's date of it in range.
pub const LATEST_SECOND: u64 = 253_402_127_999;

/// The day `seconds` fell on where this computer is, as `2026-11-29`; None past [`LATEST_SECOND`].
pub fn local_day(seconds: u64) -> Option<String> {
    let instant = timestamp(seconds)?;
    Some(
        instant
            .to_zoned_datetime(TimeZone::system())
            .date()
            .to_string(),
    )
}

/// `seconds` as an ISO 8601 (RFC 3339) time in UTC, as `2026-11-29T14:03:00Z`.
pub fn utc_timestamp(seconds: u64) -> Option<String> {
    Some(timestamp(seconds)?.to_string())
}

/// The first second of a local day written `2026-11-29`, for "attempts since that day".
pub fn start_of_local_day(day: &str) -> Option<u64> {
    let date: Date = day.trim().parse().ok()?;
    let start = date.to_zoned_datetime(TimeZone::system()).ok()?;
    u64::try_from(start.timestamp().as_second()).ok()
}

fn timestamp(seconds: u64) -> Option<Timestamp> {
    if seconds > LATEST_SECOND {
        return None;
    }
    Timestamp::from_second(i64::try_from(seconds).ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_iso_8601_in_utc_and_bounded() {
        assert_eq!(
            utc_timestamp(1_796_047_380).as_deref(),
            Some("2026-11-30T14:03:00Z")
        );
        assert_eq!(utc_timestamp(0).as_deref(), Some("1970-01-01T00:00:00Z"));
        assert_eq!(
            utc_timestamp(LATEST_SECOND).as_deref(),
            Some("9999-12-29T23:59:59Z")
        );
        assert_eq!(utc_timestamp(LATEST_SECOND + 1), None);
        assert!(local_day(LATEST_SECOND).is_some_and(|day| day.starts_with("9999-12-")));
        assert_eq!(local_day(u64::MAX), None);
    }

    #[test]
    fn a_local_day_round_trips() {
        let start = start_of_local_day("2026-11-29").expect("a real day");
        assert_eq!(local_day(start).as_deref(), Some("2026-11-29"));
        assert_eq!(local_day(start - 1).as_deref(), Some("2026-11-28"));
        assert_eq!(start_of_local_day("29/11/2026"), None);
    }
}
