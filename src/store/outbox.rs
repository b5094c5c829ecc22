//! The outbox: every message Kettle sends is first written here, in the same
//! transaction as the change that caused it, then delivered by a sender.
//!
//! Which waiting message may go out when is decided in `store::sending`.

use super::{on_pool, on_tx, Store, StoreResult, Tx};
use crate::domain::{Channel, ChatKind, Outgoing};
use chrono::{DateTime, Utc};
use sqlx::types::Json;

/// A message to put in the outbox.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub channel: Channel,
    pub chat_id: String,
    pub chat_kind: ChatKind,
    pub outgoing: Outgoing,
    pub not_before: DateTime<Utc>,
}

/// A message a sender has claimed and must now deliver.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimedMessage {
    pub id: i64,
    pub chat_id: String,
    pub chat_kind: ChatKind,
    pub outgoing: Outgoing,
    /// For edits: the platform's id of the message being edited, if it was sent.
    pub target_platform_id: Option<String>,
    pub attempts: i32,
    /// When it may go out: its place in the bot-wide send schedule.
    pub send_at: DateTime<Utc>,
    /// To a group in sensitive mode: not to be forwarded or saved, where
    /// the platform can prevent it (Telegram's `protect_content`).
    pub protect: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutboxStatus {
    Pending,
    Inflight,
    Sent { platform_message_id: Option<String> },
    Failed,
}

pub(super) fn kind_of(out: &Outgoing) -> (&'static str, Option<i64>) {
    match out {
        Outgoing::Send { .. } => ("send", None),
        Outgoing::Edit { target, .. } => ("edit", Some(*target)),
        Outgoing::Answer { .. } => ("answer", None),
    }
}

/// A new message's worked-out outbox columns (the rest are its fields), for the statements that
/// write many at once (arrays on Postgres, JSON rows on SQLite), as
/// [`bind_message`] binds them for one.
pub(super) struct MessageColumns {
    pub(super) chat_kind: &'static str,
    pub(super) lane: String,
    pub(super) kind: &'static str,
    pub(super) payload: String,
    pub(super) target: Option<i64>,
}

impl MessageColumns {
    pub(super) fn of(msg: &NewMessage) -> super::StoreResult<MessageColumns> {
        let (kind, target) = kind_of(&msg.outgoing);
        let payload = serde_json::to_string(&msg.outgoing)
            .map_err(|e| super::StoreError::Corrupt(format!("an outgoing message: {e}")))?;
        Ok(MessageColumns {
            chat_kind: chat_kind_str(msg.chat_kind),
            lane: lane_of(msg),
            kind,
            payload,
            target,
        })
    }
}

/// Created when it may first go out; bind with [`bind_message`].
pub(super) const INSERT_OUTBOX: &str = "INSERT INTO outbox \
    (channel, chat_id, chat_kind, lane, kind, payload, target_id, not_before, created_at) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id";

/// Binds a new message's eight outbox columns, in [`INSERT_OUTBOX`]'s order,
/// onto a query: the one place that knows how a message is stored.
macro_rules! bind_message {
    ($query:expr, $msg:expr) => {{
        let msg: &$crate::store::NewMessage = $msg;
        let (kind, target) = $crate::store::outbox::kind_of(&msg.outgoing);
        $query
            .bind(msg.channel.as_str())
            .bind(&msg.chat_id)
            .bind($crate::store::outbox::chat_kind_str(msg.chat_kind))
            .bind($crate::store::outbox::lane_of(msg))
            .bind(kind)
            .bind(sqlx::types::Json(&msg.outgoing))
            .bind(target)
            .bind(msg.not_before)
    }};
}
pub(super) use bind_message;

/// Messages in one lane go out in order, one at a time: a chat is a lane;
/// each answer to a button press is a lane of its own, and so are the
/// (debounced) edits of each message, so that an edit waiting out its
/// debounce never holds back a new reply to the same chat.
pub(super) fn lane_of(msg: &NewMessage) -> String {
    match &msg.outgoing {
        Outgoing::Answer { press_id, .. } => format!("answer:{press_id}"),
        Outgoing::Edit { target, .. } => edit_lane(&msg.chat_id, *target),
        _ => msg.chat_id.clone(),
    }
}

fn edit_lane(chat_id: &str, target: i64) -> String {
    format!("{}{target}", edit_lane_prefix(chat_id))
}

fn edit_lane_prefix(chat_id: &str) -> String {
    format!("{chat_id}:edit:")
}

pub(super) fn chat_kind_str(kind: ChatKind) -> &'static str {
    match kind {
        ChatKind::Private => "private",
        ChatKind::Group => "group",
    }
}

