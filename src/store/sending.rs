//! Sending: which waiting messages may go out now, and when exactly.
//!
//! Limits live in the database so every Kettle process shares them:
//! - each chat is a *lane*; a lane sends one message at a time, in order;
//! - `chat_pacing` spaces sends per chat and counts a group's sends per minute;
//! - `send_budget` hands out send slots 1/limit seconds apart for the whole bot.
//!
//! Claims take the `send_budget` row lock, so claimers never race. A claimed
//! message carries its slot; the sender waits for it before sending.

use super::{on_pool, on_tx, ClaimedMessage, Store, StoreError, StoreResult, Tx};
use crate::config::SendLimits;
use crate::domain::{Channel, ChatKind, Outgoing};
use chrono::{DateTime, Duration, Utc};
use sqlx::types::Json;

impl Tx {
    /// Reads the next free send slot, locking it on Postgres so claims from
    /// several processes happen one after another.
    async fn lock_budget(
        &mut self,
        channel: Channel,
        now: DateTime<Utc>,
    ) -> StoreResult<DateTime<Utc>> {
        let init = "INSERT INTO send_budget (channel, next_slot) VALUES ($1, $2) ON CONFLICT (channel) DO NOTHING";
        let select = format!(
            "SELECT next_slot FROM send_budget WHERE channel = $1{}",
            self.for_update()
        );
        let (slot,): (DateTime<Utc>,) = on_tx!(self, |c| {
            sqlx::query(init)
                .bind(channel.as_str())
                .bind(now)
                .execute(&mut *c)
                .await?;
            sqlx::query_as(&select)
                .bind(channel.as_str())
                .fetch_one(&mut *c)
                .await?
        });
        Ok(slot)
    }
}

type CandidateRow = (
    i64,
    String,
    String,
    Json<serde_json::Value>,
    i32,
    Option<String>,
    Option<DateTime<Utc>>,
    Option<i32>,
    Option<bool>,
);

/// The head of each lane that may go now. Answers to presses are not
/// messages: they have their own path ([`Store::claim_answers`]). An edit
/// waits until the message it edits has gone out.
const CANDIDATES: &str = "\
    SELECT o.id, o.chat_id, o.chat_kind, o.payload, o.attempts, t.platform_message_id, p.window_start, p.window_count, s.sensitive \
    FROM outbox o \
    JOIN (SELECT MIN(id) AS head FROM outbox WHERE channel = $1 AND status IN ('pending', 'inflight') \
          AND kind <> 'answer' GROUP BY lane) h \
      ON h.head = o.id \
    LEFT JOIN outbox t ON t.id = o.target_id \
    LEFT JOIN chat_pacing p ON p.channel = o.channel AND p.chat_id = o.chat_id \
    LEFT JOIN communities s ON s.channel = o.channel AND s.chat_id = o.chat_id \
    WHERE (o.status = 'pending' OR o.lease_until < $2) \
      AND o.not_before <= $2 \
      AND (o.kind <> 'edit' OR t.status IN ('sent', 'failed')) \
      AND (p.next_send_at IS NULL OR p.next_send_at <= $2) \
    ORDER BY o.id LIMIT $3";

type AnswerRow = (i64, String, String, Json<serde_json::Value>, i32);

