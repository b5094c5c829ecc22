//! A check-in round in the group: opened, answered with one tap (changed
//! at will), shown as it fills, closed with a summary for the group and a
//! private brief for coordinators.

use super::text;
use crate::app::redraw::Live;
use crate::app::timed::Job;
use crate::app::turn::{choice_for, ButtonSpec};
use crate::app::Action;
use crate::app::{AppError, Shown, Turn};
use crate::domain::checkin::{coordinator_brief, group_view, Answer, GroupView, Refusal, Spread};
use crate::domain::Choice;
use crate::store::{AnswerRecord, CommunityRecord, NewRound, PersonRecord, RoundRecord};
use chrono::{DateTime, Duration, Utc};

/// How long a round stays open unless told otherwise.
pub const ROUND_LENGTH: Duration = Duration::hours(2);

/// What asking for a round came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    Opened(i64),
    AlreadyOpen,
}

pub struct RoundRequest<'a> {
    pub question: Option<&'a str>,
    pub opened_by: Option<i64>,
    pub schedule_id: Option<i64>,
    pub opens_at: DateTime<Utc>,
    pub lasts: Duration,
}

/// Opens a round and posts it to the group, closing first a round whose
/// time has run out but whose closing job has not run yet.
pub async fn start(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    request: RoundRequest<'_>,
) -> Result<Started, AppError> {
    if let Some(open) = turn.tx.unclosed_round(community.id).await? {
        if open.times.is_open(turn.now) {
            return Ok(Started::AlreadyOpen);
        }
        close(turn, community, open.id).await?;
    }
    let new = NewRound {
        community_id: community.id,
        question: request.question,
        opened_by: request.opened_by,
        schedule_id: request.schedule_id,
        opened_at: turn.now,
        closes_at: request.opens_at + request.lasts,
    };
    let closes_at = new.closes_at;
    let Some(round_id) = turn.tx.open_round(new).await? else {
        return Ok(Started::AlreadyOpen);
    };
    let round = turn
        .tx
        .round(round_id)
        .await?
        .ok_or_else(|| crate::store::StoreError::Corrupt("round vanished".into()))?;
    let known = turn.tx.count_members(community.id).await?;
    let chats = turn.views(community).await?;
    let total = community.headcount(known, 0);
    let view = GroupView::from_tally(Spread::default(), &[], total as u32, true);
    let mut shown = Shown::default();
    for chat in &chats {
        let lang = chat.language;
        let body = text::round(turn, lang, chat, &round, &view);
        let mut buttons: Vec<ButtonSpec> = Answer::ALL
            .iter()
            .map(|a| {
                let action = Action::CheckinAnswer {
                    round_id: Some(round_id),
                    answer: *a,
                };
                ButtonSpec::for_community(text::answer(turn, lang, *a), action, community.id)
            })
            .collect();
        buttons.push(ButtonSpec {
            opens_private: true,
            ..ButtonSpec::for_community(
                turn.t(lang, "checkin-button-private", &[]),
                Action::CheckinOpen { round_id },
                community.id,
            )
        });
        let id = turn.send(&chat.chat(), body, buttons).await?;
        shown.add(turn, id).await?;
    }
    if let Some(message_id) = shown.origin() {
        turn.tx.set_round_message(round_id, message_id).await?;
    }
    Job::CheckinClose { round_id }
        .schedule(
            &mut turn.tx,
            &format!("checkin-close:{round_id}"),
            closes_at,
        )
        .await?;
    tracing::info!(
        community = community.id,
        round = round_id,
        "check-in opened"
    );
    Ok(Started::Opened(round_id))
}

/// A tap that was taken: the round it was taken in, the answer, and what
/// it replaced.
#[derive(Debug, Clone)]
pub struct Tapped {
    pub round: RoundRecord,
    pub answer: AnswerRecord,
    pub previous: Option<Answer>,
}

/// Records one member's answer in a round (a close waits for it; other
/// taps do not) and books the group message's redraw. `in_group`: pressed in the
/// community's own chat, where the presser was just registered as a member;
/// anywhere else membership is looked up.
pub async fn tap(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    round_id: i64,
    presser: &PersonRecord,
    answer: Answer,
    in_group: bool,
) -> Result<Result<Tapped, Refusal>, AppError> {
    let Some(round) = turn.tx.share_round(round_id).await? else {
        return Ok(Err(Refusal::Closed));
    };
    let is_member = round.community_id == community.id
        && (in_group || turn.member_role(community, presser).await?.is_some());
    if let Err(refusal) = round.times.may_answer(turn.now, is_member) {
        return Ok(Err(refusal));
    }
    let visibility = community.checkin_visibility;
    let (answer, previous) = turn
        .tx
        .answer_round(&round, presser.id, answer, visibility, turn.now)
        .await?;
    redraw_later(turn, community, &round).await?;
    turn.tapped = in_group.then_some(crate::app::lately_seen::Button::Answer);
    Ok(Ok(Tapped {
        round,
        answer,
        previous,
    }))
}

/// The round's group message will show what changed (see
/// [`crate::app::redraw`]).
pub async fn redraw_later(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    round: &RoundRecord,
) -> Result<(), AppError> {
    if round.message_id.is_none() {
        return Ok(());
    }
    crate::app::redraw::later(turn, &community.chat(), Live::Round(round.id)).await
}

