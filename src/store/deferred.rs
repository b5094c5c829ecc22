//! A Postgres transaction that has not begun: the fast path for the most
//! common update, a known member's command in a group.
//!
//! Reads go to one connection with no `BEGIN`; replies wait in memory; the
//! commit writes the inbox record and the replies in one atomic statement,
//! guarded by the inbox's unique key, so a duplicate writes nothing. Any
//! other write first begins a real transaction and records the inbox row in
//! it (catching a duplicate there), so every use case stays correct without
//! knowing which path it is on.

use super::communities::{CommunityRow, COLUMNS as COMMUNITY_COLUMNS};
use super::ingest::{person_from_prefixed, prefixed, Opening};
use super::outbox::{chat_kind_str, kind_of, lane_of, INSERT_OUTBOX};
use super::people::COLUMNS as PERSON_COLUMNS;
use super::{CommunityRecord, NewMessage, PersonRecord, Store, StoreError, StoreResult, Tx};
use crate::domain::{Channel, Outgoing, Role};
use chrono::{DateTime, Utc};
use sqlx::pool::PoolConnection;
use sqlx::types::Json;
use sqlx::{PgConnection, PgPool, Postgres, Row};

pub struct Deferred {
    conn: Option<PoolConnection<Postgres>>,
    pool: PgPool,
    channel: Channel,
    key: String,
    at: DateTime<Utc>,
    pending: Vec<NewMessage>,
}

/// What a steady-state update starts with: the deferred transaction, the
/// community, and the sender as a current member.
pub type Steady = (Tx, CommunityRecord, PersonRecord, Role);

impl Store {
    /// Opens a deferred transaction when the update is a known member
    /// speaking in their group, unchanged since last time; `None` otherwise
    /// (SQLite, new people, renamed people, unknown groups), and the caller
    /// takes the ordinary path.
    pub async fn open_steady(&self, o: Opening<'_>) -> StoreResult<Option<Steady>> {
        let (Store::Postgres(pool), Some(chat), Some(user)) = (self, o.group_chat, o.sender) else {
            return Ok(None);
        };
        let mut conn = pool.acquire().await?;
        let row = sqlx::query(&STEADY)
            .bind(o.channel.as_str())
            .bind(chat)
            .bind(&user.user_id)
            .bind(&user.display_name)
            .bind(&user.language_code)
            .fetch_optional(&mut *conn)
            .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let community =
            CommunityRecord::try_from(<CommunityRow as sqlx::FromRow<_>>::from_row(&row)?)?;
        let person = person_from_prefixed(&row)?;
        let role = Role::parse(&row.try_get::<String, _>("role")?);
        let deferred = Deferred {
            conn: Some(conn),
            pool: pool.clone(),
            channel: o.channel,
            key: o.key.to_string(),
            at: o.at,
            pending: vec![],
        };
        Ok(Some((
            Tx::Deferred(Box::new(deferred)),
            community,
            person,
            role,
        )))
    }
}

static STEADY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "SELECT {}, {}, m.role FROM communities c \
         JOIN people p ON p.channel = c.channel AND p.platform_user_id = $3 \
         JOIN memberships m ON m.community_id = c.id AND m.person_id = p.id AND m.left_at IS NULL \
         WHERE c.channel = $1 AND c.chat_id = $2 AND c.active \
           AND p.display_name = $4 \
           AND p.platform_language IS NOT DISTINCT FROM COALESCE($5, p.platform_language)",
        prefixed(COMMUNITY_COLUMNS, "c", ""),
        prefixed(PERSON_COLUMNS, "p", "p_"),
    )
});

impl Deferred {
    pub(super) fn connection(&mut self) -> StoreResult<&mut PgConnection> {
        self.conn.as_deref_mut().ok_or(StoreError::NotBegun)
    }

    /// The inbox record and every waiting reply, in one statement. Returns
    /// `false` (and writes nothing) if the update was handled before.
    pub(super) async fn commit(mut self) -> StoreResult<bool> {
        let mut conn = self.conn.take().ok_or(StoreError::NotBegun)?;
        let sql = commit_sql(self.pending.len());
        let mut query = sqlx::query(&sql)
            .bind(self.channel.as_str())
            .bind(&self.key)
            .bind(self.at);
        for msg in &self.pending {
            let (kind, target) = kind_of(&msg.outgoing);
            query = query
                .bind(msg.channel.as_str())
                .bind(&msg.chat_id)
                .bind(chat_kind_str(msg.chat_kind))
                .bind(lane_of(msg))
                .bind(kind)
                .bind(Json(&msg.outgoing))
                .bind(target)
                .bind(msg.not_before);
        }
        let fresh: i64 = query.fetch_one(&mut *conn).await?.try_get(0)?;
        Ok(fresh == 1)
    }
}

/// `$1..$3` the inbox record, then eight values per message.
fn commit_sql(messages: usize) -> String {
    let inbox = "WITH ins AS (INSERT INTO inbox (channel, key, received_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (channel, key) DO NOTHING RETURNING 1)";
    if messages == 0 {
        return format!("{inbox} SELECT COUNT(*) FROM ins");
    }
    let values: Vec<String> = (0..messages)
        .map(|i| {
            let n = 4 + i * 8;
            format!(
                "(${}::text, ${}::text, ${}::text, ${}::text, ${}::text, ${}::jsonb, ${}::bigint, ${}::timestamptz, ${}::timestamptz)",
                n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7, n + 7
            )
        })
        .collect();
    format!(
        "{inbox}, q AS (INSERT INTO outbox (channel, chat_id, chat_kind, lane, kind, payload, target_id, not_before, created_at) \
         SELECT v.* FROM (VALUES {}) AS v WHERE EXISTS (SELECT 1 FROM ins) RETURNING 1) \
         SELECT COUNT(*) FROM ins",
        values.join(", ")
    )
}

impl Tx {
    /// Begins a deferred transaction for real: records the inbox row (a
    /// duplicate ends the update here) and writes the replies queued so far.
    pub(crate) async fn begin_deferred(&mut self) -> StoreResult<()> {
        let Tx::Deferred(d) = self else {
            return Ok(());
        };
        let (pool, pending) = (d.pool.clone(), std::mem::take(&mut d.pending));
        let (channel, key, at) = (d.channel, std::mem::take(&mut d.key), d.at);
        d.conn.take(); // never hold two connections: the pool could run dry
        let mut t = pool.begin().await?;
        let sql = "INSERT INTO inbox (channel, key, received_at) VALUES ($1, $2, $3) ON CONFLICT (channel, key) DO NOTHING";
        let fresh = sqlx::query(sql)
            .bind(channel.as_str())
            .bind(&key)
            .bind(at)
            .execute(&mut *t)
            .await?;
        if fresh.rows_affected() == 0 {
            return Err(StoreError::AlreadyHandled);
        }
        for msg in &pending {
            let (kind, target) = kind_of(&msg.outgoing);
            sqlx::query(INSERT_OUTBOX)
                .bind(msg.channel.as_str())
                .bind(&msg.chat_id)
                .bind(chat_kind_str(msg.chat_kind))
                .bind(lane_of(msg))
                .bind(kind)
                .bind(Json(&msg.outgoing))
                .bind(target)
                .bind(msg.not_before)
                .bind(msg.not_before)
                .execute(&mut *t)
                .await?;
        }
        *self = Tx::Postgres(t);
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
            (tx, _) => tx.enqueue(&msg).await.map(|_| ()),
        }
    }
}
