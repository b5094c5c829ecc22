//! Group commit for the fast path. Updates that finish together commit
//! together: each deferred transaction (see [`super::deferred`]) queues
//! what it must write, and the writer writes everything queued so far, in
//! one statement on Postgres (arrays, so the statement's text never
//! changes; the writer has a thread of its own, `store::writer_thread`,
//! which sends the next batch alongside or behind the one being written) or
//! one transaction on SQLite (whichever update gets to write first). One
//! disk flush then covers them all.
//!
//! Nothing is acknowledged before its commit: each caller waits for the
//! write that holds its update. Each update keeps its own inbox key, so a
//! duplicate still writes nothing; when the same key comes twice in one
//! batch, the second is the duplicate. If a batch fails, its updates are
//! written one by one, so one bad update fails alone.

use super::gather::Gather;
use super::known::Check;
use super::late_writes::{StagedAnswer, StagedJob};
use super::{NewMessage, Store, StoreError, StoreResult};
use crate::domain::Channel;
use chrono::{DateTime, Utc};
use sqlx::Row as _;
use std::collections::{HashMap, HashSet};
use tokio::sync::oneshot;

/// At most this many updates share one write.
pub(super) const MOST: usize = 64;

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
    /// For an update that stood on a kept read (Postgres): the rows to find
    /// unchanged, or it is [`Written::Stale`] and nothing of it is written.
    pub(super) check: Option<Check>,
    /// A vote: written only while its poll is open, its voter a member and
    /// their record as read; otherwise it is [`Written::Stale`].
    pub(super) vote: Option<super::deferred_votes::LateVote>,
    /// A newcomer registered with their first tap or vote (Postgres): if another
    /// update made their person or membership first, it is
    /// [`Written::Stale`] and nothing of it is written.
    pub(super) newcomer: Option<super::newcomer_taps::Newcomer>,
}

#[cfg(test)]
impl Commit {
    /// An update by Sam (person 7) under `key`, with nothing in it yet,
    /// for the group write's unit tests.
    pub(super) fn sams(key: &str) -> Commit {
        Commit {
            channel: Channel::Telegram,
            key: key.into(),
            at: chrono::Utc::now(),
            pending: vec![],
            heard: None,
            answer: None,
            jobs: vec![],
            check: None,
            vote: None,
            newcomer: None,
        }
    }
}

/// How one update's commit went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Written {
    Fresh,
    /// Handled before: nothing written.
    Duplicate,
    /// Its tap's round or its vote's poll closed, its voter's ballot or a
    /// row its kept read stands on changed, since it was read: nothing
    /// written.
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

pub(super) struct Waiting {
    pub(super) commit: Commit,
    pub(super) done: oneshot::Sender<StoreResult<bool>>,
    /// When it was queued, for `kettle-bench --profile` (`store::census`).
    #[cfg(feature = "bench")]
    queued: Option<std::time::Instant>,
}

impl Waiting {
    pub(super) fn new(commit: Commit, done: oneshot::Sender<StoreResult<bool>>) -> Waiting {
        Waiting {
            commit,
            done,
            #[cfg(feature = "bench")]
            queued: super::census::now(),
        }
    }
}

/// The queue of commits waiting to be written, and of press reads waiting
/// to be read (`store::group_reads`); SQLite's read connections. One per
/// engine.
pub struct GroupCommit {
    /// One writer at a time, on both backends: while it writes, the next
    /// batch gathers. SQLite has one writer anyway; on Postgres, where the
    /// server's processor bounds Kettle, fewer and larger batches cost it
    /// less per update than batches in flight together (measured with the
    /// benchmark's ingest: 3,531 and 4,025 updates/s with one writer,
    /// 2,798 and 3,162/s with three; and again with two, taps 1,532–1,559
    /// against 1,609–2,043/s with one). SQLite's writer is whichever
    /// update has the turn; Postgres's has a thread of its own
    /// (`store::writer_thread`), which writes on two connections, a batch
    /// alongside another only when the two touch nothing of each other
    /// whose order counts (`store::alongside`; measured with the
    /// benchmark's ingest, five alternating pairs: 7,187–7,813 updates/s
    /// against 5,399–6,427/s on one connection).
    queue: Gather<Waiting>,
    pub(super) reads: super::group_reads::GroupReads,
    /// SQLite's read connections (`store::readers`).
    pub(super) readers: super::readers::Readers,
    /// SQLite's newcomers' first taps (`store::registrations`).
    pub(super) registrations: super::registrations::Registrations,
    /// The writer's own thread on Postgres (`store::writer_thread`).
    thread: super::writer_thread::WriterThread,
}

