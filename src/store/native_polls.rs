//! Platform-native polls (WhatsApp's own): which outbox message a vote
//! names, and the newest vote applied per voter, so a late or repeated
//! one changes nothing.

use super::{on_read, on_tx, StoreResult, Tx};
use crate::domain::ChatAddress;

impl Tx {
    /// The outbox message the platform knows as `platform_id` in `chat`.
    pub async fn message_by_platform_id(
        &mut self,
        chat: &ChatAddress,
        platform_id: &str,
    ) -> StoreResult<Option<i64>> {
        let sql = "SELECT id FROM outbox WHERE channel = $1 AND platform_message_id = $2 \
                   AND chat_id = $3 ORDER BY id DESC LIMIT 1";
        let row: Option<(i64,)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(chat.channel.as_str())
            .bind(platform_id)
            .bind(&chat.chat_id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.map(|(id,)| id))
    }

    /// Records that `person`'s vote of `voted_at` on the poll message is the
    /// newest; `false` when a vote as new or newer was applied already.
    pub async fn newest_native_vote(
        &mut self,
        chat: &ChatAddress,
        poll_message: &str,
        person_id: i64,
        voted_at: i64,
    ) -> StoreResult<bool> {
        let sql = "INSERT INTO native_poll_votes (channel, poll_message, person_id, voted_at) \
                   VALUES ($1, $2, $3, $4) \
                   ON CONFLICT (channel, poll_message, person_id) DO UPDATE \
                   SET voted_at = excluded.voted_at \
                   WHERE native_poll_votes.voted_at < excluded.voted_at";
        let changed = on_tx!(self, |c| sqlx::query(sql)
            .bind(chat.channel.as_str())
            .bind(poll_message)
            .bind(person_id)
            .bind(voted_at)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(changed > 0)
    }
}
