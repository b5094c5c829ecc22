//! The pulse: how a community has been arriving, week by week, between
//! and at meetings. Only aggregates; any week covering fewer than
//! [`MIN_GROUP`](crate::domain::checkin::MIN_GROUP) check-ins shows no spread.

use crate::domain::checkin::{Answer, Spread};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use std::collections::BTreeSet;

/// One check-in as the pulse sees it: when, what, and which round (none
/// for a private check-in). No person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PulseEntry {
    pub at: DateTime<Utc>,
    pub answer: Answer,
    pub round: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekPulse {
    /// The Monday the week starts on, in the community's zone.
    pub week_start: NaiveDate,
    pub rounds: u32,
    /// Check-ins in the week (rounds and private ones).
    pub check_ins: u32,
    /// The spread, when it covers enough check-ins to show safely.
    pub spread: Option<Spread>,
}

/// The last `weeks` weeks up to and including the one holding `now`, oldest first.
pub fn weekly(entries: &[PulseEntry], tz: Tz, now: DateTime<Utc>, weeks: u32) -> Vec<WeekPulse> {
    let this_week = monday_of(now, tz);
    (0..weeks)
        .rev()
        .map(|back| {
            let week_start = this_week - Duration::weeks(i64::from(back));
            let in_week: Vec<&PulseEntry> = entries
                .iter()
                .filter(|e| monday_of(e.at, tz) == week_start)
                .collect();
            let rounds: BTreeSet<i64> = in_week.iter().filter_map(|e| e.round).collect();
            let mut spread = Spread::default();
            for e in &in_week {
                spread.add(e.answer);
            }
            WeekPulse {
                week_start,
                rounds: rounds.len() as u32,
                check_ins: spread.people(),
                spread: spread.shown(),
            }
        })
        .collect()
}

fn monday_of(at: DateTime<Utc>, tz: Tz) -> NaiveDate {
    let local = at.with_timezone(&tz).date_naive();
    local - Duration::days(i64::from(local.weekday().num_days_from_monday()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checkin::Mood;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn entry(when: &str, answer: Answer, round: Option<i64>) -> PulseEntry {
        PulseEntry {
            at: at(when),
            answer,
            round,
        }
    }

    #[test]
    fn weeks_run_monday_to_sunday_in_the_communitys_zone() {
        let tz = chrono_tz::Pacific::Auckland;
        // Sunday 23:30 UTC is Monday morning in Auckland: a new week there.
        let entries = [
            entry("2026-11-15T23:30:00Z", Answer::Mood(Mood::Good), Some(1)),
            entry("2026-11-16T01:00:00Z", Answer::Pass, Some(1)),
            entry("2026-11-16T02:00:00Z", Answer::Mood(Mood::Low), None),
        ];
        let weeks = weekly(&entries, tz, at("2026-11-20T00:00:00Z"), 2);
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[1].week_start.to_string(), "2026-11-16");
        assert_eq!((weeks[1].rounds, weeks[1].check_ins), (1, 3));
        assert_eq!(weeks[1].spread.map(|s| s.passes), Some(1));
        assert_eq!(weeks[0].check_ins, 0);
    }

    #[test]
    fn a_week_with_fewer_than_three_check_ins_shows_no_spread() {
        let tz = chrono_tz::Europe::London;
        let entries = [
            entry("2026-11-17T19:00:00Z", Answer::Mood(Mood::Rough), None),
            entry("2026-11-18T19:00:00Z", Answer::Mood(Mood::Great), None),
        ];
        let weeks = weekly(&entries, tz, at("2026-11-20T00:00:00Z"), 8);
        assert_eq!(weeks.len(), 8);
        assert_eq!(weeks[7].check_ins, 2);
        assert_eq!(weeks[7].spread, None);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::domain::checkin::{Mood, MIN_GROUP};
    use proptest::prelude::*;

    proptest! {
        /// No week's spread ever covers fewer than three check-ins, and
        /// every check-in in range is counted in exactly one week.
        #[test]
        fn no_week_singles_anyone_out(
            offsets in prop::collection::vec((0i64..(56 * 24 * 60), 0usize..6), 0..40)
        ) {
            let now = DateTime::parse_from_rfc3339("2026-11-22T12:00:00Z").unwrap().with_timezone(&Utc);
            let entries: Vec<PulseEntry> = offsets
                .iter()
                .map(|(minutes, a)| PulseEntry {
                    at: now - Duration::minutes(*minutes),
                    answer: Mood::ALL.get(*a).map_or(Answer::Pass, |m| Answer::Mood(*m)),
                    round: None,
                })
                .collect();
            let weeks = weekly(&entries, chrono_tz::Europe::London, now, 9);
            let counted: u32 = weeks.iter().map(|w| w.check_ins).sum();
            prop_assert_eq!(counted as usize, entries.len());
            for w in weeks {
                if let Some(s) = w.spread {
                    prop_assert!(s.people() >= MIN_GROUP);
                }
            }
        }
    }
}
