//! Telegram updates → Kettle's [`Inbound`]. Pure: no network, so it is
//! tested on recorded JSON.

use crate::domain::command::opened_with;
use crate::domain::{
    Channel, ChatAddress, ChatKind, Inbound, InboundEvent, PlatformContext, PlatformUser,
};
use chrono::{DateTime, Utc};
use teloxide::types::{Chat, ChatMemberUpdated, Message, Update, UpdateKind, User, UserId};

/// Maps an update, or `None` for updates Kettle does not act on (channels,
/// edits, other bots' messages, stickers…).
pub fn to_inbound(update: &Update, me: UserId, now: DateTime<Utc>) -> Option<Inbound> {
    let key = format!("u:{}", update.id.0);
    let mut replied_to = None;
    let (key, chat, sender, event) = match &update.kind {
        UpdateKind::Message(m) => {
            let (sender, event) = message_event(m, me)?;
            replied_to = m
                .reply_to_message()
                .and_then(|r| r.from.as_ref())
                .filter(|u| !u.is_bot)
                .map(|u| u.id.0.to_string());
            (key, &m.chat, sender, event)
        }
        UpdateKind::CallbackQuery(q) => {
            let chat = q.message.as_ref()?.chat();
            let event = InboundEvent::ButtonPressed {
                token: q.data.clone()?,
                press_id: Some(q.id.0.clone()),
            };
            // A press is keyed by its own id: Telegram may wrap it in a new update.
            (format!("cb:{}", q.id.0), chat, Some(user(&q.from)), event)
        }
        UpdateKind::MyChatMember(u) => (key, &u.chat, None, my_membership(u)?),
        UpdateKind::ChatMember(u) => (key, &u.chat, None, membership(u)?),
        _ => return None,
    };
    Some(Inbound {
        key,
        chat: address(chat)?,
        chat_title: chat.title().map(str::to_string),
        sender,
        event,
        context: PlatformContext {
            replied_to,
            ..PlatformContext::default()
        },
        received_at: now,
    })
}

/// The chat as Kettle addresses it; channels are not for Kettle.
pub fn address(chat: &Chat) -> Option<ChatAddress> {
    let kind = if chat.is_private() {
        ChatKind::Private
    } else if chat.is_group() || chat.is_supergroup() {
        ChatKind::Group
    } else {
        return None;
    };
    Some(ChatAddress {
        channel: Channel::Telegram,
        chat_id: chat.id.0.to_string(),
        kind,
    })
}

pub fn user(u: &User) -> PlatformUser {
    PlatformUser {
        user_id: u.id.0.to_string(),
        display_name: u.full_name(),
        language_code: u.language_code.clone(),
    }
}

fn message_event(m: &Message, me: UserId) -> Option<(Option<PlatformUser>, InboundEvent)> {
    if let Some(new_id) = m.migrate_to_chat_id() {
        return Some((
            None,
            InboundEvent::ChatMigrated {
                new_chat_id: new_id.0.to_string(),
            },
        ));
    }
    if let Some(joined) = m.new_chat_members() {
        if joined.iter().any(|u| u.id == me) {
            return Some((None, InboundEvent::BotAdded));
        }
        let people: Vec<_> = joined.iter().filter(|u| !u.is_bot).map(user).collect();
        return (!people.is_empty()).then_some((None, InboundEvent::MembersJoined(people)));
    }
    if let Some(left) = m.left_chat_member() {
        if left.id == me {
            return Some((None, InboundEvent::BotRemoved));
        }
        return (!left.is_bot).then(|| (None, InboundEvent::MemberLeft(user(left))));
    }
    let from = m.from.as_ref().filter(|u| !u.is_bot)?;
    let text = m.text()?;
    let event = match m
        .chat
        .is_private()
        .then(|| opened_with(text, "/start"))
        .flatten()
    {
        Some(payload) => InboundEvent::OpenedPrivately { payload },
        None => InboundEvent::Text(text.to_string()),
    };
    Some((Some(user(from)), event))
}

/// Kettle's own membership changed: added to or removed from a group.
fn my_membership(u: &ChatMemberUpdated) -> Option<InboundEvent> {
    let (was, is) = (
        u.old_chat_member.kind.is_present(),
        u.new_chat_member.kind.is_present(),
    );
    match (was, is) {
        (false, true) => Some(InboundEvent::BotAdded),
        (true, false) => Some(InboundEvent::BotRemoved),
        _ => None,
    }
}

/// Someone else joined or left (only sent to bots that are admins).
fn membership(u: &ChatMemberUpdated) -> Option<InboundEvent> {
    let person = &u.new_chat_member.user;
    if person.is_bot {
        return None;
    }
    let (was, is) = (
        u.old_chat_member.kind.is_present(),
        u.new_chat_member.kind.is_present(),
    );
    match (was, is) {
        (false, true) => Some(InboundEvent::MembersJoined(vec![user(person)])),
        (true, false) => Some(InboundEvent::MemberLeft(user(person))),
        _ => None,
    }
}