impl Tx {
    /// Queues a message. A newer edit of a message whose previous edit is
    /// still waiting replaces it, so rapid updates become one edit; it goes
    /// out when the earlier of the two would have (a final state does not
    /// wait out a refresh's debounce).
    pub async fn enqueue(&mut self, msg: &NewMessage) -> StoreResult<i64> {
        if let (_, Some(target)) = kind_of(&msg.outgoing) {
            let sql = "UPDATE outbox SET payload = $2, \
                       not_before = CASE WHEN $3 < not_before THEN $3 ELSE not_before END \
                       WHERE target_id = $1 AND kind = 'edit' AND status = 'pending' RETURNING id";
            let merged: Option<(i64,)> = on_tx!(self, |c| sqlx::query_as(sql)
                .bind(target)
                .bind(Json(&msg.outgoing))
                .bind(msg.not_before)
                .fetch_optional(&mut *c)
                .await?);
            if let Some((id,)) = merged {
                return Ok(id);
            }
        }
        let (id,): (i64,) = on_tx!(self, |c| bind_message!(sqlx::query_as(INSERT_OUTBOX), msg)
            .fetch_one(&mut *c)
            .await?);
        Ok(id)
    }

    /// Forgets edits of `target` still waiting to go out.
    pub async fn drop_waiting_edits(&mut self, target: i64) -> StoreResult<()> {
        let sql =
            "DELETE FROM outbox WHERE target_id = $1 AND kind = 'edit' AND status = 'pending'";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(target)
            .execute(&mut *c)
            .await
            .map(drop)?);
        Ok(())
    }

    /// Points messages still waiting for `old_chat_id` at the chat's new id.
    pub async fn repoint_outbox(
        &mut self,
        channel: Channel,
        old_chat_id: &str,
        new_chat_id: &str,
    ) -> StoreResult<()> {
        let sql = "UPDATE outbox SET chat_id = $3, lane = CASE WHEN kind = 'answer' THEN lane \
                   WHEN kind = 'edit' THEN $4 || CAST(target_id AS TEXT) ELSE $3 END \
                   WHERE channel = $1 AND chat_id = $2 AND status IN ('pending', 'inflight')";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(channel.as_str())
            .bind(old_chat_id)
            .bind(new_chat_id)
            .bind(edit_lane_prefix(new_chat_id))
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }
}

