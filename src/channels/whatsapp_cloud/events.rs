//! The Cloud API's `messages` webhook → what Kettle acts on. Pure: no
//! network, so it is tested on JSON shaped as Meta documents it.
//!
//! A private chat's every message opens its 24-hour window (only the time
//! is kept); its text and choices come in as updates. In a Groups API
//! group only what is for Kettle comes in (commands and numbers answering
//! its numbered choices); the rest of the group's talk is dropped here.

use crate::domain::capabilities::typed_number;
use crate::domain::command::opened_with;
use crate::domain::whatsapp_ids::{cloud_group_chat, cloud_private_chat, person_of_wa_id};
use crate::domain::PlatformUser;
use crate::domain::{Channel, ChatAddress, ChatKind, Inbound, InboundEvent, PlatformContext};
use chrono::{DateTime, TimeZone, Utc};
use serde::Deserialize;

/// What one webhook delivery means to Kettle, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum CloudEvent {
    /// A member wrote in their private chat at this time: its window is open.
    Heard { chat_id: String, at: DateTime<Utc> },
    /// An update for the engine.
    Update(Box<Inbound>),
    /// A message Kettle sent could not be delivered, with WhatsApp's code.
    Failed { chat_id: String, code: i64 },
    /// The business number as WhatsApp shows it (digits), for `wa.me` links.
    OwnNumber(String),
}

