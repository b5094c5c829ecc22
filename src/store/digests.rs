//! Weekly digests: when and where each community's goes, the facts a week's
//! digest is built from, and the stored digests themselves (which the
//! coordinators' SQL views read).

use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::checkin::pulse::PulseEntry;
use crate::domain::digest::{MeetingFact, MemberFact, RoundFact, TimePollFact};
use crate::domain::time::recurrence::Weekly;
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc, Weekday};
use std::collections::BTreeMap;

/// A community's digest settings; Mondays at 09:00 until changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigestSettings {
    pub weekly: Weekly,
    pub enabled: bool,
    /// Changes with the settings: a digest booked under older ones does nothing.
    pub version: i32,
    /// The coordinators' chat (a community Kettle is in) that receives it.
    pub send_to: Option<i64>,
    /// Whether the group's own copy (numbers only) is posted in the group.
    pub to_group: bool,
}

impl Default for DigestSettings {
    fn default() -> Self {
        DigestSettings {
            weekly: Weekly {
                weekday: Weekday::Mon,
                at: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN),
            },
            enabled: true,
            version: 1,
            send_to: None,
            to_group: false,
        }
    }
}

type SettingsRow = (i16, String, bool, i32, Option<i64>, bool);

fn settings_of(
    (weekday, at, enabled, version, send_to, to_group): SettingsRow,
) -> StoreResult<DigestSettings> {
    let weekday = Weekday::try_from(u8::try_from(weekday).unwrap_or(0))
        .map_err(|_| StoreError::Corrupt(format!("digest weekday {weekday}")))?;
    let at = NaiveTime::parse_from_str(&at, "%H:%M")
        .map_err(|e| StoreError::Corrupt(format!("digest time {at}: {e}")))?;
    Ok(DigestSettings {
        weekly: Weekly { weekday, at },
        enabled,
        version,
        send_to,
        to_group,
    })
}

/// Notes the week a member was heard in, once.
pub(super) const NOTE_WEEK: &str =
    "INSERT INTO member_weeks (community_id, person_id, week_start) \
    VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";

/// [`NOTE_WEEK`] with the week as `$4`, after a statement that took `$3`.
const NOTE_WEEK_4: &str = "INSERT INTO member_weeks (community_id, person_id, week_start) \
    VALUES ($1, $2, $4) ON CONFLICT DO NOTHING";

/// The Monday of `day`'s week, as `member_weeks` keeps it.
pub(super) fn week_start(day: NaiveDate) -> String {
    let monday = day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()));
    monday.format("%Y-%m-%d").to_string()
}

