//! Which channel the console behaves like (`kettle console --as …`).

use crate::domain::command::opened_with;
use crate::domain::Capabilities;

/// The console renders and accepts input as this channel's chats would,
/// so a conversation can be tried (and tested) as it would go there.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Profile {
    /// Buttons, edits and notices to the presser, as on Telegram.
    #[default]
    Telegram,
    /// WhatsApp through a bridge: no buttons or edits (numbered choices
    /// answered by sending the number, live counts re-posted now and then
    /// in groups), private links written out as `wa.me` links.
    Whatsapp,
}

impl Profile {
    /// How the chat ids of a script's groups on this platform begin
    /// (`#tenants@whatsapp` is `whatsapp:tenants`).
    pub fn prefix(self) -> &'static str {
        match self {
            Profile::Telegram => "telegram:",
            Profile::Whatsapp => "whatsapp:",
        }
    }

    /// How `chat_id` is laid out: as its platform's, for a group a script
    /// put on one; otherwise as the console's profile says.
    pub fn of_chat(self, chat_id: &str) -> Profile {
        [Profile::Telegram, Profile::Whatsapp]
            .into_iter()
            .find(|p| chat_id.starts_with(p.prefix()))
            .unwrap_or(self)
    }

    pub fn capabilities(self) -> Capabilities {
        match self {
            Profile::Telegram => crate::channels::telegram::CAPABILITIES,
            // A console has no native polls to vote in: named polls are
            // numbered here, where WhatsApp shows them as its own poll.
            Profile::Whatsapp => {
                let mut caps = crate::channels::whatsapp::CAPABILITIES;
                caps.group.native_polls = false;
                caps
            }
        }
    }

    /// Whether a private line opens the chat as this channel's link would:
    /// `/start [payload]`, and as WhatsApp also `start p1` (the text a shown
    /// link fills in). The payload comes back as typed.
    pub fn opening(self, text: &str) -> Option<Option<String>> {
        opened_with(text, "/start").or_else(|| match self {
            Profile::Whatsapp => opened_with(text, "start"),
            Profile::Telegram => None,
        })
    }
}