impl Default for GroupCommit {
    fn default() -> GroupCommit {
        GroupCommit {
            queue: Gather::new(1),
            reads: super::group_reads::GroupReads::default(),
            readers: super::readers::Readers::default(),
            registrations: super::registrations::Registrations::default(),
            thread: super::writer_thread::WriterThread::default(),
        }
    }
}

impl std::fmt::Debug for GroupCommit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupCommit").finish_non_exhaustive()
    }
}

impl GroupCommit {
    /// Writes `commit` with whatever else is waiting. `true` if the update
    /// was new; `false` (nothing written) if it was handled before.
    pub(super) async fn commit(&self, store: &Store, commit: Commit) -> StoreResult<bool> {
        let (done, written) = oneshot::channel();
        let waiting = Waiting::new(commit, done);
        #[cfg(feature = "bench")]
        let queued = waiting.queued;
        let written = match store {
            Store::Postgres(pool) => {
                self.thread.queue(pool, waiting)?;
                written.await.ok()
            }
            Store::Sqlite(pool) => {
                let work = |batch| write(Target::Sqlite(pool), batch);
                self.queue.run(waiting, written, MOST, work).await
            }
        };
        #[cfg(feature = "bench")]
        super::census::held(queued);
        written.unwrap_or_else(|| Err(StoreError::Corrupt("a group commit was lost".into())))
    }
}

/// Where a batch is written: on Postgres, through the writer's pipeline.
#[derive(Clone, Copy)]
pub(super) enum Target<'a> {
    Postgres(&'a super::pg_pipeline::Pipeline),
    Sqlite(&'a sqlx::SqlitePool),
}

/// Writes a batch and tells each waiting update how it went.
pub(super) async fn write(target: Target<'_>, batch: Vec<Waiting>) {
    #[cfg(feature = "bench")]
    let (size, started) = (batch.len(), std::time::Instant::now());
    #[cfg(feature = "bench")]
    for waiting in &batch {
        super::census::queued(waiting.queued, started);
    }
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
    match write_all(target, &commits).await {
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
                let one = write_all(target, &[&waiting.commit])
                    .await
                    .and_then(|w| w.first().copied().unwrap_or(Written::Duplicate).result());
                let _ = waiting.done.send(one);
            }
        }
    }
    #[cfg(feature = "bench")]
    super::census::note(size, started.elapsed());
}

/// Writes every commit; returns, in order, how each went.
async fn write_all(target: Target<'_>, commits: &[&Commit]) -> StoreResult<Vec<Written>> {
    match target {
        // Boxed: the pipeline's future is deep, and would otherwise be
        // laid out inside every caller's, SQLite's too.
        Target::Postgres(pipeline) => Box::pin(pipeline.write(commits)).await,
        Target::Sqlite(pool) => super::group_write_sqlite::write(pool, commits).await,
    }
}

pub(super) async fn write_postgres(
    pool: &sqlx::PgPool,
    writer: &super::own_connection::OwnConnection,
    commits: &[&Commit],
) -> StoreResult<Vec<Written>> {
    let parts = super::batch_sql::Parts::of(commits);
    let rows = writer
        .fetch_rows(pool, super::batch_bind::batch_query(commits, parts)?)
        .await?;
    let rows = rows
        .iter()
        .map(|row| Ok((row.try_get::<i32, _>(0)?, row.try_get::<bool, _>(1)?)))
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(written(commits.len(), rows))
}

/// How each of `count` updates went, from the group write's rows: each
/// new update's `n` with `true`, each stale one's with `false`; a
/// duplicate's is missing.
pub(super) fn written(count: usize, rows: Vec<(i32, bool)>) -> Vec<Written> {
    let rows: HashMap<i32, bool> = rows.into_iter().collect();
    (0..count as i32)
        .map(|n| match rows.get(&n) {
            Some(true) => Written::Fresh,
            Some(false) => Written::Stale,
            None => Written::Duplicate,
        })
        .collect()
}
