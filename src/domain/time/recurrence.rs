//! Wall-clock times that repeat ("every Monday at 19:00"), kept as a weekday
//! and a local time in an IANA zone, so 19:00 stays 19:00 when the clocks
//! change. Instants are computed per occurrence, never stored ahead.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};
use chrono::{LocalResult, Offset, TimeZone as _};
use chrono_tz::Tz;

/// Once a week on `weekday` at `at`, local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weekly {
    pub weekday: Weekday,
    pub at: NaiveTime,
}

/// One occurrence: the local day it belongs to (its identity, so it can
/// never fire twice) and the instant it falls on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub local_date: NaiveDate,
    pub at: DateTime<Utc>,
}

/// What was not understood in a weekly time ("monday 19:00").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WeeklyError {
    #[error("unknown weekday")]
    Weekday(String),
    #[error("unknown time")]
    Time(String),
}

impl Weekly {
    /// Reads a weekday (in any shipped language) then a time: `monday 19:00`,
    /// `thu 7pm`, `dydd llun 18.30`.
    pub fn parse(text: &str) -> Result<Weekly, WeeklyError> {
        use crate::domain::time::clock_words::{time_of_day, weekday};
        let lower = text.to_lowercase();
        let mut words: Vec<&str> = lower.split_whitespace().collect();
        let time_text = words.pop().unwrap_or_default();
        let day_text = words.join(" ");
        let weekday = weekday(&day_text).ok_or(WeeklyError::Weekday(day_text))?;
        let at = time_of_day(time_text).ok_or(WeeklyError::Time(time_text.to_string()))?;
        Ok(Weekly { weekday, at })
    }

    /// The first occurrence strictly after `after`.
    pub fn next_after(&self, after: DateTime<Utc>, tz: Tz) -> Occurrence {
        let today = after.with_timezone(&tz).date_naive();
        // A week and a day always holds one: the extra day covers a time
        // earlier today that has already passed.
        (0..=8)
            .map(|d| today + Duration::days(d))
            .filter(|date| date.weekday() == self.weekday)
            .map(|date| Occurrence {
                local_date: date,
                at: instant_of(date.and_time(self.at), tz),
            })
            .find(|o| o.at > after)
            .unwrap_or_else(|| {
                // Unreachable in practice; fall back to a week on, never to the past.
                let date = today + Duration::days(7);
                Occurrence {
                    local_date: date,
                    at: instant_of(date.and_time(self.at), tz),
                }
            })
    }
}

/// The instant of a local wall-clock time. A time skipped by a clock change
/// (02:30 when clocks jump from 02:00 to 03:00) moves forward by the size of
/// the jump, as a wall clock would show it; a time that happens twice
/// (clocks going back) is taken the first time.
pub fn instant_of(local: NaiveDateTime, tz: Tz) -> DateTime<Utc> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // Read the skipped time with the offset in force before the jump.
            let before = tz
                .offset_from_utc_datetime(&(local - Duration::days(1)))
                .fix();
            DateTime::from_naive_utc_and_offset(local - before, Utc)
        }
    }
}

/// Whether a local time exists once, never, or twice in a zone: for telling
/// people plainly when a time they typed falls in a clock change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalKind {
    Once,
    Skipped,
    Twice,
}

pub fn local_kind(local: NaiveDateTime, tz: Tz) -> LocalKind {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(_) => LocalKind::Once,
        LocalResult::None => LocalKind::Skipped,
        LocalResult::Ambiguous(..) => LocalKind::Twice,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Timelike;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn monday_19() -> Weekly {
        Weekly {
            weekday: Weekday::Mon,
            at: NaiveTime::from_hms_opt(19, 0, 0).unwrap(),
        }
    }

    #[test]
    fn seven_pm_stays_seven_pm_across_the_autumn_change_in_london() {
        let tz = chrono_tz::Europe::London;
        // Monday 19 Oct 2026 is BST (UTC+1); Monday 26 Oct is GMT.
        let first = monday_19().next_after(at("2026-10-19T12:00:00Z"), tz);
        assert_eq!(first.at, at("2026-10-19T18:00:00Z"));
        let second = monday_19().next_after(first.at, tz);
        assert_eq!(second.at, at("2026-10-26T19:00:00Z"));
        assert_eq!(second.local_date.to_string(), "2026-10-26");
    }

    #[test]
    fn a_time_already_past_today_goes_to_next_week() {
        let tz = chrono_tz::Europe::London;
        let next = monday_19().next_after(at("2026-11-23T19:00:00Z"), tz);
        assert_eq!(next.local_date.to_string(), "2026-11-30");
    }

    #[test]
    fn a_skipped_time_moves_forward_by_the_jump() {
        let tz = chrono_tz::Europe::Berlin;
        let skipped = NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_opt(2, 30, 0)
            .unwrap();
        assert_eq!(local_kind(skipped, tz), LocalKind::Skipped);
        let instant = instant_of(skipped, tz);
        assert_eq!(instant.with_timezone(&tz).hour(), 3);
        assert_eq!(instant.with_timezone(&tz).minute(), 30);
    }

    #[test]
    fn a_doubled_time_is_taken_the_first_time() {
        let tz = chrono_tz::America::New_York;
        let twice = NaiveDate::from_ymd_opt(2026, 11, 1)
            .unwrap()
            .and_hms_opt(1, 30, 0)
            .unwrap();
        assert_eq!(local_kind(twice, tz), LocalKind::Twice);
        assert_eq!(instant_of(twice, tz), at("2026-11-01T05:30:00Z"));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use chrono::Timelike;
    use proptest::prelude::*;

    const ZONES: [Tz; 6] = [
        chrono_tz::Europe::London,
        chrono_tz::America::New_York,
        chrono_tz::Asia::Kolkata,
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::Europe::Kyiv,
        chrono_tz::America::St_Johns,
    ];

    proptest! {
        /// Every occurrence is on the right weekday, after the given moment,
        /// within a week of it, and at the intended wall-clock time unless
        /// that time was skipped by a clock change.
        #[test]
        fn occurrences_land_on_the_intended_wall_clock_time(
            zone in 0usize..ZONES.len(),
            day in 0u32..7,
            hour in 0u32..24,
            minute in prop::sample::select(vec![0u32, 15, 30, 45]),
            start in 1_767_225_600i64..1_798_761_600, // all of 2026
        ) {
            let tz = ZONES[zone];
            let weekly = Weekly {
                weekday: Weekday::try_from(day as u8).unwrap(),
                at: NaiveTime::from_hms_opt(hour, minute, 0).unwrap(),
            };
            let after = DateTime::from_timestamp(start, 0).unwrap();
            let next = weekly.next_after(after, tz);
            prop_assert!(next.at > after);
            prop_assert!(next.at - after <= Duration::days(7) + Duration::hours(2));
            prop_assert_eq!(next.local_date.weekday(), weekly.weekday);
            let local = next.at.with_timezone(&tz);
            if local_kind(next.local_date.and_time(weekly.at), tz) != LocalKind::Skipped {
                prop_assert_eq!((local.hour(), local.minute()), (hour, minute));
                prop_assert_eq!(local.date_naive(), next.local_date);
            }
            // Stepping on from an occurrence never yields the same day again.
            let after_that = weekly.next_after(next.at, tz);
            prop_assert!(after_that.local_date > next.local_date);
        }
    }
}
