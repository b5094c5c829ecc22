//! Updates from group chats: the community's life cycle (created when Kettle
//! arrives, moved when the chat is upgraded, paused when Kettle is removed)
//! and who is in it.

use super::{buttons, commands, digest, join, Action, AppError, Turn};
use crate::domain::{ChatAddress, Inbound, InboundEvent, PlatformContext, PlatformUser, Role};
use crate::store::NewCommunity;
use crate::store::{CommunityRecord, Joined, OpenedUpdate, PersonRecord};

/// `opened` is what recording the update already found: the community and
/// the sender as a member, when they exist.
pub async fn handle(
    turn: &mut Turn<'_>,
    inbound: &Inbound,
    opened: OpenedUpdate,
) -> Result<(), AppError> {
    let chat = &inbound.chat;
    match &inbound.event {
        InboundEvent::BotRemoved => return pause(turn, chat).await,
        InboundEvent::ChatMigrated { new_chat_id } => {
            return migrate(turn, chat, new_chat_id).await
        }
        _ => {}
    }
    let community = ensure_community(turn, inbound, opened.community).await?;
    apply_context(turn, &community, &inbound.context).await?;
    let speaking = matches!(
        inbound.event,
        InboundEvent::Text(_)
            | InboundEvent::ButtonPressed { .. }
            | InboundEvent::PollVoted { .. }
            | InboundEvent::PollVoteFailed { .. }
    );
    let speaker = match (&inbound.sender, opened.member, &inbound.event) {
        (Some(_), Some(known), _) if speaking => Some(known),
        // On the platform's word (registration on the way in can miss a
        // person another update is creating at the same moment).
        (Some(user), None, InboundEvent::ButtonPressed { token, press_id })
            if inbound.context.member_of(&chat.chat_id) == Some(true) =>
        {
            match register(turn, &community, user).await? {
                Some(known) => Some(known),
                None => return removed_pressed(turn, &community, inbound, token, press_id).await,
            }
        }
        (Some(user), None, InboundEvent::ButtonPressed { token, press_id }) => {
            let person = turn
                .tx
                .person_by_platform(chat.channel, &user.user_id)
                .await?;
            let role = match &person {
                Some(p) => turn.tx.membership(community.id, p.id).await?,
                None => None,
            };
            match (person, role) {
                // A renamed member misses the fast path.
                (Some(person), Some(role)) => Some((person, role, Joined::Already)),
                (person, _) => {
                    let press = Stranger {
                        person,
                        token,
                        press_id: press_id.as_deref(),
                    };
                    return stranger_pressed(turn, &community, inbound, press).await;
                }
            }
        }
        (Some(user), None, _) if speaking => register(turn, &community, user).await?,
        _ => None,
    };
    match (&inbound.event, speaker) {
        (InboundEvent::Text(text), Some((member, role, _))) => {
            commands::in_group(turn, &community, &member, role, chat, text).await?;
        }
        (InboundEvent::ButtonPressed { token, press_id }, Some((member, role, joined))) => {
            let press = buttons::Press {
                chat,
                presser: &member,
                newly_joined: joined != Joined::Already,
                role: Some(role),
                token,
                press_id: press_id.as_deref(),
            };
            buttons::pressed(turn, Some(&community), press).await?;
        }
        (
            InboundEvent::PollVoted {
                poll_message,
                chosen,
                at,
            },
            Some((member, _, _)),
        ) => {
            let vote = (poll_message.as_str(), chosen.as_slice(), *at);
            super::poll::native_voted(turn, &community, &member, chat, vote).await?;
        }
        (InboundEvent::PollVoteFailed { .. }, Some((member, _, _))) => {
            super::poll::native_vote_lost(turn, &community, &member).await?;
        }
        (InboundEvent::MembersJoined(users), _) => {
            for user in users {
                admit(turn, &community, user).await?;
            }
        }
        (InboundEvent::MemberLeft(user), _) => {
            super::leaving::member_left(turn, &community, inbound, user).await?;
        }
        _ => {}
    }
    Ok(())
}

