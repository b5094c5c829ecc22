//! Which channel the console behaves like (`kettle console --as …`).

use crate::domain::Capabilities;

/// The console renders and accepts input as this channel's chats would,
/// so a conversation can be tried (and tested) as it would go there.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Profile {
    /// Buttons, edits and notices to the presser, as on Telegram.
    #[default]
    Telegram,
    /// No buttons or edits in groups (numbered choices answered by sending
    /// the number, live counts re-posted now and then), at most three
    /// buttons or a ten-row list in private chats, private links as links.
    Whatsapp,
}

impl Profile {
    pub fn capabilities(self) -> Capabilities {
        match self {
            Profile::Telegram => crate::channels::telegram::CAPABILITIES,
            Profile::Whatsapp => crate::channels::whatsapp::CAPABILITIES,
        }
    }
}
