//! Finding a time: the poll, its options (wall-clock text plus the instant)
//! and each member's yes / if need be / no. One answer per member per
//! option; the database enforces it.

use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::meeting::time_poll::{Availability, OptionTally};
use crate::domain::TimeZone;
use chrono::{DateTime, NaiveDateTime, Utc};

/// How wall-clock times are written in the database.
pub(crate) const LOCAL_FORMAT: &str = "%Y-%m-%d %H:%M";

pub(crate) fn local_from(s: &str) -> StoreResult<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, LOCAL_FORMAT)
        .map_err(|_| StoreError::Corrupt(format!("local time {s}")))
}

pub(crate) fn zone_from(s: &str) -> StoreResult<TimeZone> {
    TimeZone::parse(s).map_err(|_| StoreError::Corrupt(format!("time zone {s}")))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollStatus {
    /// The organiser is still choosing the times.
    Draft,
    /// Members are answering.
    Open,
    /// The deadline passed; waiting for the organiser to confirm.
    Closed,
    Decided,
    Dropped,
}

impl PollStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PollStatus::Draft => "draft",
            PollStatus::Open => "open",
            PollStatus::Closed => "closed",
            PollStatus::Decided => "decided",
            PollStatus::Dropped => "dropped",
        }
    }

    fn parse(s: &str) -> StoreResult<PollStatus> {
        [
            PollStatus::Draft,
            PollStatus::Open,
            PollStatus::Closed,
            PollStatus::Decided,
            PollStatus::Dropped,
        ]
        .into_iter()
        .find(|p| p.as_str() == s)
        .ok_or_else(|| StoreError::Corrupt(format!("poll status {s}")))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimePollRecord {
    pub id: i64,
    pub community_id: i64,
    pub title: String,
    pub organiser_id: Option<i64>,
    pub status: PollStatus,
    pub time_zone: TimeZone,
    pub minutes: i32,
    pub place: Option<String>,
    pub answer_minutes: i32,
    pub deadline: Option<DateTime<Utc>>,
    pub message_id: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct PollRow {
    id: i64,
    community_id: i64,
    title: String,
    organiser_id: Option<i64>,
    status: String,
    time_zone: String,
    minutes: i32,
    place: Option<String>,
    answer_minutes: i32,
    deadline: Option<DateTime<Utc>>,
    message_id: Option<i64>,
}

impl TryFrom<PollRow> for TimePollRecord {
    type Error = StoreError;
    fn try_from(r: PollRow) -> StoreResult<TimePollRecord> {
        Ok(TimePollRecord {
            id: r.id,
            community_id: r.community_id,
            title: r.title,
            organiser_id: r.organiser_id,
            status: PollStatus::parse(&r.status)?,
            time_zone: zone_from(&r.time_zone)?,
            minutes: r.minutes,
            place: r.place,
            answer_minutes: r.answer_minutes,
            deadline: r.deadline,
            message_id: r.message_id,
        })
    }
}

const POLL_COLUMNS: &str = "id, community_id, title, organiser_id, status, time_zone, minutes, \
                            place, answer_minutes, deadline, message_id";

/// One time on offer.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionRecord {
    pub id: i64,
    pub local: NaiveDateTime,
    pub at: DateTime<Utc>,
    pub picked: bool,
}

type OptionRow = (i64, String, DateTime<Utc>, bool);

fn option_from((id, local, at, picked): OptionRow) -> StoreResult<OptionRecord> {
    Ok(OptionRecord {
        id,
        local: local_from(&local)?,
        at,
        picked,
    })
}

pub struct NewTimePoll<'a> {
    pub community_id: i64,
    pub title: &'a str,
    pub organiser_id: i64,
    pub draft: bool,
    pub time_zone: TimeZone,
    pub minutes: i32,
    pub place: Option<&'a str>,
    pub answer_minutes: i32,
    pub now: DateTime<Utc>,
}

