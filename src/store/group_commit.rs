//! Group commit for the fast path. Updates that finish together commit
//! together: each deferred transaction (see [`super::deferred`]) queues
//! what it must write, and whichever of them gets to write first writes
//! everything queued so far, in one statement on Postgres (arrays, so the
//! statement's text never changes) or one transaction on SQLite. One disk
//! flush then covers them all.
//!
//! Nothing is acknowledged before its commit: each caller waits for the
//! write that holds its update. Each update keeps its own inbox key, so a
//! duplicate still writes nothing; when the same key comes twice in one
//! batch, the second is the duplicate. If a batch fails, its updates are
//! written one by one, so one bad update fails alone.

use super::outbox::{chat_kind_str, kind_of, lane_of};
use super::press_facts::{StagedAnswer, StagedJob};
use super::{NewMessage, Store, StoreError, StoreResult};
use crate::domain::Channel;
use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use tokio::sync::oneshot;

/// At most this many updates share one write.
const MOST: usize = 64;

/// What one deferred transaction writes when it commits.
#[derive(Debug)]
pub(super) struct Commit {
    pub(super) channel: Channel,
    pub(super) key: String,
    pub(super) at: DateTime<Utc>,
    pub(super) pending: Vec<NewMessage>,
    /// See `Deferred::heard`: community, person, day, week.
    pub(super) heard: Option<(i64, i64, String, String)>,
    /// A tap's answer: written only while its round is open; otherwise
    /// nothing of the update is, and it is [`Written::Stale`].
    pub(super) answer: Option<StagedAnswer>,
    pub(super) jobs: Vec<StagedJob>,
}

/// How one update's commit went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Written {
    Fresh,
    /// Handled before: nothing written.
    Duplicate,
    /// Its tap's round closed since it was read: nothing written.
    Stale,
}

impl Written {
    fn result(self) -> StoreResult<bool> {
        match self {
            Written::Fresh => Ok(true),
            Written::Duplicate => Ok(false),
            Written::Stale => Err(StoreError::Stale),
        }
    }
}

struct Waiting {
    commit: Commit,
    done: oneshot::Sender<StoreResult<bool>>,
}

/// The queue of commits waiting to be written. One per engine.
pub struct GroupCommit {
    queue: Mutex<Vec<Waiting>>,
    /// Writers at once. More than one on Postgres: while one batch waits
    /// for its flush, the next can be on its way (Postgres flushes
    /// concurrent commits together too). SQLite writes one at a time.
    writing: tokio::sync::Semaphore,
}

impl GroupCommit {
    pub fn new(store: &Store) -> GroupCommit {
        let writers = match store {
            Store::Postgres(_) => WRITERS_PG,
            Store::Sqlite(_) => 1,
        };
        GroupCommit {
            queue: Mutex::default(),
            writing: tokio::sync::Semaphore::new(writers),
        }
    }
}

/// Batches in flight at once on Postgres.
const WRITERS_PG: usize = 3;

impl std::fmt::Debug for GroupCommit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupCommit").finish_non_exhaustive()
    }
}

impl GroupCommit {
    /// Writes `commit` with whatever else is waiting. `true` if the update
    /// was new; `false` (nothing written) if it was handled before.
    pub(super) async fn commit(&self, store: &Store, commit: Commit) -> StoreResult<bool> {
        let (done, mut written) = oneshot::channel();
        self.lock_queue().push(Waiting { commit, done });
        let writing = self.writing.acquire().await;
        loop {
            // Another writer may have taken ours along.
            if let Ok(result) = written.try_recv() {
                return result;
            }
            let batch: Vec<Waiting> = {
                let mut queue = self.lock_queue();
                let n = queue.len().min(MOST);
                queue.drain(..n).collect()
            };
            if batch.is_empty() {
                // Another writer has ours in hand: wait for it.
                drop(writing);
                return written.await.unwrap_or_else(|_| {
                    Err(StoreError::Corrupt("a group commit was lost".into()))
                });
            }
            write(store, batch).await;
        }
    }

