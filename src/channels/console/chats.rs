//! Where a console line speaks: its groups (the console's own, or one a
//! line names, maybe on another platform), private chats, and people.

use super::{Console, GROUP_TITLE};
use crate::domain::{
    Channel, ChatAddress, ChatKind, MembershipFact, PlatformContext, PlatformUser,
};

impl Console {
    /// The console is its own platform: everyone typing is in its groups,
    /// so it says so with every update.
    pub(super) fn context(&self, chat: &ChatAddress) -> PlatformContext {
        let membership = (chat.kind == ChatKind::Group).then(|| MembershipFact {
            chat_id: chat.chat_id.clone(),
            member: true,
        });
        PlatformContext {
            membership,
            ..PlatformContext::default()
        }
    }

    pub(super) fn group(&self, group: &str) -> ChatAddress {
        ChatAddress {
            channel: Channel::Console,
            chat_id: group.to_string(),
            kind: ChatKind::Group,
        }
    }

    pub(super) fn chat_for(&self, group: &str, who: &str, dm: bool) -> ChatAddress {
        if dm {
            ChatAddress {
                channel: Channel::Console,
                chat_id: format!("dm:{}", who.to_lowercase()),
                kind: ChatKind::Private,
            }
        } else {
            self.group(group)
        }
    }

    /// A code's short name (`/link c1`) stands for the code shown.
    pub(super) fn with_codes(&self, text: String) -> String {
        let code = text
            .strip_prefix("/link ")
            .and_then(|name| self.lock_screen().link_code(name.trim()));
        match code {
            Some(code) => format!("/link {code}"),
            None => text,
        }
    }
}

/// A group's title: the console's own, or the name a line gave it.
pub(super) fn title(chat_id: &str) -> String {
    match chat_id.split_once(':') {
        Some((_, name)) => name.to_string(),
        None => GROUP_TITLE.to_string(),
    }
}

pub(super) fn user(who: &str) -> PlatformUser {
    PlatformUser {
        user_id: who.to_lowercase(),
        display_name: who.to_string(),
        language_code: None,
    }
}
