//! Weekly digests: `/digest` in a group (coordinators) and in private, and
//! the weekly job (see [`weekly`]). The group's copy has numbers only;
//! names go to coordinators, privately or in their own chat.

mod gather;
mod split;
pub mod text;
pub mod weekly;

pub use gather::{build, record, week_data, weeks_data};
pub use text::Audience;

use super::{AppError, Turn};
use crate::domain::digest::command::{DigestCommand, DigestCommandError, WeekChoice};
use crate::domain::time::recurrence::Weekly;
use crate::domain::time::week::IsoWeek;
use crate::domain::{Language, Role};
use crate::store::{CommunityRecord, PersonRecord};

/// `/digest …` typed in a group.
pub async fn in_group(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    person: &PersonRecord,
    role: Role,
    args: Option<&str>,
) -> Result<(), AppError> {
    let lang = turn.language_of(person, community.language);
    let chat = community.chat();
    if role != Role::Coordinator {
        let reply = turn.t(lang, "digest-coordinators-only", &[]);
        return turn.say(&chat, reply).await;
    }
    let today = community.today(turn.now);
    let reply = match DigestCommand::parse(args, today) {
        Err(e) => command_error(turn, lang, e),
        Ok(DigestCommand::Show(choice)) => {
            let week = choice.resolve(today);
            let (digest, _) = record(&mut turn.tx, community, week, turn.now).await?;
            weekly::save(turn, community, &digest, &[lang]).await?;
            let names = Default::default();
            text::render(
                &turn.engine.translator,
                lang,
                &digest,
                &names,
                Audience::Group,
            )
        }
        Ok(DigestCommand::Every(weekly)) => schedule(turn, community, lang, weekly, true).await?,
        Ok(DigestCommand::On) => {
            let weekly = turn.tx.digest_settings(community.id).await?.weekly;
            schedule(turn, community, lang, weekly, true).await?
        }
        Ok(DigestCommand::Off) => {
            let weekly = turn.tx.digest_settings(community.id).await?.weekly;
            turn.tx
                .set_digest_schedule(community.id, weekly, false)
                .await?;
            turn.t(
                lang,
                "digest-off",
                &[("group", community.title.as_str().into())],
            )
        }
        Ok(DigestCommand::Group(on)) => {
            turn.tx.set_digest_to_group(community.id, on).await?;
            let key = if on {
                "digest-group-on"
            } else {
                "digest-group-off"
            };
            turn.t(lang, key, &[("group", community.title.as_str().into())])
        }
        Ok(DigestCommand::Here) => here(turn, community, person, lang).await?,
        Ok(DigestCommand::HereOff) => {
            for id in turn.tx.digests_sent_to(community.id).await? {
                turn.tx.set_digest_send_to(id, None, person.id).await?;
            }
            turn.t(lang, "digest-here-off", &[])
        }
    };
    turn.say_long(&chat, reply).await?;
    Ok(())
}

/// `/digest [week]` in a private chat: the coordinators' copy for every
/// community the person coordinates.
pub async fn in_private(
    turn: &mut Turn<'_>,
    person: &PersonRecord,
    chat: &crate::domain::ChatAddress,
    lang: Language,
    args: Option<&str>,
) -> Result<(), AppError> {
    let coordinated: Vec<CommunityRecord> = turn
        .tx
        .memberships_of(person.id)
        .await?
        .into_iter()
        .filter(|(_, role)| *role == Role::Coordinator)
        .map(|(c, _)| c)
        .collect();
    let Some(first) = coordinated.first() else {
        let reply = turn.t(lang, "digest-private-none", &[]);
        return turn.say(chat, reply).await;
    };
    let today = first.today(turn.now);
    let choice = match DigestCommand::parse(args, today) {
        Ok(DigestCommand::Show(choice)) => choice,
        Ok(_) => {
            let reply = turn.t(lang, "digest-settings-in-group", &[]);
            return turn.say(chat, reply).await;
        }
        Err(e) => {
            let reply = command_error(turn, lang, e);
            return turn.say(chat, reply).await;
        }
    };
    for community in &coordinated {
        let today = community.today(turn.now);
        let week = choice.resolve(today);
        let (digest, names) = record(&mut turn.tx, community, week, turn.now).await?;
        weekly::save(turn, community, &digest, &[lang]).await?;
        let t = &turn.engine.translator;
        let body = text::render(t, lang, &digest, &names, Audience::Coordinators);
        turn.say_long(chat, body).await?;
    }
    Ok(())
}

