//! A member's own view of a time poll, in their own zone, and the one
//! private nudge for those who have not answered, outside quiet hours.

use super::poll::answer_buttons;
use super::text;
use crate::app::timed::Job;
use crate::app::{AppError, Turn};
use crate::domain::{ChatAddress, TimeZone};
use crate::store::{PersonRecord, PollStatus};
use chrono::{DateTime, Utc};

/// The private view: every time in the member's own zone, with their
/// answers so far and their own buttons. Sent anew, or (`redraw`) drawn
/// over the view they just answered on.
pub async fn show_mine(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    poll_id: i64,
    redraw: Option<i64>,
) -> Result<(), AppError> {
    let default = turn.engine.settings.default_language;
    let Some(poll) = turn.tx.time_poll(poll_id).await? else {
        let text = turn.t(turn.language_of(person, default), "button-stale", &[]);
        return turn.say(chat, text).await;
    };
    let Some(community) = turn.tx.community_by_id(poll.community_id).await? else {
        return Ok(());
    };
    let lang = turn.language_of(person, community.language);
    if turn.member_role(&community, person).await?.is_none() {
        let text = turn.t(lang, "meet-not-member", &[]);
        return turn.say(chat, text).await;
    }
    if poll.status != PollStatus::Open {
        let text = turn.t(lang, "meet-poll-closed", &[]);
        return turn.say(chat, text).await;
    }
    let zone = person.time_zone.unwrap_or(community.time_zone);
    let options = turn.tx.poll_options(poll.id).await?;
    let mine = turn.tx.own_poll_answers(poll.id, person.id).await?;
    let mut lines = vec![turn.t(
        lang,
        "meet-mine-heading",
        &[
            ("title", poll.title.as_str().into()),
            ("zone", zone.name().into()),
        ],
    )];
    for (n, option) in options.iter().enumerate() {
        let answer = mine
            .iter()
            .find(|(id, _)| *id == option.id)
            .map(|(_, a)| format!(" — {}", text::availability(turn, lang, *a)))
            .unwrap_or_default();
        lines.push(format!(
            "{}. {}{answer}",
            n + 1,
            text::when_in(turn, lang, option.at, zone)
        ));
    }
    let buttons = answer_buttons(turn, &community, &poll, &options, lang, Some(person));
    match redraw {
        Some(message_id) => {
            turn.edit_with_buttons(chat, message_id, lines.join("\n"), buttons)
                .await
        }
        None => turn.send(chat, lines.join("\n"), buttons).await.map(drop),
    }
}

/// Two thirds of the way to the deadline: a private nudge for each member
/// who has not answered, once, outside their quiet hours.
pub async fn nudge(turn: &mut Turn<'_>, poll_id: i64) -> Result<(), AppError> {
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        return Ok(());
    };
    let (PollStatus::Open, Some(deadline)) = (poll.status, poll.deadline) else {
        return Ok(());
    };
    let answered = turn.tx.poll_answerers(poll.id).await?;
    for member in turn.tx.members(poll.community_id).await? {
        if answered.contains(&member.id) || member.private_chat_id.is_none() {
            continue;
        }
        let at = nudge_at(turn, poll.community_id, poll.time_zone, &member).await?;
        if at >= deadline {
            continue;
        }
        let key = format!("meet-nudge:{}:{}", poll.id, member.id);
        Job::MeetNudgePerson {
            poll_id: poll.id,
            person_id: member.id,
        }
        .schedule(&mut turn.tx, &key, at)
        .await?;
    }
    Ok(())
}

/// The first moment from now outside the community's quiet hours and the
/// member's own (their window, or else the community's, in their zone).
pub(crate) async fn nudge_at(
    turn: &mut Turn<'_>,
    community_id: i64,
    community_zone: TimeZone,
    member: &PersonRecord,
) -> Result<DateTime<Utc>, AppError> {
    let settings = turn.tx.meeting_settings(community_id).await?;
    let mut at = settings.quiet.next_allowed(turn.now, community_zone.tz());
    let own = turn
        .tx
        .person_quiet(member.id)
        .await?
        .unwrap_or(settings.quiet);
    let zone = member.time_zone.unwrap_or(community_zone);
    for _ in 0..2 {
        at = own.next_allowed(at, zone.tz());
        at = settings.quiet.next_allowed(at, community_zone.tz());
    }
    Ok(at)
}

pub async fn nudge_person(
    turn: &mut Turn<'_>,
    poll_id: i64,
    person_id: i64,
) -> Result<(), AppError> {
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        return Ok(());
    };
    if poll.status != PollStatus::Open
        || turn.tx.poll_answerers(poll.id).await?.contains(&person_id)
    {
        return Ok(());
    }
    let community = turn.tx.community_by_id(poll.community_id).await?;
    let Some(community) = community.filter(|c| c.active) else {
        return Ok(()); // Kettle has left the group
    };
    let member = turn.tx.membership(community.id, person_id).await?;
    let Some(person) = turn
        .tx
        .person(person_id)
        .await?
        .filter(|_| member.is_some())
    else {
        return Ok(()); // left since
    };
    let Some(chat) = community.private_chat_of(&person) else {
        return Ok(());
    };
    let lang = turn.language_of(&person, community.language);
    let deadline = poll
        .deadline
        .map(|d| {
            text::when_in(
                turn,
                lang,
                d,
                person.time_zone.unwrap_or(community.time_zone),
            )
        })
        .unwrap_or_default();
    let body = turn.t(
        lang,
        "meet-nudge",
        &[
            ("title", poll.title.as_str().into()),
            ("group", community.title.as_str().into()),
            ("deadline", deadline.into()),
        ],
    );
    turn.say(&chat, body).await?;
    show_mine(turn, &person, &chat, poll.id, None).await
}
