//! Changing a confirmed meeting: move, cancel, skip, repeat, stop the
//! series. Only the organiser and coordinators may change a meeting, and
//! everyone who answered hears of it, with an updated calendar file.
//! (Who came is in [`super::attendance`].)

use super::announce::book_reminders;
use super::{poll, text};
use crate::app::{AppError, Turn};
use crate::domain::meeting::command::MeetCommand;
use crate::domain::meeting::repeat::Repeat;
use crate::domain::time::when;
use crate::domain::{Language, Role, TimeZone};
use crate::store::{CommunityRecord, MeetingRecord, NewSeries, PersonRecord};

/// A change to the next meeting, as asked for with `/meet`.
pub enum Change {
    Move(String),
    Cancel,
    Skip,
    StopSeries,
    /// A rule, or `None` to stop repeating.
    Repeat(Option<String>),
}

impl Change {
    /// The change a command asks for, or the command back if it is not one.
    pub fn of(command: MeetCommand) -> Result<Change, MeetCommand> {
        Ok(match command {
            MeetCommand::Move(input) => Change::Move(input),
            MeetCommand::Cancel => Change::Cancel,
            MeetCommand::Skip => Change::Skip,
            MeetCommand::CancelSeries => Change::StopSeries,
            MeetCommand::Repeat(rule) => Change::Repeat(rule),
            other => return Err(other),
        })
    }
}

/// Whether someone may change or decide what another arranged.
pub fn may_decide(organiser_id: Option<i64>, person: &PersonRecord, role: Role) -> bool {
    organiser_id == Some(person.id) || role == Role::Coordinator
}

/// Applies a change to the next meeting, if this person may make it.
/// Returns what to say in the group, if anything beyond the notices.
pub async fn change_next(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
    change: Change,
) -> Result<Option<String>, AppError> {
    let next = turn
        .tx
        .upcoming_meetings(community.id, turn.now, 1)
        .await?
        .into_iter()
        .next();
    let Some(next) = next else {
        return Ok(Some(turn.t(lang, "meetings-none", &[])));
    };
    if !may_decide(next.organiser_id, person, role) {
        return Ok(Some(turn.t(lang, "meet-organiser-only", &[])));
    }
    let Some(meeting) = turn.tx.lock_meeting(next.id).await? else {
        return Ok(Some(turn.t(lang, "meetings-none", &[])));
    };
    let notice = match change {
        Change::Move(input) => {
            let moment = match when::parse(&input, turn.now, meeting.time_zone.tz()) {
                Ok(m) => m,
                Err(e) => return Ok(Some(poll::when_error(turn, lang, e))),
            };
            let moved = turn
                .tx
                .move_meeting(meeting.id, moment.local, moment.at)
                .await?;
            if let Some(moved) = &moved {
                book_reminders(turn, moved).await?;
            }
            moved.map(|m| (m, "meet-moved"))
        }
        Change::Cancel => cancelled(turn, &meeting, "meet-cancelled").await?,
        Change::Skip | Change::StopSeries if meeting.series_id.is_none() => {
            return Ok(Some(turn.t(lang, "meet-not-repeating", &[])));
        }
        Change::Skip => cancelled(turn, &meeting, "meet-skipped").await?,
        Change::StopSeries => {
            if let Some(series_id) = meeting.series_id {
                turn.tx.stop_series(series_id).await?;
            }
            cancelled(turn, &meeting, "meet-series-stopped").await?
        }
        Change::Repeat(rule) => return repeat(turn, community, lang, meeting, rule).await,
    };
    if let Some((changed, key)) = notice {
        super::announce::redraw(turn, community, &changed).await?;
        tell_everyone(turn, community, &changed, key).await?;
    }
    Ok(None)
}

async fn cancelled(
    turn: &mut Turn<'_>,
    meeting: &MeetingRecord,
    key: &'static str,
) -> Result<Option<(MeetingRecord, &'static str)>, AppError> {
    Ok(turn.tx.cancel_meeting(meeting.id).await?.map(|m| (m, key)))
}

