//! The foundation commands: /start, /help, /lang, /tz, and a
//! friendly answer to anything else.

use super::{checkin, digest, meeting, poll, privacy, settings, AppError, Turn};
use crate::app::Action;
use crate::domain::{ChatAddress, Command, Language, Role, TimeZone, TimeZoneError};
use crate::store::{CommunityRecord, PersonRecord};

/// A command typed in a group; answers go to the group in the member's language.
pub async fn in_group(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    member: &PersonRecord,
    role: Role,
    chat: &ChatAddress,
    text: &str,
) -> Result<(), AppError> {
    let Ok(command) = Command::parse(text) else {
        return Ok(()); // ordinary conversation is none of Kettle's business
    };
    let lang = turn.language_of(member, community.language);
    let reply = match command {
        Command::Start(_) | Command::Help => turn.t(lang, "help", &[]),
        Command::Lang(arg) => {
            return group_language(turn, community, member, role, chat, arg).await
        }
        Command::Tz(None) => turn.t(lang, "tz-usage", &[]),
        Command::Tz(Some(_)) if role != Role::Coordinator => {
            turn.t(lang, "tz-coordinators-only", &[])
        }
        Command::Tz(Some(input)) => match TimeZone::parse(&input) {
            Ok(tz) => {
                turn.tx.set_community_time_zone(community.id, tz).await?;
                checkin::rezone(turn, community.id, tz).await?;
                digest::rezone(turn, community.id).await?;
                zone_set(turn, lang, "tz-set-community", tz)
            }
            Err(err) => zone_error(turn, lang, &input, err),
        },
        Command::Settings(None) => settings::group(turn, community, lang).await?,
        Command::Settings(Some(args)) => {
            settings::change(turn, community, role, lang, &args).await?
        }
        Command::Privacy => {
            let chats = turn.views(community).await?.len() as i64;
            let page = privacy::page(turn, lang, Some(community));
            match chats {
                1 => page,
                _ => {
                    let linked = turn.t(lang, "privacy-linked", &[("count", chats.into())]);
                    format!("{page}\n\n{linked}")
                }
            }
        }
        Command::MyData => turn.t(lang, "mydata-in-private", &[]),
        Command::Forget(_) => turn.t(lang, "forget-in-private", &[]),
        Command::Remove(name) => {
            privacy::remove_in_group(turn, community, role, lang, name.as_deref()).await?
        }
        Command::Checkin(args) => {
            return checkin::in_group(turn, community, member, role, args.as_deref()).await
        }
        Command::Pulse if role != Role::Coordinator => turn.t(lang, "pulse-coordinators-only", &[]),
        Command::Pulse => checkin::pulse(turn, community, lang).await?,
        Command::Meet(args) => {
            return meeting::in_group(turn, community, member, role, args.as_deref()).await
        }
        Command::Meetings => meeting::list(turn, community, lang).await?,
        Command::Quiet(_) => turn.t(lang, "quiet-in-private", &[]),
        Command::Poll(args) => {
            return poll::in_group(turn, community, member, role, args.as_deref()).await
        }
        Command::Outcome(args) => {
            poll::record_outcome(turn, community, member, role, lang, args.as_deref()).await?
        }
        Command::Decisions => poll::decisions(turn, community, lang).await?,
        Command::Digest(args) => {
            return digest::in_group(turn, community, member, role, args.as_deref()).await
        }
        Command::Agenda(item) => {
            meeting::agenda(turn, community, member, lang, item.as_deref()).await?
        }
        Command::Link(arg) => {
            return super::link::link(turn, community, role, chat, lang, arg.as_deref()).await
        }
        Command::Unlink(arg) => {
            return super::link::unlink(turn, community, role, chat, lang, arg.as_deref()).await
        }
        Command::Me(_) => turn.t(lang, "me-in-private", &[]),
        Command::Unknown(name) => unknown(turn, lang, &name),
    };
    turn.say(chat, reply).await?;
    Ok(())
}

