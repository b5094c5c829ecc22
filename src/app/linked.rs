//! Sending to a community across its chats (see [`crate::store`]'s
//! linked chats): each chat gets the message drawn for it, in its own
//! language and laid out for its platform, and what changes a message
//! later changes it in every chat.

use super::{AppError, Turn};
use crate::store::CommunityRecord;

impl Turn<'_> {
    /// The community as each of its chats shows it, its first chat first:
    /// one view for a community of one chat.
    pub async fn views(
        &mut self,
        community: &CommunityRecord,
    ) -> Result<Vec<CommunityRecord>, AppError> {
        if community.linked == Some(false) {
            return Ok(vec![community.clone()]);
        }
        let views = self.tx.community_views(community.id).await?;
        Ok(match views.is_empty() {
            true => vec![community.clone()],
            false => views,
        })
    }

    /// Where `message` (a group message sent through [`Shown`]) is shown:
    /// each chat's view with the message's id there, the first chat first.
    pub async fn shown_in(
        &mut self,
        community: &CommunityRecord,
        message: i64,
    ) -> Result<Vec<(CommunityRecord, i64)>, AppError> {
        if community.linked == Some(false) {
            return Ok(vec![(community.clone(), message)]);
        }
        Ok(self.tx.shown_in(community.id, message).await?)
    }
}

/// A message sent to each of a community's chats: the first chat's is the
/// one the rest of Kettle keeps (a round's or poll's message); the others
/// are noted as its copies, so [`Turn::shown_in`] finds them.
#[derive(Debug, Default)]
pub struct Shown {
    origin: Option<i64>,
}

impl Shown {
    /// Notes the message sent to the next chat (in [`Turn::views`] order).
    pub async fn add(&mut self, turn: &mut Turn<'_>, id: i64) -> Result<(), AppError> {
        match self.origin {
            None => self.origin = Some(id),
            Some(origin) => turn.tx.record_copy(origin, id).await?,
        }
        Ok(())
    }

    /// The first chat's message.
    pub fn origin(&self) -> Option<i64> {
        self.origin
    }
}
