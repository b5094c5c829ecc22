//! Meetings: one-off or one occurrence of a series, with RSVPs, agenda
//! items and who came. A meeting's calendar identity (uid) never changes;
//! its sequence goes up with every change, as calendars expect.

use super::time_polls::{local_from, zone_from, LOCAL_FORMAT};
use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::meeting::rsvp::Rsvp;
use crate::domain::TimeZone;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

#[derive(Debug, Clone, PartialEq)]
pub struct MeetingRecord {
    pub id: i64,
    pub community_id: i64,
    pub series_id: Option<i64>,
    pub occurrence: Option<NaiveDate>,
    pub title: String,
    pub local: NaiveDateTime,
    pub time_zone: TimeZone,
    pub starts_at: DateTime<Utc>,
    pub minutes: i32,
    pub place: Option<String>,
    pub uid: String,
    pub sequence: i32,
    pub cancelled: bool,
    pub organiser_id: Option<i64>,
    pub message_id: Option<i64>,
}

impl MeetingRecord {
    pub fn ends_at(&self) -> DateTime<Utc> {
        self.starts_at + chrono::Duration::minutes(i64::from(self.minutes))
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct MeetingRow {
    id: i64,
    community_id: i64,
    series_id: Option<i64>,
    occurrence: Option<String>,
    title: String,
    starts_local: String,
    time_zone: String,
    starts_at: DateTime<Utc>,
    minutes: i32,
    place: Option<String>,
    uid: String,
    sequence: i32,
    status: String,
    organiser_id: Option<i64>,
    message_id: Option<i64>,
}

impl TryFrom<MeetingRow> for MeetingRecord {
    type Error = StoreError;
    fn try_from(r: MeetingRow) -> StoreResult<MeetingRecord> {
        let occurrence = match r.occurrence {
            Some(d) => Some(
                NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                    .map_err(|_| StoreError::Corrupt(format!("occurrence {d}")))?,
            ),
            None => None,
        };
        Ok(MeetingRecord {
            id: r.id,
            community_id: r.community_id,
            series_id: r.series_id,
            occurrence,
            title: r.title,
            local: local_from(&r.starts_local)?,
            time_zone: zone_from(&r.time_zone)?,
            starts_at: r.starts_at,
            minutes: r.minutes,
            place: r.place,
            uid: r.uid,
            sequence: r.sequence,
            cancelled: r.status == "cancelled",
            organiser_id: r.organiser_id,
            message_id: r.message_id,
        })
    }
}

pub(super) const COLUMNS: &str =
    "id, community_id, series_id, occurrence, title, starts_local, time_zone, \
                       starts_at, minutes, place, uid, sequence, status, organiser_id, message_id";

pub struct NewMeeting<'a> {
    pub community_id: i64,
    pub series_id: Option<i64>,
    pub occurrence: Option<NaiveDate>,
    pub title: &'a str,
    pub local: NaiveDateTime,
    pub time_zone: TimeZone,
    pub starts_at: DateTime<Utc>,
    pub minutes: i32,
    pub place: Option<&'a str>,
    pub uid: &'a str,
    pub organiser_id: Option<i64>,
    pub now: DateTime<Utc>,
}

impl Tx {
    /// Adds a meeting; `None` if that series occurrence already exists.
    pub async fn create_meeting(
        &mut self,
        new: NewMeeting<'_>,
    ) -> StoreResult<Option<MeetingRecord>> {
        let sql = format!(
            "INSERT INTO meetings (community_id, series_id, occurrence, title, starts_local, \
             time_zone, starts_at, minutes, place, uid, organiser_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
             ON CONFLICT DO NOTHING RETURNING {COLUMNS}"
        );
        let row: Option<MeetingRow> = on_tx!(self, |c| sqlx::query_as(&sql)
            .bind(new.community_id)
            .bind(new.series_id)
            .bind(new.occurrence.map(|d| d.to_string()))
            .bind(new.title)
            .bind(new.local.format(LOCAL_FORMAT).to_string())
            .bind(new.time_zone.name())
            .bind(new.starts_at)
            .bind(new.minutes)
            .bind(new.place)
            .bind(new.uid)
            .bind(new.organiser_id)
            .bind(new.now)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    pub async fn meeting(&mut self, id: i64) -> StoreResult<Option<MeetingRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM meetings WHERE id = $1");
        let row: Option<MeetingRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    /// The meeting, locked until commit (RSVPs and changes one at a time).
    pub async fn lock_meeting(&mut self, id: i64) -> StoreResult<Option<MeetingRecord>> {
        self.begin_deferred().await?;
        let sql = format!(
            "SELECT {COLUMNS} FROM meetings WHERE id = $1{}",
            self.for_update()
        );
        let row: Option<MeetingRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    /// Scheduled meetings that have not started by `now`, soonest first.
    pub async fn upcoming_meetings(
        &mut self,
        community_id: i64,
        now: DateTime<Utc>,
        limit: i64,
    ) -> StoreResult<Vec<MeetingRecord>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM meetings WHERE community_id = $1 AND status = 'scheduled' \
             AND starts_at > $2 ORDER BY starts_at, id LIMIT $3"
        );
        let rows: Vec<MeetingRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(community_id)
            .bind(now)
            .bind(limit)
            .fetch_all(&mut *c)
            .await?);
        rows.into_iter().map(TryInto::try_into).collect()
    }

