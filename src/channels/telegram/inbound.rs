//! Telegram updates → Kettle's [`Inbound`]. Pure: no network, so it is
//! tested on recorded JSON.

use crate::domain::{
    Channel, ChatAddress, ChatKind, Inbound, InboundEvent, PlatformContext, PlatformUser,
};
use chrono::{DateTime, Utc};
use teloxide::types::{Chat, ChatMemberUpdated, Message, Update, UpdateKind, User, UserId};

/// Maps an update, or `None` for updates Kettle does not act on (channels,
/// edits, other bots' messages, stickers…).
pub fn to_inbound(update: &Update, me: UserId, now: DateTime<Utc>) -> Option<Inbound> {
    let key = format!("u:{}", update.id.0);
    let (key, chat, sender, event) = match &update.kind {
        UpdateKind::Message(m) => {
            let (sender, event) = message_event(m, me)?;
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
        context: PlatformContext::default(),
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
    let event = match m.chat.is_private().then(|| deep_link(text)).flatten() {
        Some(payload) => InboundEvent::OpenedPrivately { payload },
        None => InboundEvent::Text(text.to_string()),
    };
    Some((Some(user(from)), event))
}

/// `/start` or `/start <payload>` (what a `t.me/<bot>?start=<payload>` link
/// sends): the person opened their private chat with Kettle.
fn deep_link(text: &str) -> Option<Option<String>> {
    let rest = text.trim().strip_prefix("/start")?;
    let rest = match rest.strip_prefix('@') {
        Some(named) => named
            .split_once(char::is_whitespace)
            .map_or("", |(_, args)| args),
        None if rest.is_empty() || rest.starts_with(char::is_whitespace) => rest,
        None => return None,
    };
    let payload = rest.trim();
    Some((!payload.is_empty()).then(|| payload.to_string()))
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

#[cfg(test)]
mod tests {
    use super::deep_link;

    #[test]
    fn start_with_or_without_a_payload_opens_the_private_chat() {
        assert_eq!(deep_link("/start"), Some(None));
        assert_eq!(deep_link("/start abc123"), Some(Some("abc123".into())));
        assert_eq!(deep_link("/start@kettle_bot abc"), Some(Some("abc".into())));
        assert_eq!(deep_link("/start@kettle_bot"), Some(None));
        assert_eq!(deep_link("/started"), None);
        assert_eq!(deep_link("/help"), None);
    }
}