/// A command typed in a private chat; answers use the person's language.
pub async fn in_private(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    text: &str,
) -> Result<(), AppError> {
    let default = turn.engine.settings.default_language;
    let lang = turn.language_of(person, default);
    let Ok(command) = Command::parse(text) else {
        if checkin::words(turn, person, chat, text).await?
            || poll::words(turn, person, chat, lang, text).await?
        {
            return Ok(());
        }
        let reply = turn.t(lang, "private-hint", &[]);
        turn.say(chat, reply).await?;
        return Ok(());
    };
    let reply = match command {
        Command::Start(payload) => {
            return opened_privately(turn, person, chat, payload.as_deref()).await
        }
        Command::Help => turn.t(lang, "help", &[]),
        Command::Lang(arg) => return personal_language(turn, person, chat, lang, arg).await,
        Command::Tz(None) => turn.t(lang, "tz-usage", &[]),
        Command::Tz(Some(input)) => match TimeZone::parse(&input) {
            Ok(tz) => {
                turn.tx.set_person_time_zone(person.id, tz).await?;
                zone_set(turn, lang, "tz-set-personal", tz)
            }
            Err(err) => zone_error(turn, lang, &input, err),
        },
        Command::Privacy => privacy::page(turn, lang, None),
        Command::MyData => return privacy::my_data(turn, person, chat, lang).await,
        Command::Forget(arg) => {
            return privacy::forget(turn, person, chat, lang, arg.as_deref()).await
        }
        Command::Remove(name) => {
            privacy::remove_in_private(turn, person, lang, name.as_deref()).await?
        }
        Command::Settings(_) => settings::personal(turn, person, lang).await?,
        Command::Checkin(_) => return checkin::check_in(turn, person, chat, None).await,
        Command::Pulse => checkin::pulse_in_private(turn, person, lang).await?,
        Command::Meet(_) | Command::Agenda(_) => turn.t(lang, "meet-in-group", &[]),
        Command::Poll(_) | Command::Outcome(_) | Command::Decisions => {
            turn.t(lang, "poll-in-group", &[])
        }
        Command::Meetings => meetings_in_private(turn, person, lang).await?,
        Command::Digest(args) => {
            return digest::in_private(turn, person, chat, lang, args.as_deref()).await
        }
        Command::Quiet(arg) => quiet(turn, person, lang, arg.as_deref()).await?,
        Command::Link(_) | Command::Unlink(_) => turn.t(lang, "link-in-group", &[]),
        Command::Me(arg) => return super::me::in_private(turn, person, chat, lang, arg).await,
        Command::Unknown(name) => unknown(turn, lang, &name),
    };
    turn.say(chat, reply).await?;
    Ok(())
}

/// The person opened their private chat with Kettle: through a link on a
/// group's message (whose payload says what to show), or just to say hello.
/// Typing `/start` does the same on any channel.
pub async fn opened_privately(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    payload: Option<&str>,
) -> Result<(), AppError> {
    if let Some(payload) = payload {
        if deep_link(turn, person, chat, payload).await? {
            return Ok(());
        }
    }
    let lang = turn.language_of(person, turn.engine.settings.default_language);
    let name = person.display_name.as_str().into();
    let reply = format!(
        "{}\n\n{}",
        turn.t(lang, "start-private", &[("name", name)]),
        turn.t(lang, "privacy-notice", &[])
    );
    turn.say(chat, reply).await
}

