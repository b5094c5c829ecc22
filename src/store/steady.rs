//! The steady read: what a known member's word or press in their group
//! stands on, in one statement (see [`super::deferred`]), or on Postgres
//! from memory ([`super::known`]). On Postgres a press's read shares one
//! statement with the presses that arrive with it ([`super::group_reads`]).

use super::communities::CommunityRow;
use super::deferred::{Conn, Deferred};
use super::group_commit::GroupCommit;
use super::group_reads::PressRead;
use super::ingest::{first_word_on, prefixed, Opening};
use super::known::{Key, Known, KnownMembers};
use super::people::{PersonRow, COLUMNS as PERSON_COLUMNS};
use super::press_facts::{PressFacts, PressRow};
use super::{CommunityRecord, PersonRecord, Store, StoreResult, Tx};
use crate::domain::Role;
use chrono::{DateTime, Utc};
use sqlx::FromRow;
use std::sync::Arc;

/// What a steady-state update starts with: the deferred transaction, the
/// community, and the sender as a current member.
pub type Steady = (Tx, CommunityRecord, PersonRecord, Role);

#[derive(sqlx::FromRow)]
struct SteadyPressRow {
    #[sqlx(flatten)]
    steady: SteadyRow,
    #[sqlx(flatten)]
    press: PressRow,
}

#[derive(sqlx::FromRow)]
struct SteadyRow {
    #[sqlx(flatten)]
    community: CommunityRow,
    p_id: i64,
    p_channel: String,
    p_platform_user_id: String,
    p_display_name: String,
    p_language: Option<String>,
    p_platform_language: Option<String>,
    p_time_zone: Option<String>,
    p_private_chat_id: Option<String>,
    role: String,
    last_heard_on: Option<String>,
}

impl Store {
    /// Opens a deferred transaction when the update is a known member
    /// speaking in their group, unchanged since last time; `None` otherwise
    /// (new people, renamed people, unknown groups), and the caller takes
    /// the ordinary path. On Postgres a word (not a press) is answered from
    /// memory ([`KnownMembers`]), checked at the commit, or else opened by
    /// the statement that registers its sender (`store::first_press`),
    /// which also makes a newcomer or a renamed member one and keeps them.
    /// `posted`: what the pressed button does, as the engine saw it posted
    /// (a tap's read then leaves out a poll's part, a vote's a round's).
    pub async fn open_steady(
        &self,
        o: Opening<'_>,
        group: &Arc<GroupCommit>,
        members: &Arc<KnownMembers>,
        posted: Option<super::PostedButton>,
    ) -> StoreResult<Option<Steady>> {
        let (Some(chat), Some(user)) = (o.group_chat, o.sender) else {
            return Ok(None);
        };
        // Only a word on Postgres is kept (see `store::known`). One memory
        // does not hold goes to the statement that registers its sender
        // (`store::first_press`): it finds a known member as this read
        // would, and keeps them, and a newcomer's first word then needs no
        // read before it.
        if let (Store::Postgres(pool), None) = (self, o.press) {
            let key = KnownMembers::key(o.channel, chat, user);
            return match members.get(&key, user) {
                Some(known) => Ok(Some(self.remembered(o, group, members, key, &known))),
                None => self.open_registering_pg(pool, o, group, members).await,
            };
        }
        let (conn, row) = match (self, o.press) {
            // Presses that come together are read together (no connection
            // is kept: a later read takes one).
            (Store::Postgres(pool), Some(token)) => {
                let read = PressRead {
                    kind: super::group_reads::ReadKind::Steady(posted),
                    channel: o.channel,
                    chat_id: chat.to_string(),
                    user: user.clone(),
                    token: token.to_string(),
                };
                let row = group.reads.read(pool, read).await?;
                (None, row.map(|row| pressed(&row, token)).transpose()?)
            }
            (Store::Postgres(_), None) => return Ok(None),
            // A press reads its button, round and answer on the way.
            (Store::Sqlite(writer), _) => {
                let pool = group.readers.or_writer(writer).await;
                let mut conn = pool.acquire().await?;
                let query = sqlx::query(steady_sql(o.press.is_some()))
                    .bind(o.channel.as_str())
                    .bind(chat)
                    .bind(&user.user_id)
                    .bind(&user.display_name)
                    .bind(&user.language_code);
                let row = match o.press {
                    Some(token) => query.bind(token).fetch_optional(&mut *conn).await?,
                    None => query.fetch_optional(&mut *conn).await?,
                };
                let row = match (row, o.press) {
                    (None, _) => None,
                    (Some(row), None) => Some((SteadyRow::from_row(&row)?, None)),
                    (Some(row), Some(token)) => Some(pressed(&row, token)?),
                };
                (Some(Conn::Sqlite(conn)), row)
            }
        };
        let Some((row, press)) = row else {
            return Ok(None);
        };
        let community = CommunityRecord::try_from(row.community)?;
        let person = PersonRecord::from(PersonRow {
            id: row.p_id,
            channel: row.p_channel,
            platform_user_id: row.p_platform_user_id,
            display_name: row.p_display_name,
            language: row.p_language,
            platform_language: row.p_platform_language,
            time_zone: row.p_time_zone,
            private_chat_id: row.p_private_chat_id,
        });
        let role = Role::parse(&row.role);
        let heard = heard(&community, row.p_id, row.last_heard_on.as_deref(), o.at);
        let mut deferred = Deferred::new(self, group, o, heard);
        deferred.conn = conn;
        deferred.press = press;
        Ok(Some(deferred.opened(community, person, role)))
    }

