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
    /// Deletes what is older than `before` and no longer needed; inbox
    /// keys older than `inbox_before` (they are needed only as long as a
    /// platform may deliver the same update again).
    pub async fn prune(
        &mut self,
        inbox_before: DateTime<Utc>,
        before: DateTime<Utc>,
    ) -> StoreResult<Pruned> {
        let inbox = "DELETE FROM inbox WHERE received_at < $1";
        // A message stays while a button on it, or an edit of it, may still come.
        let outbox = "DELETE FROM outbox WHERE status IN ('sent', 'failed') AND created_at < $1 \
                      AND NOT EXISTS (SELECT 1 FROM buttons b WHERE b.message_id = outbox.id) \
                      AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.target_id = outbox.id)";
        let jobs = "DELETE FROM jobs WHERE status IN ('done', 'failed') AND due_at < $1";

        let mut pruned = Pruned::default();
        for (sql, slot, before) in [
            (inbox, &mut pruned.inbox, inbox_before),
            (outbox, &mut pruned.outbox, before),
            (jobs, &mut pruned.jobs, before),
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

    /// Deletes who came to meetings older than each community keeps it
    /// (the counts stay in the digests already built). Returns how many.
    pub async fn forget_old_attendance(&mut self, now: DateTime<Utc>) -> StoreResult<u64> {
        let forget = "DELETE FROM meeting_attendance WHERE meeting_id IN \
                      (SELECT m.id FROM meetings m JOIN communities c ON c.id = m.community_id \
                       WHERE c.attendance_days = $2 AND m.starts_at < $1)";
        self.forget_after("attendance_days", forget, now).await
    }

    /// Runs `forget` once for each retention the communities keep in
    /// `column` (a number of days), with the cut-off as `$1` and the days
    /// as `$2`. `column` is always a literal of this crate, never input.
    pub(super) async fn forget_after(
        &mut self,
        column: &str,
        forget: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<u64> {
        let kept = format!("SELECT DISTINCT {column} FROM communities");
        let periods: Vec<(i32,)> =
            on_tx!(self, |c| sqlx::query_as(&kept).fetch_all(&mut *c).await?);
        let mut forgotten = 0;
        for (days,) in periods {
            let before = now - chrono::Duration::days(i64::from(days));
            forgotten += on_tx!(self, |c| sqlx::query(forget)
                .bind(before)
                .bind(days)
                .execute(&mut *c)
                .await?
                .rows_affected());
        }
        Ok(forgotten)
    }
}
