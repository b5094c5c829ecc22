//! Weekly digests: when and where each community's goes, the facts a week's
//! digest is built from, and the stored digests themselves (which the
//! coordinators' SQL views read).

use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::time::recurrence::Weekly;
use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};

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

pub(super) type SettingsRow = (i16, String, bool, i32, Option<i64>, bool);

pub(super) fn settings_of(
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

    /// Notes the week of `day` as one `person_id` was heard in, once.
    pub(super) async fn note_week(
        &mut self,
        community_id: i64,
        person_id: i64,
        day: NaiveDate,
    ) -> StoreResult<()> {
        on_tx!(self, |c| sqlx::query(NOTE_WEEK)
            .bind(community_id)
            .bind(person_id)
            .bind(week_start(day))
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
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
        let sql = super::deferred_writes::MARK_HEARD;
        self.begin_deferred().await?;
        let text = day.format("%Y-%m-%d").to_string();
        if let Tx::Postgres(_) = self {
            // One round trip on Postgres.
            let both = format!("WITH heard AS ({sql}) {NOTE_WEEK_4}");
            on_tx!(self, |c| sqlx::query(&both)
                .bind(community_id)
                .bind(person_id)
                .bind(&text)
                .bind(week_start(day))
                .execute(&mut *c)
                .await?
                .rows_affected());
            return Ok(());
        }
        // SQLite has no data-modifying `WITH`: the day, then the week.
        on_tx!(self, |c| sqlx::query(sql)
            .bind(community_id)
            .bind(person_id)
            .bind(&text)
            .execute(&mut *c)
            .await?
            .rows_affected());
        self.note_week(community_id, person_id, day).await
    }
}
