//! The hot path of every update, in as few round trips as each backend
//! allows. On Postgres one statement (data-modifying CTEs) records the
//! update, finds the community and registers the sender; SQLite runs
//! in-process, so plain statements are as fast. The contract tests check
//! that both forms give the same answers.

use super::communities::{CommunityRow, COLUMNS as COMMUNITY_COLUMNS};
use super::memberships::Joined;
use super::people::{PersonRow, COLUMNS as PERSON_COLUMNS};
use super::press_facts::{PressFacts, PressRow, PRESS_CTES};
use super::{CommunityRecord, PersonRecord, StoreResult, Tx};
use crate::domain::{Channel, PlatformUser, Role};
use chrono::{DateTime, Utc};

/// What opening an update found.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedUpdate {
    /// False when the update was handled before: do nothing.
    pub fresh: bool,
    /// The group chat's community, if it has one.
    pub community: Option<CommunityRecord>,
    /// The sender, registered as a member of that community.
    pub member: Option<(PersonRecord, Role, Joined)>,
    /// The local day the member was last heard from, as kept, when the
    /// store read it on the way (`None`: not known, or never).
    pub heard_on: Option<String>,
    /// Whether opening it noted the member's first word of the day already
    /// (Postgres, in its one statement; SQLite, for someone it made a member).
    pub heard_now: bool,
}

impl OpenedUpdate {
    /// Whether `today` is news: the member was not yet heard from today.
    pub fn first_word_on(&self, today: chrono::NaiveDate) -> bool {
        first_word_on(self.heard_on.as_deref(), today)
    }
}

/// Whether a member last heard from on `last_heard_on` (as kept) is heard
/// from for the first time on `today`.
pub(super) fn first_word_on(last_heard_on: Option<&str>, today: chrono::NaiveDate) -> bool {
    let today = today.format("%Y-%m-%d").to_string();
    last_heard_on < Some(today.as_str())
}

/// The update being opened: its key, and who said it where.
#[derive(Debug, Clone, Copy)]
pub struct Opening<'a> {
    pub channel: Channel,
    pub key: &'a str,
    pub at: DateTime<Utc>,
    /// Set for group chats: the community to find.
    pub group_chat: Option<&'a str>,
    /// Who is speaking (a known member takes the fast path).
    pub sender: Option<&'a PlatformUser>,
    /// Whether to make the sender a member (they said something in the
    /// group, or the platform says they are in it).
    pub register: bool,
    /// The community's local date now, when the caller knows its zone:
    /// Postgres then notes a current member's first word of the day in the
    /// same statement.
    pub today: Option<chrono::NaiveDate>,
    /// A pressed button's token: Postgres reads what the press needs in the
    /// same statement (see `store::pg_tx`).
    pub press: Option<&'a str>,
}

impl super::Store {
    /// Whether [`Tx::open_update`] is one statement here (Postgres); on
    /// SQLite it is several, and the fast path's one read is cheaper for a
    /// known member.
    pub fn opens_in_one_statement(&self) -> bool {
        matches!(self, super::Store::Postgres(_))
    }
}

impl Tx {
    /// Records the update, finds the group chat's community and registers
    /// the sender in it — one statement on Postgres. A duplicate's effects
    /// vanish with the transaction the caller rolls back.
    pub async fn open_update(&mut self, o: Opening<'_>) -> StoreResult<OpenedUpdate> {
        let t = match self {
            Tx::Postgres(t) => t,
            Tx::Sqlite(_) => return self.open_update_stepwise(o).await,
            Tx::Deferred(_) => return Err(super::StoreError::NotBegun),
        };
        let row: sqlx::postgres::PgRow = bind_opening(sqlx::query(&OPEN_UPDATE_PG), o)
            .fetch_one(&mut **t)
            .await?;
        let mut opened = decode_opened(&row)?;
        if opened.fresh && opened.member.is_none() {
            opened.member = super::memberships::member_after_all(t, &opened, o).await?;
        }
        t.press = match o.press {
            Some(token) if opened.fresh => {
                let press = <PressRow as sqlx::FromRow<_>>::from_row(&row)?;
                let presser = opened
                    .member
                    .as_ref()
                    .map(|(p, _, _)| (p.id, p.display_name.clone()));
                Some(Box::new(PressFacts::new(token, press, presser)))
            }
            _ => None,
        };
        t.held = sqlx::Row::try_get::<Option<i64>, _>(&row, "h_poll")?
            .zip(sqlx::Row::try_get(&row, "h_person")?);
        Ok(opened)
    }

