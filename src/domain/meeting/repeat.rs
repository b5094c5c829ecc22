//! How a meeting repeats: weekly, fortnightly, or monthly on a weekday
//! ("second Tuesday", "last Friday") or a date. Occurrences are dates; the
//! wall-clock time and zone turn each into an instant when it is needed.

use crate::domain::time::clock_words::weekday;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    Weekly,
    Fortnightly,
    /// The `nth` (1–4, or 5 for "last") `weekday` of each month.
    MonthlyWeekday {
        nth: u8,
        weekday: Weekday,
    },
    /// The same date each month; the last day in shorter months.
    MonthlyDate(u8),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("repeat not understood")]
pub struct RepeatError(pub String);

const ORDINALS: [(&str, u8); 10] = [
    ("first", 1),
    ("1st", 1),
    ("second", 2),
    ("2nd", 2),
    ("third", 3),
    ("3rd", 3),
    ("fourth", 4),
    ("4th", 4),
    ("last", 5),
    ("final", 5),
];

impl Repeat {
    /// Reads `weekly`, `fortnightly`, `every 2 weeks`, `monthly` (the same
    /// weekday of the month as `first`), `monthly second tuesday`,
    /// `monthly last friday`, `monthly 15` or `monthly date`.
    pub fn parse(text: &str, first: NaiveDate) -> Result<Repeat, RepeatError> {
        let lower = text.trim().to_lowercase();
        let err = || RepeatError(text.trim().to_string());
        let words: Vec<&str> = lower
            .split_whitespace()
            .filter(|w| !matches!(*w, "on" | "the" | "of" | "month" | "each" | "every"))
            .collect();
        match words.as_slice() {
            ["weekly"] | ["week"] => Ok(Repeat::Weekly),
            ["fortnightly"] | ["2", "weeks"] | ["two", "weeks"] | ["fortnight"] => {
                Ok(Repeat::Fortnightly)
            }
            ["monthly"] => Ok(Repeat::same_weekday_as(first)),
            ["monthly", "date"] => Ok(Repeat::MonthlyDate(first.day() as u8)),
            ["monthly", day] if day.chars().next().is_some_and(|c| c.is_ascii_digit()) => {
                let digits: String = day.chars().take_while(char::is_ascii_digit).collect();
                match digits.parse::<u8>() {
                    Ok(d) if (1..=31).contains(&d) => Ok(Repeat::MonthlyDate(d)),
                    _ => Err(err()),
                }
            }
            ["monthly", nth, day] => {
                let nth = ORDINALS
                    .iter()
                    .find(|(w, _)| w == nth)
                    .map(|(_, n)| *n)
                    .ok_or_else(err)?;
                let weekday = weekday(day).ok_or_else(err)?;
                Ok(Repeat::MonthlyWeekday { nth, weekday })
            }
            _ => Err(err()),
        }
    }

    /// "Monthly" said on the 9th of a month, a Tuesday: second Tuesdays
    /// (the last one if it is in the month's last week).
    pub fn same_weekday_as(date: NaiveDate) -> Repeat {
        let nth = ((date.day() - 1) / 7 + 1) as u8;
        let in_last_week = (date + Duration::days(7)).month() != date.month();
        let nth = if nth >= 5 || (nth == 4 && in_last_week) {
            5
        } else {
            nth
        };
        Repeat::MonthlyWeekday {
            nth,
            weekday: date.weekday(),
        }
    }

    /// The first occurrence strictly after `after`, for a series whose
    /// first meeting is on `first`.
    pub fn next_after(&self, first: NaiveDate, after: NaiveDate) -> NaiveDate {
        match *self {
            Repeat::Weekly | Repeat::Fortnightly => {
                let step = if *self == Repeat::Weekly { 7 } else { 14 };
                if after < first {
                    return first;
                }
                let steps = (after - first).num_days() / step + 1;
                first + Duration::days(steps * step)
            }
            Repeat::MonthlyWeekday { .. } | Repeat::MonthlyDate(_) => {
                let mut month =
                    NaiveDate::from_ymd_opt(after.year(), after.month(), 1).unwrap_or(after);
                loop {
                    if let Some(date) = self.in_month(month) {
                        if date > after {
                            return date;
                        }
                    }
                    month = month
                        .checked_add_months(chrono::Months::new(1))
                        .unwrap_or(month + Duration::days(31));
                }
            }
        }
    }

    /// This rule's date in the month starting `first_of_month`.
    fn in_month(&self, first_of_month: NaiveDate) -> Option<NaiveDate> {
        let (y, m) = (first_of_month.year(), first_of_month.month());
        match *self {
            Repeat::MonthlyDate(day) => (1..=u32::from(day))
                .rev()
                .find_map(|d| NaiveDate::from_ymd_opt(y, m, d)),
            Repeat::MonthlyWeekday { nth: 5, weekday } => {
                let last = (28..=31)
                    .rev()
                    .find_map(|d| NaiveDate::from_ymd_opt(y, m, d))?;
                let back = (last.weekday().num_days_from_monday() + 7
                    - weekday.num_days_from_monday())
                    % 7;
                Some(last - Duration::days(i64::from(back)))
            }
            Repeat::MonthlyWeekday { nth, weekday } => {
                NaiveDate::from_weekday_of_month_opt(y, m, weekday, nth)
            }
            _ => None,
        }
    }

