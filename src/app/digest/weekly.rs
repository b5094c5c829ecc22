//! The weekly digest job. Each community's digest for a week is one job,
//! keyed by the community, its settings' version and the week, so it runs
//! once however often it is booked; each run books the next week's. After
//! downtime the chain catches up week by week, at most [`CATCH_UP`] back:
//! each missed digest in that time is built and stored, and delivered if
//! it is less than a week late.

use super::gather;
use super::text::{self, Audience};
use crate::app::timed::Job;
use crate::app::{AppError, Turn};
use crate::domain::digest::Digest;
use crate::domain::time::recurrence::instant_of;
use crate::domain::time::week::IsoWeek;
use crate::domain::{Language, Role};
use crate::store::{CommunityRecord, DigestSettings, Tx};
use chrono::{DateTime, Duration, Utc};
use std::collections::BTreeMap;

/// A digest more than this late (Kettle was down) is stored, not sent.
const STALE_AFTER: Duration = Duration::days(7);
/// After downtime the chain catches up at most this far back: a week whose
/// digest fell due longer ago is skipped, not built. A server down for a
/// year builds four weeks per group when it starts, and sends none of them.
pub const CATCH_UP: Duration = Duration::weeks(4);

/// When the digest covering `week` goes out: on the settings' weekday and
/// time in the week after it, in the community's zone.
pub fn due_at(
    settings: &DigestSettings,
    community: &CommunityRecord,
    week: IsoWeek,
) -> DateTime<Utc> {
    let day = week.next().monday()
        + Duration::days(i64::from(settings.weekly.weekday.num_days_from_monday()));
    instant_of(day.and_time(settings.weekly.at), community.time_zone.tz())
}

