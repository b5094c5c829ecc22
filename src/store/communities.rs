//! Communities: one per group chat Kettle is in.

use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::checkin::Visibility;
use crate::domain::whatsapp_ids::PrivateDoor;
use crate::domain::{Channel, ChatAddress, ChatKind, Language, TimeZone};
use chrono::{DateTime, Utc};

/// A community as the rest of Kettle sees it: values already parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct CommunityRecord {
    pub id: i64,
    pub channel: Channel,
    pub chat_id: String,
    pub title: String,
    pub time_zone: TimeZone,
    pub language: Language,
    /// People in the chat per the platform, Kettle excluded; `None` if unknown.
    pub member_count: Option<i64>,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    /// Who sees a check-in answer unless the member chooses otherwise.
    pub checkin_visibility: Visibility,
    /// How many days check-in words are kept.
    pub checkin_words_days: i32,
    /// Sensitive mode: names never in group messages, answers private by
    /// default, messages not forwardable where the platform allows.
    pub sensitive: bool,
    /// How many days who-came-to-which-meeting is kept.
    pub attendance_days: i32,
    /// Which WhatsApp number talks to members privately, when Kettle has
    /// both (see [`crate::domain::whatsapp_ids::PrivateDoor`]).
    pub private_via: PrivateDoor,
    /// Whether other chats are linked into the community (see
    /// `store::links`); `None` where the read that made this record did
    /// not ask, so whoever needs to know looks.
    pub linked: Option<bool>,
}

impl CommunityRecord {
    /// The community's group chat.
    pub fn chat(&self) -> ChatAddress {
        ChatAddress {
            channel: self.channel,
            chat_id: self.chat_id.clone(),
            kind: ChatKind::Group,
        }
    }

    /// How many people the group has: the platform's count, and never
    /// fewer than Kettle knows (`known`) or than answered something.
    pub fn headcount(&self, known: i64, answered: usize) -> i64 {
        self.member_count
            .unwrap_or(0)
            .max(known)
            .max(answered as i64)
    }

    /// The community's local date at `now`.
    pub fn today(&self, now: DateTime<Utc>) -> chrono::NaiveDate {
        now.with_timezone(&self.time_zone.tz()).date_naive()
    }

    /// A member's private chat with Kettle, if they have started one: on
    /// their own platform, which in a community across several chats need
    /// not be this chat's (see [`super::PersonRecord::private_chat`]).
    pub fn private_chat_of(&self, person: &super::PersonRecord) -> Option<ChatAddress> {
        person.private_chat()
    }
}

