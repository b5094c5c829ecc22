//! WAHA's webhook events → Kettle's [`Inbound`]. Pure: no network, so it
//! is tested on JSON shaped as WAHA documents it.
//!
//! Through a bridge Kettle sees every message in a group. It takes in only
//! what is for it: commands, numbers answering its numbered choices, and
//! anything in a private chat with it. Ordinary conversation is dropped
//! here, before it reaches the inbox, a log line or the database.

use crate::domain::capabilities::typed_number;
use crate::domain::command::opened_with;
use crate::domain::PlatformUser;
use crate::domain::{Channel, ChatAddress, ChatKind, Inbound, InboundEvent, PlatformContext};
use chrono::{DateTime, Utc};
use serde::Deserialize;

/// The envelope every WAHA webhook shares.
#[derive(Debug, Clone, Deserialize)]
pub struct Envelope {
    /// `evt_…`, unique per event (WAHA 2025 and later); retries repeat it.
    #[serde(default)]
    pub id: Option<String>,
    pub event: String,
    #[serde(default)]
    pub session: String,
    /// Kettle's own account on this session.
    #[serde(default)]
    pub me: Option<Me>,
    #[serde(default)]
    pub payload: serde_json::Value,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Me {
    pub id: String,
}

/// What one webhook means to Kettle.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Updates for the engine (a group's membership change can be several).
    Updates(Vec<Inbound>),
    /// The session's state changed (`WORKING`, `SCAN_QR_CODE`, …).
    Session(String),
    /// A group's admins changed: ask for them afresh next time.
    AdminsChanged { group: String },
    /// Nothing Kettle acts on (ordinary conversation, its own messages,
    /// channels and statuses, events it does not use).
    Nothing,
}

#[derive(Debug, Deserialize)]
struct Message {
    id: String,
    from: String,
    #[serde(default, rename = "fromMe")]
    from_me: bool,
    #[serde(default)]
    participant: Option<String>,
    #[serde(default)]
    author: Option<String>,
    #[serde(default)]
    body: Option<String>,
    #[serde(default, rename = "_data")]
    data: serde_json::Value,
    /// The message this one quotes, if any.
    #[serde(default, rename = "replyTo")]
    reply_to: Option<Quoted>,
}

#[derive(Debug, Deserialize)]
struct Quoted {
    #[serde(default)]
    participant: Option<String>,
}

#[derive(Debug, Deserialize)]
struct GroupChange {
    group: Group,
    #[serde(default, rename = "type")]
    kind: String,
    #[serde(default)]
    participants: Vec<Participant>,
}