/// A press from someone in the chat whom a coordinator removed: refused,
/// kindly, as any non-member's.
async fn removed_pressed(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    inbound: &Inbound,
    token: &str,
    press_id: &Option<String>,
) -> Result<(), AppError> {
    let Some(user) = &inbound.sender else {
        return Ok(());
    };
    let person = turn
        .tx
        .person_by_platform(inbound.chat.channel, &user.user_id)
        .await?;
    let press = Stranger {
        person,
        token,
        press_id: press_id.as_deref(),
    };
    stranger_pressed(turn, community, inbound, press).await
}

/// A press from someone who is not a member now, as far as Kettle knows.
struct Stranger<'a> {
    /// Known to Kettle (from this or another group), or not at all.
    person: Option<PersonRecord>,
    token: &'a str,
    press_id: Option<&'a str>,
}

/// A press from a member who never spoke, one whose leaving was recorded,
/// or someone not in the group at all (pressing is no proof of being in
/// a group). A person's own button acts for them wherever pressed; any
/// other is refused, changing nothing, unless the platform says they are
/// in the group — then [`super::Engine::handle`] registers them on the
/// way back.
async fn stranger_pressed(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    inbound: &Inbound,
    press: Stranger<'_>,
) -> Result<(), AppError> {
    let chat = &inbound.chat;
    let button = turn.tx.button::<Action>(press.token).await?;
    let own = button.as_ref().and_then(|b| b.person_id);
    if let (Some(person), Some(owner)) = (&press.person, own) {
        if owner == person.id {
            let press = buttons::Press {
                chat,
                presser: person,
                newly_joined: false,
                role: None,
                token: press.token,
                press_id: press.press_id,
            };
            return buttons::pressed(turn, Some(community), press).await;
        }
    }
    let refusal = match button {
        None => "button-stale",
        Some(b) if b.community_id != community.id || b.person_id.is_some() => "button-other-chat",
        Some(_) => match inbound.context.member_of(&chat.chat_id) {
            None if chat.channel.can_ask_membership() => {
                return Err(AppError::AskPlatform { chat: chat.clone() })
            }
            _ => "button-not-member",
        },
    };
    tracing::info!(refusal, "press from someone not in the group; refused");
    let language = inbound
        .sender
        .as_ref()
        .and_then(|u| u.language_code.as_deref());
    let lang = match &press.person {
        Some(person) => turn.language_of(person, community.language),
        None => crate::domain::Language::negotiate(None, language, community.language),
    };
    let text = turn.t(lang, refusal, &[]);
    turn.answer(chat, press.press_id, press.person.as_ref(), Some(text))
        .await
}

/// Finds the chat's community, creating it (and greeting the group) the
/// first time Kettle hears from a chat, or when it comes back to one.
async fn ensure_community(
    turn: &mut Turn<'_>,
    inbound: &Inbound,
    existing: Option<CommunityRecord>,
) -> Result<CommunityRecord, AppError> {
    let chat = &inbound.chat;
    let title = inbound.chat_title.as_deref().unwrap_or_default();
    if let Some(mut community) = existing {
        if !title.is_empty() && title != community.title {
            turn.tx.set_chat_title(chat, title).await?;
            community.title = title.to_string();
        }
        if !community.active {
            turn.tx.set_community_active(community.id, true).await?;
            community.active = true;
            join::welcome(turn, &community, chat).await?;
            digest::weekly::book_next(&mut turn.tx, &community, turn.now).await?;
        }
        return Ok(community);
    }
    let settings = turn.engine.settings.clone();
    let new = NewCommunity {
        channel: chat.channel,
        chat_id: &chat.chat_id,
        title,
        time_zone: settings.default_time_zone,
        language: settings.default_language,
        now: turn.now,
    };
    let Some(community) = turn.tx.create_community(new).await? else {
        // Another update from the same new chat made it first (this one
        // waited for its commit, and now sees it): this one goes on in
        // it, and the greeting was that one's.
        let made = turn
            .tx
            .community_by_chat(chat.channel, &chat.chat_id)
            .await?;
        return made
            .ok_or_else(|| crate::store::StoreError::Corrupt("community vanished".into()).into());
    };
    tracing::info!(community = community.id, "community created");
    join::welcome(turn, &community, chat).await?;
    join::schedule_nudge(turn, &community).await?;
    digest::weekly::book_next(&mut turn.tx, &community, turn.now).await?;
    Ok(community)
}

