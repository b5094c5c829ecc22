//! Reading one week of a community's life from the store, as the plain
//! facts [`crate::domain::digest::build`] works from. Closed polls are
//! counted again from their ballots, exactly as their result was announced.

use crate::domain::digest::{self, Digest, PollFact, WeekData, AHEAD};
use crate::domain::poll::result::Headline;
use crate::domain::poll::tally;
use crate::domain::time::week::IsoWeek;
use crate::store::{CommunityRecord, PollState, StoreResult, Tx};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// The week's facts, as of `as_of` (a week still running is read up to then).
pub async fn week_data(
    tx: &mut Tx,
    community: &CommunityRecord,
    week: IsoWeek,
    as_of: DateTime<Utc>,
) -> StoreResult<WeekData> {
    let tz = community.time_zone.tz();
    let (start, end) = week.bounds(tz);
    let until = as_of.min(end);
    let today = digest::last_day(until, tz);
    let monday = week.monday();
    let heard_weeks = (monday - digest::QUIET_AFTER, monday);
    let members = tx.digest_members(community.id, start, heard_weeks).await?;
    let known = members.iter().filter(|m| m.left_at.is_none()).count() as i64;
    let meetings = tx
        .digest_meetings(community.id, start, until + AHEAD)
        .await?;
    let rounds = tx
        .digest_rounds(community.id, (start, until), as_of)
        .await?;
    let check_ins = tx
        .digest_check_ins(community.id, (start, until), as_of)
        .await?;
    let mut polls = vec![];
    for (poll, voted) in tx
        .polls_around(community.id, (start, until), (week.monday(), today + AHEAD))
        .await?
    {
        let members = poll
            .members_at_close
            .unwrap_or_else(|| community.headcount(known, voted as usize))
            .max(0) as u64;
        let closed_by_then =
            poll.state == PollState::Closed && poll.closed_at.is_some_and(|c| c < until);
        let result = if closed_by_then {
            let ballots: Vec<_> = tx
                .poll_ballots(poll.id)
                .await?
                .into_iter()
                .map(|(b, _)| b)
                .collect();
            let result = tally(&poll.rules, &poll.options, &ballots, members);
            Some((Headline::of(&poll.options, &result), result.quorum_met))
        } else {
            None
        };
        polls.push(PollFact {
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
        });
    }
    let mut time_polls = tx.digest_time_polls(community.id, until).await?;
    for tp in &mut time_polls {
        tp.members = community.headcount(known, tp.answered as usize).max(0) as u32;
    }
    Ok(WeekData {
        community_id: community.id,
        community: community.title.clone(),
        time_zone: tz,
        week,
        as_of,
        members,
        platform_count: community.member_count.and_then(|n| u32::try_from(n).ok()),
        meetings,
        rounds,
        check_ins,
        polls,
        time_polls,
    })
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
    match tx.stored_digest(community.id, week).await? {
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
        _ => build(tx, community, week, as_of).await,
    }
}
