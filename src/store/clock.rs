//! Dates and times as people read them: local time where the system's time zone is known
//! (through jiff, as `when.rs`), else UTC.

/// A moment as a calendar date and a time of day, to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    /// In UTC, because the local offset is unknown here.
    pub utc: bool,
}

impl Moment {
    /// A time in seconds since the Unix epoch, in this computer's time zone (daylight saving
    /// included), or in UTC when the zone cannot be found.
    pub fn local(unix_seconds: u64) -> Moment {
        match jiff::tz::TimeZone::try_system() {
            Ok(zone) => Moment::in_zone(unix_seconds, &zone, false),
            Err(_) => Moment::utc(unix_seconds),
        }
    }

    pub fn utc(unix_seconds: u64) -> Moment {
        Moment::in_zone(unix_seconds, &jiff::tz::TimeZone::UTC, true)
    }

    fn in_zone(unix_seconds: u64, zone: &jiff::tz::TimeZone, utc: bool) -> Moment {
        // Past what a calendar can show (year 9999), the latest moment it can.
        let seconds = unix_seconds.min(super::when::LATEST_SECOND) as i64;
        let time = jiff::Timestamp::from_second(seconds)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_zoned_datetime(zone.clone());
        Moment {
            year: i64::from(time.year()),
            month: time.month() as u32,
            day: time.day() as u32,
            hour: time.hour() as u32,
            minute: time.minute() as u32,
            utc,
        }
    }

    /// "2026-11-29 21:50", or "2026-11-29 21:50 UTC".
    pub fn shown(&self) -> String {
        format!(
            "{:04}-{:02}-{:02} {:02}:{:02}{}",
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            if self.utc { " UTC" } else { "" }
        )
    }

    /// "2026-11-29 21-50", or "2026-11-29 21-50Z": for a file name, so no colon (Windows
    /// refuses one).
    pub fn for_file(&self) -> String {
        format!(
            "{:04}-{:02}-{:02} {:02}-{:02}{}",
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            if self.utc { "Z" } else { "" }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates_and_times() {
        assert_eq!(Moment::utc(0).shown(), "1970-01-01 00:00 UTC");
        assert_eq!(Moment::utc(1_795_989_000).for_file(), "2026-11-29 21-50Z");
        assert_eq!(Moment::utc(1_709_251_140).shown(), "2024-02-29 23:59 UTC");
    }
}
