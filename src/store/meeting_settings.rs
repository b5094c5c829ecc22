//! A community's meeting defaults: available hours, length, place,
//! reminders and quiet hours. No row means Kettle's defaults.

use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::hours::{AvailableHours, QuietHours};
use crate::domain::reminders;
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

type SettingsRow = (Option<String>, i32, Option<String>, String, String);

impl Tx {
    pub async fn meeting_settings(&mut self, community_id: i64) -> StoreResult<MeetingSettings> {
        let sql = "SELECT hours, minutes, place, reminders, quiet FROM meeting_settings \
                   WHERE community_id = $1";
        let row: Option<SettingsRow> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .fetch_optional(&mut *c)
            .await?);
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
        let quiet = format!(
            "{}-{}",
            s.quiet.from.format("%H:%M"),
            s.quiet.to.format("%H:%M")
        );
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
