//! Check-ins: `/checkin` and its settings, the buttons on rounds, and the
//! coordinators' `/pulse`. The rules themselves live in
//! [`crate::domain::checkin`]; this is who may do what, and what is said.

mod private;
mod round;
mod schedule;
mod text;

pub use private::{check_in, open_round, settle, words};
pub use round::{close, refresh as refresh_round, ROUND_LENGTH};
pub use schedule::{fire, rezone};

use super::buttons::Press;
use super::{AppError, Turn};
use crate::app::Action;
use crate::domain::checkin::command::{CheckinCommand, CheckinCommandError, MAX_KEEP_DAYS};
use crate::domain::checkin::pulse;
use crate::domain::{Language, Role};
use crate::store::{CommunityRecord, PersonRecord};
use round::{RoundRequest, Started};

/// How many weeks `/pulse` shows.
pub const PULSE_WEEKS: u32 = 8;

/// `/checkin …` in a group.
pub async fn in_group(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    member: &PersonRecord,
    role: Role,
    args: Option<&str>,
) -> Result<(), AppError> {
    let lang = turn.language_of(member, community.language);
    let chat = community.chat();
    let command = match CheckinCommand::parse(args) {
        Ok(command) => command,
        Err(e) => {
            let text = parse_error(turn, lang, e);
            return turn.say(&chat, text).await;
        }
    };
    let coordinator = role == Role::Coordinator;
    let reply = match command {
        CheckinCommand::ListSchedules => match schedule::list(turn, community, lang).await? {
            Some(list) => turn.t(lang, "checkin-every-list", &[("list", list.into())]),
            None => turn.t(lang, "checkin-every-none", &[]),
        },
        _ if !coordinator => turn.t(lang, "checkin-coordinators-only", &[]),
        CheckinCommand::Start { question, lasts } => {
            let request = RoundRequest {
                question: question.as_deref(),
                opened_by: Some(member.id),
                schedule_id: None,
                opens_at: turn.now,
                lasts: lasts.unwrap_or(ROUND_LENGTH),
            };
            match round::start(turn, community, request).await? {
                Started::Opened(_) => return Ok(()),
                Started::AlreadyOpen => turn.t(lang, "checkin-open-already", &[]),
            }
        }
        CheckinCommand::Close => match turn.tx.unclosed_round(community.id).await? {
            Some(open) => {
                round::close(turn, community, open.id).await?;
                return Ok(());
            }
            None => turn.t(lang, "checkin-none-open", &[]),
        },
        CheckinCommand::Every(weekly) => {
            schedule::add(turn, community, member, lang, weekly).await?
        }
        CheckinCommand::StopSchedules => {
            let stopped = turn.tx.delete_schedules(community.id).await?;
            turn.t(
                lang,
                "checkin-every-stopped",
                &[("count", (stopped as i64).into())],
            )
        }
        CheckinCommand::DefaultVisibility(crate::domain::checkin::Visibility::Shared)
            if community.sensitive =>
        {
            turn.t(lang, "sensitive-no-shared", &[])
        }
        CheckinCommand::DefaultVisibility(v) => {
            turn.tx.set_checkin_visibility(community.id, v).await?;
            let v = text::visibility(turn, lang, v);
            turn.t(lang, "checkin-default-set", &[("visibility", v.into())])
        }
        CheckinCommand::KeepWords(days) => {
            turn.tx.set_checkin_words_days(community.id, days).await?;
            turn.t(
                lang,
                "checkin-keep-set",
                &[("days", i64::from(days).into())],
            )
        }
    };
    turn.say(&chat, reply).await
}

fn parse_error(turn: &Turn<'_>, lang: Language, e: CheckinCommandError) -> String {
    match e {
        CheckinCommandError::Weekday(input) => {
            turn.t(lang, "checkin-error-weekday", &[("input", input.into())])
        }
        CheckinCommandError::Time(input) => {
            turn.t(lang, "checkin-error-time", &[("input", input.into())])
        }
        CheckinCommandError::Visibility(_) => turn.t(lang, "checkin-error-visibility", &[]),
        CheckinCommandError::Days(_) => turn.t(
            lang,
            "checkin-error-days",
            &[("max", i64::from(MAX_KEEP_DAYS).into())],
        ),
        CheckinCommandError::Length(_) => turn.t(lang, "checkin-error-length", &[]),
    }
}

