//! A ballot built step by step in a member's private chat: ordered,
//! scored or spent one tap at a time, shown as it stands, and counted
//! only when confirmed.

use super::asking::{asked, Asked};
use super::{text, vote};
use crate::app::turn::ButtonSpec;
use crate::app::Action;
use crate::app::{AppError, Turn};
use crate::domain::poll::ballot::BallotStep;
use crate::domain::poll::ballot::{Applied, Draft, StepError};
use crate::domain::poll::Ballot;
use crate::domain::{ChatAddress, Language};
use crate::store::{BallotDraft, CommunityRecord, PersonRecord, PollRecord, Voted};

/// The longest reason kept, in characters.
const MAX_REASON: usize = 300;

/// Shows the member's ballot for a poll: anew, or (`redraw`) over the
/// view they just tapped.
pub async fn show(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    poll_id: i64,
    redraw: Option<i64>,
) -> Result<(), AppError> {
    let Some(poll) = turn.tx.poll(poll_id).await? else {
        return Ok(());
    };
    let Some(community) = turn.tx.community_by_id(poll.community_id).await? else {
        return Ok(());
    };
    let lang = turn.language_of(person, community.language);
    let poll = match vote::open_poll(turn, &community, (person, None), poll_id, lang).await? {
        Ok(poll) => poll,
        Err(refusal) => return turn.say(chat, refusal).await,
    };
    let draft = match turn.tx.ballot_draft(poll.id, person.id).await? {
        Some(d) => d,
        None => match turn.tx.voted(poll.id, person.id).await? {
            Voted::Anonymous => {
                let text = turn.t(lang, "poll-already-voted", &[]);
                return turn.say(chat, text).await;
            }
            // A named vote is shown as cast, ready to change.
            Voted::Named(ballot) => BallotDraft {
                step: poll.options.len().max(1) as i32,
                ballot,
                reason: None,
                awaiting: false,
            },
            Voted::No => BallotDraft {
                ballot: Draft::empty(&poll.rules.kind).ballot,
                step: 0,
                reason: None,
                awaiting: false,
            },
        },
    };
    draw(turn, &community, &poll, person, chat, &draft, lang, redraw).await
}

#[allow(clippy::too_many_arguments)]
async fn draw(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    poll: &PollRecord,
    person: &PersonRecord,
    chat: &ChatAddress,
    draft: &BallotDraft,
    lang: Language,
    redraw: Option<i64>,
) -> Result<(), AppError> {
    let mut lines = vec![turn.t(
        lang,
        "poll-ballot-heading",
        &[
            ("question", poll.question.as_str().into()),
            ("group", community.title.as_str().into()),
        ],
    )];
    let Asked {
        line,
        mut buttons,
        ready,
    } = asked(turn, lang, poll, draft, turn.by_number(chat));
    lines.push(line);
    // A stance not yet chosen is not an abstention.
    let so_far = match (&draft.ballot, draft.step) {
        (Ballot::Stance(_), 0) => turn.t(lang, "poll-ballot-nothing", &[]),
        (b, _) => text::ballot(turn, lang, poll, b),
    };
    lines.push(turn.t(lang, "poll-ballot-so-far", &[("ballot", so_far.into())]));
    if let Some(reason) = &draft.reason {
        lines.push(turn.t(
            lang,
            "poll-ballot-reason-is",
            &[("reason", reason.as_str().into())],
        ));
    }
    if poll.rules.anonymous {
        lines.push(turn.t(lang, "poll-ballot-anonymous", &[]));
    }
    if ready {
        buttons.push((
            turn.t(lang, "poll-ballot-confirm", &[]),
            BallotStep::Confirm,
        ));
    }
    buttons.push((
        turn.t(lang, "poll-ballot-restart", &[]),
        BallotStep::Restart,
    ));
    let specs: Vec<ButtonSpec> = buttons
        .into_iter()
        .map(|(label, step)| {
            let action = Action::PollStep {
                poll_id: poll.id,
                step,
            };
            ButtonSpec::for_person(label, action, community.id, person.id)
        })
        .collect();
    match redraw {
        Some(message_id) => {
            turn.edit_with_buttons(chat, message_id, lines.join("\n"), specs)
                .await
        }
        None => turn.send(chat, lines.join("\n"), specs).await.map(drop),
    }
}

