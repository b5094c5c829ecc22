//! Numbered choices: which button a typed number stands for, on chats
//! that answer by number (see `domain::capabilities`).

use super::{on_pool, on_read, on_tx, Store, StoreResult, Tx};
use crate::domain::{ChatAddress, Language};

impl Store {
    /// The token behind `number` on the newest numbered message delivered
    /// to `chat`. A number beyond that message's choices is no answer: an
    /// older message's choice is never taken instead.
    pub async fn numbered_choice(
        &self,
        chat: &ChatAddress,
        number: u8,
    ) -> StoreResult<Option<String>> {
        let sql =
            "SELECT token FROM numbered_choices WHERE number = $3 AND number > 0 AND shown_by = ( \
                     SELECT o.id FROM outbox o WHERE o.status = 'sent' AND o.id IN ( \
                       SELECT shown_by FROM numbered_choices WHERE channel = $1 AND chat_id = $2) \
                     ORDER BY o.sent_at DESC, o.id DESC LIMIT 1)";
        let row: Option<(String,)> = on_pool!(self, |p| sqlx::query_as(sql)
            .bind(chat.channel.as_str())
            .bind(&chat.chat_id)
            .bind(i64::from(number))
            .fetch_optional(p)
            .await?);
        Ok(row.map(|(token,)| token))
    }
}

impl Tx {
    /// Records that message `shown_by` numbers `tokens` from 1, replacing
    /// what it numbered before (a re-post merged into a waiting one). No
    /// tokens: the message has choices, but not numbered ones.
    pub async fn number_choices(
        &mut self,
        chat: &ChatAddress,
        shown_by: i64,
        tokens: &[String],
    ) -> StoreResult<()> {
        let clear = "DELETE FROM numbered_choices WHERE shown_by = $1";
        on_tx!(self, |c| sqlx::query(clear)
            .bind(shown_by)
            .execute(&mut *c)
            .await
            .map(drop)?);
        let sql = "INSERT INTO numbered_choices (channel, chat_id, shown_by, number, token) \
                   VALUES ($1, $2, $3, $4, $5)";
        // A message whose choices are buttons or a list still counts as the
        // newest with choices: a number typed after it answers nothing.
        let marker = [String::new()];
        let (tokens, first) = match tokens {
            [] => (&marker[..], 0),
            tokens => (tokens, 1),
        };
        for (i, token) in tokens.iter().enumerate() {
            on_tx!(self, |c| sqlx::query(sql)
                .bind(chat.channel.as_str())
                .bind(&chat.chat_id)
                .bind(shown_by)
                .bind(i as i64 + first)
                .bind(token)
                .execute(&mut *c)
                .await
                .map(drop)?);
        }
        Ok(())
    }

    /// The language a chat is spoken to in, as far as Kettle's records
    /// say: the group's, or the person's own choice and their platform's.
    pub async fn chat_language(
        &mut self,
        chat: &ChatAddress,
    ) -> StoreResult<(Option<Language>, Option<String>)> {
        let sql = match chat.kind {
            crate::domain::ChatKind::Group => {
                "SELECT language, CAST(NULL AS TEXT) FROM communities WHERE channel = $1 AND chat_id = $2"
            }
            crate::domain::ChatKind::Private => {
                "SELECT language, platform_language FROM people \
                 WHERE channel = $1 AND private_chat_id = $2"
            }
        };
        let row: Option<(Option<String>, Option<String>)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(chat.channel.as_str())
            .bind(&chat.chat_id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.map_or((None, None), |(chosen, platform)| {
            (
                chosen.as_deref().and_then(Language::from_platform_code),
                platform,
            )
        }))
    }
}