async fn schedule(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    lang: Language,
    weekly: Weekly,
    enabled: bool,
) -> Result<String, AppError> {
    turn.tx
        .set_digest_schedule(community.id, weekly, enabled)
        .await?;
    let next = weekly::book_next(&mut turn.tx, community, turn.now).await?;
    let day = turn.t(
        lang,
        &format!("weekday-{}", weekly.weekday.num_days_from_monday()),
        &[],
    );
    let next = next
        .map(|at| crate::app::meeting::text::when_in(turn, lang, at, community.time_zone))
        .unwrap_or_default();
    Ok(turn.t(
        lang,
        "digest-every-set",
        &[
            ("group", community.title.as_str().into()),
            ("day", day.into()),
            ("time", weekly.at.format("%H:%M").to_string().into()),
            ("zone", community.time_zone.name().into()),
            ("next", next.into()),
        ],
    ))
}

/// `/digest here`: this chat becomes the coordinators' chat for every other
/// community the sender coordinates.
async fn here(
    turn: &mut Turn<'_>,
    chat: &CommunityRecord,
    person: &PersonRecord,
    lang: Language,
) -> Result<String, AppError> {
    let others: Vec<CommunityRecord> = turn
        .tx
        .memberships_of(person.id)
        .await?
        .into_iter()
        .filter(|(c, role)| *role == Role::Coordinator && c.id != chat.id)
        .map(|(c, _)| c)
        .collect();
    if others.is_empty() {
        return Ok(turn.t(lang, "digest-here-none", &[]));
    }
    for community in &others {
        turn.tx
            .set_digest_send_to(community.id, Some(chat.id), person.id)
            .await?;
    }
    // This chat's own job delivers the combined digest: make sure it runs.
    let settings = turn.tx.digest_settings(chat.id).await?;
    if !settings.enabled {
        turn.tx
            .set_digest_schedule(chat.id, settings.weekly, true)
            .await?;
    }
    weekly::book_next(&mut turn.tx, chat, turn.now).await?;
    let groups: Vec<&str> = others.iter().map(|c| c.title.as_str()).collect();
    Ok(turn.t(
        lang,
        "digest-here-set",
        &[("groups", groups.join(", ").into())],
    ))
}

/// The community moved zone: its digest keeps its local day and time there.
pub async fn rezone(turn: &mut Turn<'_>, community_id: i64) -> Result<(), AppError> {
    let Some(community) = turn.tx.community_by_id(community_id).await? else {
        return Ok(());
    };
    let settings = turn.tx.digest_settings(community.id).await?;
    turn.tx
        .set_digest_schedule(community.id, settings.weekly, settings.enabled)
        .await?;
    weekly::book_next(&mut turn.tx, &community, turn.now).await?;
    Ok(())
}

fn command_error(turn: &Turn<'_>, lang: Language, e: DigestCommandError) -> String {
    match e {
        DigestCommandError::Week(input) => {
            turn.t(lang, "digest-bad-week", &[("input", input.into())])
        }
        DigestCommandError::Future(week) => turn.t(
            lang,
            "digest-future-week",
            &[("week", week.to_string().into())],
        ),
        DigestCommandError::Weekday(input) => {
            turn.t(lang, "digest-bad-weekday", &[("input", input.into())])
        }
        DigestCommandError::Time(input) => {
            turn.t(lang, "digest-bad-time", &[("input", input.into())])
        }
    }
}

/// A digest built on request outside any chat (`kettle digest`): built as
/// of now, stored, and returned with its text. `None` if there is no such
/// community.
pub async fn report(
    engine: &crate::app::Engine,
    community_id: i64,
    week: Option<IsoWeek>,
    lang: Option<Language>,
    audience: Audience,
    rebuild: bool,
) -> Result<Option<(crate::domain::digest::Digest, String)>, AppError> {
    let mut turn = Turn::begin(engine).await?;
    let Some(community) = turn.tx.community_by_id(community_id).await? else {
        turn.tx.rollback().await?;
        return Ok(None);
    };
    let today = community.today(turn.now);
    let week = week.unwrap_or_else(|| WeekChoice::LastWeek.resolve(today));
    let lang = lang.unwrap_or(community.language);
    let (digest, names) = match rebuild {
        true => {
            let version = turn.tx.archive_digest(community.id, week, turn.now).await?;
            let built = build(&mut turn.tx, &community, week, turn.now).await?;
            weekly::save(&mut turn, &community, &built.0, &[lang]).await?;
            turn.tx
                .set_digest_version(community.id, week, version)
                .await?;
            tracing::info!(community = community.id, %week, version, "digest rebuilt; the earlier one kept");
            built
        }
        false => {
            let recorded = record(&mut turn.tx, &community, week, turn.now).await?;
            weekly::save(&mut turn, &community, &recorded.0, &[lang]).await?;
            recorded
        }
    };
    let body = text::render(&engine.translator, lang, &digest, &names, audience);
    turn.commit().await?;
    Ok(Some((digest, body)))
}
