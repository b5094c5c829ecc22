//! Casting a vote: one tap on the poll in the group, or a ballot
//! confirmed in a private chat. Either way through [`cast`], which keeps
//! the rules: members only, open polls only, an anonymous vote once.

use super::{post, text};
use crate::app::redraw::Live;
use crate::app::{AppError, Turn};
use crate::domain::poll::proposal::Stance;
use crate::domain::poll::tally::BallotError;
use crate::domain::poll::{Ballot, PollKind, ResultsShown};
use crate::domain::{Language, Role};
use crate::store::{CommunityRecord, PersonRecord, PollRecord, PollState, Voted};

/// A tap on the poll in the group.
pub enum Tap {
    Option(u8),
    Stance(Stance),
}

/// Why a vote was not taken, or that it was.
pub enum Cast {
    Counted,
    /// An anonymous vote was already cast; it cannot change.
    AlreadyAnonymous,
}

/// A member taps the poll in the group. Returns the notice for them.
/// `voter`: the presser, and their role when the update's opening found it.
pub async fn tap(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    voter: (&PersonRecord, Option<Role>),
    poll_id: i64,
    tap: Tap,
) -> Result<String, AppError> {
    let (person, _) = voter;
    let lang = turn.language_of(person, community.language);
    let poll = match open_poll(turn, community, voter, poll_id, lang).await? {
        Ok(poll) => poll,
        Err(refusal) => return Ok(refusal),
    };
    turn.tapped = Some(crate::app::lately_seen::Button::Vote);
    let before = turn.tx.voted(poll.id, person.id).await?;
    let had_named_vote = matches!(before, Voted::Named(_));
    let ballot = match (&poll.rules.kind, tap, &before) {
        (PollKind::Single, Tap::Option(o), _) => Ballot::Choose(vec![o]),
        (PollKind::Proposal { .. }, Tap::Stance(s), _) => Ballot::Stance(s),
        (PollKind::Multiple { max }, Tap::Option(o), _) if !poll.rules.anonymous => {
            let mut chosen = match before {
                Voted::Named(Ballot::Choose(c)) => c,
                _ => vec![],
            };
            if let Some(i) = chosen.iter().position(|&c| c == o) {
                chosen.remove(i);
            } else {
                let max = max.map_or(poll.options.len(), usize::from);
                if chosen.len() >= max {
                    return Ok(turn.t(lang, "poll-too-many", &[("max", (max as i64).into())]));
                }
                chosen.push(o);
                chosen.sort_unstable();
            }
            Ballot::Choose(chosen)
        }
        _ if turn.by_number(&community.chat()) => {
            return Ok(turn.t(lang, "poll-vote-privately-by-number", &[]))
        }
        _ => return Ok(turn.t(lang, "poll-vote-privately", &[])),
    };
    if ballot.is_blank() && had_named_vote {
        turn.tx.withdraw_named(poll.id, person.id).await?;
        redraw_later(turn, community, &poll).await?;
        return Ok(turn.t(lang, "poll-vote-withdrawn", &[]));
    }
    if let Err(e) = poll.rules.check(&poll.options, &ballot) {
        return Ok(ballot_error(turn, lang, e));
    }
    let notice = cast(turn, community, &poll, person, &ballot, None).await?;
    Ok(notice)
}

/// The poll, if `person` may vote on it now; otherwise the refusal. The
/// poll is held open (a close waits) and the person's ballot is theirs
/// alone until commit; other voters do not wait. `voter.1`: the person's
/// role in `community` when the caller already knows it (the update's
/// opening read it), saving the lookup.
pub async fn open_poll(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    voter: (&PersonRecord, Option<Role>),
    poll_id: i64,
    lang: Language,
) -> Result<Result<PollRecord, String>, AppError> {
    let (person, known) = voter;
    let Some(poll) = turn.tx.share_poll_holding(poll_id, person.id).await? else {
        return Ok(Err(turn.t(lang, "button-stale", &[])));
    };
    if poll.community_id != community.id {
        return Ok(Err(turn.t(lang, "button-other-chat", &[])));
    }
    if poll.state != PollState::Open {
        return Ok(Err(turn.t(lang, "poll-closed", &[])));
    }
    let role = match known {
        Some(role) => Some(role),
        None => turn.member_role(community, person).await?,
    };
    if role.is_none() {
        return Ok(Err(turn.t(lang, "poll-not-member", &[])));
    }
    Ok(Ok(poll))
}