/// Tells the group and, privately, everyone who answered, each with the
/// updated calendar file.
async fn tell_everyone(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    meeting: &MeetingRecord,
    key: &str,
) -> Result<(), AppError> {
    let write = |turn: &Turn<'_>, lang: Language, zone: TimeZone| {
        format!(
            "{}\n{}",
            turn.t(lang, key, &[("title", meeting.title.as_str().into())]),
            text::meeting_line_in(turn, lang, meeting, zone)
        )
    };
    let file = text::calendar_file(meeting, turn.now, None);
    for chat in turn.views(community).await? {
        let body = write(turn, chat.language, meeting.time_zone);
        turn.say(&chat.chat(), body).await?;
        let caption = turn.t(chat.language, "meet-calendar-updated", &[]);
        turn.send_file(&chat.chat(), caption, file.clone()).await?;
    }
    for (person, _) in turn.tx.rsvps(meeting.id).await? {
        let Some(chat) = community.private_chat_of(&person) else {
            continue;
        };
        let lang = turn.language_of(&person, community.language);
        let body = write(turn, lang, person.time_zone.unwrap_or(meeting.time_zone));
        turn.say(&chat, body).await?;
        let caption = turn.t(lang, "meet-calendar-updated", &[]);
        turn.send_file(&chat, caption, file.clone()).await?;
    }
    Ok(())
}

/// `/meet repeat weekly|fortnightly|monthly …`: the next meeting becomes
/// the first of a series, kept as wall-clock time plus zone.
async fn repeat(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
    meeting: MeetingRecord,
    rule: Option<String>,
) -> Result<Option<String>, AppError> {
    let Some(rule) = rule.as_deref() else {
        return match meeting.series_id {
            Some(series_id) => {
                turn.tx.stop_series(series_id).await?;
                let args = [("title", meeting.title.as_str().into())];
                Ok(Some(turn.t(lang, "meet-repeat-off", &args)))
            }
            None => Ok(Some(turn.t(lang, "meet-not-repeating", &[]))),
        };
    };
    let first = meeting.local.date();
    let repeat = match Repeat::parse(rule, first) {
        Ok(r) => r,
        Err(_) => {
            return Ok(Some(turn.t(
                lang,
                "meet-error-repeat",
                &[("input", rule.into())],
            )))
        }
    };
    if let Some(old) = meeting.series_id {
        turn.tx.stop_series(old).await?;
    }
    let series = turn
        .tx
        .create_series(NewSeries {
            community_id: community.id,
            title: &meeting.title,
            repeat,
            first_date: first,
            at: meeting.local.time(),
            time_zone: meeting.time_zone,
            minutes: meeting.minutes,
            place: meeting.place.as_deref(),
            organiser_id: meeting.organiser_id,
            now: turn.now,
        })
        .await?;
    turn.tx
        .attach_to_series(meeting.id, series.id, first)
        .await?;
    let attached = crate::store::MeetingRecord {
        series_id: Some(series.id),
        occurrence: Some(first),
        ..meeting
    };
    book_reminders(turn, &attached).await?;
    let next = repeat.next_after(first, first);
    Ok(Some(turn.t(
        lang,
        "meet-repeat-set",
        &[
            ("title", attached.title.as_str().into()),
            ("rule", repeat_words(turn, lang, repeat).into()),
            ("time", attached.local.format("%H:%M").to_string().into()),
            ("zone", attached.time_zone.name().into()),
            (
                "next",
                text::when(turn, lang, next.and_time(attached.local.time())).into(),
            ),
        ],
    )))
}

fn repeat_words(turn: &Turn<'_>, lang: Language, r: Repeat) -> String {
    match r {
        Repeat::Weekly => turn.t(lang, "repeat-weekly", &[]),
        Repeat::Fortnightly => turn.t(lang, "repeat-fortnightly", &[]),
        Repeat::MonthlyWeekday { nth, weekday } => turn.t(
            lang,
            "repeat-monthly-weekday",
            &[
                ("nth", turn.t(lang, &format!("nth-{nth}"), &[]).into()),
                (
                    "weekday",
                    turn.t(
                        lang,
                        &format!("weekday-{}", weekday.num_days_from_monday()),
                        &[],
                    )
                    .into(),
                ),
            ],
        ),
        Repeat::MonthlyDate(day) => turn.t(
            lang,
            "repeat-monthly-date",
            &[("day", i64::from(day).into())],
        ),
    }
}
