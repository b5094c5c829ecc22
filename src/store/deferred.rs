//! A transaction that has not begun: the fast path for the most common
//! update, a known member's command in a group.
//!
//! One read finds the community, the person and their role; the use case
//! runs against that; its replies wait in memory. The commit then writes the
//! inbox record and the replies together, guarded by the inbox's unique key,
//! so a duplicate writes nothing: one atomic statement on Postgres, one short
//! transaction on SQLite. Any other write first begins a real transaction
//! and records the inbox row in it (catching a duplicate there), so every use
//! case stays correct without knowing which path it is on.

use super::communities::CommunityRow;
use super::group_commit::{Commit, GroupCommit};
use super::ingest::{first_word_on, prefixed, Opening};
use super::people::{PersonRow, COLUMNS as PERSON_COLUMNS};
use super::press_facts::{LateWrites, PressFacts, PressRow};
use super::{CommunityRecord, NewMessage, PersonRecord, Store, StoreError, StoreResult, Tx};
use crate::domain::{Channel, Outgoing, Role};
use chrono::{DateTime, Utc};
use sqlx::pool::PoolConnection;
use sqlx::{FromRow, Postgres, Sqlite};
use std::sync::Arc;

pub struct Deferred {
    conn: Option<Conn>,
    store: Store,
    group: Arc<GroupCommit>,
    channel: Channel,
    key: String,
    at: DateTime<Utc>,
    pending: Vec<NewMessage>,
    /// The member was last heard from on an earlier day: note today
    /// (community, person, local date, local week's Monday) with the inbox
    /// record, and the week too if it is their first word of it.
    heard: Option<(i64, i64, String, String)>,
    /// For a press: what the steady read found of its button, round and
    /// answer ([`PressFacts`]); a tap's answer and bookings then wait for
    /// the commit too, which writes them only while the round is open.
    press: Option<Box<PressFacts>>,
    late: LateWrites,
}

/// The connection a deferred transaction reads on.
pub enum Conn {
    Postgres(PoolConnection<Postgres>),
    Sqlite(PoolConnection<Sqlite>),
}

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
    /// the ordinary path.
    pub async fn open_steady(
        &self,
        o: Opening<'_>,
        group: &Arc<GroupCommit>,
    ) -> StoreResult<Option<Steady>> {
        let (Some(chat), Some(user)) = (o.group_chat, o.sender) else {
            return Ok(None);
        };
        // The same read on either backend; only the connection's type differs.
        // A press reads its button, round and answer on the way.
        let sql = match (o.press, self) {
            (None, _) => STEADY.as_str(),
            (Some(_), Store::Postgres(_)) => super::press_facts::STEADY_PRESS.0.as_str(),
            (Some(_), Store::Sqlite(_)) => super::press_facts::STEADY_PRESS.1.as_str(),
        };
        macro_rules! read {
            ($pool:expr, $wrap:path) => {{
                let mut conn = $pool.acquire().await?;
                let query = sqlx::query(sql)
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
                    (Some(row), Some(token)) => {
                        let SteadyPressRow { steady, press } = SteadyPressRow::from_row(&row)?;
                        let presser = (steady.p_id, steady.p_display_name.clone());
                        let press = PressFacts::new(token, press, Some(presser));
                        Some((steady, Some(Box::new(press))))
                    }
                };
                ($wrap(conn), row)
            }};
        }
        let (conn, row) = match self {
            Store::Postgres(pool) => read!(pool, Conn::Postgres),
            Store::Sqlite(pool) => read!(pool, Conn::Sqlite),
        };
        let Some((row, press)) = row else {
            return Ok(None);
        };
        let community = CommunityRecord::try_from(row.community)?;
        let local = community.today(o.at);
        let heard = first_word_on(row.last_heard_on.as_deref(), local).then(|| {
            let day = local.format("%Y-%m-%d").to_string();
            (
                community.id,
                row.p_id,
                day,
                super::digests::week_start(local),
            )
        });
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
        let deferred = Deferred {
            conn: Some(conn),
            store: self.clone(),
            group: group.clone(),
            channel: o.channel,
            key: super::inbox::inbox_key(o.key),
            at: o.at,
            pending: vec![],
            heard,
            press,
            late: LateWrites::default(),
        };
        Ok(Some((
            Tx::Deferred(Box::new(deferred)),
            community,
            person,
            Role::parse(&row.role),
        )))
    }
}

