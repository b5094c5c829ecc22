//! Kettle's one storage API, with Postgres (production) and SQLite (the
//! embedded default) behind it.
//!
//! Both backends run the same hand-written SQL wherever the dialects agree
//! (which is almost everywhere: `$n` parameters, `ON CONFLICT`, `RETURNING`);
//! the few places that differ (`FOR UPDATE SKIP LOCKED`) say so. sqlx's
//! compile-time checks can only see one database, so the guard instead is the
//! contract test suite in `tests/store_contract.rs`, which runs every query on
//! both backends.

mod alongside;
mod answering;
mod attendance;
mod ballots;
mod batch_bind;
mod batch_sql;
mod buttons;
#[cfg(feature = "bench")]
pub mod census;
mod checkin_schedules;
mod checkin_upkeep;
mod checkins;
mod cloud_chats;
pub(crate) mod communities;
pub mod deferred;
mod deferred_votes;
mod deferred_writes;
mod digest_facts;
mod digest_job_facts;
mod digest_records;
mod digests;
mod erasure;
mod erasure_chats;
mod export;
mod first_press;
mod gather;
pub mod group_commit;
mod group_reads;
mod group_records_sqlite;
mod group_rows_sqlite;
mod group_settings;
mod group_taps;
mod group_votes;
mod group_write_sqlite;
mod housekeeping;
mod identities;
mod identity_merge;
mod inbox;
mod ingest;
pub mod jobs;
mod known;
mod late_digests;
mod late_votes;
mod late_writes;
mod links;
mod meeting_series;
mod meeting_settings;
mod meetings;
mod memberships;
mod native_polls;
mod newcomer_taps;
mod numbered;
pub mod outbox;
mod own_connection;
mod people;
mod pg_pipeline;
mod pg_tx;
mod poll_setups;
mod polls;
mod pools;
pub(crate) mod press_facts;
mod press_polls;
mod press_reads;
mod readers;
mod register_rows;
mod registrations;
mod reminder_facts;
#[cfg(test)]
mod sam_in_a_group;
mod sending;
mod steady;
mod time_polls;
mod vote_hold;
mod week_sets;
mod whatsapp_lids;
mod writer_thread;

pub use ballots::{BallotDraft, Voted};
pub use buttons::ButtonRecord;
pub use checkin_schedules::{NewSchedule, ScheduleRecord};
pub use checkins::{AnswerRecord, NewRound, RoundRecord};
pub use cloud_chats::CloudChat;
pub use communities::{CommunityRecord, NewCommunity};
pub use digest_facts::WeekFacts;
pub use digest_job_facts::DigestJobFacts;
pub use digest_records::StoredDigest;
pub use digests::DigestSettings;
pub use erasure::{scrub, Erased, FORGOTTEN_ID};
pub use group_commit::GroupCommit;
pub use group_settings::GroupSettings;
pub use housekeeping::Pruned;
pub use identities::PersonLinked;
pub use ingest::{OpenedUpdate, Opening};
pub use jobs::JobRecord;
pub use known::KnownMembers;
pub use links::Redeemed;
pub use meeting_series::{NewSeries, SeriesRecord};
pub use meeting_settings::MeetingSettings;
pub use meetings::{MeetingRecord, NewMeeting};
pub use memberships::Joined;
pub use newcomer_taps::PostedButton;
pub use outbox::{ClaimedMessage, NewMessage, OutboxStatus};
pub use people::{MemberRecord, PersonRecord};
pub use poll_setups::{PollSetup, SetupStage};
pub use polls::{NewPoll, PollRecord, PollState};
pub use pools::CHECKED_AFTER_IDLE;
pub use reminder_facts::ReminderFacts;
pub use steady::Steady;
pub use time_polls::{NewTimePoll, OptionRecord, PollStatus, TimePollRecord};
pub use week_sets::WeekWindow;

