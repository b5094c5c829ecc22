//! Updates from a person's private chat with Kettle.

use super::{buttons, commands, AppError, Turn};
use crate::domain::{Inbound, InboundEvent};

pub async fn handle(turn: &mut Turn<'_>, inbound: &Inbound) -> Result<(), AppError> {
    let Some(user) = &inbound.sender else {
        return Ok(());
    };
    let chat = &inbound.chat;
    let mut person = turn.tx.upsert_person(chat.channel, user, turn.now).await?;
    // An account linked to a person on another platform (`/me link`) acts
    // as them; its own private chat was noted before it was linked.
    let own = person.channel == chat.channel;
    if own && person.private_chat_id.as_deref() != Some(chat.chat_id.as_str()) {
        turn.tx.set_private_chat(person.id, &chat.chat_id).await?;
        person.private_chat_id = Some(chat.chat_id.clone());
    }
    match &inbound.event {
        InboundEvent::Text(text) => commands::in_private(turn, &person, chat, text).await,
        InboundEvent::OpenedPrivately { payload } => {
            commands::opened_privately(turn, &person, chat, payload.as_deref()).await
        }
        InboundEvent::ButtonPressed { token, press_id } => {
            let press = buttons::Press {
                chat,
                presser: &person,
                newly_joined: false,
                role: None,
                token,
                press_id: press_id.as_deref(),
            };
            buttons::pressed(turn, None, press).await
        }
        _ => Ok(()),
    }
}