impl Store {
    /// Claims up to `max` messages that may be sent now without breaking any
    /// limit, leasing them for `lease`. A claimed message whose sender dies is
    /// claimed again when the lease runs out: that one message per chat is the
    /// only one that can ever go out twice.
    pub async fn claim_outbox(
        &self,
        channel: Channel,
        now: DateTime<Utc>,
        limits: &SendLimits,
        lease: Duration,
        max: usize,
    ) -> StoreResult<Vec<ClaimedMessage>> {
        let mut tx = self.begin().await?;
        let horizon = now + Duration::seconds(1);
        let interval = limits.global_interval();
        let mut slot = tx.lock_budget(channel, now).await?.max(now);
        if slot > horizon + interval.max(Duration::seconds(1)) {
            slot = now; // the clock went back; don't stall for it
        }
        let room = match interval.num_nanoseconds().unwrap_or(0) {
            0 => max as i64, // no per-second limit (the console)
            // Slots that start before the horizon, so a gap longer than the
            // horizon (WhatsApp's seconds) still lets one through.
            step => {
                let ahead = (horizon - slot).num_nanoseconds().unwrap_or(0);
                ((ahead + step - 1) / step).clamp(0, max as i64)
            }
        };
        if room == 0 {
            tx.rollback().await?;
            return Ok(vec![]);
        }
        let rows: Vec<CandidateRow> = on_tx!(&mut tx, |c| sqlx::query_as(CANDIDATES)
            .bind(channel.as_str())
            .bind(now)
            .bind(room)
            .fetch_all(&mut *c)
            .await?);
        let mut claimed: Vec<ClaimedMessage> = Vec::with_capacity(rows.len());
        for (id, chat_id, kind, Json(payload), attempts, target, win_start, win_count, sensitive) in
            rows
        {
            // A chat's lanes (its messages, each message's edits) share its
            // pace: one of them per claim.
            if claimed.iter().any(|m| m.chat_id == chat_id) {
                continue;
            }
            let outgoing: Outgoing = serde_json::from_value(payload)
                .map_err(|e| StoreError::Corrupt(format!("outbox {id}: {e}")))?;
            let chat_kind = chat_kind_of(&kind);
            let pace = Pacing::next(limits, chat_kind, slot, win_start, win_count);
            tx.save_pacing(channel, &chat_id, &pace).await?;
            tx.lease_message(id, now + lease).await?;
            claimed.push(ClaimedMessage {
                id,
                chat_id,
                chat_kind,
                outgoing,
                target_platform_id: target,
                attempts: attempts + 1,
                send_at: slot,
                protect: sensitive.unwrap_or(false),
            });
            slot += interval;
        }
        let sql = "UPDATE send_budget SET next_slot = $2 WHERE channel = $1";
        on_tx!(&mut tx, |c| sqlx::query(sql)
            .bind(channel.as_str())
            .bind(slot)
            .execute(&mut *c)
            .await?
            .rows_affected());
        tx.commit().await?;
        Ok(claimed)
    }
}

impl Store {
    /// Holds back every send on `channel` until `until` (the platform says
    /// the whole number is over its throughput), in every process.
    pub async fn pause_channel(&self, channel: Channel, until: DateTime<Utc>) -> StoreResult<()> {
        let sql = "UPDATE send_budget SET next_slot = $2 WHERE channel = $1 AND next_slot < $2";
        on_pool!(self, |p| sqlx::query(sql)
            .bind(channel.as_str())
            .bind(until)
            .execute(p)
            .await?
            .rows_affected());
        Ok(())
    }

    /// Claims up to `max` answers to button presses. They are not messages
    /// (no chat shows them), so they take no send slot, no chat lane and
    /// no pacing: a press is acknowledged at once, whatever is queued.
    pub async fn claim_answers(
        &self,
        channel: Channel,
        now: DateTime<Utc>,
        lease: Duration,
        max: usize,
    ) -> StoreResult<Vec<ClaimedMessage>> {
        let skip_locked = match self {
            Store::Postgres(_) => " FOR UPDATE SKIP LOCKED",
            Store::Sqlite(_) => "",
        };
        let sql = format!(
            "UPDATE outbox SET status = 'inflight', lease_until = $3, attempts = attempts + 1 \
             WHERE id IN (SELECT id FROM outbox WHERE channel = $1 AND kind = 'answer' \
               AND status IN ('pending', 'inflight') AND (status = 'pending' OR lease_until < $2) \
               AND not_before <= $2 ORDER BY id LIMIT $4{skip_locked}) \
             RETURNING id, chat_id, chat_kind, payload, attempts"
        );
        let rows: Vec<AnswerRow> = on_pool!(self, |p| sqlx::query_as(&sql)
            .bind(channel.as_str())
            .bind(now)
            .bind(now + lease)
            .bind(max as i64)
            .fetch_all(p)
            .await?);
        rows.into_iter()
            .map(|(id, chat_id, kind, Json(payload), attempts)| {
                Ok(ClaimedMessage {
                    id,
                    chat_kind: chat_kind_of(&kind),
                    chat_id,
                    outgoing: serde_json::from_value(payload)
                        .map_err(|e| StoreError::Corrupt(format!("outbox {id}: {e}")))?,
                    target_platform_id: None,
                    attempts,
                    send_at: now,
                    protect: false,
                })
            })
            .collect()
    }
}