/// A link in a group that opens the presser's
/// private chat. The payload is the button's token; what it opens comes
/// from the database. `false` if it opens nothing (a plain `/start`).
async fn deep_link(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    payload: &str,
) -> Result<bool, AppError> {
    let Some(button) = turn.tx.button(payload).await? else {
        return Ok(false);
    };
    match button.action {
        Action::CheckinOpen { round_id } => {
            checkin::open_round(turn, person, chat, round_id).await?
        }
        Action::MeetMine { poll_id } => meeting::show_mine(turn, person, chat, poll_id).await?,
        Action::PollBallot { poll_id } => poll::show_ballot(turn, person, chat, poll_id).await?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// `/lang <code>` sets the member's own language; `/lang group <code>` lets
/// a coordinator set the language Kettle uses for the whole group.
async fn group_language(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    member: &PersonRecord,
    role: Role,
    chat: &ChatAddress,
    arg: Option<String>,
) -> Result<(), AppError> {
    let lang = turn.language_of(member, community.language);
    let group_code = arg
        .as_deref()
        .and_then(|a| a.strip_prefix("group"))
        .map(str::trim);
    let Some(code) = group_code else {
        return personal_language(turn, member, chat, lang, arg).await;
    };
    let reply = match (role, Language::from_platform_code(code)) {
        (Role::Member, _) => turn.t(lang, "lang-group-coordinators-only", &[]),
        (Role::Coordinator, None) => language_help(turn, lang, code),
        (Role::Coordinator, Some(new)) => {
            // A linked chat's language is its own: the community's other
            // chats keep theirs.
            turn.tx.set_chat_language(chat, new).await?;
            turn.t(new, "lang-group-set", &[])
        }
    };
    turn.say(chat, reply).await?;
    Ok(())
}

async fn personal_language(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &ChatAddress,
    lang: Language,
    arg: Option<String>,
) -> Result<(), AppError> {
    let input = arg.unwrap_or_default();
    let reply = match Language::from_platform_code(&input) {
        Some(new) => {
            turn.tx.set_person_language(person.id, new).await?;
            turn.t(new, "lang-set", &[])
        }
        None => language_help(turn, lang, &input),
    };
    turn.say(chat, reply).await?;
    Ok(())
}

fn language_help(turn: &Turn<'_>, lang: Language, input: &str) -> String {
    let list = Language::ALL
        .iter()
        .map(|l| format!("{} ({})", l.code(), l.native_name()))
        .collect::<Vec<_>>()
        .join(", ");
    if input.trim().is_empty() {
        turn.t(lang, "lang-usage", &[("list", list.into())])
    } else {
        turn.t(
            lang,
            "lang-unknown",
            &[("input", input.into()), ("list", list.into())],
        )
    }
}

fn zone_set(turn: &Turn<'_>, lang: Language, key: &str, tz: TimeZone) -> String {
    let time = turn.now.with_timezone(&tz.tz()).format("%H:%M").to_string();
    turn.t(
        lang,
        key,
        &[("zone", tz.name().into()), ("time", time.into())],
    )
}

fn zone_error(turn: &Turn<'_>, lang: Language, input: &str, err: TimeZoneError) -> String {
    match err {
        TimeZoneError::Empty => turn.t(lang, "tz-usage", &[]),
        TimeZoneError::Unknown {
            suggestion: Some(s),
        } => turn.t(
            lang,
            "tz-unknown-suggest",
            &[("input", input.into()), ("suggestion", s.into())],
        ),
        TimeZoneError::Unknown { suggestion: None } => {
            turn.t(lang, "tz-unknown", &[("input", input.into())])
        }
    }
}

fn unknown(turn: &Turn<'_>, lang: Language, name: &str) -> String {
    match Command::suggest(name) {
        Some(s) => turn.t(
            lang,
            "unknown-command-suggest",
            &[("command", name.into()), ("suggestion", s.into())],
        ),
        None => turn.t(lang, "unknown-command", &[("command", name.into())]),
    }
}

/// `/meetings` in a private chat: for every community the person is in.
async fn meetings_in_private(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    lang: Language,
) -> Result<String, AppError> {
    let mut parts = vec![];
    for (community, _) in turn.tx.memberships_of(person.id).await? {
        parts.push(meeting::list(turn, &community, lang).await?);
    }
    Ok(if parts.is_empty() {
        turn.t(lang, "meetings-no-groups", &[])
    } else {
        parts.join("\n\n")
    })
}

/// `/quiet 22:00-07:00` (or `off`) in a private chat: the hours, in the
/// member's own zone, when Kettle sends them nothing that can wait.
async fn quiet(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    lang: Language,
    arg: Option<&str>,
) -> Result<String, AppError> {
    let arg = arg.unwrap_or_default().trim();
    if arg.is_empty() {
        return Ok(turn.t(lang, "quiet-usage", &[]));
    }
    if matches!(arg.to_lowercase().as_str(), "off" | "none" | "default") {
        turn.tx.set_person_quiet(person.id, None).await?;
        return Ok(turn.t(lang, "quiet-cleared", &[]));
    }
    let Some(quiet) = crate::domain::time::hours::QuietHours::parse(arg) else {
        return Ok(turn.t(lang, "meet-error-quiet", &[("input", arg.into())]));
    };
    turn.tx.set_person_quiet(person.id, Some(quiet)).await?;
    let zone = person
        .time_zone
        .unwrap_or(turn.engine.settings.default_time_zone);
    Ok(turn.t(
        lang,
        "quiet-set",
        &[
            ("quiet", quiet.format().into()),
            ("zone", zone.name().into()),
        ],
    ))
}
