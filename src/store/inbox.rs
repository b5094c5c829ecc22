//! The inbox: a record of every update Kettle has handled, so a redelivered
//! or duplicated update changes nothing. It keeps ids, never content.

use super::{on_tx, StoreResult, Tx};
use chrono::{DateTime, Utc};

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
            .bind(key)
            .bind(at)
            .bind(outcome)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(rows == 1)
    }
}