#[derive(Debug, Deserialize)]
pub struct Webhook {
    #[serde(default)]
    pub object: String,
    #[serde(default)]
    entry: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
struct Entry {
    #[serde(default)]
    changes: Vec<Change>,
}

#[derive(Debug, Deserialize)]
struct Change {
    #[serde(default)]
    field: String,
    value: Value,
}

#[derive(Debug, Deserialize)]
struct Value {
    #[serde(default)]
    metadata: Metadata,
    #[serde(default)]
    contacts: Vec<Contact>,
    #[serde(default)]
    messages: Vec<Message>,
    #[serde(default)]
    statuses: Vec<Status>,
    /// `group_participants_update`: who joined a Groups API group through
    /// its invite link, and who left or was removed.
    #[serde(default)]
    groups: Vec<GroupChange>,
}

#[derive(Debug, Deserialize)]
struct GroupChange {
    #[serde(default)]
    group_id: String,
    #[serde(default, rename = "type")]
    kind: String,
    #[serde(default)]
    timestamp: Option<String>,
    #[serde(default)]
    added_participants: Vec<Participant>,
    #[serde(default)]
    removed_participants: Vec<Participant>,
}

#[derive(Debug, Deserialize)]
struct Participant {
    #[serde(default)]
    wa_id: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct Metadata {
    #[serde(default)]
    display_phone_number: String,
    #[serde(default)]
    phone_number_id: String,
}

#[derive(Debug, Deserialize)]
struct Contact {
    #[serde(default)]
    wa_id: String,
    #[serde(default)]
    profile: Option<Profile>,
}

#[derive(Debug, Deserialize)]
struct Profile {
    #[serde(default)]
    name: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Message {
    from: String,
    id: String,
    #[serde(default)]
    timestamp: Option<String>,
    #[serde(default, rename = "type")]
    kind: String,
    #[serde(default)]
    group_id: Option<String>,
    #[serde(default)]
    text: Option<Text>,
    #[serde(default)]
    interactive: Option<Interactive>,
}

#[derive(Debug, Deserialize)]
struct Text {
    #[serde(default)]
    body: String,
}

#[derive(Debug, Deserialize)]
struct Interactive {
    #[serde(default)]
    button_reply: Option<Reply>,
    #[serde(default)]
    list_reply: Option<Reply>,
}

#[derive(Debug, Deserialize)]
struct Reply {
    id: String,
}

#[derive(Debug, Deserialize)]
struct Status {
    #[serde(default)]
    status: String,
    #[serde(default)]
    recipient_id: String,
    #[serde(default)]
    recipient_type: Option<String>,
    #[serde(default)]
    errors: Vec<ErrorCode>,
}

#[derive(Debug, Deserialize)]
struct ErrorCode {
    #[serde(default)]
    code: i64,
}

/// Reads one delivery for the number `phone_number_id`; changes for any
/// other number on the same app are not Kettle's.
pub fn read(hook: &Webhook, phone_number_id: &str, now: DateTime<Utc>) -> Vec<CloudEvent> {
    let mut out = vec![];
    if hook.object != "whatsapp_business_account" {
        return out;
    }
    let changes = hook.entry.iter().flat_map(|e| &e.changes);
    let fields = ["messages", "group_participants_update"];
    for change in changes.filter(|c| fields.contains(&c.field.as_str())) {
        let value = &change.value;
        if value.metadata.phone_number_id != phone_number_id {
            continue;
        }

        let digits: String = (value.metadata.display_phone_number.chars())
            .filter(char::is_ascii_digit)
            .collect();
        if !digits.is_empty() {
            out.push(CloudEvent::OwnNumber(digits));
        }
        for m in &value.messages {
            out.extend(message(m, &value.contacts, now));
        }
        for g in &value.groups {
            out.extend(participants(g, now));
        }
        for s in value.statuses.iter().filter(|s| s.status == "failed") {
            let group = s.recipient_type.as_deref() == Some("group");
            let chat_id = if group {
                cloud_group_chat(&s.recipient_id)
            } else {
                cloud_private_chat(&s.recipient_id)
            };
            for e in &s.errors {
                out.push(CloudEvent::Failed {
                    chat_id: chat_id.clone(),
                    code: e.code,
                });
            }
        }
    }
    out
}

fn message(m: &Message, contacts: &[Contact], now: DateTime<Utc>) -> Vec<CloudEvent> {
    let mut out = vec![];
    let name = contacts
        .iter()
        .find(|c| c.wa_id == m.from)
        .and_then(|c| c.profile.as_ref()?.name.as_deref())
        .map(|n| n.trim().chars().take(64).collect::<String>())
        .unwrap_or_default();
    let text = m.text.as_ref().map(|t| t.body.trim()).unwrap_or_default();
    let sent_at = m
        .timestamp
        .as_deref()
        .and_then(|t| t.parse::<i64>().ok())
        .and_then(|t| Utc.timestamp_opt(t, 0).single())
        .map_or(now, |at| at.min(now));
    let (chat, event) = match &m.group_id {
        Some(group) => {
            // Anyone writing opens the group's window (its time is all
            // that is kept of ordinary talk).
            let chat_id = cloud_group_chat(group);
            out.push(CloudEvent::Heard {
                chat_id: chat_id.clone(),
                at: sent_at,
            });
            if m.kind != "text" || !(text.starts_with('/') || typed_number(text).is_some()) {
                return out;
            }
            let chat = address(chat_id, ChatKind::Group);
            (chat, InboundEvent::Text(text.to_string()))
        }
        None => {
            let chat_id = cloud_private_chat(&m.from);
            out.push(CloudEvent::Heard {
                chat_id: chat_id.clone(),
                at: sent_at,
            });
            let event = match (m.kind.as_str(), &m.interactive) {
                ("interactive", Some(i)) => {
                    let Some(reply) = i.button_reply.as_ref().or(i.list_reply.as_ref()) else {
                        return out;
                    };
                    InboundEvent::ButtonPressed {
                        token: reply.id.clone(),
                        press_id: None,
                    }
                }
                ("text", _) if !text.is_empty() => {
                    match opened_with(text, "start").or_else(|| opened_with(text, "/start")) {
                        Some(payload) => InboundEvent::OpenedPrivately { payload },
                        None => InboundEvent::Text(text.to_string()),
                    }
                }
                // Pictures, voice notes, reactions: not for Kettle.
                _ => return out,
            };
            (address(chat_id, ChatKind::Private), event)
        }
    };
    out.push(CloudEvent::Update(Box::new(Inbound {
        key: format!("wac:m:{}", m.id),
        chat,
        chat_title: None,
        sender: Some(PlatformUser {
            user_id: person_of_wa_id(&m.from),
            display_name: name,
            language_code: None,
        }),
        event,
        context: PlatformContext::default(),
        received_at: now,
    })));
    out
}

/// People joining (through the invite link) or leaving a Groups API
/// group: WhatsApp cannot be asked who is in a group the business made, so
/// this is how Kettle knows its members before they speak. Join requests
/// are the group's admins' business, not Kettle's.
fn participants(g: &GroupChange, now: DateTime<Utc>) -> Vec<CloudEvent> {
    let (joined, people) = match g.kind.as_str() {
        "group_participants_add" => (true, &g.added_participants),
        "group_participants_remove" => (false, &g.removed_participants),
        _ => return vec![],
    };
    let users: Vec<PlatformUser> = people
        .iter()
        .filter_map(|p| p.wa_id.as_deref())
        .filter(|w| !w.is_empty())
        .map(|w| PlatformUser {
            user_id: person_of_wa_id(w),
            display_name: String::new(),
            language_code: None,
        })
        .collect();
    if g.group_id.is_empty() || users.is_empty() {
        return vec![];
    }
    let chat = address(cloud_group_chat(&g.group_id), ChatKind::Group);
    let at = g.timestamp.as_deref().unwrap_or_default();
    let update = |key: String, event| {
        CloudEvent::Update(Box::new(Inbound {
            key,
            chat: chat.clone(),
            chat_title: None,
            sender: None,
            event,
            context: PlatformContext::default(),
            received_at: now,
        }))
    };
    // Meta gives these no id of their own: the group, the time and the
    // people make one, so a redelivery is recognised.
    if joined {
        let ids: Vec<&str> = users.iter().map(|u| u.user_id.as_str()).collect();
        let key = format!("wac:g:{}:{at}:add:{}", g.group_id, ids.join(","));
        return vec![update(key, InboundEvent::MembersJoined(users))];
    }
    users
        .into_iter()
        .map(|u| {
            let key = format!("wac:g:{}:{at}:remove:{}", g.group_id, u.user_id);
            update(key, InboundEvent::MemberLeft(u))
        })
        .collect()
}

fn address(chat_id: String, kind: ChatKind) -> ChatAddress {
    ChatAddress {
        channel: Channel::Whatsapp,
        chat_id,
        kind,
    }
}

#[cfg(test)]
#[path = "events_tests.rs"]
mod tests;