static STEADY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| steady("", ""));

/// The steady read with more columns and joins.
pub(super) fn steady(columns: &str, joins: &str) -> String {
    format!(
        "SELECT {}, {}, m.role, m.last_heard_on{columns} FROM communities b \
         JOIN communities c ON c.id = COALESCE(b.linked_to, b.id) \
         JOIN people a ON a.channel = b.channel AND a.platform_user_id = $3 {} \
         JOIN memberships m ON m.community_id = c.id AND m.person_id = p.id AND m.left_at IS NULL \
         {joins} \
         WHERE b.channel = $1 AND b.chat_id = $2 AND c.active \
           AND a.display_name = $4 \
           AND a.platform_language IS NOT DISTINCT FROM COALESCE($5, a.platform_language)",
        super::links::view_columns("c", "b"),
        prefixed(PERSON_COLUMNS, "p", "p_"),
        super::identities::RESOLVED,
    )
}

/// Inserts the inbox row on `$c` (a connection or transaction); `true` if new.
macro_rules! insert_inbox {
    ($c:expr, $channel:expr, $key:expr, $at:expr) => {
        sqlx::query(
            "INSERT INTO inbox (channel, key, received_at) VALUES ($1, $2, $3) ON CONFLICT (channel, key) DO NOTHING",
        )
        .bind($channel.as_str())
        .bind($key)
        .bind($at)
        .execute($c)
        .await?
        .rows_affected()
            == 1
    };
}

/// Notes the day a member was heard from on `$c`, if it moved on.
macro_rules! mark_heard {
    ($c:expr, $heard:expr) => {
        if let Some((community_id, person_id, day, week)) = $heard {
            sqlx::query($crate::store::deferred::MARK_HEARD)
                .bind(community_id)
                .bind(person_id)
                .bind(day)
                .execute(&mut *$c)
                .await?;
            sqlx::query($crate::store::digests::NOTE_WEEK)
                .bind(community_id)
                .bind(person_id)
                .bind(week)
                .execute(&mut *$c)
                .await?;
        }
    };
}

pub(super) const MARK_HEARD: &str = "UPDATE memberships SET last_heard_on = $3 \
    WHERE community_id = $1 AND person_id = $2 AND (last_heard_on IS NULL OR last_heard_on < $3)";

/// Inserts each waiting message on `$c`.
macro_rules! insert_pending {
    ($c:expr, $pending:expr) => {
        for msg in $pending {
            $crate::store::outbox::bind_message!(
                sqlx::query($crate::store::outbox::INSERT_OUTBOX),
                msg
            )
            .execute(&mut *$c)
            .await?;
        }
    };
}
/// Books each staged job on `$c`, once per key.
macro_rules! book_jobs {
    ($c:expr, $jobs:expr) => {
        for job in $jobs {
            sqlx::query($crate::store::jobs::SCHEDULE)
                .bind(job.kind)
                .bind(&job.key)
                .bind(sqlx::types::Json(&job.payload))
                .bind(job.due)
                .execute(&mut *$c)
                .await?;
        }
    };
}

/// Writes a staged answer on `$c` (the round checked open by the caller).
macro_rules! write_answer {
    ($c:expr, $answer:expr) => {
        if let Some(a) = $answer {
            sqlx::query($crate::store::press_facts::WRITE_ANSWER)
                .bind(a.id)
                .bind(a.community_id)
                .bind(a.round_id)
                .bind(a.person_id)
                .bind(a.answer.as_str())
                .bind(a.visibility.as_str())
                .bind(a.at)
                .execute(&mut *$c)
                .await?;
        }
    };
}
pub(super) use {book_jobs, insert_inbox, insert_pending, mark_heard, write_answer};

