//! The small vocabulary the core and the channel adapters share.
//!
//! Adapters translate platform updates into [`Inbound`] and render
//! [`Outgoing`] their own way. Platform ids are opaque strings here.

use super::capabilities::Layout;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Where a conversation happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Console,
    Telegram,
    Whatsapp,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Console => "console",
            Channel::Telegram => "telegram",
            Channel::Whatsapp => "whatsapp",
        }
    }

    /// Whether the platform can be asked if someone is in a group chat
    /// (Telegram's getChatMember, a WhatsApp group's participant list).
    /// The console answers with every update instead: everyone typing
    /// there is in its one test group.
    pub fn can_ask_membership(self) -> bool {
        matches!(self, Channel::Telegram | Channel::Whatsapp)
    }

    pub fn parse(s: &str) -> Option<Channel> {
        [Channel::Console, Channel::Telegram, Channel::Whatsapp]
            .into_iter()
            .find(|c| c.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChatKind {
    Private,
    Group,
}

/// A chat on a channel: a group or a private chat with one member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatAddress {
    pub channel: Channel,
    pub chat_id: String,
    pub kind: ChatKind,
}

/// A person as the platform sees them. `user_id` is their identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformUser {
    pub user_id: String,
    /// Empty when the platform did not say (a WhatsApp participant list
    /// has ids only): the name already known is kept, or a stand-in shown.
    pub display_name: String,
    pub language_code: Option<String>,
}

/// A name for someone who has told Kettle none: the end of their number,
/// as WhatsApp itself shows strangers, or "member" when it is hidden.
pub fn stand_in_name(user_id: &str) -> String {
    let number = user_id.split('@').next().unwrap_or_default();
    let digits = number.bytes().all(|b| b.is_ascii_digit());
    match number.len() {
        n if n >= 4 && digits && user_id.ends_with("@c.us") => format!("…{}", &number[n - 4..]),
        _ => "member".to_string(),
    }
}

/// Facts an adapter looked up on the platform while receiving an update,
/// such as a group's admins. Absent when the lookup failed or was not needed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformContext {
    pub admins: Option<Vec<PlatformUser>>,
    pub member_count: Option<i64>,
    /// Whether the sender is in a group chat, as the platform says: asked
    /// when Kettle's own records do not know (see `Handled::AskPlatform`).
    #[serde(default)]
    pub membership: Option<MembershipFact>,
    /// Whose message this one replies to (their platform id), for
    /// commands that act on a person by replying (`/remove`).
    #[serde(default)]
    pub replied_to: Option<String>,
}

/// The platform's word on whether the sender is in one group chat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MembershipFact {
    pub chat_id: String,
    pub member: bool,
}

impl PlatformContext {
    /// What the platform said about the sender being in `chat_id`, if asked.
    pub fn member_of(&self, chat_id: &str) -> Option<bool> {
        self.membership
            .as_ref()
            .filter(|m| m.chat_id == chat_id)
            .map(|m| m.member)
    }
}

/// One update from a channel. `key` is unique per channel and is what makes
/// redeliveries harmless.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inbound {
    pub key: String,
    pub chat: ChatAddress,
    pub chat_title: Option<String>,
    pub sender: Option<PlatformUser>,
    pub event: InboundEvent,
    pub context: PlatformContext,
    pub received_at: DateTime<Utc>,
}