    /// The latest scheduled meeting that has started by `now`.
    pub async fn last_meeting(
        &mut self,
        community_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<MeetingRecord>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM meetings WHERE community_id = $1 AND status = 'scheduled' \
             AND starts_at <= $2 ORDER BY starts_at DESC, id DESC LIMIT 1"
        );
        let row: Option<MeetingRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(community_id)
            .bind(now)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    /// Moves a meeting; its calendar sequence goes up.
    pub async fn move_meeting(
        &mut self,
        id: i64,
        local: NaiveDateTime,
        starts_at: DateTime<Utc>,
    ) -> StoreResult<Option<MeetingRecord>> {
        let sql = format!(
            "UPDATE meetings SET starts_local = $2, starts_at = $3, sequence = sequence + 1 \
             WHERE id = $1 RETURNING {COLUMNS}"
        );
        let row: Option<MeetingRow> = on_tx!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .bind(local.format(LOCAL_FORMAT).to_string())
            .bind(starts_at)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    /// Cancels a meeting; its calendar sequence goes up.
    pub async fn cancel_meeting(&mut self, id: i64) -> StoreResult<Option<MeetingRecord>> {
        let sql = format!(
            "UPDATE meetings SET status = 'cancelled', sequence = sequence + 1 \
             WHERE id = $1 AND status = 'scheduled' RETURNING {COLUMNS}"
        );
        let row: Option<MeetingRow> = on_tx!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    pub async fn set_meeting_message(&mut self, id: i64, message_id: i64) -> StoreResult<()> {
        let sql = "UPDATE meetings SET message_id = $2 WHERE id = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(id)
            .bind(message_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Records (or changes) a member's RSVP.
    /// Copies "going" and "maybe" from the series' previous occurrence to
    /// `meeting` (a new occurrence), for those still in the group. Returns
    /// how many carried over.
    pub async fn carry_rsvps(
        &mut self,
        meeting: &MeetingRecord,
        now: DateTime<Utc>,
    ) -> StoreResult<u64> {
        let Some(series_id) = meeting.series_id else {
            return Ok(0);
        };
        let sql = "INSERT INTO meeting_rsvps (meeting_id, person_id, response, answered_at) \
                   SELECT $1, r.person_id, r.response, $4 FROM meeting_rsvps r \
                   JOIN memberships m ON m.person_id = r.person_id AND m.community_id = $3 AND m.left_at IS NULL \
                   WHERE r.response IN ('going', 'maybe') AND r.meeting_id = \
                     (SELECT id FROM meetings WHERE series_id = $2 AND id <> $1 AND starts_at < $5 \
                      ORDER BY starts_at DESC LIMIT 1) \
                   ON CONFLICT (meeting_id, person_id) DO NOTHING";
        let carried = on_tx!(self, |c| sqlx::query(sql)
            .bind(meeting.id)
            .bind(series_id)
            .bind(meeting.community_id)
            .bind(now)
            .bind(meeting.starts_at)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(carried)
    }

    pub async fn rsvp(
        &mut self,
        meeting_id: i64,
        person_id: i64,
        response: Rsvp,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql = "INSERT INTO meeting_rsvps (meeting_id, person_id, response, answered_at) \
                   VALUES ($1, $2, $3, $4) ON CONFLICT (meeting_id, person_id) \
                   DO UPDATE SET response = excluded.response, answered_at = excluded.answered_at";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(meeting_id)
            .bind(person_id)
            .bind(response.as_str())
            .bind(now)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Everyone who answered, with their answer, by name.
    pub async fn rsvps(
        &mut self,
        meeting_id: i64,
    ) -> StoreResult<Vec<(super::PersonRecord, Rsvp)>> {
        let sql = format!(
            "SELECT {}, r.response FROM people p JOIN meeting_rsvps r ON r.person_id = p.id \
             WHERE r.meeting_id = $1 ORDER BY p.display_name, p.id",
            super::ingest::prefixed(super::people::COLUMNS, "p", "")
        );
        let rows: Vec<RsvpRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(meeting_id)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows
            .into_iter()
            .filter_map(|r| Rsvp::parse(&r.response).map(|x| (r.person.into(), x)))
            .collect())
    }

    /// How many said each answer.
    pub async fn rsvp_counts(&mut self, meeting_id: i64) -> StoreResult<Vec<(Rsvp, i64)>> {
        let sql = "SELECT response, COUNT(*) FROM meeting_rsvps WHERE meeting_id = $1 \
                   GROUP BY response";
        let rows: Vec<(String, i64)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(meeting_id)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows
            .into_iter()
            .filter_map(|(r, n)| Rsvp::parse(&r).map(|r| (r, n)))
            .collect())
    }

    /// Adds an agenda item; returns how many the meeting now has.
    pub async fn add_agenda_item(
        &mut self,
        meeting_id: i64,
        person_id: i64,
        item: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let add = "INSERT INTO meeting_agenda (meeting_id, person_id, item, added_at) \
                   VALUES ($1, $2, $3, $4)";
        let count = "SELECT COUNT(*) FROM meeting_agenda WHERE meeting_id = $1";
        Ok(on_tx!(self, |c| {
            sqlx::query(add)
                .bind(meeting_id)
                .bind(person_id)
                .bind(item)
                .bind(now)
                .execute(&mut *c)
                .await?
                .rows_affected();
            sqlx::query_scalar(count)
                .bind(meeting_id)
                .fetch_one(&mut *c)
                .await?
        }))
    }

    pub async fn agenda(&mut self, meeting_id: i64) -> StoreResult<Vec<String>> {
        let sql = "SELECT item FROM meeting_agenda WHERE meeting_id = $1 ORDER BY id";
        Ok(on_read!(self, |c| sqlx::query_scalar(sql)
            .bind(meeting_id)
            .fetch_all(&mut *c)
            .await?))
    }
}

#[derive(sqlx::FromRow)]
struct RsvpRow {
    #[sqlx(flatten)]
    person: super::people::PersonRow,
    response: String,
}