impl super::PersonRecord {
    /// Their private chat with Kettle, if they have started one: on their
    /// own platform.
    pub fn private_chat(&self) -> Option<ChatAddress> {
        self.private_chat_id.as_ref().map(|id| ChatAddress {
            channel: self.channel,
            chat_id: id.clone(),
            kind: ChatKind::Private,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct CommunityRow {
    id: i64,
    channel: String,
    chat_id: String,
    title: String,
    time_zone: String,
    language: String,
    member_count: Option<i64>,
    active: bool,
    created_at: DateTime<Utc>,
    checkin_visibility: String,
    checkin_words_days: i32,
    sensitive: bool,
    attendance_days: i32,
    private_via: Option<String>,
    #[sqlx(default)]
    linked: Option<bool>,
}

impl TryFrom<CommunityRow> for CommunityRecord {
    type Error = StoreError;
    fn try_from(r: CommunityRow) -> Result<Self, StoreError> {
        Ok(CommunityRecord {
            id: r.id,
            channel: Channel::parse(&r.channel)
                .ok_or_else(|| StoreError::Corrupt(format!("channel {}", r.channel)))?,
            chat_id: r.chat_id,
            title: r.title,
            time_zone: TimeZone::parse(&r.time_zone)
                .map_err(|_| StoreError::Corrupt(format!("time zone {}", r.time_zone)))?,
            language: Language::from_platform_code(&r.language)
                .ok_or_else(|| StoreError::Corrupt(format!("language {}", r.language)))?,
            member_count: r.member_count,
            active: r.active,
            created_at: r.created_at,
            checkin_visibility: Visibility::parse(&r.checkin_visibility).ok_or_else(|| {
                StoreError::Corrupt(format!("visibility {}", r.checkin_visibility))
            })?,
            checkin_words_days: r.checkin_words_days,
            sensitive: r.sensitive,
            attendance_days: r.attendance_days,
            private_via: PrivateDoor::parse(r.private_via.as_deref()),
            linked: r.linked,
        })
    }
}

pub(super) const COLUMNS: &str = "id, channel, chat_id, title, time_zone, language, member_count, \
     active, created_at, checkin_visibility, checkin_words_days, sensitive, attendance_days, \
     private_via";

/// What a new community starts with.
pub struct NewCommunity<'a> {
    pub channel: Channel,
    pub chat_id: &'a str,
    pub title: &'a str,
    pub time_zone: TimeZone,
    pub language: Language,
    pub now: DateTime<Utc>,
}

impl Tx {
    /// The community a group chat belongs to, as that chat shows it: its
    /// own, or the one it is linked to (see `store::links`).
    pub async fn community_by_chat(
        &mut self,
        channel: Channel,
        chat_id: &str,
    ) -> StoreResult<Option<CommunityRecord>> {
        let row: Option<CommunityRow> = on_read!(self, |c| sqlx::query_as(&super::links::VIEW)
            .bind(channel.as_str())
            .bind(chat_id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(CommunityRecord::try_from).transpose()
    }

    pub async fn community_by_id(&mut self, id: i64) -> StoreResult<Option<CommunityRecord>> {
        let sql = format!(
            "SELECT {} FROM communities a WHERE id = $1",
            super::links::view_columns("a", "a")
        );
        let row: Option<CommunityRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(CommunityRecord::try_from).transpose()
    }

    /// Each of `ids` that names a community, in one statement (unknown ids
    /// are left out).
    pub async fn communities_by_ids(&mut self, ids: &[i64]) -> StoreResult<Vec<CommunityRecord>> {
        let sql = format!(
            "SELECT {} FROM communities a WHERE id IN {{IDS}} ORDER BY id",
            super::links::view_columns("a", "a")
        );
        let rows: Vec<CommunityRow> = super::week_sets::over_ids(self, &sql, ids).await?;
        rows.into_iter().map(CommunityRecord::try_from).collect()
    }

    /// Creates the community, or returns `None` if the chat already has one.
    pub async fn create_community(
        &mut self,
        new: NewCommunity<'_>,
    ) -> StoreResult<Option<CommunityRecord>> {
        let sql = format!(
            "INSERT INTO communities (channel, chat_id, title, time_zone, language, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (channel, chat_id) DO NOTHING \
             RETURNING {COLUMNS}"
        );
        let row: Option<CommunityRow> = on_tx!(self, |c| sqlx::query_as(&sql)
            .bind(new.channel.as_str())
            .bind(new.chat_id)
            .bind(new.title)
            .bind(new.time_zone.name())
            .bind(new.language.code())
            .bind(new.now)
            .fetch_optional(&mut *c)
            .await?);
        row.map(CommunityRecord::try_from).transpose()
    }

    pub async fn set_community_active(&mut self, id: i64, active: bool) -> StoreResult<()> {
        self.update_community(id, "active", Value::Bool(active))
            .await
    }

    pub async fn set_community_title(&mut self, id: i64, title: &str) -> StoreResult<()> {
        self.update_community(id, "title", Value::Text(title.into()))
            .await
    }

    pub async fn set_community_time_zone(&mut self, id: i64, tz: TimeZone) -> StoreResult<()> {
        self.update_community(id, "time_zone", Value::Text(tz.name().into()))
            .await
    }

    pub async fn set_community_language(&mut self, id: i64, lang: Language) -> StoreResult<()> {
        self.update_community(id, "language", Value::Text(lang.code().into()))
            .await
    }

    pub async fn set_checkin_visibility(&mut self, id: i64, v: Visibility) -> StoreResult<()> {
        self.update_community(id, "checkin_visibility", Value::Text(v.as_str().into()))
            .await
    }

    pub async fn set_checkin_words_days(&mut self, id: i64, days: u32) -> StoreResult<()> {
        self.update_community(id, "checkin_words_days", Value::Int(i64::from(days)))
            .await
    }

    pub async fn set_sensitive(&mut self, id: i64, on: bool) -> StoreResult<()> {
        self.update_community(id, "sensitive", Value::Bool(on))
            .await
    }

    pub async fn set_private_via(&mut self, id: i64, door: PrivateDoor) -> StoreResult<()> {
        self.update_community(id, "private_via", Value::Text(door.as_str().into()))
            .await
    }

    pub async fn set_attendance_days(&mut self, id: i64, days: u32) -> StoreResult<()> {
        self.update_community(id, "attendance_days", Value::Int(i64::from(days)))
            .await
    }

    /// How many people a group chat has, per its platform: the chat's own
    /// count, whether it is a community's first chat or a linked one.
    pub async fn set_member_count(&mut self, chat: &ChatAddress, count: i64) -> StoreResult<()> {
        self.update_chat(chat, "member_count", Value::Int(count.max(0)))
            .await
    }

    /// A group chat's own title.
    pub async fn set_chat_title(&mut self, chat: &ChatAddress, title: &str) -> StoreResult<()> {
        self.update_chat(chat, "title", Value::Text(title.into()))
            .await
    }

    /// A group chat's own language: in a linked chat, that chat's alone.
    pub async fn set_chat_language(
        &mut self,
        chat: &ChatAddress,
        lang: Language,
    ) -> StoreResult<()> {
        self.update_chat(chat, "language", Value::Text(lang.code().into()))
            .await
    }

    /// Moves a community to the chat's new id (a platform gave the group a new id, as on a supergroup upgrade).
    /// Returns the community's id if one moved.
    pub async fn migrate_community_chat(
        &mut self,
        channel: Channel,
        old_chat_id: &str,
        new_chat_id: &str,
    ) -> StoreResult<Option<i64>> {
        let sql = "UPDATE communities SET chat_id = $3 WHERE channel = $1 AND chat_id = $2 \
                   AND NOT EXISTS (SELECT 1 FROM communities WHERE channel = $1 AND chat_id = $3) \
                   RETURNING id";
        let id: Option<(i64,)> = on_tx!(self, |c| sqlx::query_as(sql)
            .bind(channel.as_str())
            .bind(old_chat_id)
            .bind(new_chat_id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(id.map(|(id,)| id))
    }

    async fn update_community(&mut self, id: i64, column: &str, value: Value) -> StoreResult<()> {
        self.update(Row::Id(id), column, value).await
    }

    async fn update_chat(
        &mut self,
        chat: &ChatAddress,
        column: &str,
        value: Value,
    ) -> StoreResult<()> {
        self.update(Row::Chat(chat), column, value).await
    }

    /// `column` is always one of this module's literals, never user input.
    async fn update(&mut self, row: Row<'_>, column: &str, value: Value) -> StoreResult<()> {
        let (filter, n) = match row {
            Row::Id(_) => ("id = $1", 2),
            Row::Chat(_) => ("channel = $1 AND chat_id = $2", 3),
        };
        let sql = format!("UPDATE communities SET {column} = ${n} WHERE {filter}");
        on_tx!(self, |c| {
            let q = match row {
                Row::Id(id) => sqlx::query(&sql).bind(id),
                Row::Chat(chat) => sqlx::query(&sql)
                    .bind(chat.channel.as_str())
                    .bind(chat.chat_id.as_str()),
            };
            let q = match value {
                Value::Bool(b) => q.bind(b),
                Value::Text(s) => q.bind(s),
                Value::Int(n) => q.bind(n),
            };
            q.execute(&mut *c).await?.rows_affected()
        });
        Ok(())
    }
}

/// Which row a setting is written to: a community's (by id), or a chat's
/// own (a linked chat's title, language or head count).
#[derive(Clone, Copy)]
enum Row<'a> {
    Id(i64),
    Chat(&'a ChatAddress),
}

enum Value {
    Bool(bool),
    Text(String),
    Int(i64),
}