impl Inbound {
    /// Whom a question to the platform about being in a group is about:
    /// the person who left, for a leave (an admin may have removed them),
    /// otherwise the sender.
    pub fn membership_subject(&self) -> Option<&PlatformUser> {
        match &self.event {
            InboundEvent::MemberLeft(user) => Some(user),
            _ => self.sender.as_ref(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InboundEvent {
    /// Text a person typed (commands included).
    Text(String),
    /// The person opened their private chat with Kettle, through a link
    /// that carried `payload` (Telegram's `/start <payload>`, WhatsApp's
    /// prefilled `start <payload>`), or with no link at all.
    OpenedPrivately {
        payload: Option<String>,
    },
    /// A button press; `token` is the opaque id Kettle put on the button and
    /// `press_id` what the platform needs to acknowledge the press.
    ButtonPressed {
        token: String,
        press_id: Option<String>,
    },
    /// Kettle was added to a group.
    BotAdded,
    /// Kettle was removed from a group.
    BotRemoved,
    MembersJoined(Vec<PlatformUser>),
    MemberLeft(PlatformUser),
    /// The group got a new chat id (Telegram's upgrade to a supergroup).
    ChatMigrated {
        new_chat_id: String,
    },
    /// A vote on a platform-native poll Kettle sent: the voter's whole
    /// selection now (empty: taken back), by option label, and when they
    /// made it (votes can arrive twice or out of order).
    PollVoted {
        poll_message: String,
        chosen: Vec<String>,
        at: i64,
    },
    /// A vote on a native poll reached the platform but could not be read
    /// (WhatsApp lost the poll's keys): the voter should vote again.
    PollVoteFailed {
        poll_message: String,
    },
}

/// What a message shows when posted anew, for channels that cannot edit
/// (WhatsApp): an edit goes out as its new state, without a file.
#[derive(Debug, Clone, Copy)]
pub struct Posted<'a> {
    pub text: &'a str,
    pub choices: &'a [Choice],
    pub file: Option<&'a FileAttachment>,
    pub layout: Layout,
    pub occasion: Option<crate::domain::occasion::Occasion>,
}

impl Outgoing {
    /// The message as posted anew; `None` for an answer to a press.
    pub fn as_posted(&self) -> Option<Posted<'_>> {
        match self {
            Outgoing::Answer { .. } => None,
            Outgoing::Send {
                text,
                choices,
                file,
                layout,
                occasion,
            } => Some(Posted {
                text,
                choices,
                file: file.as_ref(),
                layout: *layout,
                occasion: *occasion,
            }),
            Outgoing::Edit {
                text,
                choices,
                layout,
                ..
            } => Some(Posted {
                text,
                choices,
                file: None,
                layout: *layout,
                occasion: None,
            }),
        }
    }
}

/// A button on an outgoing message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub label: String,
    /// Opaque id resolved in the database when pressed.
    pub token: Option<String>,
    /// A link instead of a press.
    pub url: Option<String>,
    /// Opens the presser's private chat with Kettle, handing it this payload
    /// (each adapter makes its own link; it comes back as
    /// [`InboundEvent::OpenedPrivately`]).
    #[serde(default)]
    pub private_start: Option<String>,
}

/// What Kettle asks a channel to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outgoing {
    Send {
        text: String,
        choices: Vec<Choice>,
        file: Option<FileAttachment>,
        /// How the choices are shown, chosen by the app for the chat.
        #[serde(default)]
        layout: Layout,
        /// What a message Kettle starts is for (a reminder, a nudge, a
        /// digest): where a channel may write first only with an approved
        /// template, this picks it. `None` for answers and ordinary posts.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        occasion: Option<crate::domain::occasion::Occasion>,
    },
    /// Replaces the text and choices of an earlier message, by its outbox
    /// id. Only queued for chats that can edit; elsewhere the app re-posts.
    Edit {
        target: i64,
        text: String,
        choices: Vec<Choice>,
        #[serde(default)]
        layout: Layout,
    },
    /// Acknowledges a button press, optionally with a short notice. Only
    /// queued for chats whose platform acknowledges presses.
    Answer {
        press_id: String,
        text: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileAttachment {
    pub name: String,
    pub mime: String,
    pub bytes: Vec<u8>,
}

/// A member's standing in a community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Member,
    Coordinator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Coordinator => "coordinator",
        }
    }
    pub fn parse(s: &str) -> Role {
        if s == "coordinator" {
            Role::Coordinator
        } else {
            Role::Member
        }
    }
}
