//! Closing a poll: at its deadline, or by hand (its creator or a
//! coordinator). The result is posted with everything needed to check it.

use super::post;
use crate::app::{AppError, Turn};
use crate::domain::poll::Ballot;
use crate::domain::{Language, Role};
use crate::store::{CommunityRecord, PersonRecord, PollRecord, PollState};

/// Closes the poll and posts its result. Nothing if it was closed already.
pub async fn close(turn: &mut Turn<'_>, poll_id: i64) -> Result<(), AppError> {
    let Some(poll) = turn.tx.lock_poll(poll_id).await? else {
        return Ok(());
    };
    if poll.state != PollState::Open {
        return Ok(());
    }
    let Some(community) = turn.tx.community_by_id(poll.community_id).await? else {
        return Ok(());
    };
    let members = post::turnout(turn, &community, &poll).await?.members as i64;
    turn.tx.close_poll(poll.id, turn.now, members).await?;
    if poll.rules.anonymous {
        turn.tx.reshuffle_ballots(poll.id).await?;
    }
    let poll = PollRecord {
        state: PollState::Closed,
        closed_at: Some(turn.now),
        members_at_close: Some(members),
        ..poll
    };
    tracing::info!(poll = poll.id, "poll closed");
    if !community.active {
        return Ok(()); // Kettle has left the group: the result waits in /decisions
    }
    post::refresh(turn, &community, &poll).await?;
    // One count, told in every chat of the community in its own language.
    for chat in turn.views(&community).await? {
        let body = result_text(turn, &chat, &poll, chat.language).await?;
        turn.say(&chat.chat(), body).await?;
    }
    Ok(())
}

/// The result message for a closed poll, with the reasons given (never names).
pub async fn result_text(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
    lang: Language,
) -> Result<String, AppError> {
    let result = post::standing(turn, community, poll).await?;
    let reasons: Vec<_> = turn
        .tx
        .poll_ballots(poll.id)
        .await?
        .into_iter()
        .filter_map(|(b, reason)| match (b, reason) {
            (Ballot::Stance(s), Some(r)) => Some((s, r)),
            _ => None,
        })
        .collect();
    Ok(super::standing::result_message(
        turn, lang, poll, &result, &reasons,
    ))
}

/// Which poll a command means: the number given, or the community's only
/// open one (most recent closed one when `closed`).
pub async fn which(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
    number: Option<i64>,
    closed: bool,
) -> Result<Result<PollRecord, String>, AppError> {
    if let Some(id) = number {
        return Ok(match turn.tx.poll(id).await? {
            Some(p) if p.community_id == community.id => Ok(p),
            _ => Err(turn.t(lang, "poll-no-such", &[("id", id.into())])),
        });
    }
    let mut found = turn.tx.polls_of(community.id, !closed, 2).await?;
    if closed && found.is_empty() {
        // None closed yet: the open one, so the caller can say it is still open.
        found = turn.tx.polls_of(community.id, true, 1).await?;
    }
    Ok(match (closed, found.as_slice()) {
        (_, []) => Err(turn.t(lang, "poll-none", &[])),
        (true, [latest, ..]) | (false, [latest]) => Ok(latest.clone()),
        (false, _) => Err(turn.t(lang, "poll-which", &[])),
    })
}

/// `/poll close [number]`.
pub async fn close_command(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
    number: Option<i64>,
) -> Result<Option<String>, AppError> {
    let poll = match which(turn, community, lang, number, false).await? {
        Ok(poll) => poll,
        Err(refusal) => return Ok(Some(refusal)),
    };
    if poll.state != PollState::Open {
        return Ok(Some(turn.t(lang, "poll-closed", &[])));
    }
    if role != Role::Coordinator && poll.creator_id != Some(person.id) {
        return Ok(Some(turn.t(lang, "poll-close-not-allowed", &[])));
    }
    close(turn, poll.id).await?;
    Ok(None)
}