impl Tx {
    /// Starts a poll; `None` when the community is already finding a time.
    pub async fn create_time_poll(
        &mut self,
        new: NewTimePoll<'_>,
    ) -> StoreResult<Option<TimePollRecord>> {
        let sql = format!(
            "INSERT INTO time_polls (community_id, title, organiser_id, status, time_zone, minutes, \
             place, answer_minutes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT DO NOTHING RETURNING {POLL_COLUMNS}"
        );
        let status = if new.draft {
            PollStatus::Draft
        } else {
            PollStatus::Open
        };
        let row: Option<PollRow> = on_tx!(self, |c| sqlx::query_as(&sql)
            .bind(new.community_id)
            .bind(new.title)
            .bind(new.organiser_id)
            .bind(status.as_str())
            .bind(new.time_zone.name())
            .bind(new.minutes)
            .bind(new.place)
            .bind(new.answer_minutes)
            .bind(new.now)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    pub async fn add_poll_option(
        &mut self,
        poll_id: i64,
        local: NaiveDateTime,
        at: DateTime<Utc>,
        picked: bool,
    ) -> StoreResult<()> {
        let sql = "INSERT INTO time_poll_options (poll_id, starts_local, starts_at, picked) \
                   VALUES ($1, $2, $3, $4) ON CONFLICT (poll_id, starts_local) DO NOTHING";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(poll_id)
            .bind(local.format(LOCAL_FORMAT).to_string())
            .bind(at)
            .bind(picked)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The poll a community is drafting, running or confirming, if any.
    pub async fn active_time_poll(
        &mut self,
        community_id: i64,
    ) -> StoreResult<Option<TimePollRecord>> {
        let sql = format!(
            "SELECT {POLL_COLUMNS} FROM time_polls \
             WHERE community_id = $1 AND status IN ('draft', 'open', 'closed')"
        );
        let row: Option<PollRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(community_id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    pub async fn time_poll(&mut self, id: i64) -> StoreResult<Option<TimePollRecord>> {
        let sql = format!("SELECT {POLL_COLUMNS} FROM time_polls WHERE id = $1");
        let row: Option<PollRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    /// The poll, locked until commit: answers and status changes to one
    /// poll happen one at a time, so each rendering sees every answer.
    pub async fn lock_time_poll(&mut self, id: i64) -> StoreResult<Option<TimePollRecord>> {
        self.begin_deferred().await?;
        let sql = format!(
            "SELECT {POLL_COLUMNS} FROM time_polls WHERE id = $1{}",
            self.for_update()
        );
        let row: Option<PollRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    /// The poll's times, earliest first. Drafts include unpicked suggestions.
    pub async fn poll_options(&mut self, poll_id: i64) -> StoreResult<Vec<OptionRecord>> {
        let sql = "SELECT id, starts_local, starts_at, picked FROM time_poll_options \
                   WHERE poll_id = $1 ORDER BY starts_at, id";
        let rows: Vec<OptionRow> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(poll_id)
            .fetch_all(&mut *c)
            .await?);
        rows.into_iter().map(option_from).collect()
    }

    /// Which poll an option belongs to.
    pub async fn option_poll(&mut self, option_id: i64) -> StoreResult<Option<i64>> {
        let sql = "SELECT poll_id FROM time_poll_options WHERE id = $1";
        Ok(on_read!(self, |c| sqlx::query_scalar(sql)
            .bind(option_id)
            .fetch_optional(&mut *c)
            .await?))
    }

    /// Keeps or drops a suggestion while drafting.
    pub async fn toggle_option(&mut self, option_id: i64) -> StoreResult<()> {
        let sql = "UPDATE time_poll_options SET picked = NOT picked WHERE id = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(option_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Opens a drafted poll: unpicked suggestions go, the deadline is set.
    pub async fn open_time_poll(&mut self, id: i64, deadline: DateTime<Utc>) -> StoreResult<()> {
        let drop = "DELETE FROM time_poll_options WHERE poll_id = $1 AND NOT picked";
        let open = "UPDATE time_polls SET status = 'open', deadline = $2 WHERE id = $1";
        on_tx!(self, |c| {
            sqlx::query(drop)
                .bind(id)
                .execute(&mut *c)
                .await?
                .rows_affected();
            sqlx::query(open)
                .bind(id)
                .bind(deadline)
                .execute(&mut *c)
                .await?
                .rows_affected()
        });
        Ok(())
    }

    pub async fn set_poll_message(&mut self, id: i64, message_id: i64) -> StoreResult<()> {
        let sql = "UPDATE time_polls SET message_id = $2 WHERE id = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(id)
            .bind(message_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    pub async fn set_poll_status(
        &mut self,
        id: i64,
        status: PollStatus,
        meeting_id: Option<i64>,
    ) -> StoreResult<()> {
        let sql = "UPDATE time_polls SET status = $2, meeting_id = COALESCE($3, meeting_id) \
                   WHERE id = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(id)
            .bind(status.as_str())
            .bind(meeting_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Records (or changes) one member's answer to one time.
    pub async fn answer_option(
        &mut self,
        option_id: i64,
        person_id: i64,
        availability: Availability,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql = "INSERT INTO time_poll_answers (option_id, person_id, availability, answered_at) \
                   VALUES ($1, $2, $3, $4) ON CONFLICT (option_id, person_id) \
                   DO UPDATE SET availability = excluded.availability, answered_at = excluded.answered_at";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(option_id)
            .bind(person_id)
            .bind(availability.as_str())
            .bind(now)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// How each option stands, by option id.
    pub async fn poll_tallies(&mut self, poll_id: i64) -> StoreResult<Vec<(i64, OptionTally)>> {
        let sql = "SELECT a.option_id, a.availability, COUNT(*) FROM time_poll_answers a \
                   JOIN time_poll_options o ON o.id = a.option_id WHERE o.poll_id = $1 \
                   GROUP BY a.option_id, a.availability";
        let rows: Vec<(i64, String, i64)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(poll_id)
            .fetch_all(&mut *c)
            .await?);
        let mut out: Vec<(i64, OptionTally)> = vec![];
        for (option, availability, n) in rows {
            let a = Availability::parse(&availability)
                .ok_or_else(|| StoreError::Corrupt(format!("availability {availability}")))?;
            let slot = match out.iter().position(|(id, _)| *id == option) {
                Some(i) => i,
                None => {
                    out.push((option, OptionTally::default()));
                    out.len() - 1
                }
            };
            out[slot].1.add(a, u32::try_from(n).unwrap_or(u32::MAX));
        }
        Ok(out)
    }

    /// Everyone who has answered at least one time.
    pub async fn poll_answerers(&mut self, poll_id: i64) -> StoreResult<Vec<i64>> {
        let sql = "SELECT DISTINCT a.person_id FROM time_poll_answers a \
                   JOIN time_poll_options o ON o.id = a.option_id WHERE o.poll_id = $1 \
                   ORDER BY a.person_id";
        Ok(on_read!(self, |c| sqlx::query_scalar(sql)
            .bind(poll_id)
            .fetch_all(&mut *c)
            .await?))
    }

    /// One member's answers, by option id.
    pub async fn own_poll_answers(
        &mut self,
        poll_id: i64,
        person_id: i64,
    ) -> StoreResult<Vec<(i64, Availability)>> {
        let sql = "SELECT a.option_id, a.availability FROM time_poll_answers a \
                   JOIN time_poll_options o ON o.id = a.option_id \
                   WHERE o.poll_id = $1 AND a.person_id = $2";
        let rows: Vec<(i64, String)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(poll_id)
            .bind(person_id)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows
            .into_iter()
            .filter_map(|(id, a)| Availability::parse(&a).map(|a| (id, a)))
            .collect())
    }
}
