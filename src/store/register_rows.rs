//! SQLite's registrations of a batch in two hand-offs to the writer's
//! thread, whatever its size: its chats' communities, then its people,
//! their new memberships and those memberships' weeks. SQLite's one
//! writer bounds its taps, and every statement is a hand-off to the
//! writer's thread; one by one, a newcomer's registration took three of
//! them, and a batch read each of its chats apart. Each
//! list goes in as one JSON parameter (`json_each`), so the statements'
//! texts never change and each is prepared once.
//!
//! Only the common case is written here: someone becoming a member for the
//! first time, on an account of their own. Anyone else (a member already,
//! one who left and comes back, one a coordinator removed, an account
//! linked to another person) is registered the ordinary way after,
//! `Tx::register_speaking`, in the same transaction, which gives the same
//! answer.

use super::communities::CommunityRow;
use super::{CommunityRecord, StoreResult, Tx};
use crate::domain::{Channel, PlatformUser};
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::json;
use sqlx::Row as _;
use std::collections::{HashMap, HashSet};

/// One registration: who, in which community, when.
pub(super) struct Row<'a> {
    pub(super) community: &'a CommunityRecord,
    pub(super) channel: Channel,
    pub(super) user: &'a PlatformUser,
    pub(super) at: DateTime<Utc>,
}

/// The batch's (community, account) pairs (`$2`: community, channel,
/// account, when, day, week) joined to the accounts' people, where an
/// account is a person of its own.
macro_rules! joining {
    () => {
        "FROM json_each($2) j \
         JOIN people p ON p.channel = j.value ->> 1 AND p.platform_user_id = j.value ->> 2 \
         WHERE p.same_as IS NULL"
    };
}

/// The batch's registrations in one hand-off to the writer's thread,
/// three statements: its people, made or brought up to date as
/// `upsert_person` does it ($1); then, for each pair of [`joining`] with no
/// membership there yet, the week they join in; then those memberships,
/// heard from the day they are made on. The weeks go first so that "no
/// membership yet" names exactly the memberships the last statement makes
/// (one writer, one transaction). Rows come back from the first statement
/// (`p_id`: each account's person) and the last (`m_person`: each
/// membership made). `WHERE true` tells SQLite's parser that `ON CONFLICT`
/// belongs to the insert, not to a join.
const REGISTER: &str = concat!(
    "INSERT INTO people (channel, platform_user_id, display_name, platform_language, created_at) \
     SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each($1) WHERE true \
     ON CONFLICT (channel, platform_user_id) DO UPDATE \
     SET display_name = CASE WHEN excluded.display_name = '' \
                             THEN people.display_name ELSE excluded.display_name END, \
         platform_language = COALESCE(excluded.platform_language, people.platform_language) \
     RETURNING id AS p_id, channel AS p_channel, platform_user_id AS p_user, same_as AS p_same_as; \
     INSERT INTO member_weeks (community_id, person_id, week_start) \
     SELECT j.value ->> 0, p.id, j.value ->> 5 ",
    joining!(),
    " AND NOT EXISTS (SELECT 1 FROM memberships m \
         WHERE m.community_id = j.value ->> 0 AND m.person_id = p.id) \
     ON CONFLICT DO NOTHING; \
     INSERT INTO memberships (community_id, person_id, joined_at, last_heard_on) \
     SELECT j.value ->> 0, p.id, j.value ->> 3, j.value ->> 4 ",
    joining!(),
    " ON CONFLICT (community_id, person_id) DO NOTHING \
     RETURNING community_id AS m_community, person_id AS m_person"
);

/// The community of each chat in the list (`[channel, chat]` pairs): the
/// view of one chat (`links::VIEW`, whose `$1` and `$2` are the chat's
/// channel and id) for every pair; a chat with none is left out. Each
/// record carries its chat's own channel and id.
static COMMUNITIES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    super::links::VIEW
        .replace("$2", "j.value ->> 1")
        .replace("$1", "j.value ->> 0")
        .replacen(
            "FROM communities b",
            "FROM json_each($1) j, communities b",
            1,
        )
});