/// A press on a check-in button, already authorised for this presser and
/// chat by `app::buttons`. Returns the short notice for the presser.
pub async fn pressed(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    press: &Press<'_>,
    action: Action,
) -> Result<Option<String>, AppError> {
    let person = press.presser;
    let lang = turn.language_of(person, community.language);
    let private = press.chat.kind == crate::domain::ChatKind::Private;
    match action {
        Action::CheckinAnswer { round_id, answer } if private => {
            private::answered(turn, community, person, press.chat, round_id, answer).await
        }
        Action::CheckinAnswer {
            round_id: Some(round_id),
            answer,
        } => {
            let in_group = press.chat.chat_id == community.chat_id;
            let outcome = round::tap(turn, community, round_id, person, answer, in_group).await?;
            Ok(Some(round::tap_notice(turn, lang, community, &outcome)))
        }
        Action::CheckinVisibility {
            answer_id,
            visibility,
        } => private::choose_visibility(turn, community, person, answer_id, visibility)
            .await
            .map(Some),
        Action::CheckinFor { community_id } => {
            private::check_in(turn, person, press.chat, Some(community_id)).await?;
            Ok(None)
        }
        // A round's link is opened, not pressed; nothing else is ours.
        _ => Ok(Some(turn.t(lang, "button-stale", &[]))),
    }
}

/// Sends each coordinator who has a private chat with Kettle a message
/// written in their own language.
async fn tell_coordinators(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    write: impl Fn(&Turn<'_>, Language) -> String,
) -> Result<(), AppError> {
    for coordinator in turn
        .tx
        .members_with_role(community.id, Role::Coordinator)
        .await?
    {
        let Some(chat) = community.private_chat_of(&coordinator) else {
            continue;
        };
        let lang = turn.language_of(&coordinator, community.language);
        let body = write(turn, lang);
        turn.say(&chat, body).await?;
    }
    Ok(())
}

/// The check-in lines of `/settings`.
pub fn settings(
    turn: &Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
    schedules: &[crate::domain::time::recurrence::Weekly],
) -> String {
    let schedules = match schedule::in_words(turn, community, lang, schedules) {
        Some(list) => list,
        None => turn.t(lang, "not-set", &[]),
    };
    let args = [
        (
            "visibility",
            text::visibility(turn, lang, community.checkin_visibility).into(),
        ),
        ("days", i64::from(community.checkin_words_days).into()),
        ("schedules", schedules.into()),
    ];
    turn.t(lang, "settings-checkin", &args)
}

/// `/pulse`: how a community has been, week by week (coordinators only).
pub async fn pulse(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
) -> Result<String, AppError> {
    let since = turn.now - chrono::Duration::weeks(i64::from(PULSE_WEEKS) + 1);
    let window = (since, turn.now + chrono::Duration::days(1));
    let entries = turn.tx.pulse_entries(community.id, window).await?;
    let rounds = turn.tx.pulse_rounds(community.id, window).await?;
    let weeks = pulse::weekly(
        &entries,
        &rounds,
        community.time_zone.tz(),
        turn.now,
        PULSE_WEEKS,
    );
    let mut lines = vec![turn.t(
        lang,
        "pulse-heading",
        &[
            ("title", community.title.as_str().into()),
            ("weeks", i64::from(PULSE_WEEKS).into()),
        ],
    )];
    for week in weeks {
        let counts = turn.t(
            lang,
            "pulse-week",
            &[
                ("week", week.week_start.to_string().into()),
                ("rounds", i64::from(week.rounds).into()),
                ("checkins", i64::from(week.check_ins).into()),
            ],
        );
        let spread = match (week.check_ins, week.spread) {
            (0, _) => String::new(),
            (_, s) => format!(" — {}", text::spread(turn, lang, s)),
        };
        lines.push(format!("• {counts}{spread}"));
    }
    Ok(lines.join("\n"))
}

/// `/pulse` in a private chat: for every community the person coordinates.
pub async fn pulse_in_private(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    lang: Language,
) -> Result<String, AppError> {
    let mut parts = vec![];
    for (community, role) in turn.tx.memberships_of(person.id).await? {
        if role == Role::Coordinator {
            parts.push(pulse(turn, &community, lang).await?);
        }
    }
    Ok(if parts.is_empty() {
        turn.t(lang, "pulse-not-coordinator", &[])
    } else {
        parts.join("\n\n")
    })
}