use sqlx::postgres::PgConnectOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use sqlx::{PgPool, SqlitePool};
use std::str::FromStr;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// From the group writer's pipeline (`store::pg_pipeline`).
    #[error("database error: {0}")]
    Pipeline(#[from] tokio_postgres::Error),
    /// The group writer's pipeline cannot connect (its batches then go
    /// through sqlx).
    #[error("the group writer's pipeline cannot connect: {0}")]
    PipelineUnavailable(&'static str),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported DATABASE_URL: use postgres://… or sqlite:…")]
    UnsupportedUrl,
    #[error("stored data is not valid: {0}")]
    Corrupt(String),
    /// A deferred transaction found, on beginning, that the update was
    /// handled before: the caller must drop everything it did.
    #[error("update already handled")]
    AlreadyHandled,
    #[error("a deferred transaction was used before it began")]
    NotBegun,
    /// What a deferred update read changed before its commit (a tap's
    /// round closed): nothing was written, and the update must run again
    /// on the ordinary path.
    #[error("what the update read changed before its commit")]
    Stale,
}

pub type StoreResult<T> = Result<T, StoreError>;

/// A handle to the database. Cheap to clone.
#[derive(Debug, Clone)]
pub enum Store {
    Postgres(PgPool),
    Sqlite(SqlitePool),
}

/// One database transaction: everything a use case changes, including the
/// inbox record and outgoing messages, commits or vanishes together.
pub enum Tx {
    /// Writes some things late: see `store::pg_tx`.
    Postgres(pg_tx::PgTx),
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    /// Not begun yet: the fast path, see [`deferred`].
    Deferred(Box<deferred::Deferred>),
}

/// A row lock held until commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lock {
    /// Alone: for changing the row's state (closing a round or a poll).
    Update,
    /// Alongside other sharers: for work that needs the state to hold
    /// still (a tap, a vote, a redraw) without queueing behind each other.
    Share,
}

/// Runs `$body` with `$c` bound to the transaction's connection, once per
/// backend. The body is compiled for both, so it must type-check on both.
/// A deferred transaction is begun first: this is the path for writes.
macro_rules! on_tx {
    ($tx:expr, |$c:ident| $body:expr) => {{
        let tx: &mut $crate::store::Tx = $tx;
        tx.begin_deferred().await?;
        tx.forget_press();
        $crate::store::on_read!(tx, |$c| $body)
    }};
}

/// Like [`on_tx`] for reads: a deferred transaction reads on its own
/// connection without beginning. A Postgres transaction first writes what
/// it staged ([`pg_tx`]), so every statement sees every write before it.
macro_rules! on_read {
    ($tx:expr, |$c:ident| $body:expr) => {{
        let tx: &mut $crate::store::Tx = $tx;
        match tx {
            $crate::store::Tx::Postgres(t) => {
                t.flush().await?;
                let $c: &mut sqlx::PgConnection = &mut *t;
                $body
            }
            $crate::store::Tx::Sqlite(t) => {
                let $c: &mut sqlx::SqliteConnection = &mut *t;
                $body
            }
            $crate::store::Tx::Deferred(d) => match d.connection().await? {
                $crate::store::deferred::Conn::Postgres(conn) => {
                    let $c: &mut sqlx::PgConnection = &mut *conn;
                    $body
                }
                $crate::store::deferred::Conn::Sqlite(conn) => {
                    let $c: &mut sqlx::SqliteConnection = &mut *conn;
                    $body
                }
            },
        }
    }};
}

/// The connection a read runs on, whichever kind of transaction holds it:
/// [`on_read`] for a read whose statement differs by backend (one written
/// for Postgres, another for SQLite). As there, a Postgres transaction
/// first writes what it staged.
enum On<'c> {
    Postgres(&'c mut sqlx::PgConnection),
    Sqlite(&'c mut sqlx::SqliteConnection),
}

async fn on(tx: &mut Tx) -> StoreResult<On<'_>> {
    Ok(match tx {
        Tx::Postgres(t) => {
            t.flush().await?;
            On::Postgres(&mut *t)
        }
        Tx::Sqlite(t) => On::Sqlite(&mut *t),
        Tx::Deferred(d) => match d.connection().await? {
            deferred::Conn::Postgres(c) => On::Postgres(&mut *c),
            deferred::Conn::Sqlite(c) => On::Sqlite(&mut *c),
        },
    })
}

