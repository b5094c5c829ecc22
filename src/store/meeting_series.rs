//! Repeating meetings: a rule, a wall-clock time and a zone. Occurrences
//! are made one at a time, each keyed by its date so it is made once.

use super::time_polls::zone_from;
use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::meeting::repeat::Repeat;
use crate::domain::TimeZone;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

#[derive(Debug, Clone, PartialEq)]
pub struct SeriesRecord {
    pub id: i64,
    pub community_id: i64,
    pub title: String,
    pub repeat: Repeat,
    pub first_date: NaiveDate,
    pub at: NaiveTime,
    pub time_zone: TimeZone,
    pub minutes: i32,
    pub place: Option<String>,
    pub organiser_id: Option<i64>,
    pub version: i32,
    pub active: bool,
}

#[derive(sqlx::FromRow)]
struct SeriesRow {
    id: i64,
    community_id: i64,
    title: String,
    repeat_rule: String,
    first_date: String,
    at_time: String,
    time_zone: String,
    minutes: i32,
    place: Option<String>,
    organiser_id: Option<i64>,
    version: i32,
    active: bool,
}

impl TryFrom<SeriesRow> for SeriesRecord {
    type Error = StoreError;
    fn try_from(r: SeriesRow) -> StoreResult<SeriesRecord> {
        let corrupt = |what: &str| StoreError::Corrupt(format!("meeting series {}: {what}", r.id));
        Ok(SeriesRecord {
            id: r.id,
            community_id: r.community_id,
            repeat: Repeat::decode(&r.repeat_rule).ok_or_else(|| corrupt("rule"))?,
            first_date: NaiveDate::parse_from_str(&r.first_date, "%Y-%m-%d")
                .map_err(|_| corrupt("first date"))?,
            at: NaiveTime::parse_from_str(&r.at_time, "%H:%M").map_err(|_| corrupt("time"))?,
            time_zone: zone_from(&r.time_zone)?,
            title: r.title,
            minutes: r.minutes,
            place: r.place,
            organiser_id: r.organiser_id,
            version: r.version,
            active: r.active,
        })
    }
}

const COLUMNS: &str = "id, community_id, title, repeat_rule, first_date, at_time, time_zone, \
                       minutes, place, organiser_id, version, active";

pub struct NewSeries<'a> {
    pub community_id: i64,
    pub title: &'a str,
    pub repeat: Repeat,
    pub first_date: NaiveDate,
    pub at: NaiveTime,
    pub time_zone: TimeZone,
    pub minutes: i32,
    pub place: Option<&'a str>,
    pub organiser_id: Option<i64>,
    pub now: DateTime<Utc>,
}

impl Tx {
    pub async fn create_series(&mut self, new: NewSeries<'_>) -> StoreResult<SeriesRecord> {
        let sql = format!(
            "INSERT INTO meeting_series (community_id, title, repeat_rule, first_date, at_time, \
             time_zone, minutes, place, organiser_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING {COLUMNS}"
        );
        let row: SeriesRow = on_tx!(self, |c| sqlx::query_as(&sql)
            .bind(new.community_id)
            .bind(new.title)
            .bind(new.repeat.encode())
            .bind(new.first_date.to_string())
            .bind(new.at.format("%H:%M").to_string())
            .bind(new.time_zone.name())
            .bind(new.minutes)
            .bind(new.place)
            .bind(new.organiser_id)
            .bind(new.now)
            .fetch_one(&mut *c)
            .await?);
        row.try_into()
    }

    pub async fn series(&mut self, id: i64) -> StoreResult<Option<SeriesRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM meeting_series WHERE id = $1");
        let row: Option<SeriesRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    /// Links a meeting to the series it now starts.
    pub async fn attach_to_series(
        &mut self,
        meeting_id: i64,
        series_id: i64,
        occurrence: NaiveDate,
    ) -> StoreResult<()> {
        let sql = "UPDATE meetings SET series_id = $2, occurrence = $3 WHERE id = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(meeting_id)
            .bind(series_id)
            .bind(occurrence.to_string())
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Stops a series; jobs booked for it then do nothing.
    pub async fn stop_series(&mut self, id: i64) -> StoreResult<bool> {
        let sql = "UPDATE meeting_series SET active = FALSE, version = version + 1 \
                   WHERE id = $1 AND active";
        let n = on_tx!(self, |c| sqlx::query(sql)
            .bind(id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(n == 1)
    }
}
