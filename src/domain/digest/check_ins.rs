//! Check-ins in a digest: how many, and how people arrived, counted in
//! batches so that no two digests differ by one answer.

use super::{CheckIns, RoundFact, SpreadCounts, WeekData};
use crate::domain::checkin::pulse::PulseEntry;
use crate::domain::checkin::{batched, Spread};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// How people arrived is counted in batches (see [`batched`]), so
/// that no two digests (one asked for a minute after another) differ by a
/// single answer: each closed round of three or more joins as it closes;
/// private check-ins and smaller rounds join together once the week is
/// over, and only if there are three or more of them.
///
/// A round belongs to the week it opened in, and its answers count only
/// once it has closed (an open round joins no digest), so the figures of
/// one digest agree: the check-ins are the closed rounds' answers plus the
/// private ones.
pub(super) fn check_ins(
    data: &WeekData,
    in_week: &dyn Fn(DateTime<Utc>) -> bool,
    complete: bool,
) -> CheckIns {
    let mut rounds: Vec<&RoundFact> = data
        .rounds
        .iter()
        .filter(|r| in_week(r.opened_at))
        .collect();
    rounds.sort_by_key(|r| (r.opened_at, r.id));
    let closed: Vec<i64> = rounds.iter().filter(|r| r.closed).map(|r| r.id).collect();
    let entries: Vec<&PulseEntry> = data
        .check_ins
        .iter()
        .filter(|e| match e.round {
            Some(round) => closed.contains(&round),
            None => in_week(e.at),
        })
        .collect();
    let mut by_round: BTreeMap<Option<i64>, Spread> = BTreeMap::new();
    for e in &entries {
        by_round.entry(e.round).or_default().add(e.answer);
    }
    // The rest waits while any round of the week is open: it could close
    // with one answer and move the rest by one.
    let round_still_open = rounds.iter().any(|r| !r.closed);
    let spread = batched(&by_round, complete, round_still_open);
    let answers_in = |id: i64| by_round.get(&Some(id)).map_or(0, |s| s.people());
    CheckIns {
        rounds: closed.len() as u32,
        round_answers: closed.iter().map(|&id| answers_in(id)).collect(),
        total: entries.len() as u32,
        private: entries.iter().filter(|e| e.round.is_none()).count() as u32,
        spread: spread.shown().map(SpreadCounts::from),
        round_still_open,
    }
}

impl From<Spread> for SpreadCounts {
    fn from(spread: Spread) -> SpreadCounts {
        let [rough, low, okay, good, great] = spread.moods;
        SpreadCounts {
            rough,
            low,
            okay,
            good,
            great,
            pass: spread.passes,
        }
    }
}
