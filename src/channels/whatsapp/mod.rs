//! WhatsApp: what its chats can do. The adapter itself (through a bridge)
//! builds on this; the console's `--as whatsapp` profile renders by it.

use crate::domain::{Abilities, AnswerBy, Capabilities};
use chrono::Duration;

/// A WhatsApp group: no edits Kettle can rely on, no buttons, no notices
/// to one presser; choices are numbered and answered by sending the number.
/// Live counts are re-posted at most every ten minutes (and at close), so
/// a busy round never floods the group.
const GROUP: Abilities = Abilities {
    edits: false,
    acknowledges_presses: false,
    buttons: 0,
    button_label: 0,
    list_rows: 0,
    row_title: 0,
    native_polls: true,
    private_link: true,
    text_limit: 4_096,
    answers_by: AnswerBy::Number,
    live_every: Duration::minutes(10),
};

/// A private chat: up to three reply buttons (titles of 20 characters), or
/// a list of up to ten rows (titles of 24); more choices are numbered.
const PRIVATE: Abilities = Abilities {
    buttons: 3,
    button_label: 20,
    list_rows: 10,
    row_title: 24,
    answers_by: AnswerBy::Press,
    ..GROUP
};

pub const CAPABILITIES: Capabilities = Capabilities {
    group: GROUP,
    private: PRIVATE,
};
