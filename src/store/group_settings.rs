//! What a group's `/settings` shows, read at once: on Postgres one
//! statement instead of five. Each of the five small reads was a round
//! trip that the server's processor paid for: in issue 18's profile
//! `/settings` was a fifth of the benchmark's ingest mix and its reads two
//! thirds of that path's statements. SQLite runs in-process, where the
//! five plain reads cost next to nothing; the contract tests check that
//! both give the same answer.

use super::checkin_schedules::{time_from, weekday_from};
use super::meeting_settings::{settings_from, SettingsRow};
use super::{on, CommunityRecord, MeetingSettings, On, StoreError, StoreResult, Tx};
use crate::domain::time::recurrence::Weekly;
use crate::domain::Role;

/// A group's settings as `/settings` shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupSettings {
    /// The current coordinators' names, in name order.
    pub coordinators: Vec<String>,
    /// How many current members Kettle knows.
    pub joined: i64,
    /// The recurring check-in rounds, Monday first.
    pub schedules: Vec<Weekly>,
    pub meetings: MeetingSettings,
    /// The title of each of the community's chats, its first chat first.
    pub chats: Vec<String>,
}

const ONE_STATEMENT: &str = "SELECT \
    (SELECT COUNT(*) FROM memberships WHERE community_id = $1 AND left_at IS NULL) AS joined, \
    ARRAY(SELECT p.display_name FROM people p JOIN memberships m ON m.person_id = p.id \
          WHERE m.community_id = $1 AND m.left_at IS NULL AND m.role = $2 \
          ORDER BY p.display_name, p.id) AS coordinators, \
    ARRAY(SELECT weekday FROM checkin_schedules WHERE community_id = $1 \
          ORDER BY weekday, at_time) AS weekdays, \
    ARRAY(SELECT at_time FROM checkin_schedules WHERE community_id = $1 \
          ORDER BY weekday, at_time) AS times, \
    ARRAY(SELECT b.title FROM communities b WHERE b.id = $1 OR b.linked_to = $1 \
          ORDER BY b.id <> $1, b.id) AS chats, \
    s.hours, s.minutes, s.place, s.reminders, s.quiet \
    FROM (SELECT 1) AS one LEFT JOIN meeting_settings s ON s.community_id = $1";

#[derive(sqlx::FromRow)]
struct Row {
    joined: i64,
    coordinators: Vec<String>,
    weekdays: Vec<i16>,
    times: Vec<String>,
    chats: Vec<String>,
    hours: Option<String>,
    minutes: Option<i32>,
    place: Option<String>,
    reminders: Option<String>,
    quiet: Option<String>,
}

impl Tx {
    /// Everything a group's `/settings` shows of `community`.
    pub async fn group_settings(
        &mut self,
        community: &CommunityRecord,
    ) -> StoreResult<GroupSettings> {
        let community_id = community.id;
        let row: Row = match on(self).await? {
            On::Postgres(c) => {
                sqlx::query_as(ONE_STATEMENT)
                    .bind(community_id)
                    .bind(Role::Coordinator.as_str())
                    .fetch_one(c)
                    .await?
            }
            On::Sqlite(_) => return self.group_settings_apart(community).await,
        };
        let corrupt = |what: &str| StoreError::Corrupt(format!("settings {community_id}: {what}"));
        let schedules = row
            .weekdays
            .iter()
            .zip(&row.times)
            .map(|(&day, at)| {
                let weekday = weekday_from(day).ok_or_else(|| corrupt("weekday"))?;
                let at = time_from(at).ok_or_else(|| corrupt("time"))?;
                Ok(Weekly { weekday, at })
            })
            .collect::<StoreResult<_>>()?;
        // Those columns are NOT NULL: all three are there, or there is no row.
        let stored: Option<SettingsRow> = match (row.minutes, row.reminders, row.quiet) {
            (Some(minutes), Some(reminders), Some(quiet)) => {
                Some((row.hours, minutes, row.place, reminders, quiet))
            }
            _ => None,
        };
        Ok(GroupSettings {
            coordinators: row.coordinators,
            joined: row.joined,
            schedules,
            meetings: settings_from(community_id, stored)?,
            chats: row.chats,
        })
    }

    /// The same, by the reads each part has on its own (SQLite's way; the
    /// contract tests hold Postgres's one statement to it).
    pub async fn group_settings_apart(
        &mut self,
        community: &CommunityRecord,
    ) -> StoreResult<GroupSettings> {
        let community_id = community.id;
        let coordinators = self
            .members_with_role(community_id, Role::Coordinator)
            .await?;
        let schedules = self.schedules(community_id).await?;
        // A community read with its links known to be none is its one chat.
        let chats = match community.linked {
            Some(false) => vec![],
            _ => self.community_views(community_id).await?,
        };
        let chats: Vec<String> = chats.into_iter().map(|c| c.title).collect();
        Ok(GroupSettings {
            coordinators: coordinators.into_iter().map(|p| p.display_name).collect(),
            joined: self.count_members(community_id).await?,
            schedules: schedules.into_iter().map(|s| s.weekly).collect(),
            meetings: self.meeting_settings(community_id).await?,
            chats: match chats.is_empty() {
                true => vec![community.title.clone()],
                false => chats,
            },
        })
    }
}
