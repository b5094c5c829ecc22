//! `/link` and `/unlink`: one community across several chats. A
//! coordinator asks for a one-time code in one chat and a coordinator of
//! another chat sends it there; from then on what either starts shows in
//! both (see [`super::linked`]), and answers count once per person.

use super::{digest, AppError, Turn};
use crate::domain::{Channel, ChatAddress, Language, Role};
use crate::store::{CommunityRecord, Redeemed};
use chrono::{DateTime, Duration, Utc};

/// How long a link code works.
pub const CODE_LIFE: Duration = Duration::minutes(15);

/// Letters and digits nobody mistakes for one another when copying.
const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// `/link`, `/link new` or `/link <code>` in a group.
pub async fn link(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    role: Role,
    chat: &ChatAddress,
    lang: Language,
    arg: Option<&str>,
) -> Result<(), AppError> {
    if refused(turn, role, chat, lang).await? {
        return Ok(());
    }
    let reply = match arg.map(str::trim) {
        None => {
            let views = turn.views(community).await?;
            match views.len() {
                1 => new_code(turn, community, lang).await?,
                _ => listing(turn, &views, lang, "link-list"),
            }
        }
        Some(word) if word.eq_ignore_ascii_case("new") => new_code(turn, community, lang).await?,
        Some(code) => return redeem(turn, chat, lang, &normalise(code)).await,
    };
    turn.say(chat, reply).await
}

/// `/unlink` in a linked chat, or `/unlink <n>` from the list.
pub async fn unlink(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    role: Role,
    chat: &ChatAddress,
    lang: Language,
    arg: Option<&str>,
) -> Result<(), AppError> {
    if refused(turn, role, chat, lang).await? {
        return Ok(());
    }
    let views = turn.views(community).await?;
    let first = views.first().map(CommunityRecord::chat);
    let pick = match arg.map(|a| a.trim().parse::<usize>()) {
        _ if views.len() < 2 => Err("unlink-none"),
        None if first.as_ref() != Some(chat) => Ok(community.clone()),
        None => Err("unlink-which"),
        Some(Ok(1)) => Err("unlink-first"),
        Some(Ok(n)) if n <= views.len() => Ok(views[n - 1].clone()),
        Some(_) => Err("unlink-which"),
    };
    let target = match pick {
        Ok(target) => target,
        Err(key) => {
            let text = listing(turn, &views, lang, key);
            return turn.say(chat, text).await;
        }
    };
    let Some((row, _)) = turn.tx.chat_row(target.channel, &target.chat_id).await? else {
        return Ok(());
    };
    if !turn.tx.unlink_chat(row, turn.now).await? {
        return Ok(());
    }
    tracing::info!(community = community.id, chat_row = row, "chat unlinked");
    // A community of its own again: its weekly digest is booked afresh.
    if let Some(own) = turn.tx.community_by_id(row).await? {
        digest::weekly::book_next(&mut turn.tx, &own, turn.now).await?;
        let title = views[0].title.as_str();
        let text = turn.t(own.language, "unlink-done-here", &[("title", title.into())]);
        turn.say(&own.chat(), text).await?;
    }
    for view in turn.views(community).await? {
        let args = [
            ("chat", target.title.as_str().into()),
            ("platform", platform(target.channel).into()),
        ];
        let text = turn.t(view.language, "unlink-done", &args);
        turn.say(&view.chat(), text).await?;
    }
    Ok(())
}

/// Only coordinators link and unlink chats: anyone else is told so
/// (`true`).
async fn refused(
    turn: &mut Turn<'_>,
    role: Role,
    chat: &ChatAddress,
    lang: Language,
) -> Result<bool, AppError> {
    if role == Role::Coordinator {
        return Ok(false);
    }
    let text = turn.t(lang, "link-coordinators-only", &[]);
    turn.say(chat, text).await?;
    Ok(true)
}

/// A fresh one-time code for linking another chat to `community`.
async fn new_code(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
) -> Result<String, AppError> {
    let (code, expires) = fresh_code(turn);
    turn.tx
        .create_link_code(&code, community.id, expires)
        .await?;
    Ok(code_text(turn, lang, "link-code", &code))
}

/// Six letters and digits, from an alphabet without look-alikes, and when
/// they stop working ([`CODE_LIFE`] from now).
pub(super) fn fresh_code(turn: &Turn<'_>) -> (String, DateTime<Utc>) {
    let code = (0..6)
        .map(|_| ALPHABET[rand::random_range(0..ALPHABET.len())] as char)
        .collect();
    (code, turn.now + CODE_LIFE)
}

/// The message `key` giving `code` and how long it works.
pub(super) fn code_text(turn: &Turn<'_>, lang: Language, key: &str, code: &str) -> String {
    let args = [
        ("code", code.into()),
        ("minutes", CODE_LIFE.num_minutes().into()),
    ];
    turn.t(lang, key, &args)
}

/// `/link <code>` sent in the chat to be linked.
async fn redeem(
    turn: &mut Turn<'_>,
    chat: &ChatAddress,
    lang: Language,
    code: &str,
) -> Result<(), AppError> {
    let Some((row, _)) = turn.tx.chat_row(chat.channel, &chat.chat_id).await? else {
        return Ok(());
    };
    let refusal = match turn.tx.redeem_link_code(code, row, turn.now).await? {
        Redeemed::Linked(community_id) => return linked(turn, community_id, chat).await,
        Redeemed::Unknown => "link-code-unknown",
        Redeemed::Same => "link-same",
        Redeemed::AlreadyLinked => "link-already",
        Redeemed::HasLinks => "link-has-links",
        Redeemed::Busy => "link-busy",
    };
    let text = turn.t(lang, refusal, &[]);
    turn.say(chat, text).await
}

/// Tells every chat of the community, each in its own language, that
/// `chat` has joined it.
async fn linked(
    turn: &mut Turn<'_>,
    community_id: i64,
    chat: &ChatAddress,
) -> Result<(), AppError> {
    let views = turn.tx.community_views(community_id).await?;
    tracing::info!(community = community_id, "chat linked");
    let Some(joined) = views.iter().find(|v| &v.chat() == chat).cloned() else {
        return Ok(());
    };
    for view in &views {
        let args = [
            ("chat", joined.title.as_str().into()),
            ("platform", platform(joined.channel).into()),
            ("count", (views.len() as i64).into()),
        ];
        let text = turn.t(view.language, "link-done", &args);
        turn.say(&view.chat(), text).await?;
    }
    Ok(())
}

/// The community's chats, numbered, under the words `key` gives.
fn listing(turn: &Turn<'_>, views: &[CommunityRecord], lang: Language, key: &str) -> String {
    let list: Vec<String> = views
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{} · {} ({})", i + 1, v.title, platform(v.channel)))
        .collect();
    turn.t(lang, key, &[("list", list.join("\n").into())])
}

/// A code as typed: spaces and dashes dropped, letters upper-cased.
pub(super) fn normalise(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// What people call each platform (a name, the same in every language).
pub(super) fn platform(channel: Channel) -> &'static str {
    match channel {
        Channel::Telegram => "Telegram",
        Channel::Whatsapp => "WhatsApp",
        Channel::Console => "console",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_people_type_them() {
        assert_eq!(normalise(" abc-23 k "), "ABC23K");
        assert_eq!(normalise("K7P3QX"), "K7P3QX");
    }
}