/// Books the next digest still to come after `now` (once, whoever asks).
pub async fn book_next(
    tx: &mut Tx,
    community: &CommunityRecord,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, AppError> {
    let settings = tx.digest_settings(community.id).await?;
    if !settings.enabled || !community.active {
        return Ok(None);
    }
    let tz = community.time_zone.tz();
    let mut week = IsoWeek::at(now, tz).previous().previous();
    while due_at(&settings, community, week) <= now {
        week = week.next();
    }
    let due = due_at(&settings, community, week);
    book(tx, community.id, &settings, week, due).await?;
    Ok(Some(due))
}

/// Books the digest covering `week` under `settings`, due at `due` (once:
/// its key is the community, the settings' version and the week).
pub async fn book(
    tx: &mut Tx,
    community_id: i64,
    settings: &DigestSettings,
    week: IsoWeek,
    due: DateTime<Utc>,
) -> Result<(), AppError> {
    let key = format!("digest:{community_id}:{}:{week}", settings.version);
    Job::WeeklyDigest {
        community_id,
        version: settings.version,
        week,
    }
    .schedule_later(tx, &key, due)
    .await?;
    Ok(())
}

/// Makes sure every active community has its next digest booked; called
/// when Kettle starts, so communities from before digests existed get one.
pub async fn book_all(tx: &mut Tx, now: DateTime<Utc>) -> Result<usize, AppError> {
    let mut booked = 0;
    for id in tx.active_community_ids().await? {
        if let Some(community) = tx.community_by_id(id).await? {
            booked += usize::from(book_next(tx, &community, now).await?.is_some());
        }
    }
    Ok(booked)
}

/// The job: build and store the week's digest, book next week's, deliver.
pub async fn run(
    turn: &mut Turn<'_>,
    community_id: i64,
    version: i32,
    week: IsoWeek,
) -> Result<(), AppError> {
    let ahead = turn.read_ahead.digest_jobs.get(&community_id).cloned();
    let community = match turn.read_ahead.communities.get(&community_id) {
        Some(community) => Some(community.clone()),
        None => turn.tx.community_by_id(community_id).await?,
    };
    let Some(community) = community else {
        return Ok(());
    };
    let settings = match &ahead {
        Some(facts) => facts.settings,
        None => turn.tx.digest_settings(community.id).await?,
    };
    if settings.version != version || !settings.enabled || !community.active {
        return Ok(()); // changed or stopped since; any new settings booked their own
    }
    let due = due_at(&settings, &community, week);
    let oldest = turn.now - CATCH_UP;
    let mut next = week.next();
    while due_at(&settings, &community, next) < oldest {
        next = next.next();
    }
    book(
        &mut turn.tx,
        community.id,
        &settings,
        next,
        due_at(&settings, &community, next),
    )
    .await?;
    if due < oldest {
        tracing::warn!(community = community.id, %week, "digest too far behind after downtime; skipped");
        return Ok(());
    }
    let read = turn.read_ahead.weeks.remove(&(community.id, week));
    let stored_complete = ahead
        .as_ref()
        .map(|f| f.complete.contains(&week.to_string()));
    let (digest, names) = gather::record_from(
        &mut turn.tx,
        &community,
        week,
        turn.now,
        read,
        stored_complete,
    )
    .await?;
    let stale = turn.now > due + STALE_AFTER;
    let (routed_here, coordinators) = match ahead {
        Some(facts) => (facts.routed_here, Some(facts.coordinators)),
        None => (turn.tx.digests_sent_to(community.id).await?, None),
    };
    let mut languages = vec![community.language];
    if stale {
        tracing::info!(community = community.id, %week, "late digest stored, not sent");
    } else if !routed_here.is_empty() {
        // This chat is a coordinators' chat: it gets the combined digest
        // of the communities sent here instead of its own.
        combined(turn, &community, &routed_here, week).await?;
    } else if !sent_elsewhere(&mut turn.tx, &settings).await? {
        let names = shown_names(&community, &digest, names);
        languages.extend(to_coordinators(turn, &community, &digest, &names, coordinators).await?);
    }
    if settings.to_group && !stale {
        to_group(turn, &community, &digest).await?;
    }
    save(turn, &community, &digest, &languages).await
}

/// Reads ahead, in one statement per kind of fact, the weeks a batch of
/// digest jobs will build (see `jobs::run_due_together`); each job then
/// builds from what was read for it. Only for a batch of digest jobs alone:
/// they change none of the facts they read, so reading first is the same
/// as reading each in turn.
pub async fn read_ahead(turn: &mut Turn<'_>, jobs: &[(i64, IsoWeek)]) -> Result<(), AppError> {
    let mut ids: Vec<i64> = jobs.iter().map(|&(id, _)| id).collect();
    ids.sort_unstable();
    ids.dedup();
    let communities = turn.tx.communities_by_ids(&ids).await?;
    let facts = turn.tx.digest_job_facts(&ids).await?;
    turn.read_ahead.digest_jobs.extend(facts);
    let asked: Vec<_> = jobs
        .iter()
        .filter_map(|&(id, week)| Some((communities.iter().find(|c| c.id == id)?, week)))
        .collect();
    let read = gather::weeks_data(&mut turn.tx, &asked, turn.now).await?;
    for data in read {
        turn.read_ahead
            .weeks
            .insert((data.community_id, data.week), data);
    }
    turn.read_ahead
        .communities
        .extend(communities.into_iter().map(|c| (c.id, c)));
    Ok(())
}

/// The group's own copy, numbers only, posted in the group (`/digest group on`).
async fn to_group(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    digest: &Digest,
) -> Result<(), AppError> {
    for chat in turn.views(community).await? {
        let t = &turn.engine.translator;
        let body = text::render(t, chat.language, digest, &BTreeMap::new(), Audience::Group);
        turn.say_long(&chat.chat(), body).await?;
    }
    Ok(())
}

/// Whether a coordinators' chat Kettle is still in takes this digest
/// (its own job sends it, combined with the others sent there).
async fn sent_elsewhere(tx: &mut Tx, settings: &DigestSettings) -> Result<bool, AppError> {
    let Some(chat) = settings.send_to else {
        return Ok(false);
    };
    Ok(tx.community_by_id(chat).await?.is_some_and(|c| c.active))
}

/// Stores the digest with its group-safe text in each language it went out in.
pub async fn save(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    digest: &Digest,
    languages: &[Language],
) -> Result<(), AppError> {
    let texts: BTreeMap<String, String> = languages
        .iter()
        .chain(std::iter::once(&community.language))
        .map(|&lang| {
            let t = &turn.engine.translator;
            let body = text::render(t, lang, digest, &BTreeMap::new(), Audience::Group);
            (lang.code().to_string(), body)
        })
        .collect();
    turn.tx.save_digest_later(digest, &texts).await?;
    Ok(())
}

/// Sends the coordinators' copy to each coordinator who has a private chat
/// with Kettle, in their own language. Returns the languages used.
pub async fn to_coordinators(
    turn: &mut Turn<'_>,
    community: &CommunityRecord,
    digest: &Digest,
    names: &BTreeMap<i64, String>,
    read: Option<Vec<crate::store::PersonRecord>>,
) -> Result<Vec<Language>, AppError> {
    let coordinators = match read {
        Some(read) => read,
        None => {
            turn.tx
                .members_with_role(community.id, Role::Coordinator)
                .await?
        }
    };
    let mut used = vec![];
    for coordinator in &coordinators {
        let Some(chat) = community.private_chat_of(coordinator) else {
            continue;
        };
        let lang = turn.language_of(coordinator, community.language);
        let body = text::render(
            &turn.engine.translator,
            lang,
            digest,
            names,
            Audience::Coordinators,
        );
        turn.say_long(&chat, body).await?;
        used.push(lang);
    }
    if used.is_empty() {
        tracing::info!(
            community = community.id,
            "no coordinator has a private chat; digest stored only"
        );
    }
    Ok(used)
}

/// One message (or as few as fit) with every routed community's digest.
/// The names a digest sent to coordinators may show: in sensitive mode,
/// quiet members go as a number (a coordinator who needs to reach out asks
/// privately with `/digest`).
fn shown_names(
    community: &CommunityRecord,
    digest: &crate::domain::digest::Digest,
    mut names: BTreeMap<i64, String>,
) -> BTreeMap<i64, String> {
    if community.sensitive {
        for id in &digest.members.not_heard {
            names.remove(id);
        }
    }
    names
}

async fn combined(
    turn: &mut Turn<'_>,
    chat: &CommunityRecord,
    routed: &[i64],
    week: IsoWeek,
) -> Result<(), AppError> {
    let mut digests = vec![];
    for &id in routed {
        let Some(community) = turn.tx.community_by_id(id).await? else {
            continue;
        };
        let (digest, names) = gather::record(&mut turn.tx, &community, week, turn.now).await?;
        save(turn, &community, &digest, &[chat.language]).await?;
        let names = shown_names(&community, &digest, names);
        digests.push((digest, names));
    }
    if digests.is_empty() {
        return Ok(());
    }
    let lang = chat.language;
    for part in text::render_combined(&turn.engine.translator, lang, &digests) {
        turn.say(&chat.chat(), part).await?;
    }
    Ok(())
}
