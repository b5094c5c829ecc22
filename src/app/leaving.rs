//! Someone leaving a group. In a community across several chats, leaving
//! one chat need not mean leaving the community: the person may be in
//! another of its chats, on the same platform (the platform is asked) or,
//! with linked accounts, on another.

use super::{AppError, Turn};
use crate::domain::{Inbound, PlatformUser};
use crate::store::{CommunityRecord, PersonRecord};

/// Someone left the group: their membership ends, and what they had open
/// there is dropped (they are told privately if a ballot was).
pub async fn member_left(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    inbound: &Inbound,
    user: &PlatformUser,
) -> Result<(), AppError> {
    let channel = community.channel;
    let Some(person) = turn.tx.person_by_platform(channel, &user.user_id).await? else {
        return Ok(());
    };
    if also_in_another_chat(turn, community, &person).await?
        || in_a_sister_chat(turn, community, inbound).await?
    {
        return Ok(());
    }
    let dropped = turn
        .tx
        .leave_community(community.id, person.id, turn.now)
        .await?;
    if let (true, Some(private)) = (dropped > 0, community.private_chat_of(&person)) {
        let lang = turn.language_of(&person, community.language);
        let title = community.title.as_str().into();
        let text = turn.t(lang, "member-left-ballots", &[("title", title)]);
        turn.say(&private, text).await?;
    }
    Ok(())
}

/// Whether the person who left is still in another of the community's
/// chats on the same platform: the platform is asked about one of them
/// (once per update); where it cannot be asked, they stay, since dropping
/// a member's open ballot on a guess is worse than keeping them a while.
async fn in_a_sister_chat(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    inbound: &Inbound,
) -> Result<bool, AppError> {
    if community.linked == Some(false) {
        return Ok(false);
    }
    let views = turn.views(community).await?;
    let Some(sister) = views
        .iter()
        .find(|v| v.channel == inbound.chat.channel && v.chat_id != inbound.chat.chat_id)
    else {
        return Ok(false);
    };
    match inbound.context.member_of(&sister.chat_id) {
        Some(member) => Ok(member),
        None if sister.channel.can_ask_membership() => Err(AppError::AskPlatform {
            chat: sister.chat(),
        }),
        None => Ok(true),
    }
}

/// Whether `person` has a linked account (`/me link`) on another platform
/// where the community has a chat too: leaving this group, or not being
/// its admin, says nothing of them there.
pub async fn also_in_another_chat(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
) -> Result<bool, AppError> {
    let accounts = turn.tx.linked_accounts(person.id).await?;
    if accounts.is_empty() {
        return Ok(false);
    }
    let elsewhere: Vec<_> = std::iter::once(person)
        .chain(&accounts)
        .map(|a| a.channel)
        .filter(|c| *c != community.channel)
        .collect();
    let views = turn.views(community).await?;
    Ok(views.iter().any(|v| elsewhere.contains(&v.channel)))
}
