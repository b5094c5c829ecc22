//! People, identified by their chat account and nothing more (their
//! memberships in communities are in [`super::memberships`]).

use super::{on_read, on_tx, StoreResult, Tx};
use crate::domain::{Channel, Language, PlatformUser, Role, TimeZone};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, PartialEq)]
pub struct PersonRecord {
    pub id: i64,
    /// The platform this account is on: a person on two platforms is two
    /// records.
    pub channel: Channel,
    pub platform_user_id: String,
    pub display_name: String,
    /// Chosen with `/lang`.
    pub language: Option<Language>,
    /// What their app reports, used when they chose nothing.
    pub platform_language: Option<String>,
    pub time_zone: Option<TimeZone>,
    /// Set once they have started a private chat with Kettle.
    pub private_chat_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MemberRecord {
    pub person: PersonRecord,
    pub role: Role,
}

#[derive(sqlx::FromRow)]
pub(super) struct PersonRow {
    pub(super) id: i64,
    pub(super) channel: String,
    pub(super) platform_user_id: String,
    pub(super) display_name: String,
    pub(super) language: Option<String>,
    pub(super) platform_language: Option<String>,
    pub(super) time_zone: Option<String>,
    pub(super) private_chat_id: Option<String>,
}

impl From<PersonRow> for PersonRecord {
    fn from(r: PersonRow) -> Self {
        let display_name = if r.display_name.is_empty() {
            crate::domain::vocabulary::stand_in_name(&r.platform_user_id)
        } else {
            r.display_name
        };
        PersonRecord {
            id: r.id,
            // Written only from `Channel::as_str`; console if ever unreadable.
            channel: Channel::parse(&r.channel).unwrap_or(Channel::Console),
            platform_user_id: r.platform_user_id,
            display_name,
            language: r.language.as_deref().and_then(Language::from_platform_code),
            platform_language: r.platform_language,
            time_zone: r.time_zone.as_deref().and_then(|z| TimeZone::parse(z).ok()),
            private_chat_id: r.private_chat_id,
        }
    }
}

pub(super) const COLUMNS: &str =
    "id, channel, platform_user_id, display_name, language, platform_language, time_zone, private_chat_id";

impl Tx {
    /// Creates the person on first sight; refreshes name and app language
    /// after (a name not given, `""`, keeps the one known).
    pub async fn upsert_person(
        &mut self,
        channel: Channel,
        user: &PlatformUser,
        now: DateTime<Utc>,
    ) -> StoreResult<PersonRecord> {
        let sql = format!(
            "INSERT INTO people (channel, platform_user_id, display_name, platform_language, created_at) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (channel, platform_user_id) DO UPDATE \
             SET display_name = CASE WHEN excluded.display_name = '' \
                                     THEN people.display_name ELSE excluded.display_name END, \
                 platform_language = COALESCE(excluded.platform_language, people.platform_language) \
             RETURNING {COLUMNS}, same_as"
        );
        let row: super::identities::AccountRow = on_tx!(self, |c| sqlx::query_as(&sql)
            .bind(channel.as_str())
            .bind(&user.user_id)
            .bind(&user.display_name)
            .bind(&user.language_code)
            .bind(now)
            .fetch_one(&mut *c)
            .await?);
        // An account linked to a person (`/me link`) acts as that person.
        match row.same_as {
            Some(id) => Ok(self.person(id).await?.unwrap_or_else(|| row.person.into())),
            None => Ok(row.person.into()),
        }
    }

    pub async fn person_by_platform(
        &mut self,
        channel: Channel,
        user_id: &str,
    ) -> StoreResult<Option<PersonRecord>> {
        let sql = format!(
            "SELECT {} FROM people a {} WHERE a.channel = $1 AND a.platform_user_id = $2",
            super::ingest::prefixed(COLUMNS, "p", ""),
            super::identities::RESOLVED
        );
        let row: Option<PersonRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(channel.as_str())
            .bind(user_id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.map(Into::into))
    }

    pub async fn person(&mut self, id: i64) -> StoreResult<Option<PersonRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM people WHERE id = $1");
        let row: Option<PersonRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.map(Into::into))
    }

    pub async fn set_person_language(&mut self, id: i64, lang: Language) -> StoreResult<()> {
        self.update_person(id, "language", Some(lang.code())).await
    }

    pub async fn set_person_time_zone(&mut self, id: i64, tz: TimeZone) -> StoreResult<()> {
        self.update_person(id, "time_zone", Some(tz.name())).await
    }

    pub async fn set_private_chat(&mut self, id: i64, chat_id: &str) -> StoreResult<()> {
        self.update_person(id, "private_chat_id", Some(chat_id))
            .await
    }

    async fn update_person(
        &mut self,
        id: i64,
        column: &str,
        value: Option<&str>,
    ) -> StoreResult<()> {
        let sql = format!("UPDATE people SET {column} = $2 WHERE id = $1");
        on_tx!(self, |c| sqlx::query(&sql)
            .bind(id)
            .bind(value)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }
}
