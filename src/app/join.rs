//! Joining: the welcome with its Join button, and one gentle nudge later
//! for a group where some people have not joined yet ("who is still not here?").

use super::buttons::Press;
use super::turn::ButtonSpec;
use super::{AppError, Turn};
use crate::app::timed::Job;
use crate::app::Action;
use crate::app::JoinPrompt;
use crate::domain::{ChatAddress, Choice};
use crate::store::CommunityRecord;

/// Greets a group Kettle has just joined.
pub async fn welcome(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    chat: &ChatAddress,
) -> Result<i64, AppError> {
    let text = prompt_text(turn, community, JoinPrompt::Welcome, None);
    let button = join_button(turn, community, JoinPrompt::Welcome);
    turn.send(chat, text, vec![button]).await
}

/// One nudge, once per community, after a quiet while.
pub async fn schedule_nudge(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
) -> Result<(), AppError> {
    let due = turn.now + turn.engine.settings.join_nudge_after;
    let key = format!("join-nudge:{}", community.id);
    Job::JoinNudge {
        community_id: community.id,
    }
    .schedule(&mut turn.tx, &key, due)
    .await?;
    Ok(())
}

/// The nudge itself: sent only if the group is active and some people
/// have not joined; otherwise nothing, to spare everyone a message.
pub async fn send_join_nudge(turn: &mut Turn<'_>, community_id: i64) -> Result<(), AppError> {
    let Some(community) = turn.tx.community_by_id(community_id).await? else {
        return Ok(());
    };
    let joined = turn.tx.count_members(community.id).await?;
    let Some(total) = community.member_count else {
        return Ok(());
    };
    if !community.active || joined >= total {
        return Ok(());
    }
    for chat in turn.views(&community).await? {
        let text = prompt_text(turn, &chat, JoinPrompt::Nudge, Some((joined, total)));
        let button = join_button(turn, &chat, JoinPrompt::Nudge);
        turn.send(&chat.chat(), text, vec![button]).await?;
    }
    Ok(())
}

/// Someone pressed Join: welcome them privately and refresh the count.
pub async fn pressed(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    press: &Press<'_>,
    message_id: Option<i64>,
    prompt: JoinPrompt,
) -> Result<(), AppError> {
    let lang = turn.language_of(press.presser, community.language);
    let key = if press.newly_joined {
        "join-done"
    } else {
        "join-already"
    };
    let text = turn.t(lang, key, &[]);
    turn.answer(press.chat, press.press_id, Some(press.presser), Some(text))
        .await?;
    let Some(message_id) = message_id.filter(|_| press.newly_joined) else {
        return Ok(());
    };
    let joined = turn.tx.count_members(community.id).await?;
    let total = community.member_count.unwrap_or(joined).max(joined);
    let text = prompt_text(turn, community, prompt, Some((joined, total)));
    let label = turn.t(community.language, "button-join", &[]);
    let choice = Choice {
        label,
        token: Some(press.token.to_string()),
        url: None,
        private_start: None,
    };
    turn.edit(press.chat, message_id, text, vec![choice])
        .await?;
    Ok(())
}

fn join_button(turn: &Turn<'_>, community: &CommunityRecord, prompt: JoinPrompt) -> ButtonSpec {
    let action = Action::JoinCommunity {
        community_id: community.id,
        prompt,
    };
    let label = turn.t(community.language, "button-join", &[]);
    ButtonSpec::for_community(label, action, community.id)
}

fn prompt_text(
    turn: &Turn<'_>,
    community: &CommunityRecord,
    prompt: JoinPrompt,
    counts: Option<(i64, i64)>,
) -> String {
    let lang = community.language;
    let (joined, total) = counts.unwrap_or((0, 0));
    let args = [
        ("title", community.title.as_str().into()),
        ("joined", joined.into()),
        ("total", total.into()),
    ];
    let by_number = turn.by_number(&community.chat());
    let welcome = match by_number {
        true => "welcome-group-by-number",
        false => "welcome-group",
    };
    match (prompt, counts) {
        (JoinPrompt::Welcome, None) => turn.t(lang, welcome, &args),
        (JoinPrompt::Welcome, Some(_)) => format!(
            "{}\n\n{}",
            turn.t(lang, welcome, &args),
            turn.t(lang, "joined-so-far", &args)
        ),
        (JoinPrompt::Nudge, _) if by_number => turn.t(lang, "join-nudge-by-number", &args),
        (JoinPrompt::Nudge, _) => turn.t(lang, "join-nudge", &args),
    }
}
