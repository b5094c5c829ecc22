//! Deciding: at the deadline answers stop and the organiser (or a
//! coordinator) confirms a time; if nobody does, Kettle picks the best and
//! says why.

use super::changes::may_decide;
use super::poll::refresh;
use super::{confirm, text, CONFIRM_WITHIN};
use crate::app::timed::Job;
use crate::app::turn::ButtonSpec;
use crate::app::Action;
use crate::app::{AppError, Turn};
use crate::domain::meeting::time_poll::{self, PickReason};
use crate::domain::{Language, Role};
use crate::i18n::Phrase;
use crate::store::{CommunityRecord, OptionRecord, PersonRecord, PollStatus, TimePollRecord};

/// The deadline job. A group Kettle has left hears nothing more.
pub async fn deadline(turn: &mut Turn<'_>, poll_id: i64) -> Result<(), AppError> {
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        return Ok(());
    };
    match turn.tx.community_by_id(poll.community_id).await? {
        Some(community) if community.active => close(turn, &community, poll).await,
        _ => Ok(()),
    }
}

/// The deadline: answers stop, the result is posted, and the organiser
/// and coordinators are asked to confirm a time. Kettle picks if nobody
/// has by [`CONFIRM_WITHIN`].
async fn close(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: TimePollRecord,
) -> Result<(), AppError> {
    if poll.status != PollStatus::Open {
        return Ok(());
    }
    turn.tx
        .set_poll_status(poll.id, PollStatus::Closed, None)
        .await?;
    let poll = TimePollRecord {
        status: PollStatus::Closed,
        ..poll
    };
    let options = turn.tx.poll_options(poll.id).await?;
    let tallies = turn.tx.poll_tallies(poll.id).await?;
    refresh(turn, community, &poll, &options, &tallies).await?;
    let scored = scored(&options, &tallies);
    let Some(best) = time_poll::pick(&scored) else {
        turn.tx
            .set_poll_status(poll.id, PollStatus::Dropped, None)
            .await?;
        for chat in turn.views(community).await? {
            let body = turn.t(
                chat.language,
                "meet-none-suits",
                &[("title", poll.title.as_str().into())],
            );
            turn.say(&chat.chat(), body).await?;
        }
        return Ok(());
    };
    let organiser = match poll.organiser_id {
        Some(id) => turn.tx.person(id).await?.map(|p| p.display_name),
        None => None,
    };
    let by = turn.now + CONFIRM_WITHIN;
    for chat in turn.views(community).await? {
        let ask = ConfirmAsk {
            poll: &poll,
            options: &options,
            scored: &scored,
            best: best.index,
            organiser: organiser.clone(),
            by,
        };
        confirm_ask(turn, &chat, ask).await?;
    }
    Job::MeetAutoPick { poll_id: poll.id }
        .schedule(&mut turn.tx, &format!("meet-autopick:{}", poll.id), by)
        .await?;
    Ok(())
}

/// What the organiser is asked to confirm when the answers are in.
struct ConfirmAsk<'a> {
    poll: &'a TimePollRecord,
    options: &'a [OptionRecord],
    scored: &'a [(chrono::DateTime<chrono::Utc>, time_poll::OptionTally)],
    best: usize,
    organiser: Option<String>,
    by: chrono::DateTime<chrono::Utc>,
}

/// Asks, in one of the community's chats, which time to confirm.
async fn confirm_ask(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    ask: ConfirmAsk<'_>,
) -> Result<(), AppError> {
    let ConfirmAsk {
        poll,
        options,
        scored,
        best,
        organiser,
        by,
    } = ask;
    let lang = community.language;
    let body = turn.t(
        lang,
        "meet-confirm-ask",
        &[
            ("title", poll.title.as_str().into()),
            ("best", text::when(turn, lang, options[best].local).into()),
            (
                "organiser",
                match community.sensitive {
                    true => turn.t(lang, "sensitive-organiser", &[]),
                    false => organiser.unwrap_or_default(),
                }
                .into(),
            ),
            ("by", text::when_in(turn, lang, by, poll.time_zone).into()),
        ],
    );
    let buttons = options
        .iter()
        .zip(scored)
        .enumerate()
        .filter(|(_, (_, (_, t)))| t.points() > 0)
        .map(|(n, (o, _))| {
            ButtonSpec::for_community(
                turn.t(
                    lang,
                    "meet-confirm-button",
                    &[
                        ("n", ((n + 1) as i64).into()),
                        ("when", text::when(turn, lang, o.local).into()),
                    ],
                ),
                Action::MeetConfirm {
                    poll_id: poll.id,
                    option_id: o.id,
                },
                community.id,
            )
        })
        .collect();
    turn.send(&community.chat(), body, buttons).await?;
    Ok(())
}

