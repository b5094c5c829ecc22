//! When a community can meet (its available hours) and when Kettle keeps
//! quiet. Both are wall-clock times read in a zone, so they mean the same
//! thing in winter and summer.

use crate::domain::time::clock_words::time_range;
use crate::domain::time::recurrence::{instant_of, local_kind, LocalKind};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;

/// A stretch of one day, `start` before `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Window {
    pub fn new(start: NaiveTime, end: NaiveTime) -> Option<Window> {
        (start < end).then_some(Window { start, end })
    }

    fn parse(text: &str) -> Option<Window> {
        let (start, end) = time_range(text)?;
        Window::new(start, end)
    }

    pub fn format(self) -> String {
        format!(
            "{}–{}",
            self.start.format("%H:%M"),
            self.end.format("%H:%M")
        )
    }
}

/// The hours a community can meet: one window on weekdays, one at
/// weekends; `None` means not at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AvailableHours {
    pub weekdays: Option<Window>,
    pub weekends: Option<Window>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("hours not understood")]
    NotUnderstood(String),
    #[error("no hours left")]
    Never,
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

impl Default for AvailableHours {
    /// Out of hours: weekday evenings and weekend days.
    fn default() -> AvailableHours {
        AvailableHours {
            weekdays: Window::new(t(18, 0), t(21, 30)),
            weekends: Window::new(t(10, 0), t(20, 0)),
        }
    }
}

impl AvailableHours {
    /// Reads `weekdays 18:00-21:30 weekends 10:00-20:00`, `every day 18-21`
    /// or `weekends off`. A part left out keeps its value from `self`.
    pub fn parse(&self, text: &str) -> Result<AvailableHours, HoursError> {
        let lower = text.trim().to_lowercase();
        let mut hours = *self;
        let not_understood = || HoursError::NotUnderstood(text.trim().to_string());
        let mut rest = lower.as_str();
        let mut any = false;
        while !rest.trim().is_empty() {
            let trimmed = rest.trim_start_matches([' ', ',', ';']);
            let (which, after) = ["every day", "daily", "weekdays", "weekends"]
                .iter()
                .find_map(|k| trimmed.strip_prefix(k).map(|a| (*k, a)))
                .ok_or_else(not_understood)?;
            // The value runs to the next keyword.
            let end = ["weekdays", "weekends", "every day", "daily"]
                .iter()
                .filter_map(|k| after.find(k))
                .min()
                .unwrap_or(after.len());
            let value = after[..end].trim().trim_end_matches([',', ';']).trim();
            let window = match value {
                "off" | "none" | "never" => None,
                v => Some(Window::parse(v).ok_or_else(not_understood)?),
            };
            match which {
                "weekdays" => hours.weekdays = window,
                "weekends" => hours.weekends = window,
                _ => {
                    hours.weekdays = window;
                    hours.weekends = window;
                }
            }
            any = true;
            rest = &after[end..];
        }
        if !any {
            return Err(not_understood());
        }
        if hours.weekdays.is_none() && hours.weekends.is_none() {
            return Err(HoursError::Never);
        }
        Ok(hours)
    }

    /// As stored and shown: `weekdays 18:00–21:30, weekends 10:00–20:00`.
    pub fn format(&self) -> String {
        let part = |name: &str, w: Option<Window>| match w {
            Some(w) => format!("{name} {}", w.format()),
            None => format!("{name} off"),
        };
        format!(
            "{}, {}",
            part("weekdays", self.weekdays),
            part("weekends", self.weekends)
        )
    }

    pub fn window_on(&self, date: NaiveDate) -> Option<Window> {
        match date.weekday() {
            Weekday::Sat | Weekday::Sun => self.weekends,
            _ => self.weekdays,
        }
    }

    /// Whether a meeting starting at `local` and lasting `length` fits.
    pub fn fits(&self, local: NaiveDateTime, length: Duration) -> bool {
        self.window_on(local.date()).is_some_and(|w| {
            local.time() >= w.start && local.time() + length <= w.end && length < Duration::days(1)
        })
    }

    /// Up to `max` times to offer, one a day from tomorrow for `days` days:
    /// the start of each day's window, if the meeting fits and the time
    /// exists once on that day (clock changes happen at night, but zones
    /// differ).
    pub fn suggest(
        &self,
        now: DateTime<Utc>,
        tz: Tz,
        length: Duration,
        days: i64,
        max: usize,
    ) -> Vec<NaiveDateTime> {
        let today = now.with_timezone(&tz).date_naive();
        (1..=days)
            .map(|d| today + Duration::days(d))
            .filter_map(|date| {
                let w = self.window_on(date)?;
                let local = date.and_time(w.start);
                (self.fits(local, length) && local_kind(local, tz) == LocalKind::Once)
                    .then_some(local)
            })
            .take(max)
            .collect()
    }
}

/// When Kettle sends nothing that can wait: a nightly stretch that may
/// run past midnight (22:00–08:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub from: NaiveTime,
    pub to: NaiveTime,
}

impl Default for QuietHours {
    fn default() -> QuietHours {
        QuietHours {
            from: t(22, 0),
            to: t(8, 0),
        }
    }
}