/// One tap on the private ballot. Returns the notice for the member.
pub async fn step(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    chat: &ChatAddress,
    poll_id: i64,
    tapped: BallotStep,
    view: Option<i64>,
) -> Result<Option<String>, AppError> {
    let lang = turn.language_of(person, community.language);
    let poll = match vote::open_poll(turn, community, (person, None), poll_id, lang).await? {
        Ok(poll) => poll,
        Err(refusal) => return Ok(Some(refusal)),
    };
    let saved = turn.tx.ballot_draft(poll.id, person.id).await?;
    let (mut draft, reason) = match saved {
        Some(d) => (
            Draft {
                ballot: d.ballot,
                step: usize::try_from(d.step).unwrap_or(0),
            },
            d.reason,
        ),
        None => match turn.tx.voted(poll.id, person.id).await? {
            Voted::Anonymous => return Ok(Some(turn.t(lang, "poll-already-voted", &[]))),
            Voted::Named(ballot) => (
                Draft {
                    ballot,
                    step: poll.options.len().max(1),
                },
                None,
            ),
            Voted::No => (Draft::empty(&poll.rules.kind), None),
        },
    };
    let mut awaiting = false;
    match draft.apply(&poll.rules, &poll.options, tapped) {
        Err(StepError::TooMany { max }) => {
            return Ok(Some(turn.t(
                lang,
                "poll-too-many",
                &[("max", (max as i64).into())],
            )))
        }
        Err(StepError::OverAllowance { left }) => {
            return Ok(Some(turn.t(
                lang,
                "poll-over",
                &[("left", (left as i64).into())],
            )))
        }
        Err(StepError::DoesNotFit) => return Ok(Some(turn.t(lang, "button-stale", &[]))),
        Ok(Applied::Confirm) => {
            if let Err(e) = poll.rules.check(&poll.options, &draft.ballot) {
                return Ok(Some(vote::ballot_error(turn, lang, e)));
            }
            let text = vote::cast(
                turn,
                community,
                &poll,
                person,
                &draft.ballot,
                reason.as_deref(),
            )
            .await?;
            turn.tx.drop_ballot_draft(poll.id, person.id).await?;
            // A private vote is a word from the member, though not in the group.
            let today = community.today(turn.now);
            turn.tx.mark_heard(community.id, person.id, today).await?;
            match view {
                Some(view) => turn
                    .edit(chat, view, text.clone(), vec![])
                    .await
                    .map(drop)?,
                None => turn.say(chat, text.clone()).await?,
            }
            return Ok(None);
        }
        Ok(Applied::Reason) => awaiting = true,
        Ok(Applied::Changed) => {}
    }
    let reason = if tapped == BallotStep::Restart {
        None
    } else {
        reason
    };
    let saved = BallotDraft {
        ballot: draft.ballot,
        step: draft.step as i32,
        reason,
        awaiting,
    };
    turn.tx
        .save_ballot_draft(poll.id, person.id, &saved, turn.now)
        .await?;
    if awaiting {
        let ask = turn.t(lang, "poll-ballot-reason-ask", &[]);
        turn.say(chat, ask).await?;
    } else {
        draw(turn, community, &poll, person, chat, &saved, lang, view).await?;
    }
    Ok(None)
}

/// Text typed in a private chat while a ballot waits for its reason.
/// `false` when no ballot is waiting.
pub async fn words(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    words: &str,
) -> Result<bool, AppError> {
    let Some(poll_id) = turn.tx.awaiting_reason(person.id).await? else {
        return Ok(false);
    };
    let Some(mut draft) = turn.tx.ballot_draft(poll_id, person.id).await? else {
        return Ok(false);
    };
    let reason = words.trim().to_string();
    if reason.chars().count() > MAX_REASON {
        // Still waiting for the reason: a shorter one can follow.
        let lang = turn.language_of(person, turn.engine.settings.default_language);
        let max = (MAX_REASON as i64).into();
        let text = turn.t(lang, "input-too-long", &[("max", max)]);
        turn.say(chat, text).await?;
        return Ok(true);
    }
    draft.reason = (!reason.is_empty()).then_some(reason);
    draft.awaiting = false;
    turn.tx
        .save_ballot_draft(poll_id, person.id, &draft, turn.now)
        .await?;
    show(turn, person, chat, poll_id, None).await?;
    Ok(true)
}
