//! ISO weeks (`2026-W47`, Monday to Sunday): the period a digest covers.
//! A week's edges are midnights in the community's own zone, so a late
//! Sunday meeting in Auckland belongs to the week its members saw it in.

use crate::domain::time::recurrence::instant_of;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IsoWeek {
    monday: NaiveDate,
}

impl IsoWeek {
    /// The week a local date falls in.
    pub fn of(date: NaiveDate) -> IsoWeek {
        let back = i64::from(date.weekday().num_days_from_monday());
        IsoWeek {
            monday: date - Duration::days(back),
        }
    }

    /// The week an instant falls in, as seen in `tz`.
    pub fn at(instant: DateTime<Utc>, tz: Tz) -> IsoWeek {
        IsoWeek::of(instant.with_timezone(&tz).date_naive())
    }

    /// Reads `2026-W47` (any case, `W` optional after the dash: `2026-47`).
    pub fn parse(input: &str) -> Option<IsoWeek> {
        let input = input.trim().to_ascii_uppercase();
        let (year, week) = input.split_once('-')?;
        let week = week.strip_prefix('W').unwrap_or(week);
        let year: i32 = year.parse().ok()?;
        let week: u32 = week.parse().ok()?;
        let monday = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?;
        Some(IsoWeek { monday })
    }

    pub fn monday(self) -> NaiveDate {
        self.monday
    }

    pub fn sunday(self) -> NaiveDate {
        self.monday + Duration::days(6)
    }

    pub fn next(self) -> IsoWeek {
        IsoWeek {
            monday: self.monday + Duration::weeks(1),
        }
    }

    pub fn previous(self) -> IsoWeek {
        IsoWeek {
            monday: self.monday - Duration::weeks(1),
        }
    }

    /// From local midnight on Monday to local midnight on the next Monday.
    pub fn bounds(self, tz: Tz) -> (DateTime<Utc>, DateTime<Utc>) {
        let start = instant_of(self.monday.and_time(NaiveTime::MIN), tz);
        let end = instant_of(self.next().monday.and_time(NaiveTime::MIN), tz);
        (start, end)
    }
}

impl fmt::Display for IsoWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let iso = self.monday.iso_week();
        write!(f, "{}-W{:02}", iso.year(), iso.week())
    }
}

impl From<IsoWeek> for String {
    fn from(w: IsoWeek) -> String {
        w.to_string()
    }
}

impl TryFrom<String> for IsoWeek {
    type Error = String;
    fn try_from(s: String) -> Result<IsoWeek, String> {
        IsoWeek::parse(&s).ok_or_else(|| format!("not an ISO week: {s}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weeks_are_read_and_written_the_iso_way() {
        let w = IsoWeek::parse("2026-W47").unwrap();
        assert_eq!(w.monday(), date("2026-11-16"));
        assert_eq!(w.sunday(), date("2026-11-22"));
        assert_eq!(w.to_string(), "2026-W47");
        assert_eq!(IsoWeek::parse("2026-w47"), Some(w));
        assert_eq!(IsoWeek::parse("2026-47"), Some(w));
        // 1 January 2027 is a Friday, so it belongs to 2026's last week.
        assert_eq!(IsoWeek::of(date("2027-01-01")).to_string(), "2026-W53");
        assert_eq!(IsoWeek::parse("2026-W54"), None);
        assert_eq!(IsoWeek::parse("last week"), None);
        assert_eq!(IsoWeek::parse("2026-W00"), None);
    }

    #[test]
    fn a_weeks_edges_are_local_midnights_even_across_a_clock_change() {
        // Europe/London's clocks went back on Sunday 25 October 2026.
        let w = IsoWeek::parse("2026-W43").unwrap();
        let (start, end) = w.bounds(chrono_tz::Europe::London);
        assert_eq!(start.to_rfc3339(), "2026-10-18T23:00:00+00:00");
        assert_eq!(end.to_rfc3339(), "2026-10-26T00:00:00+00:00");
        assert_eq!((end - start).num_hours(), 169);
    }

    proptest! {
        #[test]
        fn every_day_lies_in_its_week_and_the_name_reads_back(days in 0i64..40_000) {
            let day = date("1970-01-01") + Duration::days(days);
            let week = IsoWeek::of(day);
            prop_assert!(week.monday() <= day && day <= week.sunday());
            prop_assert_eq!(IsoWeek::parse(&week.to_string()), Some(week));
            prop_assert_eq!(week.next().previous(), week);
        }
    }
}
