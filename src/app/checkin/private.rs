//! The private side of check-ins: a member's own view of a round (reached by
//! the round's link), who may see their answer, their few words, and
//! check-ins between meetings that count in the community's pulse.

use super::round::{self, Tapped};
use super::text;
use crate::app::timed::Job;
use crate::app::turn::ButtonSpec;
use crate::app::Action;
use crate::app::{AppError, Turn};
use crate::domain::checkin::{Answer, Mood, Visibility};
use crate::domain::ChatAddress;
use crate::store::{AnswerRecord, CommunityRecord, PersonRecord, RoundRecord};
use chrono::Duration;

/// Longest words Kettle keeps for one answer.
pub const MAX_WORDS: usize = 500;
/// How long after a private check-in its author may still change it; then
/// a "counted only" one is cut loose from them.
pub const PRIVATE_SETTLE: Duration = Duration::hours(1);

/// A round's private view, reached through the round's link.
pub async fn open_round(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    round_id: i64,
) -> Result<(), AppError> {
    let default = turn.engine.settings.default_language;
    let lang = turn.language_of(person, default);
    let Some(round) = turn.tx.round(round_id).await? else {
        let text = turn.t(lang, "checkin-closed-already", &[]);
        return turn.say(chat, text).await;
    };
    let Some(community) = turn.tx.community_by_id(round.community_id).await? else {
        return Ok(());
    };
    let lang = turn.language_of(person, community.language);
    let key = if turn.member_role(&community, person).await?.is_none() {
        Some("checkin-not-member")
    } else if !round.times.is_open(turn.now) {
        Some("checkin-closed-already")
    } else {
        None
    };
    if let Some(key) = key {
        let text = turn.t(lang, key, &[]);
        return turn.say(chat, text).await;
    }
    let answer = turn.tx.answer_in_round(round.id, person.id).await?;
    show(
        turn,
        &community,
        person,
        chat,
        Some(&round),
        answer.as_ref(),
    )
    .await
}

/// The member's view: the question, their answer and who sees it, with
/// buttons to answer or change it and to choose who sees it.
async fn show(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    chat: &ChatAddress,
    round: Option<&RoundRecord>,
    answer: Option<&AnswerRecord>,
) -> Result<(), AppError> {
    let lang = turn.language_of(person, community.language);
    let title = community.title.as_str().into();
    let mut body = match round {
        Some(round) => turn.t(
            lang,
            "checkin-private-round",
            &[
                ("title", title),
                ("question", text::question(turn, lang, round).into()),
            ],
        ),
        None => turn.t(lang, "checkin-private-ask", &[("title", title)]),
    };
    let mut buttons = vec![];
    if round.is_some() || answer.is_none() {
        for a in Answer::ALL {
            let action = Action::CheckinAnswer {
                round_id: round.map(|r| r.id),
                answer: a,
            };
            let label = text::answer(turn, lang, a);
            buttons.push(ButtonSpec::for_person(
                label,
                action,
                community.id,
                person.id,
            ));
        }
    }
    if let Some(answer) = answer {
        let args = [
            ("answer", text::answer(turn, lang, answer.answer).into()),
            (
                "visibility",
                text::visibility(turn, lang, answer.visibility).into(),
            ),
        ];
        body = format!("{body}\n\n{}", turn.t(lang, "checkin-private-yours", &args));
        for v in Visibility::ALL {
            // A private check-in is never posted to the group, and in
            // sensitive mode no answer is shown there by name.
            if (round.is_none() || community.sensitive) && v == Visibility::Shared {
                continue;
            }
            let action = Action::CheckinVisibility {
                answer_id: answer.id,
                visibility: v,
            };
            let label = turn.t(lang, &format!("checkin-button-{}", v.as_str()), &[]);
            buttons.push(ButtonSpec::for_person(
                label,
                action,
                community.id,
                person.id,
            ));
        }
        let until = round.map_or(turn.now + PRIVATE_SETTLE, |r| r.times.closes_at);
        turn.tx.await_words(person.id, answer.id, until).await?;
    }
    turn.send(chat, body, buttons).await?;
    Ok(())
}

/// `/checkin` in a private chat: a check-in between meetings.
pub async fn check_in(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    community_id: Option<i64>,
) -> Result<(), AppError> {
    let mut memberships = turn.tx.memberships_of(person.id).await?;
    // The group asked for, or the only one.
    let chosen = match community_id {
        Some(id) => memberships.iter().position(|(c, _)| c.id == id),
        None => (memberships.len() == 1).then_some(0),
    };
    if let Some(i) = chosen {
        let (community, _) = memberships.swap_remove(i);
        return show(turn, &community, person, chat, None, None).await;
    }
    let lang = turn.language_of(person, turn.engine.settings.default_language);
    if memberships.is_empty() {
        let text = turn.t(lang, "checkin-private-no-group", &[]);
        return turn.say(chat, text).await;
    }
    let buttons = memberships
        .iter()
        .map(|(c, _)| {
            let action = Action::CheckinFor { community_id: c.id };
            ButtonSpec::for_person(c.title.clone(), action, c.id, person.id)
        })
        .collect();
    let text = turn.t(lang, "checkin-private-which", &[]);
    turn.send(chat, text, buttons).await?;
    Ok(())
}