    async fn open_update_stepwise(&mut self, o: Opening<'_>) -> StoreResult<OpenedUpdate> {
        let mut opened = OpenedUpdate {
            fresh: false,
            community: None,
            member: None,
            heard_on: None,
            heard_now: false,
        };
        opened.fresh = self.record_inbound(o.channel.as_str(), o.key, o.at).await?;
        let Some(chat) = o.group_chat.filter(|_| opened.fresh) else {
            return Ok(opened);
        };
        opened.community = self.community_by_chat(o.channel, chat).await?;
        match (&opened.community, o.sender, o.register) {
            (Some(community), Some(user), true) => {
                let today = community.today(o.at);
                opened.member = self
                    .register_speaking(community, o.channel, user, o.at)
                    .await?;
                // Someone new is heard from as they join: the membership was
                // made with today, and its week noted.
                if let Some((_, _, Joined::New)) = &opened.member {
                    opened.heard_on = Some(today.format("%Y-%m-%d").to_string());
                    opened.heard_now = true;
                }
            }
            // Not registering: a current member is still found.
            (Some(community), Some(user), false) => {
                if let Some(person) = self.person_by_platform(o.channel, &user.user_id).await? {
                    if let Some(role) = self.membership(community.id, person.id).await? {
                        opened.member = Some((person, role, Joined::Already));
                    }
                }
            }
            _ => {}
        }
        Ok(opened)
    }
}

