//! The weekly digest: what happened in a community over one ISO week, built
//! as data from the week's facts by [`build`], a pure function. The data is
//! stored as JSON (schema [`SCHEMA_VERSION`]) and read by the coordinators'
//! SQL views, so it holds only what a digest may show: counts, results
//! already announced, and person ids (never names, never an answer or a
//! ballot). Names are put in when a coordinators' copy is rendered.

pub mod command;

mod check_ins;
mod stored;

pub use stored::*;

use crate::domain::checkin::pulse::PulseEntry;
use crate::domain::poll::result::Headline;
use crate::domain::time::week::IsoWeek;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use std::collections::BTreeMap;

/// Bumped whenever a field changes meaning or goes; new fields may be
/// added without a bump. The SQL views read this version.
pub const SCHEMA_VERSION: u32 = 1;

/// A member is "not heard from" after this long without a word or a tap.
pub const QUIET_AFTER: Duration = Duration::weeks(4);

/// How far ahead "coming up" looks.
pub const AHEAD: Duration = Duration::days(7);

/// Everything the digest is built from, read in one go for one week.
#[derive(Debug, Clone, PartialEq)]
pub struct WeekData {
    pub community_id: i64,
    pub community: String,
    pub time_zone: Tz,
    pub week: IsoWeek,
    /// When it is built: a week still running is described up to here.
    pub as_of: DateTime<Utc>,
    /// Current members, and those who left during or after the week.
    pub members: Vec<MemberFact>,
    /// How many people the platform says the group has now (some may
    /// never have spoken, so Kettle does not know them).
    pub platform_count: Option<u32>,
    /// Meetings from the week's start to a week after it (or after `as_of`).
    pub meetings: Vec<MeetingFact>,
    /// Check-in rounds opened in the week.
    pub rounds: Vec<RoundFact>,
    /// Check-ins in the week (round answers and private ones), no person.
    pub check_ins: Vec<PulseEntry>,
    /// Polls opened, closed, decided or due for review around the week,
    /// and those still open.
    pub polls: Vec<PollFact>,
    /// Times still being found.
    pub time_polls: Vec<TimePollFact>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MemberFact {
    pub person_id: i64,
    pub name: String,
    pub joined_at: DateTime<Utc>,
    pub left_at: Option<DateTime<Utc>>,
    /// The weeks (their local Mondays) they said or pressed anything in
    /// the group, from four weeks before the digest's week to it.
    pub heard_weeks: Vec<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MeetingFact {
    pub id: i64,
    pub title: String,
    /// `YYYY-MM-DD HH:MM` in the meeting's zone, as members saw it.
    pub starts_local: String,
    pub starts_at: DateTime<Utc>,
    pub cancelled: bool,
    pub going: u32,
    pub maybe: u32,
    pub cant: u32,
    /// Marked as there by a coordinator: `None` until a coordinator
    /// confirmed the list (not recorded is not "nobody came").
    pub came: Option<u32>,
    /// Of those who came, how many had said they were going.
    pub came_said_going: u32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RoundFact {
    pub id: i64,
    pub opened_at: DateTime<Utc>,
    pub closed: bool,
    pub answered: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PollFact {
    pub id: i64,
    pub question: String,
    pub kind: String,
    pub anonymous: bool,
    pub created_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
    pub voted: u64,
    pub members: u64,
    /// For a closed poll: its result, as announced at close.
    pub result: Option<(Headline, bool)>,
    pub outcome: Option<String>,
    pub outcome_at: Option<DateTime<Utc>>,
    pub review_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimePollFact {
    pub id: i64,
    pub title: String,
    pub answered: u32,
    pub members: u32,
    pub deadline: Option<DateTime<Utc>>,
}

/// Builds the digest. Pure: the same facts always give the same digest,
/// whatever order they come in.
/// A digest built later than this after its week shows figures as they
/// were when built, and says so.
pub const LATE: Duration = Duration::days(1);

pub fn build(data: &WeekData) -> Digest {
    let tz = data.time_zone;
    let (start, week_end) = data.week.bounds(tz);
    // What "now" means for this week: its end, or the build time if sooner.
    let until = data.as_of.min(week_end);
    let in_week = |t: DateTime<Utc>| start <= t && t < until;
    let check_ins = check_ins::check_ins(data, &in_week, data.as_of >= week_end);

    Digest {
        schema_version: SCHEMA_VERSION,
        community_id: data.community_id,
        community: data.community.clone(),
        time_zone: tz.name().to_string(),
        week: data.week,
        starts_on: data.week.monday(),
        ends_on: data.week.sunday(),
        built_at: data.as_of,
        // A week is complete once over and its last round has closed.
        complete: data.as_of >= week_end && !check_ins.round_still_open,
        approximate: data.as_of > week_end + LATE,
        members: members(data, start, until),
        meetings: meetings(data, &in_week, until),
        check_ins,
        polls: polls(data, &in_week, until),
        time_polls: sorted(
            data.time_polls
                .iter()
                .filter(|p| p.answered < p.members)
                .map(|p| TimePollLine {
                    time_poll_id: p.id,
                    title: p.title.clone(),
                    answered: p.answered,
                    members: p.members,
                })
                .collect(),
            |l| l.time_poll_id,
        ),
    }
}

/// The last local day a digest up to `until` (exclusive) covers.
pub fn last_day(until: DateTime<Utc>, tz: Tz) -> NaiveDate {
    (until - Duration::seconds(1))
        .with_timezone(&tz)
        .date_naive()
}

/// Every member's name by id, for rendering a coordinators' copy.
pub fn names(data: &WeekData) -> BTreeMap<i64, String> {
    data.members
        .iter()
        .map(|m| (m.person_id, m.name.clone()))
        .collect()
}

fn members(data: &WeekData, start: DateTime<Utc>, until: DateTime<Utc>) -> Members {
    let present = |m: &&MemberFact| m.joined_at < until && m.left_at.is_none_or(|l| l >= until);
    let monday = data.week.monday();
    // Not heard from in four weeks: in none of this week and the three before.
    let quiet_since = monday - QUIET_AFTER + Duration::weeks(1);
    let ids = |keep: &dyn Fn(&MemberFact) -> bool| -> Vec<i64> {
        let mut ids: Vec<i64> = data
            .members
            .iter()
            .filter(|m| keep(m))
            .map(|m| m.person_id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    Members {
        count: (data.members.iter().filter(present).count() as u32)
            .max(data.platform_count.unwrap_or(0)),
        heard_this_week: data
            .members
            .iter()
            .filter(present)
            .filter(|m| m.heard_weeks.contains(&monday))
            .count() as u32,
        joined: ids(&|m| start <= m.joined_at && m.joined_at < until && present(&m)),
        left: ids(&|m| m.left_at.is_some_and(|l| start <= l && l < until)),
        not_heard: ids(&|m| {
            present(&m)
                && m.joined_at < until - QUIET_AFTER
                && !m
                    .heard_weeks
                    .iter()
                    .any(|&w| w >= quiet_since && w <= monday)
        }),
    }
}

fn meetings(
    data: &WeekData,
    in_week: &dyn Fn(DateTime<Utc>) -> bool,
    until: DateTime<Utc>,
) -> Meetings {
    let mut week: Vec<&MeetingFact> = data
        .meetings
        .iter()
        .filter(|m| in_week(m.starts_at))
        .collect();
    week.sort_by_key(|m| (m.starts_at, m.id));
    let mut ahead: Vec<&MeetingFact> = data
        .meetings
        .iter()
        .filter(|m| !m.cancelled && until <= m.starts_at && m.starts_at < until + AHEAD)
        .collect();
    ahead.sort_by_key(|m| (m.starts_at, m.id));
    Meetings {
        held: week
            .iter()
            .filter(|m| !m.cancelled)
            .map(|m| HeldMeeting {
                meeting_id: m.id,
                title: m.title.clone(),
                starts_local: m.starts_local.clone(),
                going: m.going,
                maybe: m.maybe,
                cant: m.cant,
                came: m.came,
                came_said_going: m.came.map_or(0, |came| m.came_said_going.min(came)),
            })
            .collect(),
        cancelled: week.iter().filter(|m| m.cancelled).count() as u32,
        upcoming: ahead
            .iter()
            .map(|m| UpcomingMeeting {
                meeting_id: m.id,
                title: m.title.clone(),
                starts_local: m.starts_local.clone(),
                going: m.going,
            })
            .collect(),
    }
}

fn polls(data: &WeekData, in_week: &dyn Fn(DateTime<Utc>) -> bool, until: DateTime<Utc>) -> Polls {
    let line = |p: &PollFact| PollLine {
        poll_id: p.id,
        question: p.question.clone(),
        kind: p.kind.clone(),
        anonymous: p.anonymous,
        voted: p.voted,
        members: p.members,
    };
    let all = || data.polls.iter();
    let open_at_end =
        |p: &&PollFact| p.created_at < until && p.closed_at.is_none_or(|c| c >= until);
    Polls {
        opened: sorted(
            all().filter(|p| in_week(p.created_at)).map(line).collect(),
            |l| l.poll_id,
        ),
        closed: sorted(
            all()
                .filter(|p| p.closed_at.is_some_and(in_week))
                .filter_map(|p| {
                    let (result, quorum_met) = p.result.clone()?;
                    Some(ClosedPoll {
                        poll: line(p),
                        quorum_met,
                        result,
                    })
                })
                .collect(),
            |c| c.poll.poll_id,
        ),
        still_open: sorted(all().filter(open_at_end).map(line).collect(), |l| l.poll_id),
        decisions: sorted(
            all()
                .filter(|p| p.outcome_at.is_some_and(in_week))
                .filter_map(|p| {
                    Some(Decision {
                        poll_id: p.id,
                        question: p.question.clone(),
                        outcome: p.outcome.clone()?,
                        review_on: p.review_on,
                    })
                })
                .collect(),
            |d| d.poll_id,
        ),
        reviews_due: {
            let mut due: Vec<Review> = all()
                .filter_map(|p| {
                    let on = p.review_on?;
                    // Once, in the week it falls in: never also in the week before.
                    (data.week.monday() <= on && on <= data.week.sunday()).then(|| Review {
                        poll_id: p.id,
                        question: p.question.clone(),
                        outcome: p.outcome.clone(),
                        review_on: on,
                    })
                })
                .collect();
            due.sort_by_key(|r| (r.review_on, r.poll_id));
            due
        },
    }
}

fn sorted<T>(mut items: Vec<T>, key: impl Fn(&T) -> i64) -> Vec<T> {
    items.sort_by_key(|i| key(i));
    items
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod check_in_properties;