/// Keeps coordinators in step with the group's admins, and the head count
/// with what the platform reports.
async fn apply_context(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    context: &PlatformContext,
) -> Result<(), AppError> {
    if let Some(count) = context.member_count {
        turn.tx.set_member_count(&community.chat(), count).await?;
    }
    let Some(admins) = &context.admins else {
        return Ok(());
    };
    let mut admin_ids = Vec::with_capacity(admins.len());
    for admin in admins {
        let person = admit(turn, community, admin).await?;
        turn.tx
            .set_role(community.id, person.id, Role::Coordinator)
            .await?;
        admin_ids.push(person.id);
    }
    // A community across several chats: this chat's admins say nothing
    // of people on another platform, nor (when two chats share one) of
    // people whom the other chat's admins may have made coordinators.
    let views = turn.views(community).await?;
    let shared = views
        .iter()
        .filter(|v| v.channel == community.channel)
        .count()
        > 1;
    if shared {
        return Ok(());
    }
    for coordinator in turn
        .tx
        .members_with_role(community.id, Role::Coordinator)
        .await?
    {
        if coordinator.channel != community.channel || admin_ids.contains(&coordinator.id) {
            continue;
        }
        // Someone whose accounts are linked (`/me link`) may be an admin
        // of the community's chat on their other platform: this list is
        // not theirs alone.
        if !super::leaving::also_in_another_chat(turn, community, &coordinator).await? {
            turn.tx
                .set_role(community.id, coordinator.id, Role::Member)
                .await?;
        }
    }
    Ok(())
}

/// Registers a person as a member on their first interaction.
async fn register(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    user: &PlatformUser,
) -> Result<Option<(PersonRecord, Role, Joined)>, AppError> {
    Ok(turn
        .tx
        .register_member(community.id, community.channel, user, turn.now)
        .await?)
}

/// Registers someone the platform itself vouches for (its admins, people
/// its admins added): a removal by a coordinator is lifted.
pub async fn admit(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    user: &PlatformUser,
) -> Result<PersonRecord, AppError> {
    let person = turn
        .tx
        .upsert_person(community.channel, user, turn.now)
        .await?;
    turn.tx.readmit(community.id, person.id).await?;
    turn.tx
        .join_community(community.id, person.id, turn.now)
        .await?;
    Ok(person)
}

/// Kettle was removed from a group: its community rests; a linked chat
/// leaves the community it was linked to (which goes on in its other chats).
async fn pause(turn: &mut Turn<'_>, chat: &ChatAddress) -> Result<(), AppError> {
    if let Some((id, linked_to)) = turn.tx.chat_row(chat.channel, &chat.chat_id).await? {
        if linked_to.is_some() {
            turn.tx.unlink_chat(id, turn.now).await?;
        }
        turn.tx.set_community_active(id, false).await?;
        tracing::info!(community = id, "kettle removed from group");
    }
    Ok(())
}

async fn migrate(
    turn: &mut Turn<'_>,
    chat: &ChatAddress,
    new_chat_id: &str,
) -> Result<(), AppError> {
    let moved = turn
        .tx
        .migrate_community_chat(chat.channel, &chat.chat_id, new_chat_id)
        .await?;
    if let Some(id) = moved {
        turn.tx
            .repoint_outbox(chat.channel, &chat.chat_id, new_chat_id)
            .await?;
        tracing::info!(community = id, "community moved to upgraded chat");
    }
    Ok(())
}