/// Records a valid ballot, redraws the poll, and returns the notice.
/// The poll must be locked and open, and `person` a member.
pub async fn cast(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
    person: &PersonRecord,
    ballot: &Ballot,
    reason: Option<&str>,
) -> Result<String, AppError> {
    let lang = turn.language_of(person, community.language);
    let outcome = if poll.rules.anonymous {
        match turn
            .tx
            .cast_anonymous(poll.id, person.id, ballot, reason)
            .await?
        {
            true => Cast::Counted,
            false => Cast::AlreadyAnonymous,
        }
    } else {
        turn.tx
            .cast_named(poll.id, person.id, ballot, reason, turn.now)
            .await?;
        Cast::Counted
    };
    if let Cast::AlreadyAnonymous = outcome {
        return Ok(turn.t(lang, "poll-already-voted", &[]));
    }
    metrics::counter!("kettle_poll_votes_total").increment(1);
    redraw_later(turn, community, poll).await?;
    let mut notice = match poll.rules.anonymous {
        true => turn.t(lang, "poll-vote-anonymous", &[]),
        false => turn.t(
            lang,
            "poll-vote-noted",
            &[("choice", text::ballot(turn, lang, poll, ballot).into())],
        ),
    };
    if poll.rules.results == ResultsShown::AfterVote {
        notice = show_standing(turn, community, poll, person, lang, notice).await?;
    }
    Ok(notice)
}

/// The poll's group message will show this vote (see [`crate::app::redraw`]).
async fn redraw_later(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
) -> Result<(), AppError> {
    if poll.message_id.is_none() || super::native::native(turn, community, poll) {
        return Ok(()); // nothing to draw, or the platform's poll counts itself
    }
    crate::app::redraw::later(turn, &community.chat(), Live::Poll(poll.id)).await
}

/// Results after voting: privately when there is a private chat,
/// otherwise as much as fits in the notice.
async fn show_standing(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
    person: &PersonRecord,
    lang: Language,
    notice: String,
) -> Result<String, AppError> {
    let result = post::standing(turn, community, poll).await?;
    let lines = super::standing::standing(turn, lang, poll, &result).join("\n");
    match community.private_chat_of(person) {
        Some(chat) => {
            let heading = turn.t(
                lang,
                "poll-standing-heading",
                &[("question", poll.question.as_str().into())],
            );
            turn.say(&chat, format!("{heading}\n{lines}")).await?;
            Ok(notice)
        }
        None => Ok(format!("{notice}\n{lines}").chars().take(190).collect()),
    }
}

pub fn ballot_error(turn: &Turn<'_>, lang: Language, e: BallotError) -> String {
    match e {
        BallotError::TooMany { max } => {
            turn.t(lang, "poll-too-many", &[("max", (max as i64).into())])
        }
        BallotError::OverBudget { allowance, spent } => turn.t(
            lang,
            "poll-error-over",
            &[
                ("allowance", (allowance as i64).into()),
                ("spent", (spent as i64).into()),
            ],
        ),
        BallotError::UnderSpent { least, spent } => turn.t(
            lang,
            "poll-error-under",
            &[
                ("least", (least as i64).into()),
                ("spent", (spent as i64).into()),
            ],
        ),
        BallotError::Blank => turn.t(lang, "poll-error-blank", &[]),
        BallotError::TooFew { least } => turn.t(
            lang,
            "poll-error-too-few",
            &[("least", (least as i64).into())],
        ),
        _ => turn.t(lang, "poll-error-ballot", &[]),
    }
}