#[derive(Debug, Deserialize)]
struct Group {
    id: String,
    #[serde(default)]
    subject: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Participant {
    pub id: String,
    #[serde(default)]
    pub role: Option<String>,
}

#[derive(Debug, Deserialize)]
struct PollVote {
    vote: Vote,
    poll: PollRef,
}

#[derive(Debug, Deserialize)]
struct Vote {
    id: String,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    participant: Option<String>,
    #[serde(default, rename = "selectedOptions")]
    selected: Vec<String>,
    #[serde(default)]
    timestamp: i64,
}

#[derive(Debug, Deserialize)]
struct PollRef {
    id: String,
    #[serde(default)]
    to: Option<String>,
    #[serde(default, rename = "fromMe")]
    from_me: bool,
}

#[derive(Debug, Deserialize)]
struct SessionStatus {
    status: String,
}

/// Reads one event. `fallback_key` names the delivery when the envelope
/// carries no id (older WAHA): the body's signature, equal on every retry.
pub fn read(envelope: &Envelope, fallback_key: &str, now: DateTime<Utc>) -> Event {
    let key = envelope.id.as_deref().unwrap_or(fallback_key);
    let me = envelope.me.as_ref().map(|m| m.id.as_str());
    match envelope.event.as_str() {
        "message" => serde_json::from_value::<Message>(envelope.payload.clone())
            .ok()
            .and_then(|m| message(&m, me, now))
            .map_or(Event::Nothing, |i| Event::Updates(vec![i])),
        "group.v2.join" | "group.v2.leave" => {
            let Ok(change) = serde_json::from_value::<GroupChange>(envelope.payload.clone()) else {
                return Event::Nothing;
            };
            let event = if envelope.event == "group.v2.join" {
                InboundEvent::BotAdded
            } else {
                InboundEvent::BotRemoved
            };
            Event::Updates(vec![group_update(
                format!("wa:{key}"),
                &change.group,
                None,
                event,
                now,
            )])
        }
        "group.v2.participants" => {
            let Ok(change) = serde_json::from_value::<GroupChange>(envelope.payload.clone()) else {
                return Event::Nothing;
            };
            participants(&change, key, me, now)
        }
        "poll.vote" | "poll.vote.failed" => {
            serde_json::from_value::<PollVote>(envelope.payload.clone())
                .ok()
                .and_then(|v| poll_vote(&v, envelope.event == "poll.vote.failed", now))
                .map_or(Event::Nothing, |i| Event::Updates(vec![i]))
        }
        "session.status" => serde_json::from_value::<SessionStatus>(envelope.payload.clone())
            .map_or(Event::Nothing, |s| Event::Session(s.status)),
        _ => Event::Nothing,
    }
}

fn message(m: &Message, me: Option<&str>, now: DateTime<Utc>) -> Option<Inbound> {
    if m.from_me || Some(m.from.as_str()) == me {
        return None;
    }
    let text = m.body.as_deref()?.trim();
    let chat = m.from.as_str();
    let (sender_id, event) = match kind_of(chat)? {
        ChatKind::Group => {
            // Only what is for Kettle; the rest of the group's talk is not ours.
            if !(text.starts_with('/') || typed_number(text).is_some()) {
                return None;
            }
            let sender = m.participant.as_deref().or(m.author.as_deref())?;
            (sender, InboundEvent::Text(text.to_string()))
        }
        ChatKind::Private => {
            let event = match opened_with(text, "start").or_else(|| opened_with(text, "/start")) {
                Some(payload) => InboundEvent::OpenedPrivately { payload },
                None => InboundEvent::Text(text.to_string()),
            };
            (chat, event)
        }
    };
    Some(Inbound {
        key: format!("wa:m:{}", m.id),
        chat: address(chat)?,
        chat_title: None,
        sender: Some(PlatformUser {
            user_id: sender_id.to_string(),
            display_name: push_name(&m.data).unwrap_or_default(),
            language_code: None,
        }),
        event,
        context: PlatformContext {
            replied_to: m.reply_to.as_ref().and_then(|q| q.participant.clone()),
            ..PlatformContext::default()
        },
        received_at: now,
    })
}

/// A vote on one of Kettle's own polls: the voter's whole selection. Votes
/// on other people's polls are not Kettle's business.
fn poll_vote(v: &PollVote, failed: bool, now: DateTime<Utc>) -> Option<Inbound> {
    if !v.poll.from_me {
        return None;
    }
    let ids = [
        v.vote.to.as_deref(),
        v.vote.from.as_deref(),
        v.poll.to.as_deref(),
    ];
    let group = ids
        .iter()
        .flatten()
        .find(|id| kind_of(id) == Some(ChatKind::Group));
    let (chat, voter) = match group {
        Some(group) => {
            let voter = v
                .vote
                .participant
                .as_deref()
                .or(v.vote.from.as_deref())
                .filter(|id| kind_of(id) == Some(ChatKind::Private))?;
            (*group, voter)
        }
        None => {
            let voter = v.vote.from.as_deref()?;
            (voter, voter)
        }
    };
    let poll_message = super::waha::message_key(&v.poll.id);
    let event = if failed {
        InboundEvent::PollVoteFailed { poll_message }
    } else {
        InboundEvent::PollVoted {
            poll_message,
            chosen: v.vote.selected.clone(),
            at: v.vote.timestamp,
        }
    };
    Some(Inbound {
        // A changed vote is a new event; the same one delivered again is not.
        key: format!("wa:v:{}:{}:{}", v.vote.id, v.vote.timestamp, failed),
        chat: address(chat)?,
        chat_title: None,
        sender: Some(person(voter)),
        event,
        context: PlatformContext::default(),
        received_at: now,
    })
}

/// Members joining or leaving (Kettle itself is told by `group.v2.join`
/// and `leave`), or admins changing.
fn participants(change: &GroupChange, key: &str, me: Option<&str>, now: DateTime<Utc>) -> Event {
    let people: Vec<PlatformUser> = change
        .participants
        .iter()
        .filter(|p| Some(p.id.as_str()) != me)
        .map(|p| person(&p.id))
        .collect();
    let key = format!("wa:{key}");
    match change.kind.as_str() {
        "join" if !people.is_empty() => Event::Updates(vec![group_update(
            key,
            &change.group,
            None,
            InboundEvent::MembersJoined(people),
            now,
        )]),
        "leave" => Event::Updates(
            people
                .into_iter()
                .enumerate()
                .map(|(i, p)| {
                    group_update(
                        format!("{key}:{i}"),
                        &change.group,
                        None,
                        InboundEvent::MemberLeft(p),
                        now,
                    )
                })
                .collect(),
        ),
        "promote" | "demote" => Event::AdminsChanged {
            group: change.group.id.clone(),
        },
        _ => Event::Nothing,
    }
}

fn group_update(
    key: String,
    group: &Group,
    sender: Option<PlatformUser>,
    event: InboundEvent,
    now: DateTime<Utc>,
) -> Inbound {
    Inbound {
        key,
        chat: ChatAddress {
            channel: Channel::Whatsapp,
            chat_id: group.id.clone(),
            kind: ChatKind::Group,
        },
        chat_title: group.subject.clone(),
        sender,
        event,
        context: PlatformContext::default(),
        received_at: now,
    }
}

/// Groups end in `@g.us`; people in `@c.us`, or `@lid` when WhatsApp hides
/// their number. Channels, statuses and broadcasts are not for Kettle.
pub fn kind_of(chat_id: &str) -> Option<ChatKind> {
    if chat_id.ends_with("@g.us") {
        Some(ChatKind::Group)
    } else if chat_id.ends_with("@c.us") || chat_id.ends_with("@lid") {
        Some(ChatKind::Private)
    } else {
        None
    }
}

pub fn address(chat_id: &str) -> Option<ChatAddress> {
    Some(ChatAddress {
        channel: Channel::Whatsapp,
        chat_id: chat_id.to_string(),
        kind: kind_of(chat_id)?,
    })
}

/// A person known only by id (a participant list, a join): no name, so
/// the one Kettle knows is kept (see [`PlatformUser::display_name`]).
pub fn person(id: &str) -> PlatformUser {
    PlatformUser {
        user_id: id.to_string(),
        display_name: String::new(),
        language_code: None,
    }
}

/// The name the sender chose in WhatsApp, where the engine puts it.
fn push_name(data: &serde_json::Value) -> Option<String> {
    let found = [
        "/notifyName",
        "/pushName",
        "/PushName",
        "/Info/PushName",
        "/message/pushName",
    ]
    .iter()
    .find_map(|p| data.pointer(p).and_then(|v| v.as_str()))?;
    let name = found.trim();
    (!name.is_empty() && name != "~").then(|| name.chars().take(64).collect())
}

#[cfg(test)]
#[path = "events_tests.rs"]
mod tests;
