//! Changing a confirmed meeting: move, cancel, skip, repeat, stop the
//! series; and recording who came. Only the organiser and coordinators may
//! change a meeting, and everyone who answered hears of it, with an
//! updated calendar file.

use super::announce::book_reminders;
use super::{poll, text};
use crate::app::turn::ButtonSpec;
use crate::app::{AppError, Turn};
use crate::domain::meet_command::MeetCommand;
use crate::domain::repeat::Repeat;
use crate::domain::rsvp::Rsvp;
use crate::domain::when;
use crate::domain::{Action, Language, Role, TimeZone};
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
    let lang = community.language;
    let body = write(turn, lang, meeting.time_zone);
    turn.say(&community.chat(), body).await?;
    let caption = turn.t(lang, "meet-calendar-updated", &[]);
    turn.send_file(&community.chat(), caption, file.clone())
        .await?;
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

/// `/meet attended`: a coordinator gets, privately, a tap list of members
/// for the last meeting, those who said they were going already ticked.
pub async fn attendance_list(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
) -> Result<Option<String>, AppError> {
    if role != Role::Coordinator {
        return Ok(Some(turn.t(lang, "meet-attended-coordinators-only", &[])));
    }
    let Some(meeting) = turn.tx.last_meeting(community.id, turn.now).await? else {
        return Ok(Some(turn.t(lang, "meet-attended-none", &[])));
    };
    let Some(chat) = community.private_chat_of(person) else {
        return Ok(Some(turn.t(lang, "meet-attended-start-private", &[])));
    };
    // Those who said they were going are ticked to start with: a draft,
    // which counts only once a coordinator confirms it.
    let rsvps = turn.tx.rsvps(meeting.id).await?;
    let recorded = turn.tx.attendance_recorded(meeting.id).await?;
    if !recorded && turn.tx.attendance(meeting.id).await?.is_empty() {
        for (p, r) in &rsvps {
            if *r == Rsvp::Going {
                turn.tx.toggle_attendance(meeting.id, p.id).await?;
            }
        }
    }
    let (body, buttons) = attendance_view(turn, community, person, &meeting, lang).await?;
    turn.send(&chat, body, buttons).await?;
    Ok(Some(turn.t(lang, "meet-attended-sent", &[])))
}

async fn attendance_view(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    coordinator: &PersonRecord,
    meeting: &MeetingRecord,
    lang: Language,
) -> Result<(String, Vec<ButtonSpec>), AppError> {
    let came = turn.tx.attendance(meeting.id).await?;
    let members = turn.tx.members(community.id).await?;
    let recorded = turn.tx.attendance_recorded(meeting.id).await?;
    let count = ("count", (came.len() as i64).into());
    let mut body = turn.t(
        lang,
        "meet-attended-heading",
        &[
            ("title", meeting.title.as_str().into()),
            ("when", text::when(turn, lang, meeting.local).into()),
            count.clone(),
        ],
    );
    body.push('\n');
    body.push_str(&match recorded {
        true => turn.t(lang, "meet-attended-recorded", &[count]),
        false => turn.t(lang, "meet-attended-unconfirmed", &[]),
    });
    let mut buttons: Vec<ButtonSpec> = members
        .iter()
        .map(|m| {
            let mark = if came.contains(&m.id) {
                "✅"
            } else {
                "▫️"
            };
            ButtonSpec::for_person(
                format!("{mark} {}", m.display_name),
                Action::MeetAttended {
                    meeting_id: meeting.id,
                    person_id: m.id,
                },
                community.id,
                coordinator.id,
            )
        })
        .collect();
    if !recorded {
        buttons.push(ButtonSpec::for_person(
            turn.t(lang, "meet-attended-confirm", &[]),
            Action::MeetAttendanceConfirm {
                meeting_id: meeting.id,
            },
            community.id,
            coordinator.id,
        ));
    }
    Ok((body, buttons))
}

/// The coordinator confirms the list: from now on it is who came.
pub async fn confirm_attendance(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    coordinator: &PersonRecord,
    meeting_id: i64,
    message_id: Option<i64>,
) -> Result<String, AppError> {
    let lang = turn.language_of(coordinator, community.language);
    let meeting = match attendance_meeting(turn, community, coordinator, meeting_id, lang).await? {
        Ok(meeting) => meeting,
        Err(refusal) => return Ok(refusal),
    };
    turn.tx.confirm_attendance(meeting.id, turn.now).await?;
    redraw_attendance(turn, community, coordinator, &meeting, message_id, lang).await?;
    Ok(turn.t(lang, "meet-attended-confirmed", &[]))
}

/// The meeting whose attendance a coordinator changes, locked; or why not.
async fn attendance_meeting(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    coordinator: &PersonRecord,
    meeting_id: i64,
    lang: Language,
) -> Result<Result<MeetingRecord, String>, AppError> {
    if turn.tx.membership(community.id, coordinator.id).await? != Some(Role::Coordinator) {
        return Ok(Err(turn.t(lang, "meet-attended-coordinators-only", &[])));
    }
    match turn.tx.lock_meeting(meeting_id).await? {
        Some(meeting) => Ok(Ok(meeting)),
        None => Ok(Err(turn.t(lang, "button-stale", &[]))),
    }
}

async fn redraw_attendance(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    coordinator: &PersonRecord,
    meeting: &MeetingRecord,
    message_id: Option<i64>,
    lang: Language,
) -> Result<(), AppError> {
    if let (Some(message_id), Some(chat)) = (message_id, community.private_chat_of(coordinator)) {
        let (body, buttons) = attendance_view(turn, community, coordinator, meeting, lang).await?;
        turn.edit_with_buttons(&chat, message_id, body, buttons)
            .await?;
    }
    Ok(())
}

/// A tap on the list: that member came, or did not after all.
pub async fn mark_attended(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    coordinator: &PersonRecord,
    meeting_id: i64,
    person_id: i64,
    message_id: Option<i64>,
) -> Result<String, AppError> {
    let lang = turn.language_of(coordinator, community.language);
    let meeting = match attendance_meeting(turn, community, coordinator, meeting_id, lang).await? {
        Ok(meeting) => meeting,
        Err(refusal) => return Ok(refusal),
    };
    let now_there = turn.tx.toggle_attendance(meeting.id, person_id).await?;
    redraw_attendance(turn, community, coordinator, &meeting, message_id, lang).await?;
    Ok(turn.t(
        lang,
        if now_there {
            "meet-attended-yes"
        } else {
            "meet-attended-no"
        },
        &[],
    ))
}