pub(super) fn prefixed(columns: &str, table: &str, prefix: &str) -> String {
    columns
        .split(", ")
        .map(|c| format!("{table}.{c} AS {prefix}{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// $1 channel, $2 key, $3 now, $4 group chat, $5 user id (or ''), $6 name,
/// $7 app language, $8 whether to register the sender (otherwise a current
/// member is only found), $9 and $10 the community's local date and its
/// week's Monday if known (a current member's first word of that day is
/// then noted here, not in a statement of its own), $11 a pressed button's
/// token, or '' (what the press needs is read too: [`PRESS_CTES`]).
/// People and memberships are written only when something changed: an
/// upsert locks the row it meets even when it changes nothing, and a
/// member pressing in several groups at once would wait on each commit.
/// An account linked to a person (`/me link`) acts as that person (`p`).
static OPEN_UPDATE_PG: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let pc = PERSON_COLUMNS;
    format!(
        "WITH {press_read},
         c AS ({view}),
         known AS (SELECT {pc}, same_as, CAST(xmin AS text) AS x_p FROM people
                   WHERE $5 <> '' AND channel = $1 AND platform_user_id = $5 AND EXISTS (SELECT 1 FROM c)),
         pins AS (
            INSERT INTO people (channel, platform_user_id, display_name, platform_language, created_at)
            SELECT $1, $5, $6, $7, $3 WHERE $8 AND EXISTS (SELECT 1 FROM c)
              AND NOT EXISTS (SELECT 1 FROM known WHERE known.display_name = $6
                              AND known.platform_language IS NOT DISTINCT FROM COALESCE($7, known.platform_language))
            ON CONFLICT (channel, platform_user_id) DO UPDATE
            SET display_name = excluded.display_name,
                platform_language = COALESCE(excluded.platform_language, people.platform_language)
            RETURNING {pc}, same_as, CAST(xmin AS text) AS x_p),
         acct AS (SELECT {pc}, same_as, x_p FROM pins
                  UNION ALL
                  SELECT {pc}, same_as, x_p FROM known WHERE NOT EXISTS (SELECT 1 FROM pins)),
         p AS (SELECT {pc}, x_p FROM acct WHERE same_as IS NULL
               UNION ALL
               SELECT {q_cols}, CAST(q.xmin AS text) FROM people q WHERE q.id = (SELECT same_as FROM acct)),
         {hold},
         ins AS ({INSERT_INBOX}),
         {press_answer},
         joined AS (
            INSERT INTO memberships (community_id, person_id, joined_at, last_heard_on)
            SELECT c.id, p.id, $3, $9 FROM c, p
            WHERE $8 AND {HELD} AND NOT EXISTS (SELECT 1 FROM memberships m0 WHERE m0.community_id = c.id AND m0.person_id = p.id
                              AND NOT (m0.left_at IS NOT NULL AND m0.removed_at IS NULL))
            ON CONFLICT (community_id, person_id) DO UPDATE SET left_at = NULL, joined_at = excluded.joined_at,
                last_heard_on = COALESCE(excluded.last_heard_on, memberships.last_heard_on)
            WHERE memberships.left_at IS NOT NULL AND memberships.removed_at IS NULL
            RETURNING role, community_id, person_id, CAST(xmin AS text) AS x_m),
         heard AS (
            UPDATE memberships SET last_heard_on = $9
            WHERE $9 IS NOT NULL AND EXISTS (SELECT 1 FROM ins)
              AND community_id = (SELECT id FROM c) AND person_id = (SELECT id FROM p)
              AND left_at IS NULL AND removed_at IS NULL
              AND (last_heard_on IS NULL OR last_heard_on < $9)
            RETURNING community_id, person_id, CAST(xmin AS text) AS x_m),
         week AS (
            INSERT INTO member_weeks (community_id, person_id, week_start)
            SELECT community_id, person_id, $10 FROM heard
            UNION ALL SELECT community_id, person_id, $10 FROM joined WHERE $9 IS NOT NULL
            ON CONFLICT DO NOTHING)
         SELECT (SELECT COUNT(*) FROM ins) AS fresh,
                EXISTS (SELECT 1 FROM heard) OR ($9 IS NOT NULL AND EXISTS (SELECT 1 FROM joined)) AS heard_now, {c_cols}, c.linked AS linked, {p_cols},
                COALESCE((SELECT role FROM joined), m.role, 'member') AS role,
                EXISTS (SELECT 1 FROM joined) AS just_joined,
                m.last_heard_on AS heard_on,
                EXISTS (SELECT 1 FROM joined)
                  OR (m.person_id IS NOT NULL AND m.left_at IS NULL AND m.removed_at IS NULL) AS member_active,
                {versions}, {press_columns}, {hold_columns}
         FROM (SELECT 1) AS one
         LEFT JOIN c ON TRUE
         LEFT JOIN p ON TRUE
         LEFT JOIN memberships m ON m.community_id = c.id AND m.person_id = p.id
         {press_joins}",
        view = super::links::view(", CAST(a.xmin AS text) AS x_c, b.id AS v_chat").replace("$2", "$4"),
        versions = VERSIONS,
        c_cols = prefixed(COMMUNITY_COLUMNS, "c", ""),
        p_cols = prefixed(pc, "p", "p_"),
        q_cols = prefixed(pc, "q", ""),
        press_read = PRESS_CTES.0,
        press_answer = PRESS_CTES.1,
        press_columns = PRESS_CTES.2,
        press_joins = PRESS_CTES.3,
        hold = super::vote_hold::HOLD_CTE,
        hold_columns = super::vote_hold::HOLD_COLUMNS,
    )
});

/// The versions of the rows the opening found or wrote (community, person,
/// membership: what a kept read checks; see `store::known`), and which
/// account and chat they are of (a linked account or chat is not kept).
const VERSIONS: &str = "c.x_c AS x_c, p.x_p AS x_p,
                COALESCE((SELECT x_m FROM joined), (SELECT x_m FROM heard), CAST(m.xmin AS text)) AS x_m,
                (SELECT id FROM acct) AS v_account, c.v_chat AS v_chat";

/// A condition that holds once a vote's hold is taken (`vote_hold::HOLD_CTE`):
/// whatever the opening writes that the group write also writes (the
/// update's inbox row, the voter's membership) waits for it. The group
/// write takes its votes' holds before it writes anything
/// (`group_votes::VOTES_WRITES`); an opening that wrote the inbox row of
/// an update also in another process's batch, and then waited for the
/// hold that batch held, would deadlock with it.
macro_rules! held {
    () => {
        "(SELECT COUNT(*) FROM hold) >= 0"
    };
}
const HELD: &str = held!();

/// The opening's record of the update: a row if it is new. Written after
/// a vote's hold ([`HELD`]).
const INSERT_INBOX: &str = concat!(
    "INSERT INTO inbox (channel, key, received_at) SELECT $1, $2, $3 WHERE ",
    held!(),
    " ON CONFLICT (channel, key) DO NOTHING RETURNING 1"
);

/// [`OPEN_UPDATE_PG`] without the record of the update, for a press that
/// goes on to the group commit, which records it (see
/// `Store::open_registering`). It takes the update as new; the group
/// write finds out whether it was.
///
/// Its commit does not wait for the disk (`synchronous_commit` off for this
/// one transaction): nothing is acknowledged on it. The group write that
/// acknowledges the press commits after it, and a commit's flush writes
/// the whole log up to its own record, so this one with it. A crash before
/// that loses only a registration the press never counted on: the press is
/// not acknowledged, comes again, and registers again. One disk flush fewer
/// in a newcomer's tap (about 3 ms on the benchmark's machine).
///
/// Nor does it lock the round: the lock would end with this commit, and
/// the group write takes its own before it writes the answer. Many
/// newcomers tapping one round at once would otherwise each mark its row.
///
/// A current member's first word of the day is noted with the group write,
/// not here, as for a member kept in memory: what the word does (`/digest`
/// counting who was heard this week) sees the same on either path, and on
/// SQLite. A newcomer's is noted as they join; a press's, here.
pub(super) static OPEN_REGISTER_PG: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    OPEN_UPDATE_PG
        .replacen(
            INSERT_INBOX,
            "SELECT set_config('synchronous_commit', 'off', true)",
            1,
        )
        .replacen("FOR SHARE", "", 1)
        .replacen(
            HEARD_IF,
            &format!("WHERE $9 IS NOT NULL AND $11 <> '' AND {HELD}"),
            1,
        )
});