fn chat_kind_of(kind: &str) -> ChatKind {
    match kind {
        "group" => ChatKind::Group,
        _ => ChatKind::Private,
    }
}

/// A chat's pacing after one more send.
struct Pacing {
    next_send_at: DateTime<Utc>,
    window_start: DateTime<Utc>,
    window_count: i32,
}

impl Pacing {
    fn next(
        limits: &SendLimits,
        kind: ChatKind,
        now: DateTime<Utc>,
        window_start: Option<DateTime<Utc>>,
        window_count: Option<i32>,
    ) -> Pacing {
        let minute = Duration::minutes(1);
        let (window_start, count) = match (window_start, window_count) {
            (Some(start), Some(count)) if now - start < minute => (start, count + 1),
            _ => (now, 1),
        };
        let mut next_send_at = now + limits.chat_gap();
        if kind == ChatKind::Group && i64::from(count) >= i64::from(limits.group_per_minute) {
            next_send_at = next_send_at.max(window_start + minute);
        }
        Pacing {
            next_send_at,
            window_start,
            window_count: count,
        }
    }
}

impl Tx {
    async fn save_pacing(
        &mut self,
        channel: Channel,
        chat_id: &str,
        pace: &Pacing,
    ) -> StoreResult<()> {
        let sql =
            "INSERT INTO chat_pacing (channel, chat_id, next_send_at, window_start, window_count) \
                   VALUES ($1, $2, $3, $4, $5) ON CONFLICT (channel, chat_id) DO UPDATE \
                   SET next_send_at = excluded.next_send_at, window_start = excluded.window_start, \
                       window_count = excluded.window_count";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(channel.as_str())
            .bind(chat_id)
            .bind(pace.next_send_at)
            .bind(pace.window_start)
            .bind(pace.window_count)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    async fn lease_message(&mut self, id: i64, until: DateTime<Utc>) -> StoreResult<()> {
        let sql = "UPDATE outbox SET status = 'inflight', lease_until = $2, attempts = attempts + 1 WHERE id = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(id)
            .bind(until)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits() -> SendLimits {
        SendLimits::default()
    }

    #[test]
    fn a_group_waits_for_the_next_minute_after_twenty_sends() {
        let t0 = Utc::now();
        let pace = Pacing::next(
            &limits(),
            ChatKind::Group,
            t0 + Duration::seconds(30),
            Some(t0),
            Some(19),
        );
        assert_eq!(pace.window_count, 20);
        assert_eq!(pace.next_send_at, t0 + Duration::minutes(1));
    }

    #[test]
    fn a_private_chat_only_waits_a_second() {
        let t0 = Utc::now();
        let pace = Pacing::next(&limits(), ChatKind::Private, t0, Some(t0), Some(40));
        assert_eq!(pace.next_send_at, t0 + Duration::seconds(1));
    }

    #[test]
    fn a_new_minute_starts_a_new_window() {
        let t0 = Utc::now();
        let later = t0 + Duration::seconds(61);
        let pace = Pacing::next(&limits(), ChatKind::Group, later, Some(t0), Some(20));
        assert_eq!((pace.window_start, pace.window_count), (later, 1));
        assert_eq!(pace.next_send_at, later + Duration::seconds(1));
    }
}
