//! SQLite's registrations of a batch in four statements, whatever its
//! size: its chats' communities, its people, its new memberships, their
//! weeks. SQLite's one writer bounds its taps, and every statement is a
//! hand-off to the writer's thread; one by one, a newcomer's registration
//! took three of them, and a batch read each of its chats apart. Each
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
use super::identities::AccountRow;
use super::people::COLUMNS;
use super::{CommunityRecord, StoreResult, Tx};
use crate::domain::{Channel, PlatformUser};
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::json;
use std::collections::{HashMap, HashSet};

/// One registration: who, in which community, when.
pub(super) struct Row<'a> {
    pub(super) community: &'a CommunityRecord,
    pub(super) channel: Channel,
    pub(super) user: &'a PlatformUser,
    pub(super) at: DateTime<Utc>,
}

/// The people of the batch, made or brought up to date as `upsert_person`
/// does it. `WHERE true` tells SQLite's parser that `ON CONFLICT` belongs to
/// the insert, not to a join.
const PEOPLE: &str = "INSERT INTO people (channel, platform_user_id, display_name, platform_language, created_at) \
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each($1) WHERE true \
    ON CONFLICT (channel, platform_user_id) DO UPDATE \
    SET display_name = CASE WHEN excluded.display_name = '' \
                            THEN people.display_name ELSE excluded.display_name END, \
        platform_language = COALESCE(excluded.platform_language, people.platform_language) \
    RETURNING ";

/// The memberships made new, heard from the day they are made on.
const JOINED: &str = "INSERT INTO memberships (community_id, person_id, joined_at, last_heard_on) \
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($1) WHERE true \
    ON CONFLICT (community_id, person_id) DO NOTHING RETURNING community_id, person_id";

/// The week each new membership was heard in.
const WEEKS: &str = "INSERT INTO member_weeks (community_id, person_id, week_start) \
    SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($1) WHERE true \
    ON CONFLICT DO NOTHING";

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
        }
        let people = json_list(people.into_values().collect());
        let accounts: Vec<AccountRow> = sqlx::query_as(&format!("{PEOPLE}{COLUMNS}, same_as"))
            .bind(people)
            .fetch_all(&mut **c)
            .await?;
        let ids: HashMap<(String, String), i64> = accounts
            .into_iter()
            .filter(|a| a.same_as.is_none())
            .map(|a| ((a.person.channel, a.person.platform_user_id), a.person.id))
            .collect();
        let person_of = |row: &Row<'_>| {
            ids.get(&(row.channel.as_str().to_string(), row.user.user_id.clone()))
                .copied()
        };
        // (community, person) once each, with the row that joins them.
        let mut joining: HashMap<(i64, i64), &Row<'_>> = HashMap::new();
        for row in rows {
            if let Some(person) = person_of(row) {
                joining.entry((row.community.id, person)).or_insert(row);
            }
        }
        let memberships: Vec<_> = joining
            .iter()
            .map(|(&(community, person), row)| {
                let today = row.community.today(row.at).format("%Y-%m-%d").to_string();
                json!([community, person, instant(row.at), today])
            })
            .collect();
        let joined: Vec<(i64, i64)> = sqlx::query_as(JOINED)
            .bind(json_list(memberships))
            .fetch_all(&mut **c)
            .await?;
        let weeks: Vec<_> = joined
            .iter()
            .filter_map(|pair| joining.get(pair).map(|row| (pair, row)))
            .map(|(&(community, person), row)| {
                let week = super::digests::week_start(row.community.today(row.at));
                json!([community, person, week])
            })
            .collect();
        let joined: HashSet<(i64, i64)> = joined.into_iter().collect();
        if !weeks.is_empty() {
            sqlx::query(WEEKS)
                .bind(json_list(weeks))
                .execute(&mut **c)
                .await?;
        }
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