/// Re-renders the round's group message now, keeping its buttons: the
/// redraw job's work, and the final word after a forgetting.
pub async fn refresh(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    round: &RoundRecord,
) -> Result<(), AppError> {
    let Some(message_id) = round.message_id else {
        return Ok(());
    };
    let (spread, shared) = turn.tx.round_tally(round.id).await?;
    let known = turn.tx.count_members(community.id).await?;
    let total = community.headcount(known, spread.people() as usize);
    let shown = turn.shown_in(community, message_id).await?;
    // In sensitive mode no name is shown in the group, shared or not.
    let shared: Vec<_> = match community.sensitive {
        true => vec![],
        false => shared.iter().map(AnswerRecord::response).collect(),
    };
    let shared: Vec<_> = shared.iter().collect();
    let open = round.times.is_open(turn.now);
    let view = GroupView::from_tally(spread, &shared, total as u32, open);
    for (chat, message_id) in shown {
        let body = text::round(turn, chat.language, &chat, round, &view);
        let choices = match open {
            true => round_choices(turn, &chat, message_id).await?,
            false => vec![],
        };
        turn.redraw(&chat.chat(), message_id, body, choices).await?;
    }
    Ok(())
}

/// The round's buttons again, labelled afresh from what each one does.
async fn round_choices(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    message_id: i64,
) -> Result<Vec<Choice>, AppError> {
    let lang = community.language;
    let mut buttons = turn.tx.buttons_on(message_id).await?;
    let rank = |a: &Action| match a {
        Action::CheckinAnswer { answer, .. } => Answer::ALL.iter().position(|x| x == answer),
        Action::CheckinOpen { .. } => Some(Answer::ALL.len()),
        _ => None,
    };
    buttons.sort_by_key(|(_, action)| rank(action));
    Ok(buttons
        .into_iter()
        .filter_map(|(token, action)| match action {
            Action::CheckinAnswer { answer, .. } => {
                Some(choice_for(text::answer(turn, lang, answer), token, false))
            }
            Action::CheckinOpen { .. } => Some(choice_for(
                turn.t(lang, "checkin-button-private", &[]),
                token,
                true,
            )),
            _ => None,
        })
        .collect())
}

/// How many people the group has: what the platform says, or more if more
/// are known as members or have answered.
/// Closes a round once: the group message loses its buttons, the group gets
/// a summary, coordinators a private brief; then "counted only" answers are
/// cut loose from their people. `false` if it was closed already.
pub async fn close(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    round_id: i64,
) -> Result<bool, AppError> {
    let Some(round) = turn.tx.lock_round(round_id).await? else {
        return Ok(false);
    };
    if round.times.closed_at.is_some() {
        return Ok(false);
    }
    let closed = RoundRecord {
        times: crate::domain::checkin::RoundTimes {
            closed_at: Some(turn.now),
            ..round.times
        },
        ..round.clone()
    };
    let answers = turn.tx.round_answers(round.id).await?;
    let responses: Vec<_> = answers.iter().map(AnswerRecord::response).collect();
    let members = turn.tx.members(community.id).await?;
    let chats = turn.views(community).await?;
    let total = community.headcount(members.len() as i64, responses.len());
    let mut view = group_view(&responses, total as u32);
    if community.sensitive {
        view.shared.clear(); // no names in the group, shared or not
    }
    if let Some(message_id) = round.message_id {
        for (chat, message_id) in turn.shown_in(community, message_id).await? {
            let body = text::round(turn, chat.language, &chat, &closed, &view);
            turn.edit(&chat.chat(), message_id, body, vec![]).await?;
        }
    }
    for chat in &chats {
        let summary = text::summary(turn, chat.language, &closed, &view);
        turn.say(&chat.chat(), summary).await?;
    }

    let roster: Vec<(i64, String)> = members
        .iter()
        .map(|p| (p.id, p.display_name.clone()))
        .collect();
    let brief = coordinator_brief(&responses, &roster);
    let unmet = (total - members.len() as i64).max(0);
    // Coordinators hear of the community by its first chat's name, however
    // the round was closed.
    let home = chats.first().unwrap_or(community);
    super::tell_coordinators(turn, home, |turn, lang| {
        text::brief(turn, lang, home, &closed, &brief, unmet)
    })
    .await?;
    turn.tx.close_round(&round, turn.now).await?;
    tracing::info!(
        community = community.id,
        round = round.id,
        answers = responses.len(),
        "check-in closed"
    );
    Ok(true)
}

/// What the member is told when their tap is taken or refused.
pub fn tap_notice(
    turn: &Turn<'_>,
    lang: crate::domain::Language,
    community: &CommunityRecord,
    outcome: &Result<Tapped, Refusal>,
) -> String {
    match outcome {
        Err(Refusal::Closed) => turn.t(lang, "checkin-closed-already", &[]),
        Err(Refusal::NotMember) => turn.t(lang, "checkin-not-member", &[]),
        Ok(tapped) => {
            let closes = tapped.round.times.closes_at;
            let args = [
                (
                    "answer",
                    text::answer(turn, lang, tapped.answer.answer).into(),
                ),
                (
                    "visibility",
                    text::visibility(turn, lang, tapped.answer.visibility).into(),
                ),
                ("until", text::local_time(turn, community, closes).into()),
            ];
            let key = if tapped.previous.is_some() {
                "checkin-changed"
            } else {
                "checkin-tapped"
            };
            turn.t(lang, key, &args)
        }
    }
}
