//! Recurring rounds. Each occurrence is one job keyed by the schedule, its
//! version and the local date, so it fires once however often it is booked,
//! and the instant is worked out per occurrence from the wall-clock time.

use super::round::{self, RoundRequest, Started, ROUND_LENGTH};
use crate::app::timed::Job;
use crate::app::{AppError, Turn};
use crate::domain::time::recurrence::{Occurrence, Weekly};
use crate::domain::{Language, TimeZone};
use crate::store::{CommunityRecord, NewSchedule, PersonRecord, ScheduleRecord};
use chrono::{DateTime, NaiveDate, Utc};

/// Books the job for a schedule's first occurrence after `after`.
async fn book_next(
    turn: &mut Turn<'_>,
    schedule: &ScheduleRecord,
    after: DateTime<Utc>,
) -> Result<Occurrence, AppError> {
    let next = schedule.weekly.next_after(after, schedule.time_zone.tz());
    let key = format!(
        "checkin-every:{}:{}:{}",
        schedule.id, schedule.version, next.local_date
    );
    Job::CheckinScheduled {
        schedule_id: schedule.id,
        version: schedule.version,
        date: next.local_date,
    }
    .schedule(&mut turn.tx, &key, next.at)
    .await?;
    Ok(next)
}

/// `/checkin every monday 19:00`.
pub async fn add(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    by: &PersonRecord,
    lang: Language,
    weekly: Weekly,
) -> Result<String, AppError> {
    let new = NewSchedule {
        community_id: community.id,
        weekly,
        time_zone: community.time_zone,
        question: None,
        created_by: Some(by.id),
        now: turn.now,
    };
    let day = weekday(turn, lang, weekly);
    let time = weekly.at.format("%H:%M").to_string();
    let Some(schedule) = turn.tx.add_schedule(new).await? else {
        let args = [("day", day.into()), ("time", time.into())];
        return Ok(turn.t(lang, "checkin-every-exists", &args));
    };
    let next = book_next(turn, &schedule, turn.now).await?;
    let args = [
        ("day", day.into()),
        ("time", time.into()),
        ("zone", community.time_zone.name().into()),
        ("next", next.local_date.to_string().into()),
    ];
    Ok(turn.t(lang, "checkin-every-set", &args))
}

/// The community's recurring rounds, in words.
pub async fn list(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
) -> Result<Option<String>, AppError> {
    let schedules = turn.tx.schedules(community.id).await?;
    let weekly: Vec<Weekly> = schedules.iter().map(|s| s.weekly).collect();
    Ok(in_words(turn, community, lang, &weekly))
}

/// Recurring rounds in words, with the community's zone; `None` when
/// there are none.
pub fn in_words(
    turn: &Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
    schedules: &[Weekly],
) -> Option<String> {
    if schedules.is_empty() {
        return None;
    }
    let items: Vec<String> = schedules
        .iter()
        .map(|&weekly| {
            format!(
                "{} {}",
                weekday(turn, lang, weekly),
                weekly.at.format("%H:%M")
            )
        })
        .collect();
    Some(format!(
        "{} ({})",
        items.join(", "),
        community.time_zone.name()
    ))
}

fn weekday(turn: &Turn<'_>, lang: Language, weekly: Weekly) -> String {
    let n = weekly.weekday.num_days_from_monday();
    turn.t(lang, &format!("weekday-{n}"), &[])
}

/// The community moved zone: its recurring rounds keep their wall-clock
/// time in the new zone, and are booked again (older bookings now do nothing).
pub async fn rezone(turn: &mut Turn<'_>, community_id: i64, tz: TimeZone) -> Result<(), AppError> {
    for schedule in turn.tx.rezone_schedules(community_id, tz).await? {
        book_next(turn, &schedule, turn.now).await?;
    }
    Ok(())
}

/// A recurring round falls due: open it, and book the next one. An
/// occurrence missed by more than a round's length (Kettle was down) is
/// skipped rather than opened late; the next is still booked.
pub async fn fire(
    turn: &mut Turn<'_>,
    schedule_id: i64,
    version: i32,
    date: NaiveDate,
) -> Result<(), AppError> {
    let Some(schedule) = turn.tx.schedule(schedule_id).await? else {
        return Ok(()); // stopped since
    };
    if schedule.version != version {
        return Ok(()); // changed since; the new version has its own booking
    }
    let at = crate::domain::time::recurrence::instant_of(
        date.and_time(schedule.weekly.at),
        schedule.time_zone.tz(),
    );
    book_next(turn, &schedule, at.max(turn.now)).await?;
    let Some(community) = turn.tx.community_by_id(schedule.community_id).await? else {
        return Ok(());
    };
    if !community.active || turn.now >= at + ROUND_LENGTH {
        tracing::info!(schedule = schedule.id, "recurring check-in skipped");
        return Ok(());
    }
    let request = RoundRequest {
        question: schedule.question.as_deref(),
        opened_by: None,
        schedule_id: Some(schedule.id),
        opens_at: at,
        lasts: ROUND_LENGTH,
    };
    if round::start(turn, &community, request).await? == Started::AlreadyOpen {
        tracing::info!(
            schedule = schedule.id,
            "a round was already open; none added"
        );
    }
    Ok(())
}
