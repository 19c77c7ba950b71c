//! Dates and times as people read them: local time where the platform tells the offset, else UTC.

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
    /// A time in seconds since the Unix epoch, in local time where the platform's C library
    /// tells the offset (Linux with glibc, already a dependency), else in UTC.
    pub fn local(unix_seconds: u64) -> Moment {
        let seconds = i64::try_from(unix_seconds).unwrap_or(i64::MAX / 2);
        match local_offset(seconds) {
            Some(offset) => Moment {
                utc: false,
                ..Moment::utc_of(seconds.saturating_add(offset))
            },
            None => Moment::utc_of(seconds),
        }
    }

    pub fn utc(unix_seconds: u64) -> Moment {
        Moment::utc_of(i64::try_from(unix_seconds).unwrap_or(i64::MAX / 2))
    }

    fn utc_of(seconds: i64) -> Moment {
        let days = seconds.div_euclid(86_400);
        let of_day = seconds.rem_euclid(86_400);
        let (year, month, day) = civil_from_days(days);
        Moment {
            year,
            month,
            day,
            hour: (of_day / 3600) as u32,
            minute: (of_day % 3600 / 60) as u32,
            utc: true,
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

/// The local offset from UTC in seconds at that moment, daylight saving included.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn local_offset(seconds: i64) -> Option<i64> {
    // `time_t` is 32 bits on some glibc targets, so the conversion can fail there.
    #[allow(clippy::useless_conversion)]
    let time: libc::time_t = seconds.try_into().ok()?;
    // SAFETY: an all-zero `tm` is valid (its one pointer, the zone name, may be null), and
    // `localtime_r` writes only into the `tm` it is given, which outlives the call.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let converted = unsafe { !libc::localtime_r(&time, &mut tm).is_null() };
    converted.then_some(tm.tm_gmtoff)
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn local_offset(_seconds: i64) -> Option<i64> {
    None
}

/// Year, month and day of a day counted from 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
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
