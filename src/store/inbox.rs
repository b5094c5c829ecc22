//! The inbox: a record of every update Kettle has handled, so a redelivered
//! or duplicated update changes nothing.

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
        let sql = "INSERT INTO inbox (channel, key, received_at) VALUES ($1, $2, $3) \
                   ON CONFLICT (channel, key) DO NOTHING";
        let rows = on_tx!(self, |c| sqlx::query(sql)
            .bind(channel)
            .bind(key)
            .bind(at)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(rows == 1)
    }

    /// Records an update that could not be handled after retries, so it stops
    /// blocking the queue; the failure is in the log with the update's id.
    pub async fn record_failed_inbound(
        &mut self,
        channel: &str,
        key: &str,
        at: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql =
            "INSERT INTO inbox (channel, key, received_at, outcome) VALUES ($1, $2, $3, 'failed') \
                   ON CONFLICT (channel, key) DO NOTHING";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(channel)
            .bind(key)
            .bind(at)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }
}