impl Store {
    /// Records a batch of delivered answers to presses in one statement (a
    /// burst of presses must not cost a write each on a single-writer
    /// SQLite). Answers have no platform id and keep no text.
    pub async fn mark_answers_sent(&self, ids: &[i64], now: DateTime<Utc>) -> StoreResult<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let set =
            "UPDATE outbox SET status = 'sent', payload = '{}', sent_at = $1, lease_until = NULL \
                   WHERE kind = 'answer' AND id";
        match self {
            Store::Postgres(p) => {
                let sql = format!("{set} = ANY($2)");
                sqlx::query(&sql).bind(now).bind(ids).execute(p).await?;
            }
            Store::Sqlite(p) => {
                let sql = format!("{set} IN (SELECT value FROM json_each($2))");
                let list = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
                sqlx::query(&sql).bind(now).bind(list).execute(p).await?;
            }
        }
        Ok(())
    }

    /// Records a delivered message. Its text is dropped: Kettle keeps no copy
    /// of what it said once the platform has it. The console is the one
    /// exception: it has no platform to keep its screen, so its messages
    /// stay (in the same local database) to be shown again on reopening.
    pub async fn mark_sent(
        &self,
        id: i64,
        platform_message_id: Option<&str>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql = "UPDATE outbox SET status = 'sent', \
                   payload = CASE WHEN channel = 'console' THEN payload ELSE '{}' END, \
                   platform_message_id = $2, sent_at = $3, lease_until = NULL \
                   WHERE id = $1 AND NOT erase_when_sent";
        let updated = on_pool!(self, |p| sqlx::query(sql)
            .bind(id)
            .bind(platform_message_id)
            .bind(now)
            .execute(p)
            .await?
            .rows_affected());
        if updated == 0 {
            // A farewell: nothing of it, or of the chat's pace, is kept.
            let pacing = "DELETE FROM chat_pacing WHERE EXISTS (SELECT 1 FROM outbox o \
                          WHERE o.id = $1 AND o.erase_when_sent AND o.channel = chat_pacing.channel \
                          AND o.chat_id = chat_pacing.chat_id)";
            let window = "DELETE FROM whatsapp_cloud_chats WHERE EXISTS (SELECT 1 FROM outbox o \
                          WHERE o.id = $1 AND o.erase_when_sent \
                          AND o.chat_id = whatsapp_cloud_chats.chat_id)";
            let erase = "DELETE FROM outbox WHERE id = $1 AND erase_when_sent";
            for sql in [pacing, window, erase] {
                self.on_message(sql, id).await?;
            }
        }
        Ok(())
    }

    /// Puts a message back to be tried again no earlier than `not_before`.
    pub async fn mark_retry(
        &self,
        id: i64,
        not_before: DateTime<Utc>,
        error: &str,
    ) -> StoreResult<()> {
        let sql = "UPDATE outbox SET status = 'pending', lease_until = NULL, not_before = $2, last_error = $3 WHERE id = $1";
        on_pool!(self, |p| sqlx::query(sql)
            .bind(id)
            .bind(not_before)
            .bind(error)
            .execute(p)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Hands back a claimed message that was never tried (its process is
    /// stopping): waiting again, at once, as if never claimed, its try
    /// not counted.
    pub async fn release_unsent(&self, id: i64) -> StoreResult<()> {
        let sql =
            "UPDATE outbox SET status = 'pending', lease_until = NULL, attempts = attempts - 1 \
                   WHERE id = $1 AND status = 'inflight'";
        self.on_message(sql, id).await
    }

    /// Runs `sql`, whose one parameter is a message's id.
    async fn on_message(&self, sql: &str, id: i64) -> StoreResult<()> {
        on_pool!(self, |p| sqlx::query(sql)
            .bind(id)
            .execute(p)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Gives up on a message (the chat is gone, or the platform refuses it).
    pub async fn mark_failed(&self, id: i64, error: &str) -> StoreResult<()> {
        let sql = "UPDATE outbox SET status = 'failed', lease_until = NULL, last_error = $2 WHERE id = $1";
        on_pool!(self, |p| sqlx::query(sql)
            .bind(id)
            .bind(error)
            .execute(p)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Holds back every send to one chat until `until` (a 429 for that chat).
    pub async fn pause_chat(
        &self,
        channel: Channel,
        chat_id: &str,
        until: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql =
            "INSERT INTO chat_pacing (channel, chat_id, next_send_at, window_start, window_count) \
                   VALUES ($1, $2, $3, $3, 0) ON CONFLICT (channel, chat_id) DO UPDATE \
                   SET next_send_at = CASE WHEN chat_pacing.next_send_at > excluded.next_send_at \
                                      THEN chat_pacing.next_send_at ELSE excluded.next_send_at END";
        on_pool!(self, |p| sqlx::query(sql)
            .bind(channel.as_str())
            .bind(chat_id)
            .bind(until)
            .execute(p)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Messages waiting to be sent or being sent now.
    pub async fn outbox_depth(&self) -> StoreResult<i64> {
        let sql = "SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'inflight')";
        let (n,): (i64,) = on_pool!(self, |p| sqlx::query_as(sql).fetch_one(p).await?);
        Ok(n)
    }

    pub async fn outbox_status(&self, id: i64) -> StoreResult<Option<OutboxStatus>> {
        let sql = "SELECT status, platform_message_id FROM outbox WHERE id = $1";
        let row: Option<(String, Option<String>)> = on_pool!(self, |p| sqlx::query_as(sql)
            .bind(id)
            .fetch_optional(p)
            .await?);
        Ok(
            row.map(|(status, platform_message_id)| match status.as_str() {
                "pending" => OutboxStatus::Pending,
                "inflight" => OutboxStatus::Inflight,
                "sent" => OutboxStatus::Sent {
                    platform_message_id,
                },
                _ => OutboxStatus::Failed,
            }),
        )
    }
}

impl Store {
    /// The console's messages that still have live buttons, each as last
    /// shown (its newest edit, or itself): what a reopened console shows
    /// again so its choices can be pressed.
    pub async fn console_screen(&self) -> StoreResult<Vec<(i64, String, Outgoing)>> {
        let sql = "SELECT COALESCE(o.target_id, o.id), o.chat_id, o.payload FROM outbox o \
                   WHERE o.channel = 'console' AND o.status = 'sent' AND o.kind IN ('send', 'edit') \
                     AND EXISTS (SELECT 1 FROM buttons b WHERE b.message_id = COALESCE(o.target_id, o.id)) \
                   ORDER BY o.id";
        let rows: Vec<(i64, String, Json<serde_json::Value>)> =
            on_pool!(self, |p| sqlx::query_as(sql).fetch_all(p).await?);
        let mut shown: std::collections::BTreeMap<i64, (String, Outgoing)> = Default::default();
        for (message, chat, Json(payload)) in rows {
            // Rows from before the console kept its screen have no payload.
            if let Ok(outgoing) = serde_json::from_value::<Outgoing>(payload) {
                shown.insert(message, (chat, outgoing));
            }
        }
        Ok(shown
            .into_iter()
            .map(|(id, (chat, outgoing))| (id, chat, outgoing))
            .collect())
    }
}
