//! Recurring check-in rounds: a weekday and a wall-clock time in a zone.

use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::time::recurrence::Weekly;
use crate::domain::TimeZone;
use chrono::{DateTime, NaiveTime, Utc, Weekday};

#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleRecord {
    pub id: i64,
    pub community_id: i64,
    pub weekly: Weekly,
    pub time_zone: TimeZone,
    pub question: Option<String>,
    /// Changes with every change to the schedule; jobs carry it.
    pub version: i32,
}

type ScheduleRow = (i64, i64, i16, String, String, Option<String>, i32);

const COLUMNS: &str = "id, community_id, weekday, at_time, time_zone, question, version";

fn schedule_from(r: ScheduleRow) -> StoreResult<ScheduleRecord> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("checkin schedule {}: {what}", r.0));
    let weekday = weekday_from(r.2).ok_or_else(|| corrupt("weekday"))?;
    let at = time_from(&r.3).ok_or_else(|| corrupt("time"))?;
    let time_zone = TimeZone::parse(&r.4).map_err(|_| corrupt("zone"))?;
    Ok(ScheduleRecord {
        id: r.0,
        community_id: r.1,
        weekly: Weekly { weekday, at },
        time_zone,
        question: r.5,
        version: r.6,
    })
}

/// A stored weekday (Monday 0).
pub(super) fn weekday_from(stored: i16) -> Option<Weekday> {
    u8::try_from(stored)
        .ok()
        .and_then(|d| Weekday::try_from(d).ok())
}

/// A stored wall-clock time.
pub(super) fn time_from(stored: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(stored, "%H:%M").ok()
}

/// What a new recurring round is.
pub struct NewSchedule<'a> {
    pub community_id: i64,
    pub weekly: Weekly,
    pub time_zone: TimeZone,
    pub question: Option<&'a str>,
    pub created_by: Option<i64>,
    pub now: DateTime<Utc>,
}

impl Tx {
    /// Adds a recurring round; `None` if the community already has one at
    /// that weekday and time.
    pub async fn add_schedule(
        &mut self,
        new: NewSchedule<'_>,
    ) -> StoreResult<Option<ScheduleRecord>> {
        let sql = format!(
            "INSERT INTO checkin_schedules \
             (community_id, weekday, at_time, time_zone, question, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (community_id, weekday, at_time) DO NOTHING RETURNING {COLUMNS}"
        );
        let weekday = new.weekly.weekday.num_days_from_monday() as i16;
        let row: Option<ScheduleRow> = on_tx!(self, |c| sqlx::query_as(&sql)
            .bind(new.community_id)
            .bind(weekday)
            .bind(new.weekly.at.format("%H:%M").to_string())
            .bind(new.time_zone.name())
            .bind(new.question)
            .bind(new.created_by)
            .bind(new.now)
            .fetch_optional(&mut *c)
            .await?);
        row.map(schedule_from).transpose()
    }

    pub async fn schedule(&mut self, id: i64) -> StoreResult<Option<ScheduleRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM checkin_schedules WHERE id = $1");
        let row: Option<ScheduleRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(schedule_from).transpose()
    }

    /// A community's recurring rounds, Monday first.
    pub async fn schedules(&mut self, community_id: i64) -> StoreResult<Vec<ScheduleRecord>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM checkin_schedules WHERE community_id = $1 ORDER BY weekday, at_time"
        );
        let rows: Vec<ScheduleRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(community_id)
            .fetch_all(&mut *c)
            .await?);
        rows.into_iter().map(schedule_from).collect()
    }

    /// Removes every recurring round; their booked jobs find nothing and stop.
    pub async fn delete_schedules(&mut self, community_id: i64) -> StoreResult<u64> {
        let sql = "DELETE FROM checkin_schedules WHERE community_id = $1";
        Ok(on_tx!(self, |c| sqlx::query(sql)
            .bind(community_id)
            .execute(&mut *c)
            .await?
            .rows_affected()))
    }

    /// Moves every recurring round to a new zone (same wall-clock time),
    /// with a new version so jobs booked for the old zone do nothing.
    pub async fn rezone_schedules(
        &mut self,
        community_id: i64,
        tz: TimeZone,
    ) -> StoreResult<Vec<ScheduleRecord>> {
        let sql = format!(
            "UPDATE checkin_schedules SET time_zone = $2, version = version + 1 \
             WHERE community_id = $1 AND time_zone <> $2 RETURNING {COLUMNS}"
        );
        let rows: Vec<ScheduleRow> = on_tx!(self, |c| sqlx::query_as(&sql)
            .bind(community_id)
            .bind(tz.name())
            .fetch_all(&mut *c)
            .await?);
        rows.into_iter().map(schedule_from).collect()
    }
}