/// When the opening notes a current member's first word of the day.
const HEARD_IF: &str = "WHERE $9 IS NOT NULL AND EXISTS (SELECT 1 FROM ins)";

type PgQuery<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;

/// Binds [`OPEN_UPDATE_PG`]'s parameters (and so [`OPEN_REGISTER_PG`]'s).
pub(super) fn bind_opening<'q>(query: PgQuery<'q>, o: Opening<'q>) -> PgQuery<'q> {
    let user = o.sender.filter(|_| o.group_chat.is_some());
    query
        .bind(o.channel.as_str())
        .bind(super::inbox::inbox_key(o.key))
        .bind(o.at)
        .bind(o.group_chat.unwrap_or(""))
        .bind(user.map_or("", |u| u.user_id.as_str()))
        .bind(user.map_or("", |u| u.display_name.as_str()))
        .bind(user.and_then(|u| u.language_code.as_deref()))
        .bind(user.is_some() && o.register)
        .bind(o.today.map(|d| d.format("%Y-%m-%d").to_string()))
        .bind(o.today.map(super::digests::week_start))
        .bind(o.press.unwrap_or(""))
}

pub(super) fn decode_opened(row: &sqlx::postgres::PgRow) -> StoreResult<OpenedUpdate> {
    use sqlx::Row;
    let fresh = row.try_get::<i64, _>("fresh")? == 1;
    let community = match row.try_get::<Option<i64>, _>("id")? {
        Some(_) => Some(CommunityRecord::try_from(
            <CommunityRow as sqlx::FromRow<_>>::from_row(row)?,
        )?),
        None => None,
    };
    // A current member, or one just (re)joined; not one who left or was
    // removed by a coordinator.
    let active = row
        .try_get::<Option<bool>, _>("member_active")?
        .unwrap_or(false);
    let member = match row.try_get::<Option<i64>, _>("p_id")? {
        Some(_) if !active => None,
        Some(_) => {
            let person = person_from_prefixed(row)?;
            let role = Role::parse(&row.try_get::<String, _>("role")?);
            let joined = if row.try_get::<bool, _>("just_joined")? {
                Joined::New
            } else {
                Joined::Already
            };
            Some((person, role, joined))
        }
        None => None,
    };
    Ok(OpenedUpdate {
        fresh,
        community,
        member,
        heard_on: row.try_get("heard_on")?,
        heard_now: row.try_get("heard_now")?,
    })
}

/// A person from columns named `p_…` (as [`prefixed`] writes them).
pub(super) fn person_from_prefixed(row: &sqlx::postgres::PgRow) -> StoreResult<PersonRecord> {
    use sqlx::Row;
    Ok(PersonRecord::from(PersonRow {
        id: row.try_get("p_id")?,
        channel: row.try_get("p_channel")?,
        platform_user_id: row.try_get("p_platform_user_id")?,
        display_name: row.try_get("p_display_name")?,
        language: row.try_get("p_language")?,
        platform_language: row.try_get("p_platform_language")?,
        time_zone: row.try_get("p_time_zone")?,
        private_chat_id: row.try_get("p_private_chat_id")?,
    }))
}

#[cfg(test)]
mod tests {
    use super::{OPEN_REGISTER_PG, OPEN_UPDATE_PG};

    /// A first tap's registration is the opening less three things: the
    /// record of the update, the wait for the disk, the round's lock. Were
    /// a replacement to miss its text, every first tap would be taken as a
    /// duplicate, or keep what it meant to drop.
    #[test]
    fn a_registration_is_the_opening_without_record_wait_or_lock() {
        assert!(OPEN_UPDATE_PG.contains("INSERT INTO inbox"));
        assert!(OPEN_UPDATE_PG.contains("FOR SHARE"));
        assert!(!OPEN_REGISTER_PG.contains("INSERT INTO inbox"));
        assert!(!OPEN_REGISTER_PG.contains("FOR SHARE"));
        assert!(OPEN_REGISTER_PG.contains("set_config('synchronous_commit', 'off', true)"));
        assert!(OPEN_UPDATE_PG.contains(super::HEARD_IF));
        assert!(!OPEN_REGISTER_PG.contains(super::HEARD_IF));
    }
}