    fn lock_queue(&self) -> std::sync::MutexGuard<'_, Vec<Waiting>> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Writes a batch and tells each waiting update how it went.
async fn write(store: &Store, batch: Vec<Waiting>) {
    // A key seen earlier in the batch is a duplicate, whatever the first was.
    let mut seen = HashSet::new();
    let mut writing = Vec::with_capacity(batch.len());
    for waiting in batch {
        if seen.insert((waiting.commit.channel, waiting.commit.key.clone())) {
            writing.push(waiting);
        } else {
            let _ = waiting.done.send(Ok(false));
        }
    }
    let commits: Vec<&Commit> = writing.iter().map(|w| &w.commit).collect();
    match write_all(store, &commits).await {
        Ok(written) => {
            for (waiting, written) in writing.into_iter().zip(written) {
                let _ = waiting.done.send(written.result());
            }
        }
        Err(e) if writing.len() == 1 => {
            if let Some(waiting) = writing.pop() {
                let _ = waiting.done.send(Err(e));
            }
        }
        Err(e) => {
            tracing::warn!(error = %e, updates = writing.len(), "group commit failed; writing one by one");
            for waiting in writing {
                let one = write_all(store, &[&waiting.commit])
                    .await
                    .and_then(|w| w.first().copied().unwrap_or(Written::Duplicate).result());
                let _ = waiting.done.send(one);
            }
        }
    }
}

/// Writes every commit; returns, in order, how each went.
async fn write_all(store: &Store, commits: &[&Commit]) -> StoreResult<Vec<Written>> {
    match store {
        Store::Postgres(pool) => write_postgres(pool, commits).await,
        Store::Sqlite(pool) => write_sqlite(pool, commits).await,
    }
}

async fn write_sqlite(pool: &sqlx::SqlitePool, commits: &[&Commit]) -> StoreResult<Vec<Written>> {
    use super::deferred::{book_jobs, insert_inbox, insert_pending, mark_heard, write_answer};
    // One writer: a round found open here stays open until the commit.
    let open = "SELECT COUNT(*) FROM checkin_rounds WHERE id = $1 AND closed_at IS NULL";
    let mut t = pool.begin().await?;
    let mut written = Vec::with_capacity(commits.len());
    for commit in commits {
        if let Some(answer) = &commit.answer {
            let n: i64 = sqlx::query_scalar(open)
                .bind(answer.round_id)
                .fetch_one(&mut *t)
                .await?;
            if n == 0 {
                written.push(Written::Stale);
                continue;
            }
        }
        let new = insert_inbox!(&mut *t, commit.channel, &commit.key, commit.at);
        if new {
            insert_pending!(t, &commit.pending);
            mark_heard!(t, &commit.heard);
            write_answer!(t, &commit.answer);
            book_jobs!(t, &commit.jobs);
        }
        written.push(if new {
            Written::Fresh
        } else {
            Written::Duplicate
        });
    }
    t.commit().await?;
    Ok(written)
}

async fn write_postgres(pool: &sqlx::PgPool, commits: &[&Commit]) -> StoreResult<Vec<Written>> {
    let mut inbox = Inbox::default();
    let mut heard = Heard::default();
    let mut sent = Messages::default();
    for (n, commit) in commits.iter().enumerate() {
        let n = n as i32;
        inbox.n.push(n);
        inbox.channel.push(commit.channel.as_str().to_string());
        inbox.key.push(commit.key.clone());
        inbox.at.push(commit.at);
        if let Some((community, person, day, week)) = &commit.heard {
            heard.n.push(n);
            heard.community.push(*community);
            heard.person.push(*person);
            heard.day.push(day.clone());
            heard.week.push(week.clone());
        }
        for msg in &commit.pending {
            sent.push(n, msg)?;
        }
    }
    // Taps are written by a longer statement; a batch without any keeps
    // the shorter one, as every part costs the server work even when empty.
    let taps = commits
        .iter()
        .any(|c| c.answer.is_some() || !c.jobs.is_empty());
    let sql = match taps {
        true => super::group_taps::TAPS_PG.as_str(),
        false => BATCH_PG.as_str(),
    };
    let query = sqlx::query_as(sql)
        .bind(&inbox.n)
        .bind(&inbox.channel)
        .bind(&inbox.key)
        .bind(&inbox.at)
        .bind(&heard.n)
        .bind(&heard.community)
        .bind(&heard.person)
        .bind(&heard.day)
        .bind(&heard.week)
        .bind(&sent.n)
        .bind(&sent.channel)
        .bind(&sent.chat_id)
        .bind(&sent.chat_kind)
        .bind(&sent.lane)
        .bind(&sent.kind)
        .bind(&sent.payload)
        .bind(&sent.target)
        .bind(&sent.not_before);
    let query = match taps {
        true => super::group_taps::Taps::of(commits)?.bind(query),
        false => query,
    };
    let rows: Vec<(i32, bool)> = query.fetch_all(pool).await?;
    let rows: HashMap<i32, bool> = rows.into_iter().collect();
    Ok((0..commits.len() as i32)
        .map(|n| match rows.get(&n) {
            Some(true) => Written::Fresh,
            Some(false) => Written::Stale,
            None => Written::Duplicate,
        })
        .collect())
}

/// The batch as array columns for `unnest`; `n` says which update a row
/// belongs to.
#[derive(Default)]
struct Inbox {
    n: Vec<i32>,
    channel: Vec<String>,
    key: Vec<String>,
    at: Vec<DateTime<Utc>>,
}

#[derive(Default)]
struct Heard {
    n: Vec<i32>,
    community: Vec<i64>,
    person: Vec<i64>,
    day: Vec<String>,
    week: Vec<String>,
}

/// Messages as array columns, in outbox order (also for [`super::pg_tx`]).
#[derive(Default)]
pub(super) struct Messages {
    pub(super) n: Vec<i32>,
    pub(super) channel: Vec<String>,
    pub(super) chat_id: Vec<String>,
    pub(super) chat_kind: Vec<String>,
    pub(super) lane: Vec<String>,
    pub(super) kind: Vec<String>,
    pub(super) payload: Vec<String>,
    pub(super) target: Vec<Option<i64>>,
    pub(super) not_before: Vec<DateTime<Utc>>,
}

impl Messages {
    pub(super) fn push(&mut self, n: i32, msg: &NewMessage) -> StoreResult<()> {
        let (kind, target) = kind_of(&msg.outgoing);
        let payload = serde_json::to_string(&msg.outgoing)
            .map_err(|e| StoreError::Corrupt(format!("an outgoing message: {e}")))?;
        self.n.push(n);
        self.channel.push(msg.channel.as_str().to_string());
        self.chat_id.push(msg.chat_id.clone());
        self.chat_kind
            .push(chat_kind_str(msg.chat_kind).to_string());
        self.lane.push(lane_of(msg));
        self.kind.push(kind.to_string());
        self.payload.push(payload);
        self.target.push(target);
        self.not_before.push(msg.not_before);
        Ok(())
    }
}

/// Every update's inbox row; then, for the new ones only, the day and week
/// each member was heard in and each reply (in the order queued). Returns
/// each new update's `n`.
static BATCH_PG: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!("WITH v AS ({BATCH_V}), {BATCH_WRITES} SELECT n, true FROM fresh")
});

