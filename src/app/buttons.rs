//! Button presses. The token on a button is only a key: what it does and who
//! may press it come from the database and the presser's identity.

use super::{checkin, join, AppError, Turn};
use crate::domain::{Action, ChatAddress};
use crate::store::{CommunityRecord, PersonRecord};

/// One press of a button, as received.
pub struct Press<'a> {
    pub chat: &'a ChatAddress,
    pub presser: &'a PersonRecord,
    /// True when this press was the presser's first contact with the community.
    pub newly_joined: bool,
    pub token: &'a str,
    pub press_id: Option<&'a str>,
}

pub async fn pressed(
    turn: &mut Turn<'_>,
    community: Option<&CommunityRecord>,
    press: Press<'_>,
) -> Result<(), AppError> {
    let fallback = community.map_or(turn.engine.settings.default_language, |c| c.language);
    let lang = turn.language_of(press.presser, fallback);
    let Some(button) = turn.tx.button(press.token).await? else {
        let text = turn.t(lang, "button-stale", &[]);
        return turn.answer(press.chat, press.press_id, Some(text)).await;
    };
    let allowed = match (button.person_id, community) {
        (Some(person_id), _) => person_id == press.presser.id,
        (None, Some(community)) => community.id == button.community_id,
        (None, None) => false,
    };
    if !allowed {
        tracing::info!("button pressed outside its chat; refused");
        let text = turn.t(lang, "button-other-chat", &[]);
        return turn.answer(press.chat, press.press_id, Some(text)).await;
    }
    match (button.action, community) {
        (Action::JoinCommunity { prompt, .. }, Some(community)) => {
            join::pressed(turn, community, &press, button.message_id, prompt).await
        }
        (Action::JoinCommunity { .. }, None) => {
            let text = turn.t(lang, "button-other-chat", &[]);
            turn.answer(press.chat, press.press_id, Some(text)).await
        }
        (action, Some(community)) => {
            let notice = checkin::pressed(turn, community, &press, action).await?;
            turn.answer(press.chat, press.press_id, notice).await
        }
        // A button in a private chat: its community comes from the button.
        (action, None) => match turn.tx.community_by_id(button.community_id).await? {
            Some(community) => {
                let notice = checkin::pressed(turn, &community, &press, action).await?;
                turn.answer(press.chat, press.press_id, notice).await
            }
            None => {
                let text = turn.t(lang, "button-stale", &[]);
                turn.answer(press.chat, press.press_id, Some(text)).await
            }
        },
    }
}