impl QuietHours {
    pub fn parse(text: &str) -> Option<QuietHours> {
        let (from, to) = time_range(text)?;
        (from != to).then_some(QuietHours { from, to })
    }

    pub fn format(&self) -> String {
        format!("{}–{}", self.from.format("%H:%M"), self.to.format("%H:%M"))
    }

    pub fn contains(&self, at: DateTime<Utc>, tz: Tz) -> bool {
        let time = at.with_timezone(&tz).time();
        if self.from < self.to {
            time >= self.from && time < self.to
        } else {
            time >= self.from || time < self.to
        }
    }

    /// `at` if it is not quiet then, else the moment the quiet ends.
    pub fn next_allowed(&self, at: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        if !self.contains(at, tz) {
            return at;
        }
        let today = at.with_timezone(&tz).date_naive();
        (0..=2)
            .map(|d| instant_of((today + Duration::days(d)).and_time(self.to), tz))
            .find(|end| *end > at)
            .unwrap_or(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn hours_are_read_in_parts_and_shown_back() {
        let base = AvailableHours::default();
        let hours = base.parse("weekdays 19:00-21:00").unwrap();
        assert_eq!(hours.weekdays, Window::new(t(19, 0), t(21, 0)));
        assert_eq!(hours.weekends, base.weekends);
        let hours = base.parse("every day 6pm-9pm").unwrap();
        assert_eq!(hours.format(), "weekdays 18:00–21:00, weekends 18:00–21:00");
        let hours = base.parse("weekdays off, weekends 10:00-13:00").unwrap();
        assert_eq!(hours.format(), "weekdays off, weekends 10:00–13:00");
        assert_eq!(base.parse(&hours.format()), Ok(hours));
    }

    #[test]
    fn nonsense_and_never_are_refused() {
        let base = AvailableHours::default();
        assert!(matches!(
            base.parse("evenings"),
            Err(HoursError::NotUnderstood(_))
        ));
        assert!(matches!(
            base.parse("weekdays 21:00-18:00"),
            Err(HoursError::NotUnderstood(_))
        ));
        assert_eq!(base.parse("every day off"), Err(HoursError::Never));
    }

    #[test]
    fn suggestions_fall_inside_the_hours_from_tomorrow() {
        let hours = AvailableHours::default();
        // Monday 23 November 2026, noon in London.
        let got = hours.suggest(
            at("2026-11-23T12:00:00Z"),
            chrono_tz::Europe::London,
            Duration::minutes(90),
            7,
            12,
        );
        let shown: Vec<String> = got
            .iter()
            .map(|d| d.format("%a %H:%M").to_string())
            .collect();
        assert_eq!(
            shown,
            [
                "Tue 18:00",
                "Wed 18:00",
                "Thu 18:00",
                "Fri 18:00",
                "Sat 10:00",
                "Sun 10:00",
                "Mon 18:00"
            ]
        );
    }

    #[test]
    fn a_meeting_too_long_for_the_window_does_not_fit() {
        let hours = AvailableHours::default();
        let tue = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert!(hours.fits(tue.and_time(t(19, 0)), Duration::minutes(120)));
        assert!(!hours.fits(tue.and_time(t(20, 0)), Duration::minutes(120)));
        assert!(!hours.fits(tue.and_time(t(12, 0)), Duration::minutes(60)));
    }

    #[test]
    fn quiet_hours_run_past_midnight() {
        let quiet = QuietHours::default();
        let london = chrono_tz::Europe::London;
        assert!(quiet.contains(at("2026-11-23T23:30:00Z"), london));
        assert!(quiet.contains(at("2026-11-24T07:59:00Z"), london));
        assert!(!quiet.contains(at("2026-11-24T08:00:00Z"), london));
        assert_eq!(
            quiet.next_allowed(at("2026-11-23T23:30:00Z"), london),
            at("2026-11-24T08:00:00Z")
        );
        assert_eq!(
            quiet.next_allowed(at("2026-11-24T12:00:00Z"), london),
            at("2026-11-24T12:00:00Z")
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const ZONES: [Tz; 4] = [
        chrono_tz::Europe::London,
        chrono_tz::America::New_York,
        chrono_tz::Asia::Kolkata,
        chrono_tz::Australia::Lord_Howe,
    ];

    proptest! {
        /// Every suggestion lies in the community's hours, after now, and is a
        /// real local time; and Kettle is never quiet when quiet hours end.
        #[test]
        fn suggestions_are_inside_the_hours(
            zone in 0usize..ZONES.len(),
            start in 1_767_225_600i64..1_798_761_600,
            length in 15i64..240,
        ) {
            let tz = ZONES[zone];
            let now = DateTime::from_timestamp(start, 0).unwrap();
            let hours = AvailableHours::default();
            let length = Duration::minutes(length);
            for local in hours.suggest(now, tz, length, 10, 12) {
                prop_assert!(hours.fits(local, length));
                let instant = instant_of(local, tz);
                prop_assert!(instant > now);
                prop_assert_eq!(instant.with_timezone(&tz).naive_local(), local);
            }
            let quiet = QuietHours::default();
            let allowed = quiet.next_allowed(now, tz);
            prop_assert!(allowed >= now);
            prop_assert!(!quiet.contains(allowed, tz));
        }
    }
}