/// The batch's updates (`n`: which update a row belongs to).
pub(super) const BATCH_V: &str = "
        SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::timestamptz[])
            AS v(n, channel, key, at)";

/// What [`BATCH_PG`] writes, after `v`: the CTEs up to `sent`.
pub(super) const BATCH_WRITES: &str = "
    ins AS (
        INSERT INTO inbox (channel, key, received_at) SELECT channel, key, at FROM v
        ON CONFLICT (channel, key) DO NOTHING RETURNING channel, key),
    fresh AS (
        SELECT v.n FROM v JOIN ins ON ins.channel = v.channel AND ins.key = v.key),
    hv AS (
        SELECT * FROM unnest($5::int[], $6::bigint[], $7::bigint[], $8::text[], $9::text[])
            AS h(n, community_id, person_id, day, week)
        WHERE h.n IN (SELECT n FROM fresh)),
    heard AS (
        UPDATE memberships m SET last_heard_on = hv.day FROM hv
        WHERE m.community_id = hv.community_id AND m.person_id = hv.person_id
          AND (m.last_heard_on IS NULL OR m.last_heard_on < hv.day)),
    weeks AS (
        INSERT INTO member_weeks (community_id, person_id, week_start)
        SELECT community_id, person_id, week FROM hv ON CONFLICT DO NOTHING),
    mv AS (
        SELECT * FROM unnest($10::int[], $11::text[], $12::text[], $13::text[], $14::text[],
                             $15::text[], $16::text[], $17::bigint[], $18::timestamptz[])
            WITH ORDINALITY AS mv(n, channel, chat_id, chat_kind, lane, kind, payload, target_id, not_before, ord)
        WHERE mv.n IN (SELECT n FROM fresh)),
    sent AS (
        INSERT INTO outbox (channel, chat_id, chat_kind, lane, kind, payload, target_id, not_before, created_at)
        SELECT channel, chat_id, chat_kind, lane, kind, payload::jsonb, target_id, not_before, not_before
        FROM mv ORDER BY ord)";
