//! A community's meeting defaults: available hours, length, place,
//! reminders and quiet hours. No row means Kettle's defaults.

use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::meeting::reminders;
use crate::domain::time::hours::{AvailableHours, QuietHours};
use chrono::Duration;

#[derive(Debug, Clone, PartialEq)]
pub struct MeetingSettings {
    pub hours: AvailableHours,
    pub length: Duration,
    pub place: Option<String>,
    /// Before each meeting, longest first.
    pub reminders: Vec<Duration>,
    pub quiet: QuietHours,
}

impl Default for MeetingSettings {
    fn default() -> MeetingSettings {
        MeetingSettings {
            hours: AvailableHours::default(),
            length: Duration::minutes(60),
            place: None,
            reminders: reminders::DEFAULT.to_vec(),
            quiet: QuietHours::default(),
        }
    }
}

pub(super) type SettingsRow = (Option<String>, i32, Option<String>, String, String);

/// The settings a stored row says; no row means Kettle's defaults.
pub(super) fn settings_from(
    community_id: i64,
    row: Option<SettingsRow>,
) -> StoreResult<MeetingSettings> {
    let Some((hours, minutes, place, reminder_text, quiet)) = row else {
        return Ok(MeetingSettings::default());
    };
    let corrupt =
        |what: &str| StoreError::Corrupt(format!("meeting settings {community_id}: {what}"));
    let defaults = MeetingSettings::default();
    Ok(MeetingSettings {
        hours: match hours {
            Some(h) => defaults.hours.parse(&h).map_err(|_| corrupt("hours"))?,
            None => defaults.hours,
        },
        length: Duration::minutes(i64::from(minutes)),
        place,
        reminders: reminders::parse(&reminder_text).map_err(|_| corrupt("reminders"))?,
        quiet: QuietHours::parse(&quiet).ok_or_else(|| corrupt("quiet"))?,
    })
}

impl Tx {
    pub async fn meeting_settings(&mut self, community_id: i64) -> StoreResult<MeetingSettings> {
        let sql = "SELECT hours, minutes, place, reminders, quiet FROM meeting_settings \
                   WHERE community_id = $1";
        let row: Option<SettingsRow> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .fetch_optional(&mut *c)
            .await?);
        settings_from(community_id, row)
    }

    pub async fn set_meeting_settings(
        &mut self,
        community_id: i64,
        s: &MeetingSettings,
    ) -> StoreResult<()> {
        let sql =
            "INSERT INTO meeting_settings (community_id, hours, minutes, place, reminders, quiet) \
                   VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (community_id) DO UPDATE SET \
                   hours = excluded.hours, minutes = excluded.minutes, place = excluded.place, \
                   reminders = excluded.reminders, quiet = excluded.quiet";
        let quiet = stored(s.quiet);
        on_tx!(self, |c| sqlx::query(sql)
            .bind(community_id)
            .bind(s.hours.format())
            .bind(s.length.num_minutes() as i32)
            .bind(s.place.as_deref())
            .bind(reminders::format(&s.reminders))
            .bind(&quiet)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }
}

impl Tx {
    /// A member's own quiet hours, if they set any.
    pub async fn person_quiet(&mut self, person_id: i64) -> StoreResult<Option<QuietHours>> {
        let sql = "SELECT quiet FROM person_quiet_hours WHERE person_id = $1";
        let quiet: Option<String> = on_read!(self, |c| sqlx::query_scalar(sql)
            .bind(person_id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(quiet.as_deref().and_then(QuietHours::parse))
    }

    /// Sets (or, with `None`, clears) a member's own quiet hours.
    pub async fn set_person_quiet(
        &mut self,
        person_id: i64,
        quiet: Option<QuietHours>,
    ) -> StoreResult<()> {
        let clear = "DELETE FROM person_quiet_hours WHERE person_id = $1";
        let set = "INSERT INTO person_quiet_hours (person_id, quiet) VALUES ($1, $2) \
                   ON CONFLICT (person_id) DO UPDATE SET quiet = excluded.quiet";
        on_tx!(self, |c| match quiet {
            None => sqlx::query(clear)
                .bind(person_id)
                .execute(&mut *c)
                .await?
                .rows_affected(),
            Some(q) => sqlx::query(set)
                .bind(person_id)
                .bind(stored(q))
                .execute(&mut *c)
                .await?
                .rows_affected(),
        });
        Ok(())
    }
}

/// Quiet hours as stored: `22:00-08:00`.
fn stored(q: QuietHours) -> String {
    format!("{}-{}", q.from.format("%H:%M"), q.to.format("%H:%M"))
}