impl Tx {
    /// The communities of `chats`, in one statement: a batch's newcomers
    /// press in many chats at once (a member's first press in each of
    /// their groups), and each chat read on its own was a hand-off to the
    /// writer's thread, inside the batch's write transaction.
    pub(super) async fn communities_of_chats(
        &mut self,
        chats: &[(Channel, &str)],
    ) -> StoreResult<Vec<CommunityRecord>> {
        let Tx::Sqlite(c) = self else {
            return Err(super::StoreError::NotBegun);
        };
        let list = chats
            .iter()
            .map(|(channel, chat)| json!([channel.as_str(), chat]))
            .collect();
        let rows: Vec<CommunityRow> = sqlx::query_as(&COMMUNITIES)
            .bind(json_list(list))
            .fetch_all(&mut **c)
            .await?;
        rows.into_iter().map(CommunityRecord::try_from).collect()
    }

    /// Registers each row's sender in its community; for each, whether
    /// they are a member now (as `Tx::register_speaking` answers).
    pub(super) async fn register_rows(&mut self, rows: &[Row<'_>]) -> StoreResult<Vec<bool>> {
        let Tx::Sqlite(c) = self else {
            return Err(super::StoreError::NotBegun);
        };
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        // Each account once, as its last row names it.
        let mut people: HashMap<(&str, &str), serde_json::Value> = HashMap::new();
        // (community, account) once each, with the first row that joins them.
        let mut joining: HashMap<(i64, &str, &str), &Row<'_>> = HashMap::new();
        for row in rows {
            let key = (row.channel.as_str(), row.user.user_id.as_str());
            let person = json!([
                key.0,
                key.1,
                row.user.display_name,
                row.user.language_code,
                instant(row.at)
            ]);
            people.insert(key, person);
            joining
                .entry((row.community.id, key.0, key.1))
                .or_insert(row);
        }
        let memberships: Vec<_> = joining
            .iter()
            .map(|(&(community, channel, user), row)| {
                let today = row.community.today(row.at);
                json!([
                    community,
                    channel,
                    user,
                    instant(row.at),
                    today.format("%Y-%m-%d").to_string(),
                    super::digests::week_start(today)
                ])
            })
            .collect();
        let people = json_list(people.into_values().collect());
        let registered = sqlx::query(REGISTER)
            .bind(people)
            .bind(json_list(memberships))
            .fetch_all(&mut **c)
            .await?;
        let mut ids: HashMap<(String, String), i64> = HashMap::new();
        let mut joined: HashSet<(i64, i64)> = HashSet::new();
        // A membership made (the last statement's rows), or an account's
        // person (the first's).
        for row in &registered {
            if row.try_column("m_person").is_ok() {
                joined.insert((row.try_get("m_community")?, row.try_get("m_person")?));
            } else if row.try_get::<Option<i64>, _>("p_same_as")?.is_none() {
                let key = (row.try_get("p_channel")?, row.try_get("p_user")?);
                ids.insert(key, row.try_get("p_id")?);
            }
        }
        let person_of = |row: &Row<'_>| {
            ids.get(&(row.channel.as_str().to_string(), row.user.user_id.clone()))
                .copied()
        };
        // Anyone not just made a member: the ordinary way, which also
        // answers for a member already there.
        let mut members = Vec::with_capacity(rows.len());
        for row in rows {
            let new = person_of(row).is_some_and(|p| joined.contains(&(row.community.id, p)));
            let member = match new {
                true => true,
                false => self
                    .register_speaking(row.community, row.channel, row.user, row.at)
                    .await?
                    .is_some(),
            };
            members.push(member);
        }
        Ok(members)
    }
}

/// A list of rows as the one JSON parameter a `json_each` statement reads.
pub(super) fn json_list(rows: Vec<serde_json::Value>) -> String {
    serde_json::Value::from(rows).to_string()
}

/// An instant as sqlx writes `DateTime<Utc>` into SQLite's text columns,
/// for rows sent as JSON: times are compared as text there.
pub(super) fn instant(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}