/// An answer pressed in the private chat: in a round, or between meetings.
pub async fn answered(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    chat: &ChatAddress,
    round_id: Option<i64>,
    answer: Answer,
) -> Result<Option<String>, AppError> {
    let lang = turn.language_of(person, community.language);
    if let Some(round_id) = round_id {
        let outcome = round::tap(turn, community, round_id, person, answer, false).await?;
        if let Ok(Tapped { round, answer, .. }) = &outcome {
            show(turn, community, person, chat, Some(round), Some(answer)).await?;
        }
        return Ok(Some(round::tap_notice(turn, lang, community, &outcome)));
    }
    if turn.member_role(community, person).await?.is_none() {
        return Ok(Some(turn.t(lang, "checkin-not-member", &[])));
    }
    let visibility = match community.checkin_visibility {
        Visibility::Shared => Visibility::Coordinators,
        other => other,
    };
    let id = turn
        .tx
        .answer_privately(community.id, person.id, answer, visibility, turn.now)
        .await?;
    Job::CheckinSettle { answer_id: id }
        .schedule(
            &mut turn.tx,
            &format!("checkin-settle:{id}"),
            turn.now + PRIVATE_SETTLE,
        )
        .await?;
    let record = turn.tx.own_answer(id, person.id).await?;
    show(turn, community, person, chat, None, record.as_ref()).await?;
    Ok(Some(turn.t(lang, "checkin-private-thanks", &[])))
}

/// The author chose who may see an answer.
pub async fn choose_visibility(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    answer_id: i64,
    visibility: Visibility,
) -> Result<String, AppError> {
    let lang = turn.language_of(person, community.language);
    let Some(answer) = turn.tx.own_answer(answer_id, person.id).await? else {
        return Ok(turn.t(lang, "checkin-too-late", &[]));
    };
    let round = match answer.round_id {
        Some(id) => match open_round_locked(turn, id).await? {
            Some(round) => Some(round),
            None => return Ok(turn.t(lang, "checkin-closed-already", &[])),
        },
        None if visibility == Visibility::Shared => {
            return Ok(turn.t(lang, "checkin-too-late", &[]))
        }
        None => None,
    };
    if community.sensitive && visibility == Visibility::Shared {
        return Ok(turn.t(lang, "sensitive-no-shared", &[])); // an old button
    }
    turn.tx.set_answer_visibility(answer.id, visibility).await?;
    if let Some(round) = round {
        round::redraw_later(turn, community, &round).await?;
    }
    let v = text::visibility(turn, lang, visibility);
    Ok(turn.t(lang, "checkin-visibility-set", &[("visibility", v.into())]))
}

/// Text typed in a private chat while Kettle waits for someone's words.
/// `false` if Kettle was not waiting (the text is not for a check-in).
pub async fn words(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    typed: &str,
) -> Result<bool, AppError> {
    let Some(answer_id) = turn.tx.take_words_prompt(person.id, turn.now).await? else {
        return Ok(false);
    };
    let default = turn.engine.settings.default_language;
    let Some(answer) = turn.tx.own_answer(answer_id, person.id).await? else {
        let text = turn.t(turn.language_of(person, default), "checkin-too-late", &[]);
        turn.say(chat, text).await?;
        return Ok(true);
    };
    let Some(community) = turn.tx.community_by_id(answer.community_id).await? else {
        return Ok(false);
    };
    let lang = turn.language_of(person, community.language);
    let typed = typed.trim();
    let length = typed.chars().count();
    if length > MAX_WORDS {
        let until = turn.now + PRIVATE_SETTLE;
        turn.tx.await_words(person.id, answer.id, until).await?;
        let args = [
            ("length", (length as i64).into()),
            ("max", (MAX_WORDS as i64).into()),
        ];
        let text = turn.t(lang, "checkin-words-too-long", &args);
        turn.say(chat, text).await?;
        return Ok(true);
    }
    let round = match answer.round_id {
        Some(id) => match open_round_locked(turn, id).await? {
            Some(round) => Some(round),
            None => {
                let text = turn.t(lang, "checkin-words-closed", &[]);
                turn.say(chat, text).await?;
                return Ok(true);
            }
        },
        None => None,
    };
    turn.tx.set_answer_words(answer.id, typed).await?;
    if let Some(round) = round {
        round::redraw_later(turn, &community, &round).await?;
    }
    let v = text::visibility(turn, lang, answer.visibility);
    let text = turn.t(lang, "checkin-words-saved", &[("visibility", v.into())]);
    turn.say(chat, text).await?;
    Ok(true)
}

/// A round under its lock, if it is still open.
async fn open_round_locked(
    turn: &mut Turn<'_>,
    round_id: i64,
) -> Result<Option<RoundRecord>, AppError> {
    Ok(turn
        .tx
        .lock_round(round_id)
        .await?
        .filter(|r| r.times.is_open(turn.now)))
}

/// An hour after a private check-in: coordinators hear of a "rough" one its
/// author let them see; a "counted only" one is cut loose from its author.
pub async fn settle(turn: &mut Turn<'_>, answer_id: i64) -> Result<(), AppError> {
    let Some(answer) = turn.tx.answer_by_id(answer_id).await? else {
        return Ok(());
    };
    let rough = answer.answer == Answer::Mood(Mood::Rough);
    if rough && answer.visibility == Visibility::Coordinators {
        if let Some(community) = turn.tx.community_by_id(answer.community_id).await? {
            super::tell_coordinators(turn, &community, |turn, lang| {
                let args = [
                    ("title", community.title.as_str().into()),
                    ("name", answer.name.clone().unwrap_or_default().into()),
                    ("words", answer.words.clone().unwrap_or_default().into()),
                ];
                turn.t(lang, "checkin-private-rough", &args)
            })
            .await?;
        }
    }
    turn.tx.settle_private_answer(answer_id).await?;
    Ok(())
}
