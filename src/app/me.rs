//! `/me`: one person on two platforms. Someone in a Telegram group and a
//! linked WhatsApp group is two members until they say otherwise: `/me
//! link` in a private chat on one app gives a one-time code, and `/me link
//! <code>` in a private chat on the other makes the accounts one member,
//! with one vote, one check-in and one RSVP (see
//! [`crate::store::PersonLinked`] for how their records merge).

use super::link::{code_text, fresh_code, normalise, platform};
use super::{privacy, AppError, Turn};
use crate::domain::{ChatAddress, Language};
use crate::store::{PersonLinked, PersonRecord};

/// `/me`, `/me link`, `/me link <code>` or `/me unlink` in a private chat.
pub async fn in_private(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    lang: Language,
    arg: Option<String>,
) -> Result<(), AppError> {
    let arg = arg.unwrap_or_default();
    let mut words = arg.split_whitespace();
    let first = words.next().map(str::to_lowercase);
    let code: String = words.collect::<Vec<_>>().join("");
    let text = match first.as_deref() {
        None => accounts(turn, person, lang).await?,
        Some("link") if code.is_empty() => new_code(turn, person, lang).await?,
        Some("link") => return redeem(turn, person, chat, lang, &normalise(&code)).await,
        Some("unlink") => unlink(turn, person, lang).await?,
        Some(_) => turn.t(lang, "me-usage", &[]),
    };
    turn.say(chat, text).await
}

/// The accounts that are this person, and where Kettle writes to them.
async fn accounts(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    lang: Language,
) -> Result<String, AppError> {
    let linked = turn.tx.linked_accounts(person.id).await?;
    let here = [("platform", platform(person.channel).into())];
    if linked.is_empty() {
        return Ok(turn.t(lang, "me-single", &here));
    }
    let list: Vec<String> = std::iter::once(person)
        .chain(&linked)
        .map(|a| format!("{} ({})", platform(a.channel), a.display_name))
        .collect();
    let args = [
        ("list", list.join(", ").into()),
        ("platform", platform(person.channel).into()),
    ];
    Ok(turn.t(lang, "me-accounts", &args))
}

/// A fresh one-time code for the person's private chat on another app.
async fn new_code(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    lang: Language,
) -> Result<String, AppError> {
    let (code, expires) = fresh_code(turn);
    turn.tx
        .create_person_code(&code, person.id, expires)
        .await?;
    Ok(code_text(turn, lang, "me-code", &code))
}

/// `/me link <code>` from the account to be linked.
async fn redeem(
    turn: &mut Turn<'_>,
    account: &PersonRecord,
    chat: &ChatAddress,
    lang: Language,
    code: &str,
) -> Result<(), AppError> {
    // A linked account acts as its person, who is on another platform.
    let outcome = if account.channel == chat.channel {
        turn.tx.redeem_person_code(code, account, turn.now).await?
    } else {
        PersonLinked::AlreadyLinked
    };
    let text = match outcome {
        PersonLinked::Linked {
            person,
            merged_votes,
        } => return linked(turn, account, &person, chat, lang, merged_votes).await,
        PersonLinked::Unknown => turn.t(lang, "me-code-unknown", &[]),
        PersonLinked::Same => turn.t(lang, "me-same", &[]),
        PersonLinked::SamePlatform => {
            let args = [("platform", platform(account.channel).into())];
            turn.t(lang, "me-same-platform", &args)
        }
        PersonLinked::AlreadyLinked => turn.t(lang, "me-already", &[]),
        PersonLinked::AnonymousClash(question) => {
            let args = [("question", question.into())];
            turn.t(lang, "me-anonymous-clash", &args)
        }
    };
    turn.say(chat, text).await
}

/// The accounts are one: both private chats are told, open polls and
/// rounds show their counts again, and nothing names who they are in the
/// log.
async fn linked(
    turn: &mut Turn<'_>,
    account: &PersonRecord,
    person: &PersonRecord,
    chat: &ChatAddress,
    lang: Language,
    merged_votes: u64,
) -> Result<(), AppError> {
    tracing::info!(
        person = person.id,
        account = account.id,
        merged_votes,
        "accounts linked"
    );
    let communities = turn.tx.memberships_of(person.id).await?;
    privacy::redraw_open(turn, &communities).await?;
    let args = [
        ("platform", platform(person.channel).into()),
        ("merged", (merged_votes as i64).into()),
    ];
    let text = turn.t(lang, "me-linked", &args);
    turn.say(chat, text).await?;
    if let Some(there) = person.private_chat() {
        let their_lang = turn.language_of(person, lang);
        let args = [
            ("platform", platform(account.channel).into()),
            ("name", account.display_name.as_str().into()),
        ];
        let text = turn.t(their_lang, "me-linked-there", &args);
        turn.say(&there, text).await?;
    }
    Ok(())
}

/// `/me unlink`: the accounts are separate again; what was done together
/// stays with the person, and the other account starts afresh.
async fn unlink(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    lang: Language,
) -> Result<String, AppError> {
    let let_go = turn.tx.unlink_accounts(person.id).await?;
    if let_go.is_empty() {
        return Ok(turn.t(lang, "me-unlink-none", &[]));
    }
    tracing::info!(
        person = person.id,
        accounts = let_go.len(),
        "accounts unlinked"
    );
    let args = [("platform", platform(person.channel).into())];
    Ok(turn.t(lang, "me-unlink-done", &args))
}
