//! Nudges: once a day at most, privately, only to members who have not
//! voted, never in quiet hours (the group's or their own), and not once
//! quorum is reached if the creator chose so.

use crate::app::meeting::mine::nudge_at;
use crate::app::meeting::text::when_in;
use crate::app::timed::Job;
use crate::app::{AppError, Turn};
use crate::store::{CommunityRecord, PollRecord, PollState};
use chrono::{DateTime, Duration, Utc};

/// A poll with no deadline is nudged this many days at most.
const MAX_ROUNDS_WITHOUT_DEADLINE: i32 = 3;

/// When round `round` of nudges is due, if there is one: a day apart from
/// posting, or half-way for a poll shorter than two days; never within
/// the last hour.
fn round_at(poll: &PollRecord, round: i32) -> Option<DateTime<Utc>> {
    let at = match poll.deadline {
        Some(deadline) if deadline - poll.created_at < Duration::days(2) => {
            (round == 1).then(|| poll.created_at + (deadline - poll.created_at) / 2)?
        }
        _ => poll.created_at + Duration::days(i64::from(round)),
    };
    match poll.deadline {
        Some(deadline) if at > deadline - Duration::hours(1) => None,
        None if round > MAX_ROUNDS_WITHOUT_DEADLINE => None,
        _ => Some(at),
    }
}

pub async fn book_round(
    turn: &mut Turn<'_>,
    poll: &PollRecord,
    round: i32,
) -> Result<(), AppError> {
    if let Some(at) = round_at(poll, round) {
        Job::PollNudge {
            poll_id: poll.id,
            round,
        }
        .schedule(&mut turn.tx, &format!("poll-nudge:{}:{round}", poll.id), at)
        .await?;
    }
    Ok(())
}

async fn still_wanted(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
) -> Result<bool, AppError> {
    if poll.state != PollState::Open {
        return Ok(false);
    }
    if poll.rules.nudge_until_quorum {
        let counted = super::post::turnout(turn, community, poll).await?;
        if poll.rules.quorum.met(counted.voted, counted.members) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// One round: a nudge booked for each member who has not voted.
pub async fn round(turn: &mut Turn<'_>, poll_id: i64, round: i32) -> Result<(), AppError> {
    let Some(poll) = turn.tx.poll(poll_id).await? else {
        return Ok(());
    };
    let community = turn.tx.community_by_id(poll.community_id).await?;
    let Some(community) = community.filter(|c| c.active) else {
        return Ok(());
    };
    if !still_wanted(turn, &community, &poll).await? {
        return Ok(());
    }
    let voted = turn.tx.poll_voters(poll.id).await?;
    for member in turn.tx.members(community.id).await? {
        if voted.binary_search(&member.id).is_ok() || member.private_chat_id.is_none() {
            continue;
        }
        let at = nudge_at(turn, community.id, community.time_zone, &member).await?;
        if poll.deadline.is_some_and(|d| at >= d) {
            continue;
        }
        Job::PollNudgePerson {
            poll_id: poll.id,
            person_id: member.id,
        }
        .schedule(
            &mut turn.tx,
            &format!("poll-nudge:{}:{round}:{}", poll.id, member.id),
            at,
        )
        .await?;
    }
    book_round(turn, &poll, round + 1).await
}

pub async fn person(turn: &mut Turn<'_>, poll_id: i64, person_id: i64) -> Result<(), AppError> {
    let Some(poll) = turn.tx.poll(poll_id).await? else {
        return Ok(());
    };
    let community = turn.tx.community_by_id(poll.community_id).await?;
    let Some(community) = community.filter(|c| c.active) else {
        return Ok(());
    };
    if !still_wanted(turn, &community, &poll).await? {
        return Ok(());
    }
    if turn.tx.membership(community.id, person_id).await?.is_none()
        || turn.tx.poll_voters(poll.id).await?.contains(&person_id)
    {
        return Ok(());
    }
    let Some(person) = turn.tx.person(person_id).await? else {
        return Ok(());
    };
    let Some(chat) = community.private_chat_of(&person) else {
        return Ok(());
    };
    let lang = turn.language_of(&person, community.language);
    let zone = person.time_zone.unwrap_or(community.time_zone);
    let body = match poll.deadline {
        Some(d) => turn.t(
            lang,
            "poll-nudge",
            &[
                ("question", poll.question.as_str().into()),
                ("group", community.title.as_str().into()),
                ("when", when_in(turn, lang, d, zone).into()),
            ],
        ),
        None => turn.t(
            lang,
            "poll-nudge-open",
            &[
                ("question", poll.question.as_str().into()),
                ("group", community.title.as_str().into()),
            ],
        ),
    };
    turn.say(&chat, body).await?;
    super::ballot::show(turn, &person, &chat, poll.id, None).await
}
