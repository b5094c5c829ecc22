//! The pulse: how a community has been arriving, week by week, between
//! and at meetings. Only aggregates, counted in the digest's batches
//! ([`batched`]): no spread covers fewer than
//! [`MIN_GROUP`](crate::domain::checkin::MIN_GROUP) check-ins, and no two
//! looks a moment apart differ by one answer.

use crate::domain::checkin::{batched, Answer, Spread};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use std::collections::BTreeMap;

/// One check-in as the pulse sees it: when, what, and which round (none
/// for a private check-in). No person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PulseEntry {
    pub at: DateTime<Utc>,
    pub answer: Answer,
    pub round: Option<i64>,
}

/// A check-in round as the pulse sees it: a round belongs to the week it
/// opened in, and its answers count once it has closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PulseRound {
    pub id: i64,
    pub opened_at: DateTime<Utc>,
    pub closed: bool,
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
pub fn weekly(
    entries: &[PulseEntry],
    rounds: &[PulseRound],
    tz: Tz,
    now: DateTime<Utc>,
    weeks: u32,
) -> Vec<WeekPulse> {
    let this_week = monday_of(now, tz);
    (0..weeks)
        .rev()
        .map(|back| {
            let week_start = this_week - Duration::weeks(i64::from(back));
            let of_week: Vec<&PulseRound> = rounds
                .iter()
                .filter(|r| monday_of(r.opened_at, tz) == week_start)
                .collect();
            let closed = |id: i64| of_week.iter().any(|r| r.id == id && r.closed);
            let mut by_round: BTreeMap<Option<i64>, Spread> = BTreeMap::new();
            for e in entries.iter().filter(|e| match e.round {
                Some(round) => closed(round),
                None => monday_of(e.at, tz) == week_start,
            }) {
                by_round.entry(e.round).or_default().add(e.answer);
            }
            let complete = week_start < this_week;
            let still_open = of_week.iter().any(|r| !r.closed);
            WeekPulse {
                week_start,
                rounds: of_week.iter().filter(|r| r.closed).count() as u32,
                check_ins: by_round.values().map(Spread::people).sum(),
                spread: batched(&by_round, complete, still_open).shown(),
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

    fn round(id: i64, opened: &str, closed: bool) -> PulseRound {
        PulseRound {
            id,
            opened_at: at(opened),
            closed,
        }
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
        let rounds = [round(1, "2026-11-15T23:00:00Z", true)];
        let weeks = weekly(&entries, &rounds, tz, at("2026-11-20T00:00:00Z"), 2);
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[1].week_start.to_string(), "2026-11-16");
        assert_eq!((weeks[1].rounds, weeks[1].check_ins), (1, 3));
        assert_eq!(
            weeks[1].spread, None,
            "a small round and a private check-in wait for the week's end"
        );
        assert_eq!(weeks[0].check_ins, 0);
        let later = weekly(&entries, &rounds, tz, at("2026-11-24T00:00:00Z"), 2);
        assert_eq!(later[0].spread.map(|s| s.passes), Some(1));
    }

    #[test]
    fn an_open_rounds_answers_count_only_once_it_closes() {
        let tz = chrono_tz::Europe::London;
        let entries: Vec<PulseEntry> = (0..4)
            .map(|i| {
                entry(
                    &format!("2026-11-17T19:0{i}:00Z"),
                    Answer::Mood(Mood::Good),
                    Some(7),
                )
            })
            .collect();
        let now = at("2026-11-17T19:30:00Z");
        let open = weekly(
            &entries,
            &[round(7, "2026-11-17T19:00:00Z", false)],
            tz,
            now,
            1,
        );
        assert_eq!((open[0].check_ins, open[0].spread), (0, None));
        let closed = weekly(
            &entries,
            &[round(7, "2026-11-17T19:00:00Z", true)],
            tz,
            now,
            1,
        );
        assert_eq!(closed[0].check_ins, 4);
        assert_eq!(closed[0].spread.map(|s| s.count(Mood::Good)), Some(4));
    }

    #[test]
    fn a_week_with_fewer_than_three_check_ins_shows_no_spread() {
        let tz = chrono_tz::Europe::London;
        let entries = [
            entry("2026-11-17T19:00:00Z", Answer::Mood(Mood::Rough), None),
            entry("2026-11-18T19:00:00Z", Answer::Mood(Mood::Great), None),
        ];
        let weeks = weekly(&entries, &[], tz, at("2026-11-30T00:00:00Z"), 8);
        assert_eq!(weeks.len(), 8);
        assert_eq!(weeks[5].check_ins, 2);
        assert_eq!(weeks[5].spread, None);
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
            let weeks = weekly(&entries, &[], chrono_tz::Europe::London, now, 9);
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
