//! Buttons as the use cases ask for them: a label, what pressing does,
//! who may press; and the unguessable tokens that stand for them.

use crate::app::Action;
use crate::domain::Choice;
use rand::Rng;

/// A button to put on a message: its label and what pressing it does.
pub struct ButtonSpec {
    pub label: String,
    pub action: Action,
    pub community_id: i64,
    /// Only this person may press it.
    pub person_id: Option<i64>,
    /// Pressing it opens the presser's private chat with Kettle (a deep
    /// link whose payload is the token) instead of sending a press.
    pub opens_private: bool,
}

impl ButtonSpec {
    /// A button anyone in the community may press.
    pub fn for_community(label: String, action: Action, community_id: i64) -> ButtonSpec {
        ButtonSpec {
            label,
            action,
            community_id,
            person_id: None,
            opens_private: false,
        }
    }

    /// A button only `person_id` may press (in their private chat).
    pub fn for_person(
        label: String,
        action: Action,
        community_id: i64,
        person_id: i64,
    ) -> ButtonSpec {
        ButtonSpec {
            person_id: Some(person_id),
            ..ButtonSpec::for_community(label, action, community_id)
        }
    }
}

/// The choice a button shows, given its token.
pub fn choice_for(label: String, token: String, opens_private: bool) -> Choice {
    let (token, private_start) = if opens_private {
        (None, Some(token))
    } else {
        (Some(token), None)
    };
    Choice {
        label,
        token,
        url: None,
        private_start,
    }
}

pub(super) fn choices(buttons: &[ButtonSpec], tokens: &[String]) -> Vec<Choice> {
    buttons
        .iter()
        .zip(tokens)
        .map(|(b, token)| choice_for(b.label.clone(), token.clone(), b.opens_private))
        .collect()
}

/// An unguessable button token (80 bits): 20 characters, well inside the
/// smallest limit any platform puts on a button's data (64 bytes).
pub(crate) fn new_token() -> String {
    let bytes: [u8; 10] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
