//! Reading a meeting time someone typed ("tue 19:00", "3 Dec 18:30",
//! "2026-12-03 18:30", "tomorrow 7pm") in the community's zone. Anything
//! that could mean two moments, or none, is refused with the reason, so
//! nobody turns up an hour early after a clock change.

use crate::domain::time::clock_words::{month, time_of_day, weekday};
use crate::domain::time::recurrence::{instant_of, local_kind, LocalKind};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// A moment as the community's clock shows it, and the instant it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalMoment {
    pub local: NaiveDateTime,
    pub at: DateTime<Utc>,
}

impl LocalMoment {
    /// For a local time known to exist once (or taken the first time).
    pub fn of(local: NaiveDateTime, tz: Tz) -> LocalMoment {
        LocalMoment {
            local,
            at: instant_of(local, tz),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WhenError {
    #[error("not a day and time")]
    NotUnderstood(String),
    #[error("no such date")]
    NoSuchDate(String),
    #[error("already past")]
    Past(String),
    #[error("more than a year ahead")]
    TooFar(String),
    /// A day and month with no year that is more than six months away
    /// (most likely meant this year, and already past): ask for the year.
    #[error("far away, with no year")]
    FarWithoutYear(String, NaiveDateTime),
    /// The clocks jump over this time that day.
    #[error("skipped by a clock change")]
    Skipped(String),
    /// The clocks go back over this time that day: it happens twice.
    #[error("happens twice at a clock change")]
    Twice(String),
}

/// How far ahead a meeting may be arranged.
pub const HORIZON: Duration = Duration::days(366);
/// A date typed without its year this far ahead or more is asked about:
/// "29 Mar" typed in late March most likely meant a day just gone.
pub const FAR_WITHOUT_YEAR: Duration = Duration::days(183);

/// Reads `input` as a future local time in `tz`, seen from `now`.
pub fn parse(input: &str, now: DateTime<Utc>, tz: Tz) -> Result<LocalMoment, WhenError> {
    let raw = input.trim().to_string();
    let text = raw.to_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    let not_understood = || WhenError::NotUnderstood(raw.clone());
    let (time_word, day_words) = words.split_last().ok_or_else(not_understood)?;
    let time = time_of_day(time_word).ok_or_else(not_understood)?;
    let today = now.with_timezone(&tz).date_naive();
    let day_text = day_words.join(" ");
    let (date, year_given) = read_date(&day_text, today, time, tz, now).map_err(|e| match e {
        DateError::NotUnderstood => not_understood(),
        DateError::NoSuchDate => WhenError::NoSuchDate(raw.clone()),
    })?;
    let local = date.and_time(time);
    match local_kind(local, tz) {
        LocalKind::Skipped => return Err(WhenError::Skipped(raw)),
        LocalKind::Twice => return Err(WhenError::Twice(raw)),
        LocalKind::Once => {}
    }
    let moment = LocalMoment::of(local, tz);
    if moment.at <= now {
        return Err(WhenError::Past(raw));
    }
    if moment.at > now + HORIZON {
        return Err(WhenError::TooFar(raw));
    }
    if !year_given && moment.at >= now + FAR_WITHOUT_YEAR {
        return Err(WhenError::FarWithoutYear(raw, local));
    }
    Ok(moment)
}

enum DateError {
    NotUnderstood,
    NoSuchDate,
}

/// The date part: a weekday (the next one whose time is still ahead),
/// today/tomorrow, `3 Dec`, `Dec 3`, `3/12` (day first), or `2026-12-03`;
/// and whether a year was given for a day and month.
fn read_date(
    text: &str,
    today: NaiveDate,
    time: chrono::NaiveTime,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<(NaiveDate, bool), DateError> {
    // Today, tomorrow, a weekday: near by nature, no year to give.
    let near = |date| (date, true);
    let text = text.trim().trim_start_matches("on ").trim();
    match text {
        "today" | "tonight" | "heddiw" | "dziś" | "dzisiaj" | "сьогодні" | "اليوم" => {
            return Ok(near(today))
        }
        "tomorrow" | "yfory" | "jutro" | "завтра" | "غدا" | "غداً" => {
            return Ok(near(today + Duration::days(1)))
        }
        _ => {}
    }
    if let Some(day) = weekday(text) {
        return (0..=7)
            .map(|d| today + Duration::days(d))
            .find(|date| date.weekday() == day && instant_of(date.and_time(time), tz) > now)
            .map(near)
            .ok_or(DateError::NotUnderstood);
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok((date, true));
    }
    let parts: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .collect();
    let (day, month_no, year) = match parts.as_slice() {
        [one] if one.contains('/') || one.contains('.') => {
            let mut nums = one.split(['/', '.']).filter(|p| !p.is_empty());
            let d = nums.next().and_then(|n| n.parse().ok());
            let m = nums.next().and_then(|n| n.parse().ok());
            let y = nums.next().and_then(|n| n.parse::<i32>().ok());
            (d, m, y)
        }
        [a, b] => match (day_number(a), month(b), month(a), day_number(b)) {
            (Some(d), Some(m), _, _) => (Some(d), Some(m), None),
            (_, _, Some(m), Some(d)) => (Some(d), Some(m), None),
            _ => (None, None, None),
        },
        [a, b, y] => (day_number(a), month(b), y.parse().ok()),
        _ => (None, None, None),
    };
    let (Some(day), Some(month_no)) = (day, month_no) else {
        return Err(DateError::NotUnderstood);
    };
    match year {
        Some(y) => NaiveDate::from_ymd_opt(y, month_no, day)
            .map(|date| (date, true))
            .ok_or(DateError::NoSuchDate),
        // No year: the next such date whose time is still ahead.
        None => (today.year()..=today.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, month_no, day))
            .find(|date| instant_of(date.and_time(time), tz) > now)
            .map(|date| (date, false))
            .ok_or(DateError::NoSuchDate),
    }
}

/// `3`, `3rd`, `3.` or `3ydd`.
fn day_number(text: &str) -> Option<u32> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LONDON: Tz = chrono_tz::Europe::London;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    /// Monday 23 November 2026, noon in London.
    fn now() -> DateTime<Utc> {
        at("2026-11-23T12:00:00Z")
    }

    fn local(input: &str) -> String {
        parse(input, now(), LONDON)
            .unwrap()
            .local
            .format("%Y-%m-%d %H:%M")
            .to_string()
    }

    #[test]
    fn the_ways_people_write_a_time_are_read() {
        assert_eq!(local("tue 19:00"), "2026-11-24 19:00");
        assert_eq!(local("Tuesday 7pm"), "2026-11-24 19:00");
        assert_eq!(local("monday 19:00"), "2026-11-23 19:00", "later today");
        assert_eq!(
            local("monday 11:00"),
            "2026-11-30 11:00",
            "today's has passed"
        );
        assert_eq!(local("3 Dec 18:30"), "2026-12-03 18:30");
        assert_eq!(local("Dec 3rd 18:30"), "2026-12-03 18:30");
        assert_eq!(local("3/12 18:30"), "2026-12-03 18:30");
        assert_eq!(local("2026-12-03 18:30"), "2026-12-03 18:30");
        assert_eq!(local("tomorrow 18.30"), "2026-11-24 18:30");
        assert_eq!(local("3 grudnia 18:30"), "2026-12-03 18:30");
        assert_eq!(local("2 Jan 10:00"), "2027-01-02 10:00", "next year");
        assert_eq!(
            local("29 Mar 2027 19:00"),
            "2027-03-29 19:00",
            "a year given"
        );
    }

    /// Seen from outside: "29 Mar 01:30" typed in late March silently
    /// became next year. A day and month more than six months away, with
    /// no year, is asked about.
    #[test]
    fn a_far_date_without_its_year_is_asked_about() {
        let err = parse("22 Nov 19:00", now(), LONDON).unwrap_err();
        let WhenError::FarWithoutYear(input, local) = err else {
            panic!("{err:?}")
        };
        assert_eq!(input, "22 Nov 19:00");
        assert_eq!(local.format("%Y-%m-%d").to_string(), "2027-11-22");
        assert!(parse("22 Nov 2027 19:00", now(), LONDON).is_ok());
        assert!(parse("2027-05-01 19:00", now(), LONDON).is_ok());
        assert!(parse("1 May 19:00", now(), LONDON).is_ok(), "five months");
    }

    #[test]
    fn impossible_and_ambiguous_times_are_refused_with_the_reason() {
        let err = |s: &str| parse(s, now(), LONDON).unwrap_err();
        assert!(matches!(err("soon"), WhenError::NotUnderstood(_)));
        assert!(matches!(err("tue"), WhenError::NotUnderstood(_)));
        assert!(matches!(err("31 Nov 19:00"), WhenError::NoSuchDate(_)));
        assert!(matches!(err("2026-11-20 19:00"), WhenError::Past(_)));
        assert!(matches!(err("2028-01-01 19:00"), WhenError::TooFar(_)));
        // 28 March 2027: London's clocks jump from 01:00 to 02:00.
        assert!(matches!(err("2027-03-28 01:30"), WhenError::Skipped(_)));
        // 31 October 2027: 01:30 happens twice.
        assert!(matches!(err("2027-10-31 01:30"), WhenError::Twice(_)));
    }

    #[test]
    fn times_are_read_in_the_communitys_zone() {
        let kolkata = parse("tue 19:00", now(), chrono_tz::Asia::Kolkata).unwrap();
        assert_eq!(kolkata.at, at("2026-11-24T13:30:00Z"));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const ZONES: [Tz; 5] = [
        chrono_tz::Europe::London,
        chrono_tz::America::New_York,
        chrono_tz::Asia::Kolkata,
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::Europe::Berlin,
    ];

    proptest! {
        /// Any typed date and time in 2026–27 is either refused or lands on
        /// exactly that wall-clock time in the zone, in the future.
        #[test]
        fn a_read_time_is_the_wall_clock_time_typed(
            zone in 0usize..ZONES.len(),
            start in 1_767_225_600i64..1_798_761_600,
            days in 0i64..400,
            hour in 0u32..24,
            minute in prop::sample::select(vec![0u32, 15, 30, 45]),
        ) {
            let tz = ZONES[zone];
            let now = DateTime::from_timestamp(start, 0).unwrap();
            let date = now.with_timezone(&tz).date_naive() + Duration::days(days);
            let typed = format!("{} {hour:02}:{minute:02}", date.format("%Y-%m-%d"));
            match parse(&typed, now, tz) {
                Ok(m) => {
                    prop_assert_eq!(m.at.with_timezone(&tz).naive_local(), m.local);
                    prop_assert_eq!(m.local, date.and_hms_opt(hour, minute, 0).unwrap());
                    prop_assert!(m.at > now);
                }
                Err(WhenError::Past(_) | WhenError::TooFar(_) | WhenError::Skipped(_) | WhenError::Twice(_)) => {}
                Err(e) => prop_assert!(false, "{typed}: {e}"),
            }
        }

        #[test]
        fn any_text_is_read_safely(text in "\\PC{0,40}") {
            let _ = parse(&text, DateTime::from_timestamp(1_780_000_000, 0).unwrap(), chrono_tz::Europe::London);
        }
    }
}