    /// Stored form: `weekly`, `fortnightly`, `monthly:2:tue`, `monthly:15`.
    pub fn encode(&self) -> String {
        match self {
            Repeat::Weekly => "weekly".into(),
            Repeat::Fortnightly => "fortnightly".into(),
            Repeat::MonthlyWeekday { nth, weekday } => {
                format!("monthly:{nth}:{}", weekday.num_days_from_monday())
            }
            Repeat::MonthlyDate(d) => format!("monthly:{d}"),
        }
    }

    pub fn decode(s: &str) -> Option<Repeat> {
        let parts: Vec<&str> = s.split(':').collect();
        match parts.as_slice() {
            ["weekly"] => Some(Repeat::Weekly),
            ["fortnightly"] => Some(Repeat::Fortnightly),
            ["monthly", d] => d.parse().ok().map(Repeat::MonthlyDate),
            ["monthly", n, w] => Some(Repeat::MonthlyWeekday {
                nth: n.parse().ok()?,
                weekday: Weekday::try_from(w.parse::<u8>().ok()?).ok()?,
            }),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn repeats_are_read_the_way_people_say_them() {
        let first = d("2026-12-08"); // the second Tuesday of December
        assert_eq!(Repeat::parse("weekly", first), Ok(Repeat::Weekly));
        assert_eq!(
            Repeat::parse("every 2 weeks", first),
            Ok(Repeat::Fortnightly)
        );
        let second_tuesday = Repeat::MonthlyWeekday {
            nth: 2,
            weekday: Weekday::Tue,
        };
        assert_eq!(Repeat::parse("monthly", first), Ok(second_tuesday));
        assert_eq!(
            Repeat::parse("monthly on the second Tuesday", first),
            Ok(second_tuesday)
        );
        assert_eq!(
            Repeat::parse("monthly last friday", first),
            Ok(Repeat::MonthlyWeekday {
                nth: 5,
                weekday: Weekday::Fri
            })
        );
        assert_eq!(
            Repeat::parse("monthly on the 31st", first),
            Ok(Repeat::MonthlyDate(31))
        );
        assert!(Repeat::parse("sometimes", first).is_err());
        assert!(Repeat::parse("monthly 32", first).is_err());
    }

    #[test]
    fn occurrences_follow_the_rule() {
        let first = d("2026-12-08");
        let second_tuesday = Repeat::MonthlyWeekday {
            nth: 2,
            weekday: Weekday::Tue,
        };
        assert_eq!(second_tuesday.next_after(first, first), d("2027-01-12"));
        assert_eq!(
            Repeat::Fortnightly.next_after(first, first),
            d("2026-12-22")
        );
        assert_eq!(
            Repeat::Weekly.next_after(first, d("2026-12-16")),
            d("2026-12-22")
        );
        let last_friday = Repeat::MonthlyWeekday {
            nth: 5,
            weekday: Weekday::Fri,
        };
        assert_eq!(last_friday.next_after(first, first), d("2026-12-25"));
        // The 31st falls back to the month's last day.
        assert_eq!(
            Repeat::MonthlyDate(31).next_after(first, d("2027-01-31")),
            d("2027-02-28")
        );
    }

    #[test]
    fn stored_form_round_trips() {
        for r in [
            Repeat::Weekly,
            Repeat::Fortnightly,
            Repeat::MonthlyDate(15),
            Repeat::MonthlyWeekday {
                nth: 5,
                weekday: Weekday::Sun,
            },
        ] {
            assert_eq!(Repeat::decode(&r.encode()), Some(r));
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn repeat() -> impl Strategy<Value = Repeat> {
        prop_oneof![
            Just(Repeat::Weekly),
            Just(Repeat::Fortnightly),
            (1u8..=31).prop_map(Repeat::MonthlyDate),
            (1u8..=5, 0u8..7).prop_map(|(nth, w)| Repeat::MonthlyWeekday {
                nth,
                weekday: Weekday::try_from(w).unwrap()
            }),
        ]
    }

    proptest! {
        /// The next occurrence is after the given day, within about a
        /// month, and on the rule's weekday or date.
        #[test]
        fn next_occurrences_keep_the_rule(
            rule in repeat(),
            first_days in 0i64..730,
            after_days in 0i64..730,
        ) {
            let base = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
            let first = base + Duration::days(first_days);
            let after = first + Duration::days(after_days);
            let next = rule.next_after(first, after);
            prop_assert!(next > after);
            prop_assert!(next - after <= Duration::days(62));
            match rule {
                Repeat::Weekly => prop_assert_eq!((next - first).num_days() % 7, 0),
                Repeat::Fortnightly => prop_assert_eq!((next - first).num_days() % 14, 0),
                Repeat::MonthlyWeekday { weekday, .. } => prop_assert_eq!(next.weekday(), weekday),
                Repeat::MonthlyDate(day) => prop_assert!(next.day() == u32::from(day)
                    || (next + Duration::days(1)).day() == 1),
            }
        }
    }
}