/// Like [`on_tx`] for work that runs on the pool outside a transaction.
macro_rules! on_pool {
    ($store:expr, |$p:ident| $body:expr) => {
        match $store {
            $crate::store::Store::Postgres($p) => $body,
            $crate::store::Store::Sqlite($p) => $body,
        }
    };
}

pub(crate) use on_pool;
pub(crate) use on_read;
pub(crate) use on_tx;

impl Store {
    /// Connects to `url` (`postgres://…`, `sqlite:path` or `sqlite::memory:`).
    pub async fn connect(url: &str) -> StoreResult<Store> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            // Kettle runs the same few statements all day: plan them once.
            let options = PgConnectOptions::from_str(url)?
                .options([("plan_cache_mode", "force_generic_plan")]);
            let pool = pools::postgres().connect_with(options).await?;
            Ok(Store::Postgres(pool))
        } else if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            let pool = pools::sqlite().connect_with(options).await?;
            Ok(Store::Sqlite(pool))
        } else {
            Err(StoreError::UnsupportedUrl)
        }
    }

    /// Applies the migrations embedded in the binary for this backend.
    pub async fn migrate(&self) -> StoreResult<()> {
        match self {
            Store::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await?,
            Store::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run(pool).await?,
        }
        Ok(())
    }

    /// Begins a transaction. On SQLite it takes the one writer's lock at
    /// once (`BEGIN IMMEDIATE`): a transaction that reads and then writes
    /// would otherwise fail ("database is locked") rather than wait when
    /// another process (`kettle digest` beside a running Kettle) wrote in
    /// between. Within a process nothing changes: SQLite has one connection.
    pub async fn begin(&self) -> StoreResult<Tx> {
        Ok(match self {
            Store::Postgres(pool) => Tx::Postgres(pg_tx::PgTx::new(pool.begin().await?)),
            Store::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
        })
    }

    pub async fn close(&self) {
        on_pool!(self, |p| p.close().await)
    }
}

impl Tx {
    /// Commits. Returns `false` when a deferred transaction found at commit
    /// that the update had been handled before (nothing was written).
    pub async fn commit(self) -> StoreResult<bool> {
        match self {
            Tx::Postgres(t) => t.commit().await?,
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Deferred(d) => return d.commit().await,
        }
        Ok(true)
    }

    /// What ends a `SELECT` that must hold its rows until commit: Postgres
    /// locks them; SQLite has one writer, so a transaction is already alone.
    /// Asked of a begun transaction (a deferred one must begin first).
    pub(crate) fn for_update(&self) -> &'static str {
        match self {
            Tx::Sqlite(_) => "",
            _ => " FOR UPDATE",
        }
    }

    /// What ends a `SELECT` that takes `lock` on its rows until commit
    /// (nothing on SQLite, whose one writer is already alone). Asked of a
    /// begun transaction.
    pub(crate) fn locking(&self, lock: Lock) -> &'static str {
        match (self, lock) {
            (Tx::Sqlite(_), _) => "",
            (_, Lock::Update) => " FOR UPDATE",
            (_, Lock::Share) => " FOR SHARE",
        }
    }

    /// After a write, what the opening read for a press may be out of date.
    pub(crate) fn forget_press(&mut self) {
        match self {
            Tx::Postgres(t) => t.forget_press(),
            Tx::Deferred(d) => d.forget_press(),
            Tx::Sqlite(_) => {}
        }
    }

    pub async fn rollback(self) -> StoreResult<()> {
        match self {
            Tx::Postgres(t) => t.rollback().await?,
            Tx::Sqlite(t) => t.rollback().await?,
            Tx::Deferred(_) => {}
        }
        Ok(())
    }
}

impl Store {
    /// A cheap round trip, for health checks.
    pub async fn ping(&self) -> StoreResult<()> {
        on_pool!(self, |p| sqlx::query("SELECT 1")
            .execute(p)
            .await?
            .rows_affected());
        Ok(())
    }
}
