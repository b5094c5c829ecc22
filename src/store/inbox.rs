//! The inbox: a record of every update Kettle has handled, so a redelivered
//! or duplicated update changes nothing. It keeps digests of ids, never
//! content.

use super::{on_tx, StoreResult, Tx};
use chrono::{DateTime, Utc};

/// The form an update's key is kept in: a digest, because a platform's
/// update id can carry a phone number (WhatsApp's message ids name the
/// chat and the sender) and the inbox needs only to recognise it again.
pub(super) fn inbox_key(key: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(&Sha256::digest(key.as_bytes())[..16])
}

impl Tx {
    /// Records that the update `key` is being handled. Returns `false` when
    /// it was handled before, in which case the caller must do nothing.
    pub async fn record_inbound(
        &mut self,
        channel: &str,
        key: &str,
        at: DateTime<Utc>,
    ) -> StoreResult<bool> {
        self.insert_inbox(channel, key, at, "handled").await
    }

    /// Records an update that could not be handled after retries, so it stops
    /// blocking the queue; the failure is in the log with the update's id.
    pub async fn record_failed_inbound(
        &mut self,
        channel: &str,
        key: &str,
        at: DateTime<Utc>,
    ) -> StoreResult<()> {
        self.insert_inbox(channel, key, at, "failed")
            .await
            .map(|_| ())
    }

    async fn insert_inbox(
        &mut self,
        channel: &str,
        key: &str,
        at: DateTime<Utc>,
        outcome: &str,
    ) -> StoreResult<bool> {
        let sql = "INSERT INTO inbox (channel, key, received_at, outcome) VALUES ($1, $2, $3, $4) \
                   ON CONFLICT (channel, key) DO NOTHING";
        let rows = on_tx!(self, |c| sqlx::query(sql)
            .bind(channel)
            .bind(inbox_key(key))
            .bind(at)
            .bind(outcome)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(rows == 1)
    }
}
