//! Forgetting a person's private chats with Kettle, part of `/forget`
//! (see [`super::erasure`]).

use super::{on_tx, PersonRecord, StoreResult, Tx};
use crate::domain::Channel;

impl Tx {
    /// Their private chats (a WhatsApp member can have one through the
    /// bridge and one through the business number): every message to
    /// them (and the numbers and buttons shown there), and their pacing.
    /// The business number's window is kept for the chat the farewell is
    /// about to go to, and dropped when it has gone (`Store::mark_sent`).
    pub(super) async fn forget_private_chat(
        &mut self,
        channel: Channel,
        person: &PersonRecord,
    ) -> StoreResult<()> {
        let mut chats = vec![person.platform_user_id.clone()];
        chats.extend(person.private_chat_id.clone());
        chats.extend(crate::domain::whatsapp_ids::cloud_chat_of_person(
            &person.platform_user_id,
        ));
        chats.sort();
        chats.dedup();
        let in_chat = "(SELECT id FROM outbox WHERE channel = $1 AND chat_id = $2)";
        let statements = [
            format!("DELETE FROM buttons WHERE message_id IN {in_chat}"),
            format!("UPDATE checkin_rounds SET message_id = NULL WHERE message_id IN {in_chat}"),
            "DELETE FROM numbered_choices WHERE channel = $1 AND chat_id = $2".to_string(),
            "DELETE FROM chat_pacing WHERE channel = $1 AND chat_id = $2".to_string(),
            "DELETE FROM outbox WHERE channel = $1 AND chat_id = $2".to_string(),
        ];
        for chat in &chats {
            for sql in &statements {
                on_tx!(self, |c| sqlx::query(sql)
                    .bind(channel.as_str())
                    .bind(chat)
                    .execute(&mut *c)
                    .await?
                    .rows_affected());
            }
            if person.private_chat_id.as_ref() != Some(chat) {
                let window = "DELETE FROM whatsapp_cloud_chats WHERE chat_id = $1";
                on_tx!(self, |c| sqlx::query(window)
                    .bind(chat)
                    .execute(&mut *c)
                    .await?
                    .rows_affected());
            }
        }
        Ok(())
    }
}
