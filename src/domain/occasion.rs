//! What a message Kettle starts (rather than an answer) is for. A channel
//! that limits when it may write first (the WhatsApp Cloud API's 24-hour
//! window) picks its approved template by this.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Occasion {
    /// A meeting's reminder, or a decision due for review.
    Reminder,
    /// A nudge to answer (a check-in, a poll, a time poll, joining).
    Nudge,
    /// A weekly digest to a coordinator.
    Digest,
}

impl Occasion {
    pub const ALL: [Occasion; 3] = [Occasion::Reminder, Occasion::Nudge, Occasion::Digest];

    pub fn as_str(self) -> &'static str {
        match self {
            Occasion::Reminder => "reminder",
            Occasion::Nudge => "nudge",
            Occasion::Digest => "digest",
        }
    }

    pub fn parse(s: &str) -> Option<Occasion> {
        Occasion::ALL.into_iter().find(|o| o.as_str() == s)
    }
}