fn scored(
    options: &[OptionRecord],
    tallies: &[(i64, time_poll::OptionTally)],
) -> Vec<(chrono::DateTime<chrono::Utc>, time_poll::OptionTally)> {
    options
        .iter()
        .map(|o| {
            let t = tallies
                .iter()
                .find(|(id, _)| *id == o.id)
                .map(|(_, t)| *t)
                .unwrap_or_default();
            (o.at, t)
        })
        .collect()
}

/// The organiser or a coordinator confirms a time.
pub async fn confirm_pressed(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    poll_id: i64,
    option_id: i64,
) -> Result<String, AppError> {
    let lang = turn.language_of(person, community.language);
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        return Ok(turn.t(lang, "button-stale", &[]));
    };
    let role = turn.tx.membership(community.id, person.id).await?;
    if !role.is_some_and(|role| may_decide(poll.organiser_id, person, role)) {
        return Ok(turn.t(lang, "meet-confirm-not-yours", &[]));
    }
    if poll.status != PollStatus::Closed {
        return Ok(turn.t(lang, "meet-already-decided", &[]));
    }
    let options = turn.tx.poll_options(poll.id).await?;
    let Some(option) = options.into_iter().find(|o| o.id == option_id) else {
        return Ok(turn.t(lang, "button-stale", &[]));
    };
    let reason = match community.sensitive {
        true => Phrase::new("meet-reason-confirmed-anon", vec![]),
        false => Phrase::new(
            "meet-reason-confirmed",
            vec![("name", person.display_name.as_str().into())],
        ),
    };
    confirm(turn, community, &poll, &option, reason).await?;
    Ok(turn.t(lang, "meet-confirmed-notice", &[]))
}

/// Nobody confirmed in time: Kettle picks the best time and says why.
pub async fn auto_pick(turn: &mut Turn<'_>, poll_id: i64) -> Result<(), AppError> {
    let Some(poll) = turn.tx.lock_time_poll(poll_id).await? else {
        return Ok(());
    };
    if poll.status != PollStatus::Closed {
        return Ok(());
    }
    let Some(community) = turn.tx.community_by_id(poll.community_id).await? else {
        return Ok(());
    };
    if !community.active {
        return Ok(());
    }
    let options = turn.tx.poll_options(poll.id).await?;
    let tallies = turn.tx.poll_tallies(poll.id).await?;
    let scored = scored(&options, &tallies);
    let Some(best) = time_poll::pick(&scored) else {
        return Ok(());
    };
    let t = scored[best.index].1;
    let mut args = vec![
        ("yes", i64::from(t.yes).into()),
        ("maybe", i64::from(t.if_need_be).into()),
    ];
    let reason = match best.reason {
        PickReason::MostYes => Phrase::new("meet-reason-most-yes", args),
        PickReason::TieEarliest { tied } => {
            args.push(("tied", (tied as i64).into()));
            Phrase::new("meet-reason-tie", args)
        }
    };
    confirm(turn, &community, &poll, &options[best.index], reason).await
}

/// `/meet close`: the deadline, now.
pub async fn close_now(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
) -> Result<Option<String>, AppError> {
    let active = turn.tx.active_time_poll(community.id).await?;
    let Some(poll) = active.map(|p| p.id) else {
        return Ok(Some(turn.t(lang, "meet-none-running", &[])));
    };
    let Some(poll) = turn.tx.lock_time_poll(poll).await? else {
        return Ok(Some(turn.t(lang, "meet-none-running", &[])));
    };
    if !may_decide(poll.organiser_id, person, role) {
        return Ok(Some(turn.t(lang, "meet-organiser-only", &[])));
    }
    match poll.status {
        PollStatus::Draft => {
            turn.tx
                .set_poll_status(poll.id, PollStatus::Dropped, None)
                .await?;
            Ok(Some(turn.t(lang, "meet-draft-dropped", &[])))
        }
        PollStatus::Open => {
            close(turn, community, poll).await?;
            Ok(None)
        }
        _ => Ok(Some(turn.t(lang, "meet-already-closed", &[]))),
    }
}