impl Tx {
    pub async fn digest_settings(&mut self, community_id: i64) -> StoreResult<DigestSettings> {
        let sql =
            "SELECT weekday, at_time, enabled, version, send_to, to_group FROM digest_settings \
                   WHERE community_id = $1";
        let row: Option<SettingsRow> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .fetch_optional(&mut *c)
            .await?);
        row.map_or(Ok(DigestSettings::default()), settings_of)
    }

    /// Sets when the digest goes out (or stops it); returns the new
    /// settings, their version moved on.
    pub async fn set_digest_schedule(
        &mut self,
        community_id: i64,
        weekly: Weekly,
        enabled: bool,
    ) -> StoreResult<DigestSettings> {
        let sql = "INSERT INTO digest_settings (community_id, weekday, at_time, enabled, version) \
                   VALUES ($1, $2, $3, $4, 2) \
                   ON CONFLICT (community_id) DO UPDATE SET weekday = excluded.weekday, \
                   at_time = excluded.at_time, enabled = excluded.enabled, \
                   version = digest_settings.version + 1 \
                   RETURNING weekday, at_time, enabled, version, send_to, to_group";
        let row: SettingsRow = on_tx!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .bind(weekly.weekday.num_days_from_monday() as i16)
            .bind(weekly.at.format("%H:%M").to_string())
            .bind(enabled)
            .fetch_one(&mut *c)
            .await?);
        settings_of(row)
    }

    /// Sends the community's digest to a coordinators' chat (or, with
    /// `None`, back to each coordinator privately).
    pub async fn set_digest_send_to(
        &mut self,
        community_id: i64,
        send_to: Option<i64>,
        by: i64,
    ) -> StoreResult<()> {
        let sql =
            "INSERT INTO digest_settings (community_id, send_to, send_to_by) VALUES ($1, $2, $3) \
                   ON CONFLICT (community_id) DO UPDATE SET send_to = excluded.send_to, \
                   send_to_by = excluded.send_to_by";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(community_id)
            .bind(send_to)
            .bind(by)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Whether the group's own copy of the weekly digest is posted in it.
    pub async fn set_digest_to_group(&mut self, community_id: i64, on: bool) -> StoreResult<()> {
        let sql = "INSERT INTO digest_settings (community_id, to_group) VALUES ($1, $2) \
                   ON CONFLICT (community_id) DO UPDATE SET to_group = excluded.to_group";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(community_id)
            .bind(on)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Communities whose digest goes to this coordinators' chat.
    pub async fn digests_sent_to(&mut self, chat_community_id: i64) -> StoreResult<Vec<i64>> {
        let sql = "SELECT s.community_id FROM digest_settings s \
                   JOIN communities c ON c.id = s.community_id \
                   WHERE s.send_to = $1 AND c.active ORDER BY c.title, c.id";
        let rows: Vec<(i64,)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(chat_community_id)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// Every active community: each needs its weekly digest booked.
    pub async fn active_community_ids(&mut self) -> StoreResult<Vec<i64>> {
        let sql = "SELECT id FROM communities WHERE active ORDER BY id";
        let rows: Vec<(i64,)> = on_read!(self, |c| sqlx::query_as(sql).fetch_all(&mut *c).await?);
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// Notes that a member was heard from on `day` (their community's
    /// local date), and in its week. Writes only when the day, or the
    /// week, is new for them.
    pub async fn mark_heard(
        &mut self,
        community_id: i64,
        person_id: i64,
        day: NaiveDate,
    ) -> StoreResult<()> {
        let sql = "UPDATE memberships SET last_heard_on = $3 \
                   WHERE community_id = $1 AND person_id = $2 \
                   AND (last_heard_on IS NULL OR last_heard_on < $3)";
        self.begin_deferred().await?;
        // One round trip on Postgres; SQLite has no data-modifying `WITH`.
        let both = format!("WITH heard AS ({sql}) {NOTE_WEEK_4}");
        let (sql, week) = match self {
            Tx::Postgres(_) => (both.as_str(), None),
            _ => (sql, Some(NOTE_WEEK)),
        };
        let (day, monday) = (day.format("%Y-%m-%d").to_string(), week_start(day));
        on_tx!(self, |c| {
            let mut first = sqlx::query(sql)
                .bind(community_id)
                .bind(person_id)
                .bind(&day);
            if week.is_none() {
                first = first.bind(&monday);
            }
            first.execute(&mut *c).await?;
            if let Some(week) = week {
                sqlx::query(week)
                    .bind(community_id)
                    .bind(person_id)
                    .bind(&monday)
                    .execute(&mut *c)
                    .await?;
            }
        });
        Ok(())
    }

    /// Current members, and those who left since `since`, each with the
    /// weeks (their Mondays, from `weeks`) they were heard in.
    pub async fn digest_members(
        &mut self,
        community_id: i64,
        since: DateTime<Utc>,
        weeks: (NaiveDate, NaiveDate),
    ) -> StoreResult<Vec<MemberFact>> {
        let sql = "SELECT m.person_id, p.display_name, m.joined_at, m.left_at \
                   FROM memberships m JOIN people p ON p.id = m.person_id \
                   WHERE m.community_id = $1 AND (m.left_at IS NULL OR m.left_at >= $2)";
        let heard = "SELECT person_id, week_start FROM member_weeks \
                     WHERE community_id = $1 AND week_start >= $2 AND week_start <= $3";
        type Row = (i64, String, DateTime<Utc>, Option<DateTime<Utc>>);
        let (rows, heard): (Vec<Row>, Vec<(i64, String)>) = on_read!(self, |c| {
            let rows = sqlx::query_as(sql)
                .bind(community_id)
                .bind(since)
                .fetch_all(&mut *c)
                .await?;
            let heard = sqlx::query_as(heard)
                .bind(community_id)
                .bind(weeks.0.format("%Y-%m-%d").to_string())
                .bind(weeks.1.format("%Y-%m-%d").to_string())
                .fetch_all(&mut *c)
                .await?;
            (rows, heard)
        });
        let mut weeks_of: BTreeMap<i64, Vec<NaiveDate>> = BTreeMap::new();
        for (person, week) in heard {
            if let Ok(monday) = NaiveDate::parse_from_str(&week, "%Y-%m-%d") {
                weeks_of.entry(person).or_default().push(monday);
            }
        }
        Ok(rows
            .into_iter()
            .map(|(person_id, name, joined_at, left_at)| MemberFact {
                person_id,
                name,
                joined_at,
                left_at,
                heard_weeks: weeks_of.remove(&person_id).unwrap_or_default(),
            })
            .collect())
    }

    /// Meetings starting in `[from, until)`, with RSVPs and who came.
    pub async fn digest_meetings(
        &mut self,
        community_id: i64,
        from: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> StoreResult<Vec<MeetingFact>> {
        let sql = "SELECT mt.id, mt.title, mt.starts_local, mt.starts_at, mt.status, \
             (SELECT COUNT(*) FROM meeting_rsvps r WHERE r.meeting_id = mt.id AND r.response = 'going'), \
             (SELECT COUNT(*) FROM meeting_rsvps r WHERE r.meeting_id = mt.id AND r.response = 'maybe'), \
             (SELECT COUNT(*) FROM meeting_rsvps r WHERE r.meeting_id = mt.id AND r.response = 'cant'), \
             CASE WHEN mt.attendance_recorded_at IS NULL THEN NULL \
                  ELSE (SELECT COUNT(*) FROM meeting_attendance a WHERE a.meeting_id = mt.id) END, \
             (SELECT COUNT(*) FROM meeting_attendance a JOIN meeting_rsvps r \
                ON r.meeting_id = a.meeting_id AND r.person_id = a.person_id AND r.response = 'going' \
              WHERE a.meeting_id = mt.id) \
             FROM meetings mt WHERE mt.community_id = $1 AND mt.starts_at >= $2 AND mt.starts_at < $3";
        type Row = (
            i64,
            String,
            String,
            DateTime<Utc>,
            String,
            i64,
            i64,
            i64,
            Option<i64>,
            i64,
        );
        let rows: Vec<Row> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .bind(from)
            .bind(until)
            .fetch_all(&mut *c)
            .await?);
        let n = |v: i64| u32::try_from(v).unwrap_or(0);
        Ok(rows
            .into_iter()
            .map(
                |(id, title, starts_local, starts_at, status, going, maybe, cant, came, both)| {
                    MeetingFact {
                        id,
                        title,
                        starts_local,
                        starts_at,
                        cancelled: status == "cancelled",
                        going: n(going),
                        maybe: n(maybe),
                        cant: n(cant),
                        came: came.map(n),
                        came_said_going: n(both),
                    }
                },
            )
            .collect())
    }

    /// Check-in rounds opened in `[from, until)`; closed means closed by `as_of`.
    pub async fn digest_rounds(
        &mut self,
        community_id: i64,
        (from, until): (DateTime<Utc>, DateTime<Utc>),
        as_of: DateTime<Utc>,
    ) -> StoreResult<Vec<RoundFact>> {
        let sql = "SELECT r.id, r.opened_at, r.closed_at, \
                   (SELECT COUNT(*) FROM checkin_answers a WHERE a.round_id = r.id) \
                   FROM checkin_rounds r WHERE r.community_id = $1 AND r.opened_at >= $2 AND r.opened_at < $3";
        type Row = (i64, DateTime<Utc>, Option<DateTime<Utc>>, i64);
        let rows: Vec<Row> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .bind(from)
            .bind(until)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows
            .into_iter()
            .map(|(id, opened_at, closed_at, answered)| RoundFact {
                id,
                opened_at,
                closed: closed_at.is_some_and(|c| c <= as_of),
                answered: u32::try_from(answered).unwrap_or(0),
            })
            .collect())
    }

    /// The week's check-ins, with no person: private ones made in
    /// `[from, until)`, and every answer (up to `as_of`) in the rounds
    /// opened then, whenever it came: a round belongs to its week.
    pub async fn digest_check_ins(
        &mut self,
        community_id: i64,
        (from, until): (DateTime<Utc>, DateTime<Utc>),
        as_of: DateTime<Utc>,
    ) -> StoreResult<Vec<PulseEntry>> {
        let sql = "SELECT a.answered_at, a.answer, a.round_id FROM checkin_answers a \
                   LEFT JOIN checkin_rounds r ON r.id = a.round_id \
                   WHERE a.community_id = $1 AND a.answered_at <= $4 AND CASE WHEN a.round_id IS NULL \
                     THEN a.answered_at >= $2 AND a.answered_at < $3 \
                     ELSE r.opened_at >= $2 AND r.opened_at < $3 END";
        let rows: Vec<(DateTime<Utc>, String, Option<i64>)> =
            on_read!(self, |c| sqlx::query_as(sql)
                .bind(community_id)
                .bind(from)
                .bind(until)
                .bind(as_of)
                .fetch_all(&mut *c)
                .await?);
        super::checkin_upkeep::pulse_of(rows)
    }

    /// Times still being found, with how many people have answered each.
    pub async fn digest_time_polls(
        &mut self,
        community_id: i64,
        before: DateTime<Utc>,
    ) -> StoreResult<Vec<TimePollFact>> {
        let sql = "SELECT tp.id, tp.title, tp.deadline, \
                   (SELECT COUNT(DISTINCT a.person_id) FROM time_poll_answers a \
                    JOIN time_poll_options o ON o.id = a.option_id WHERE o.poll_id = tp.id) \
                   FROM time_polls tp WHERE tp.community_id = $1 AND tp.status = 'open' \
                   AND tp.created_at < $2 ORDER BY tp.id";
        type Row = (i64, String, Option<DateTime<Utc>>, i64);
        let rows: Vec<Row> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .bind(before)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows
            .into_iter()
            // Members are counted by the caller, as every poll counts them.
            .map(|(id, title, deadline, answered)| TimePollFact {
                id,
                title,
                answered: u32::try_from(answered).unwrap_or(0),
                members: 0,
                deadline,
            })
            .collect())
    }
}
