//! Keeping only what is still needed: old inbox keys (long past any
//! redelivery), delivered messages nothing refers to, finished jobs.

use super::{on_tx, StoreResult, Tx};
use chrono::{DateTime, Utc};

/// How many rows a pruning removed, per table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pruned {
    pub inbox: u64,
    pub outbox: u64,
    pub jobs: u64,
}

impl Tx {
    /// Deletes what is older than `before` and no longer needed.
    pub async fn prune(&mut self, before: DateTime<Utc>) -> StoreResult<Pruned> {
        let inbox = "DELETE FROM inbox WHERE received_at < $1";
        // A message stays while a button on it, or an edit of it, may still come.
        let outbox = "DELETE FROM outbox WHERE status IN ('sent', 'failed') AND created_at < $1 \
                      AND NOT EXISTS (SELECT 1 FROM buttons b WHERE b.message_id = outbox.id) \
                      AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.target_id = outbox.id)";
        let jobs = "DELETE FROM jobs WHERE status IN ('done', 'failed') AND due_at < $1";

        let mut pruned = Pruned::default();
        for (sql, slot) in [
            (inbox, &mut pruned.inbox),
            (outbox, &mut pruned.outbox),
            (jobs, &mut pruned.jobs),
        ] {
            *slot = on_tx!(self, |c| sqlx::query(sql)
                .bind(before)
                .execute(&mut *c)
                .await?
                .rows_affected());
        }
        // Numbers shown by a message that is gone can no longer be answered.
        let numbers = "DELETE FROM numbered_choices WHERE NOT EXISTS \
                       (SELECT 1 FROM outbox o WHERE o.id = numbered_choices.shown_by)";
        on_tx!(self, |c| sqlx::query(numbers)
            .execute(&mut *c)
            .await
            .map(drop)?);
        Ok(pruned)
    }
}
