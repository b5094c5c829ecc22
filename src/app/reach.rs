//! When Kettle cannot reach a member privately (the WhatsApp Cloud API's
//! 24-hour window has closed and no template fits, or WhatsApp asked for
//! the member to write first), the coordinators of every community the
//! member is in are told who and why, so someone can ask them in person.
//! Told once until the member writes again (the channel keeps that).

use super::{AppError, Engine, Turn};
use crate::domain::{Channel, Role};

/// Why a member cannot be reached privately.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreachable {
    /// More than 24 hours since they last wrote, and no approved template
    /// for what Kettle has for them: it waits until they write.
    Window,
    /// WhatsApp refused a message and asks for them to write first.
    MustWriteFirst,
}

impl Engine {
    /// Tells the coordinators of the member `user_id`'s communities (each
    /// in their own language, in their own private chat) that Kettle
    /// cannot reach them in `chat_id`, and why: once until they write
    /// again, marked in the same transaction.
    pub async fn tell_unreachable(
        &self,
        channel: Channel,
        user_id: &str,
        chat_id: &str,
        why: Unreachable,
    ) -> Result<(), AppError> {
        let mut turn = Turn::begin(self).await?;
        if !turn.tx.cloud_tell_once(chat_id, turn.now).await? {
            return Ok(());
        }
        let Some(person) = turn.tx.person_by_platform(channel, user_id).await? else {
            turn.commit().await?;
            return Ok(());
        };
        let key = match why {
            Unreachable::Window => "reach-window",
            Unreachable::MustWriteFirst => "reach-write-first",
        };
        for (community, _) in turn.tx.memberships_of(person.id).await? {
            let coordinators = turn
                .tx
                .members_with_role(community.id, Role::Coordinator)
                .await?;
            for coordinator in coordinators.iter().filter(|c| c.id != person.id) {
                let Some(chat) = community.private_chat_of(coordinator) else {
                    continue;
                };
                let lang = turn.language_of(coordinator, community.language);
                let args = [
                    ("name", person.display_name.as_str().into()),
                    ("title", community.title.as_str().into()),
                ];
                let text = turn.t(lang, key, &args);
                turn.say(&chat, text).await?;
            }
        }
        turn.commit().await?;
        Ok(())
    }
}
