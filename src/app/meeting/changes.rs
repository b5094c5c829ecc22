//! Changing a confirmed meeting: move, cancel, skip, repeat, stop the
//! series; and recording who came. Only the organiser and coordinators may
//! change a meeting, and everyone who answered hears of it, with an
//! updated calendar file.

use super::announce::book_reminders;
use super::{poll, text};
use crate::app::turn::ButtonSpec;
use crate::app::{AppError, Turn};
use crate::domain::repeat::Repeat;
use crate::domain::rsvp::Rsvp;
use crate::domain::when;
use crate::domain::{Action, Language, Role};
use crate::store::{CommunityRecord, MeetingRecord, NewSeries, PersonRecord};

/// The next meeting, if this person may change it; otherwise what to say.
async fn next_changeable(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
) -> Result<Result<MeetingRecord, String>, AppError> {
    let Some(meeting) = turn
        .tx
        .upcoming_meetings(community.id, turn.now, 1)
        .await?
        .into_iter()
        .next()
    else {
        return Ok(Err(turn.t(lang, "meetings-none", &[])));
    };
    if meeting.organiser_id != Some(person.id) && role != Role::Coordinator {
        return Ok(Err(turn.t(lang, "meet-organiser-only", &[])));
    }
    let Some(locked) = turn.tx.lock_meeting(meeting.id).await? else {
        return Ok(Err(turn.t(lang, "meetings-none", &[])));
    };
    Ok(Ok(locked))
}

/// Tells the group and, privately, everyone who answered, each with the
/// updated calendar file.
async fn tell_everyone(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    meeting: &MeetingRecord,
    key: &str,
) -> Result<(), AppError> {
    let write = |turn: &Turn<'_>, lang: Language| {
        format!(
            "{}\n{}",
            turn.t(lang, key, &[("title", meeting.title.as_str().into())]),
            text::meeting_line(turn, lang, meeting)
        )
    };
    let file = text::calendar_file(meeting, turn.now, None);
    let lang = community.language;
    let body = write(turn, lang);
    turn.say(&community.chat(), body).await?;
    let caption = turn.t(lang, "meet-calendar-updated", &[]);
    turn.send_file(&community.chat(), caption, file.clone())
        .await?;
    for (person, _) in turn.tx.rsvps(meeting.id).await? {
        let Some(chat) = community.private_chat_of(&person) else {
            continue;
        };
        let lang = turn.language_of(&person, community.language);
        let body = write(turn, lang);
        turn.say(&chat, body).await?;
        let caption = turn.t(lang, "meet-calendar-updated", &[]);
        turn.send_file(&chat, caption, file.clone()).await?;
    }
    Ok(())
}

/// `/meet move <when>`: the next meeting moves; reminders follow it.
pub async fn move_next(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
    input: &str,
) -> Result<Option<String>, AppError> {
    let meeting = match next_changeable(turn, community, person, role, lang).await? {
        Ok(m) => m,
        Err(say) => return Ok(Some(say)),
    };
    let moment = match when::parse(input, turn.now, meeting.time_zone.tz()) {
        Ok(m) => m,
        Err(e) => return Ok(Some(poll::when_error(turn, lang, e))),
    };
    let Some(moved) = turn
        .tx
        .move_meeting(meeting.id, moment.local, moment.at)
        .await?
    else {
        return Ok(None);
    };
    book_reminders(turn, &moved).await?;
    tell_everyone(turn, community, &moved, "meet-moved").await?;
    Ok(None)
}

/// `/meet cancel`: the next meeting is off (a series carries on).
pub async fn cancel_next(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
) -> Result<Option<String>, AppError> {
    let meeting = match next_changeable(turn, community, person, role, lang).await? {
        Ok(m) => m,
        Err(say) => return Ok(Some(say)),
    };
    if let Some(cancelled) = turn.tx.cancel_meeting(meeting.id).await? {
        tell_everyone(turn, community, &cancelled, "meet-cancelled").await?;
    }
    Ok(None)
}

/// `/meet skip`: like cancel, for one occurrence of a repeating meeting.
pub async fn skip_next(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
) -> Result<Option<String>, AppError> {
    let meeting = match next_changeable(turn, community, person, role, lang).await? {
        Ok(m) => m,
        Err(say) => return Ok(Some(say)),
    };
    if meeting.series_id.is_none() {
        return Ok(Some(turn.t(lang, "meet-not-repeating", &[])));
    }
    if let Some(cancelled) = turn.tx.cancel_meeting(meeting.id).await? {
        tell_everyone(turn, community, &cancelled, "meet-skipped").await?;
    }
    Ok(None)
}

/// `/meet cancel series`: no more occurrences, and the next one is off.
pub async fn stop_series(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
) -> Result<Option<String>, AppError> {
    let meeting = match next_changeable(turn, community, person, role, lang).await? {
        Ok(m) => m,
        Err(say) => return Ok(Some(say)),
    };
    let Some(series_id) = meeting.series_id else {
        return Ok(Some(turn.t(lang, "meet-not-repeating", &[])));
    };
    turn.tx.stop_series(series_id).await?;
    if let Some(cancelled) = turn.tx.cancel_meeting(meeting.id).await? {
        tell_everyone(turn, community, &cancelled, "meet-series-stopped").await?;
    }
    Ok(None)
}

/// `/meet repeat weekly|fortnightly|monthly …`: the next meeting becomes
/// the first of a series, kept as wall-clock time plus zone.
pub async fn repeat(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    lang: Language,
    rule: Option<&str>,
) -> Result<Option<String>, AppError> {
    let meeting = match next_changeable(turn, community, person, role, lang).await? {
        Ok(m) => m,
        Err(say) => return Ok(Some(say)),
    };
    let Some(rule) = rule else {
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
    let rsvps = turn.tx.rsvps(meeting.id).await?;
    if turn.tx.attendance(meeting.id).await?.is_empty() {
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
    let body = turn.t(
        lang,
        "meet-attended-heading",
        &[
            ("title", meeting.title.as_str().into()),
            ("when", text::when(turn, lang, meeting.local).into()),
            ("count", (came.len() as i64).into()),
        ],
    );
    let buttons = members
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
    Ok((body, buttons))
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
    if turn.tx.membership(community.id, coordinator.id).await? != Some(Role::Coordinator) {
        return Ok(turn.t(lang, "meet-attended-coordinators-only", &[]));
    }
    let Some(meeting) = turn.tx.lock_meeting(meeting_id).await? else {
        return Ok(turn.t(lang, "button-stale", &[]));
    };
    let now_there = turn.tx.toggle_attendance(meeting.id, person_id).await?;
    if let (Some(message_id), Some(chat)) = (message_id, community.private_chat_of(coordinator)) {
        let (body, buttons) = attendance_view(turn, community, coordinator, &meeting, lang).await?;
        turn.edit_with_buttons(&chat, message_id, body, buttons)
            .await?;
    }
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