    /// A deferred transaction on what memory kept: no read at all. Its
    /// first word of the day is noted with it, and then the kept read is
    /// out of date, so it is forgotten now.
    fn remembered(
        &self,
        o: Opening<'_>,
        group: &Arc<GroupCommit>,
        members: &Arc<KnownMembers>,
        key: Key,
        known: &Known,
    ) -> Steady {
        let heard = heard(
            &known.community,
            known.person.id,
            known.last_heard_on.as_deref(),
            o.at,
        );
        if heard.is_some() {
            members.forget(&key);
        }
        let mut deferred = Deferred::new(self, group, o, heard);
        deferred.kept = Some((members.clone(), key, known.check.clone()));
        deferred.opened(known.community.clone(), known.person.clone(), known.role)
    }
}

/// SQLite's steady read for a word or a press.
fn steady_sql(press: bool) -> &'static str {
    match press {
        false => STEADY.as_str(),
        true => super::press_reads::STEADY_PRESS.1.as_str(),
    }
}

/// A press's steady row: the member's part and the press's facts.
fn pressed<'r, R>(row: &'r R, token: &str) -> StoreResult<(SteadyRow, Option<Box<PressFacts>>)>
where
    R: sqlx::Row,
    SteadyPressRow: FromRow<'r, R>,
{
    let SteadyPressRow { steady, press } = SteadyPressRow::from_row(row)?;
    let presser = (steady.p_id, steady.p_display_name.clone());
    let press = PressFacts::new(token, press, Some(presser));
    Ok((steady, Some(Box::new(press))))
}

/// The day and week to note, if `o.at` is the member's first word of the
/// community's day (see `Deferred::heard`).
pub(super) fn heard(
    community: &CommunityRecord,
    person_id: i64,
    last_heard_on: Option<&str>,
    at: DateTime<Utc>,
) -> Option<(i64, i64, String, String)> {
    let local = community.today(at);
    first_word_on(last_heard_on, local).then(|| {
        let day = local.format("%Y-%m-%d").to_string();
        (
            community.id,
            person_id,
            day,
            super::digests::week_start(local),
        )
    })
}

static STEADY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| steady("", "", false));

/// The steady read with more columns and joins, for Postgres or SQLite.
///
/// On Postgres the membership is looked up on its own, by both columns of
/// its key. Joined plainly, the planner may find it by the community alone
/// and filter the community's members one by one for the person: with the
/// statistics of tables still small when the plan was cached, it did, and a
/// press in a 2,000-member group read every membership of the group.
pub(super) fn steady(columns: &str, joins: &str, postgres: bool) -> String {
    let membership = match postgres {
        true => {
            "JOIN LATERAL (SELECT role, last_heard_on, xmin FROM memberships \
             WHERE community_id = c.id AND person_id = p.id AND left_at IS NULL LIMIT 1) m ON true"
        }
        false => {
            "JOIN memberships m ON m.community_id = c.id AND m.person_id = p.id \
             AND m.left_at IS NULL"
        }
    };
    format!(
        "SELECT {}, {}, m.role, m.last_heard_on{columns} FROM communities b \
         JOIN communities c ON c.id = COALESCE(b.linked_to, b.id) \
         JOIN people a ON a.channel = b.channel AND a.platform_user_id = $3 {} \
         {membership} \
         {joins} \
         WHERE b.channel = $1 AND b.chat_id = $2 AND c.active \
           AND a.display_name = $4 \
           AND a.platform_language IS NOT DISTINCT FROM COALESCE($5, a.platform_language)",
        super::links::view_columns("c", "b"),
        prefixed(PERSON_COLUMNS, "p", "p_"),
        super::identities::RESOLVED,
    )
}

#[cfg(test)]
mod tests {
    /// Every steady read on Postgres (a press, and so each press of a
    /// batch) finds the membership by its whole key, in a lookup the
    /// planner cannot turn into a scan of the community's members.
    #[test]
    fn postgres_finds_a_membership_by_its_whole_key() {
        let lookup = "JOIN LATERAL (SELECT role, last_heard_on, xmin FROM memberships \
                      WHERE community_id = c.id AND person_id = p.id AND left_at IS NULL LIMIT 1) m";
        let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let press = &super::super::press_reads::STEADY_PRESS;
        let read = press.0.as_str();
        assert!(squeeze(read).contains(&squeeze(lookup)), "{read}");
        assert!(!read.contains("JOIN memberships m "), "{read}");
        // SQLite has no LATERAL, and its planner takes the key as it is.
        for read in [super::STEADY.as_str(), press.1.as_str()] {
            assert!(!read.contains("LATERAL"), "{read}");
        }
    }
}