impl Deferred {
    pub(super) fn connection(&mut self) -> StoreResult<&mut Conn> {
        self.conn.as_mut().ok_or(StoreError::NotBegun)
    }

    pub(super) fn press(&self) -> Option<&PressFacts> {
        self.press.as_deref()
    }

    pub(super) fn forget_press(&mut self) {
        self.press = None;
    }

    /// Where a tap's answer and bookings wait for the commit.
    pub(super) fn late(&mut self) -> &mut LateWrites {
        &mut self.late
    }

    /// Writes the inbox record and every waiting reply, with whatever else
    /// is committing now (see [`super::group_commit`]). Returns `false` (and
    /// writes nothing) if the update was handled before.
    pub(super) async fn commit(mut self) -> StoreResult<bool> {
        // The reading is done: the connection goes back before the wait.
        self.conn.take().ok_or(StoreError::NotBegun)?;
        let commit = Commit {
            channel: self.channel,
            key: std::mem::take(&mut self.key),
            at: self.at,
            pending: std::mem::take(&mut self.pending),
            heard: self.heard.take(),
            answer: self.late.answer.take(),
            jobs: std::mem::take(&mut self.late.jobs),
        };
        self.group.commit(&self.store, commit).await
    }
}

impl Tx {
    /// Begins a deferred transaction for real: records the inbox row (a
    /// duplicate ends the update here) and writes the replies queued so far.
    pub(crate) async fn begin_deferred(&mut self) -> StoreResult<()> {
        let Tx::Deferred(d) = self else {
            return Ok(());
        };
        // A tap read its round without a lock: beginning for real, it
        // would have to read it again. Let the update start over instead.
        if d.late.answer.is_some() {
            return Err(StoreError::Stale);
        }
        let pending = std::mem::take(&mut d.pending);
        let heard = d.heard.take();
        let jobs = std::mem::take(&mut d.late.jobs);
        let (channel, key, at) = (d.channel, std::mem::take(&mut d.key), d.at);
        d.conn.take(); // never hold two connections: the pool could run dry
        let fresh = match d.store.begin().await? {
            Tx::Postgres(mut t) => {
                let fresh = insert_inbox!(&mut *t, channel, &key, at);
                insert_pending!(t, &pending);
                mark_heard!(t, &heard);
                book_jobs!(t, &jobs);
                (fresh, Tx::Postgres(t))
            }
            Tx::Sqlite(mut t) => {
                let fresh = insert_inbox!(&mut *t, channel, &key, at);
                insert_pending!(t, &pending);
                mark_heard!(t, &heard);
                book_jobs!(t, &jobs);
                (fresh, Tx::Sqlite(t))
            }
            Tx::Deferred(_) => return Err(StoreError::NotBegun),
        };
        if !fresh.0 {
            return Err(StoreError::AlreadyHandled);
        }
        *self = fresh.1;
        Ok(())
    }

    /// Queues a message whose outbox id nobody needs (a plain reply, an
    /// answer to a press): a deferred transaction keeps it for its commit.
    pub async fn enqueue_later(&mut self, msg: NewMessage) -> StoreResult<()> {
        match (self, &msg.outgoing) {
            (Tx::Deferred(d), Outgoing::Send { .. } | Outgoing::Answer { .. }) => {
                d.pending.push(msg);
                Ok(())
            }
            (Tx::Postgres(t), Outgoing::Answer { .. }) if t.tap_waits() => {
                t.stage_ack(msg);
                Ok(())
            }
            (tx, _) => tx.enqueue(&msg).await.map(|_| ()),
        }
    }
}
