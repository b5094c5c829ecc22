//! What each channel's chats can do, as its adapters declared at start-up:
//! the app lays every message out to match.

use super::Engine;
use crate::domain::{Abilities, Capabilities, Channel, ChatAddress};
use std::sync::Arc;

impl Engine {
    /// Records what `channel`'s chats can do; messages to them are then
    /// laid out to match (see [`crate::domain::capabilities`]).
    pub fn declare(mut self, channel: Channel, capabilities: Capabilities) -> Engine {
        Arc::make_mut(&mut self.channels).insert(channel, capabilities);
        self
    }

    /// Records what the chats of `channel` whose ids start with `prefix`
    /// can do, when they differ from the channel's others.
    pub fn declare_door(
        mut self,
        channel: Channel,
        prefix: &'static str,
        capabilities: Capabilities,
    ) -> Engine {
        Arc::make_mut(&mut self.doors).push((channel, prefix, capabilities));
        self
    }

    /// Whether chats of `channel` starting with `prefix` have their own door.
    pub fn has_door(&self, channel: Channel, prefix: &str) -> bool {
        self.doors
            .iter()
            .any(|(c, p, _)| *c == channel && *p == prefix)
    }

    /// Whether `channel`'s adapter declared itself (it runs in this process).
    pub fn has_channel(&self, channel: Channel) -> bool {
        self.channels.contains_key(&channel)
    }

    /// What `chat` can do.
    pub fn abilities(&self, chat: &ChatAddress) -> Abilities {
        let door = self
            .doors
            .iter()
            .find(|(channel, prefix, _)| {
                *channel == chat.channel && chat.chat_id.starts_with(prefix)
            })
            .map(|(_, _, capabilities)| capabilities);
        *door
            .or_else(|| self.channels.get(&chat.channel))
            .unwrap_or(&Capabilities::RICH)
            .of(chat.kind)
    }
}
