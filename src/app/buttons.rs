//! Button presses. The token on a button is only a key: what it does and who
//! may press it come from the database and the presser's identity.

use super::{checkin, join, meeting, poll, AppError, Turn};
use crate::app::Action;
use crate::domain::{ChatAddress, Role};
use crate::store::{CommunityRecord, PersonRecord};
use std::borrow::Cow;

/// One press of a button, as received.
pub struct Press<'a> {
    pub chat: &'a ChatAddress,
    pub presser: &'a PersonRecord,
    /// True when this press was the presser's first contact with the community.
    pub newly_joined: bool,
    /// The presser's role in the chat's community, as the update's opening
    /// found it (a known member, or one it just registered); `None` where
    /// membership is still to be looked up.
    pub role: Option<Role>,
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
        return turn
            .answer(press.chat, press.press_id, Some(press.presser), Some(text))
            .await;
    };
    let allowed = match (button.person_id, community) {
        (Some(person_id), _) => person_id == press.presser.id,
        (None, Some(community)) => community.id == button.community_id,
        (None, None) => false,
    };
    if !allowed {
        tracing::info!("button pressed outside its chat; refused");
        let text = turn.t(lang, "button-other-chat", &[]);
        return turn
            .answer(press.chat, press.press_id, Some(press.presser), Some(text))
            .await;
    }
    if let Action::JoinCommunity { prompt, .. } = button.action {
        return match community {
            Some(community) => {
                join::pressed(turn, community, &press, button.message_id, prompt).await
            }
            None => {
                let text = turn.t(lang, "button-other-chat", &[]);
                turn.answer(press.chat, press.press_id, Some(press.presser), Some(text))
                    .await
            }
        };
    }
    // Everything else acts in the button's own community, wherever pressed
    // (a person's own button may be pressed in their private chat).
    let owner = match community.filter(|c| c.id == button.community_id) {
        Some(community) => Cow::Borrowed(community),
        None => match turn.tx.community_by_id(button.community_id).await? {
            Some(community) => Cow::Owned(community),
            None => {
                let text = turn.t(lang, "button-stale", &[]);
                return turn
                    .answer(press.chat, press.press_id, Some(press.presser), Some(text))
                    .await;
            }
        },
    };
    let notice = if is_meeting(&button.action) {
        meeting::pressed(turn, &owner, &press, button.action, button.message_id).await?
    } else if poll::is_poll(&button.action) {
        poll::pressed(turn, &owner, &press, button.action, button.message_id).await?
    } else {
        checkin::pressed(turn, &owner, &press, button.action).await?
    };
    turn.answer(press.chat, press.press_id, Some(press.presser), notice)
        .await
}

fn is_meeting(action: &Action) -> bool {
    matches!(
        action,
        Action::MeetPick { .. }
            | Action::MeetOpen { .. }
            | Action::MeetAnswer { .. }
            | Action::MeetMine { .. }
            | Action::MeetConfirm { .. }
            | Action::MeetRsvp { .. }
            | Action::MeetAttended { .. }
            | Action::MeetAttendanceConfirm { .. }
    )
}
