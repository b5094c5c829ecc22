//! What Kettle must know about each private chat through the WhatsApp
//! Cloud API to respect its 24-hour window: when the member last wrote
//! (never what), whether WhatsApp has asked for them to write first, and
//! when coordinators were last told Kettle cannot reach them.

use super::{on_pool, on_tx, Store, StoreResult, Tx};
use crate::domain::whatsapp_ids::PrivateDoor;
use crate::domain::Channel;
use chrono::{DateTime, Duration, Utc};

/// One Cloud API chat's window.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CloudChat {
    pub last_inbound_at: Option<DateTime<Utc>>,
    /// WhatsApp refused a free-form message (131047): only templates
    /// until the member writes again.
    pub template_only: bool,
    /// When coordinators were told Kettle cannot reach this member.
    pub told_at: Option<DateTime<Utc>>,
}

/// Free-form messages may go this long after the member last wrote (a
/// little inside WhatsApp's 24 hours, for clocks and queues).
pub const WINDOW: Duration = Duration::minutes(24 * 60 - 5);

impl CloudChat {
    /// Whether free-form messages may go to the chat at `now`.
    pub fn open_at(&self, now: DateTime<Utc>) -> bool {
        !self.template_only && self.last_inbound_at.is_some_and(|at| now - at < WINDOW)
    }
}

impl Store {
    pub async fn cloud_chat(&self, chat_id: &str) -> StoreResult<CloudChat> {
        let sql = "SELECT last_inbound_at, template_only, told_at \
                   FROM whatsapp_cloud_chats WHERE chat_id = $1";
        type Row = (Option<DateTime<Utc>>, bool, Option<DateTime<Utc>>);
        let row: Option<Row> = on_pool!(self, |p| sqlx::query_as(sql)
            .bind(chat_id)
            .fetch_optional(p)
            .await?);
        Ok(
            row.map_or_else(CloudChat::default, |(last, template_only, told)| {
                CloudChat {
                    last_inbound_at: last,
                    template_only,
                    told_at: told,
                }
            }),
        )
    }

    /// The member (or, in a group, anyone) wrote at `at`: the window is
    /// open again, and whatever waited for it goes now (a first message
    /// too: something may have waited for it). Returns whether anything did.
    pub async fn cloud_heard_from(&self, chat_id: &str, at: DateTime<Utc>) -> StoreResult<bool> {
        let before = self.cloud_chat(chat_id).await?;
        let sql = "INSERT INTO whatsapp_cloud_chats (chat_id, last_inbound_at) VALUES ($1, $2) \
                   ON CONFLICT (chat_id) DO UPDATE SET last_inbound_at = $2, \
                   template_only = FALSE, told_at = NULL";
        on_pool!(self, |p| sqlx::query(sql)
            .bind(chat_id)
            .bind(at)
            .execute(p)
            .await?
            .rows_affected());
        if before.open_at(at) && before.told_at.is_none() {
            return Ok(false); // open all along: nothing waited for it
        }
        Ok(self.release_chat(Channel::Whatsapp, chat_id, at).await? > 0)
    }

    /// WhatsApp said the member must write first (131047).
    pub async fn cloud_template_only(&self, chat_id: &str) -> StoreResult<()> {
        let sql = "INSERT INTO whatsapp_cloud_chats (chat_id, template_only) VALUES ($1, TRUE) \
                   ON CONFLICT (chat_id) DO UPDATE SET template_only = TRUE";
        on_pool!(self, |p| sqlx::query(sql)
            .bind(chat_id)
            .execute(p)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Which number talks privately to the members of the community in
    /// `chat_id` (the bridge when there is no such community).
    pub async fn private_door_of(
        &self,
        channel: Channel,
        chat_id: &str,
    ) -> StoreResult<PrivateDoor> {
        let sql = "SELECT private_via FROM communities WHERE channel = $1 AND chat_id = $2";
        let row: Option<(Option<String>,)> = on_pool!(self, |p| sqlx::query_as(sql)
            .bind(channel.as_str())
            .bind(chat_id)
            .fetch_optional(p)
            .await?);
        Ok(PrivateDoor::parse(row.and_then(|(door,)| door).as_deref()))
    }

    /// Lets a chat's waiting messages go at once (its pause is lifted);
    /// returns how many were waiting.
    pub async fn release_chat(
        &self,
        channel: Channel,
        chat_id: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<u64> {
        let pacing = "UPDATE chat_pacing SET next_send_at = $3 \
                      WHERE channel = $1 AND chat_id = $2 AND next_send_at > $3";
        let waiting = "UPDATE outbox SET not_before = $3 \
                       WHERE channel = $1 AND chat_id = $2 AND status = 'pending' AND not_before > $3";
        let mut released = 0;
        for sql in [pacing, waiting] {
            released = on_pool!(self, |p| sqlx::query(sql)
                .bind(channel.as_str())
                .bind(chat_id)
                .bind(now)
                .execute(p)
                .await?
                .rows_affected());
        }
        Ok(released)
    }
}

impl Tx {
    /// Records that coordinators are being told a member cannot be
    /// reached; `false` when they already were (by this process or
    /// another) since the member last wrote. In the transaction that
    /// queues the telling, so it is told once, and surely.
    pub async fn cloud_tell_once(&mut self, chat_id: &str, at: DateTime<Utc>) -> StoreResult<bool> {
        let sql = "INSERT INTO whatsapp_cloud_chats (chat_id, told_at) VALUES ($1, $2) \
                   ON CONFLICT (chat_id) DO UPDATE SET told_at = $2 \
                   WHERE whatsapp_cloud_chats.told_at IS NULL";
        let changed = on_tx!(self, |c| sqlx::query(sql)
            .bind(chat_id)
            .bind(at)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(changed > 0)
    }
}
