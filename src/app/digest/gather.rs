//! Reading one week of a community's life from the store, as the plain
//! facts [`crate::domain::digest::build`] works from. Closed polls are
//! counted again from their ballots, exactly as their result was announced.

use crate::domain::digest::{self, Digest, PollFact, WeekData, AHEAD};
use crate::domain::poll::result::Headline;
use crate::domain::poll::tally;
use crate::domain::poll::Ballot;
use crate::domain::time::week::IsoWeek;
use crate::store::{
    CommunityRecord, PollRecord, PollState, StoreError, StoreResult, Tx, WeekFacts, WeekWindow,
};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// The week's facts, as of `as_of` (a week still running is read up to then).
pub async fn week_data(
    tx: &mut Tx,
    community: &CommunityRecord,
    week: IsoWeek,
    as_of: DateTime<Utc>,
) -> StoreResult<WeekData> {
    let mut one = weeks_data(tx, &[(community, week)], as_of).await?;
    one.pop()
        .ok_or_else(|| StoreError::Corrupt("a week read came back empty".into()))
}

/// Many communities' weeks, in the order asked: each kind of fact is read
/// for all of them in one statement (see [`crate::store::WeekWindow`]).
pub async fn weeks_data(
    tx: &mut Tx,
    weeks: &[(&CommunityRecord, IsoWeek)],
    as_of: DateTime<Utc>,
) -> StoreResult<Vec<WeekData>> {
    let windows: Vec<WeekWindow> = weeks
        .iter()
        .map(|&(community, week)| window(community, week, as_of))
        .collect();
    let facts = tx.week_facts(&windows).await?;
    let closed: Vec<i64> = facts
        .iter()
        .zip(&windows)
        .flat_map(|(f, w)| {
            f.polls
                .iter()
                .filter(|(p, _)| closed_by(p, w.until))
                .map(|(p, _)| p.id)
        })
        .collect();
    let ballots = tx.ballots_of_polls(&closed).await?;
    Ok(weeks
        .iter()
        .zip(windows)
        .zip(facts)
        .map(|((&(community, week), w), f)| assemble(community, week, &w, f, &ballots))
        .collect())
}

fn window(community: &CommunityRecord, week: IsoWeek, as_of: DateTime<Utc>) -> WeekWindow {
    let tz = community.time_zone.tz();
    let (start, end) = week.bounds(tz);
    let until = as_of.min(end);
    let today = digest::last_day(until, tz);
    let monday = week.monday();
    WeekWindow {
        community_id: community.id,
        start,
        until,
        ahead: until + AHEAD,
        as_of,
        heard: (monday - digest::QUIET_AFTER, monday),
        review: (monday, today + AHEAD),
    }
}

/// Whether the poll's result was known by `until` (and so goes in the digest).
fn closed_by(poll: &PollRecord, until: DateTime<Utc>) -> bool {
    poll.state == PollState::Closed && poll.closed_at.is_some_and(|c| c < until)
}

/// One week's facts as the digest reads them. Closed polls are counted
/// again from their ballots, exactly as their result was announced.
fn assemble(
    community: &CommunityRecord,
    week: IsoWeek,
    w: &WeekWindow,
    f: WeekFacts,
    ballots: &BTreeMap<i64, Vec<Ballot>>,
) -> WeekData {
    let known = f.members.iter().filter(|m| m.left_at.is_none()).count() as i64;
    let polls = f
        .polls
        .into_iter()
        .map(|(poll, voted)| {
            let members = poll
                .members_at_close
                .unwrap_or_else(|| community.headcount(known, voted as usize))
                .max(0) as u64;
            let result = closed_by(&poll, w.until).then(|| {
                // A poll may be in several weeks asked for: its ballots stay.
                let ballots = ballots.get(&poll.id).map_or(&[][..], Vec::as_slice);
                let result = tally(&poll.rules, &poll.options, ballots, members);
                (Headline::of(&poll.options, &result), result.quorum_met)
            });
            PollFact {
                id: poll.id,
                question: poll.question,
                kind: poll.rules.kind.name().to_string(),
                anonymous: poll.rules.anonymous,
                created_at: poll.created_at,
                closed_at: poll.closed_at,
                voted: voted.max(0) as u64,
                members,
                result,
                outcome: poll.outcome,
                outcome_at: poll.outcome_at,
                review_on: poll.review_on,
            }
        })
        .collect();
    let mut time_polls = f.time_polls;
    for tp in &mut time_polls {
        tp.members = community.headcount(known, tp.answered as usize).max(0) as u32;
    }
    WeekData {
        community_id: community.id,
        community: community.title.clone(),
        time_zone: community.time_zone.tz(),
        week,
        as_of: w.as_of,
        members: f.members,
        platform_count: community.member_count.and_then(|n| u32::try_from(n).ok()),
        meetings: f.meetings,
        rounds: f.rounds,
        check_ins: f.check_ins,
        polls,
        time_polls,
    }
}

/// Reads and builds a week's digest, with the names a coordinators' copy needs.
pub async fn build(
    tx: &mut Tx,
    community: &CommunityRecord,
    week: IsoWeek,
    as_of: DateTime<Utc>,
) -> StoreResult<(Digest, BTreeMap<i64, String>)> {
    let data = week_data(tx, community, week, as_of).await?;
    Ok((digest::build(&data), digest::names(&data)))
}

/// A week's digest as the record has it, with the names a coordinators'
/// copy needs. A week stored complete is its record: asked for again, the
/// stored copy is given, never a rebuild from today's state (only an
/// operator rebuilds, with `kettle digest --rebuild`). Any other week is
/// built now.
pub async fn record(
    tx: &mut Tx,
    community: &CommunityRecord,
    week: IsoWeek,
    as_of: DateTime<Utc>,
) -> StoreResult<(Digest, BTreeMap<i64, String>)> {
    record_from(tx, community, week, as_of, None, None).await
}

/// [`record`], built (when it is built) from facts already read for it
/// (see [`super::weekly::read_ahead`]) rather than read now.
pub async fn record_from(
    tx: &mut Tx,
    community: &CommunityRecord,
    week: IsoWeek,
    as_of: DateTime<Utc>,
    read: Option<WeekData>,
    stored_complete: Option<bool>,
) -> StoreResult<(Digest, BTreeMap<i64, String>)> {
    // Read ahead: no complete digest stored, so none need be read.
    let stored = match stored_complete {
        Some(false) => None,
        _ => tx.stored_digest(community.id, week).await?,
    };
    match stored {
        Some(stored) if stored.digest.complete => {
            let (start, _) = week.bounds(community.time_zone.tz());
            let names = tx
                .digest_members(community.id, start, (week.monday(), week.monday()))
                .await?
                .into_iter()
                .map(|m| (m.person_id, m.name))
                .collect();
            Ok((stored.digest, names))
        }
        _ => match read {
            Some(data) => Ok((digest::build(&data), digest::names(&data))),
            None => build(tx, community, week, as_of).await,
        },
    }
}
