//! Timed work: reminders, deadlines, nudges. A job is claimed with a lease
//! and completed in the same transaction as its effects, only while the lease
//! is still ours; so a crash loses nothing and nothing runs twice.

use super::{on_pool, on_tx, Store, StoreResult, Tx};
use chrono::{DateTime, Duration, Utc};
use sqlx::types::Json;

#[derive(Debug, Clone, PartialEq)]
pub struct JobRecord {
    pub id: i64,
    pub kind: String,
    pub payload: serde_json::Value,
    pub due_at: DateTime<Utc>,
    pub attempts: i32,
}

type JobRow = (i64, String, Json<serde_json::Value>, DateTime<Utc>, i32);

impl From<JobRow> for JobRecord {
    fn from((id, kind, Json(payload), due_at, attempts): JobRow) -> Self {
        JobRecord {
            id,
            kind,
            payload,
            due_at,
            attempts,
        }
    }
}

const CLAIM_PG: &str = "\
    UPDATE jobs SET status = 'running', lease_owner = $1, lease_until = $2, attempts = attempts + 1 \
    WHERE id IN (SELECT id FROM jobs \
                 WHERE (status = 'pending' AND due_at <= $3) OR (status = 'running' AND lease_until < $3) \
                 ORDER BY due_at, id LIMIT $4 FOR UPDATE SKIP LOCKED) \
    RETURNING id, kind, payload, due_at, attempts";

/// SQLite has one writer at a time, so the plain form is already exclusive.
const CLAIM_SQLITE: &str = "\
    UPDATE jobs SET status = 'running', lease_owner = $1, lease_until = $2, attempts = attempts + 1 \
    WHERE id IN (SELECT id FROM jobs \
                 WHERE (status = 'pending' AND due_at <= $3) OR (status = 'running' AND lease_until < $3) \
                 ORDER BY due_at, id LIMIT $4) \
    RETURNING id, kind, payload, due_at, attempts";

/// Books a job once per key. Looked for first: a key already booked is
/// skipped without touching the index, so a burst asking for one job (every
/// tap in a stretch asks for its redraw) does not queue on the first booking.
pub(super) const SCHEDULE: &str = "INSERT INTO jobs (kind, unique_key, payload, due_at) \
    SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM jobs WHERE unique_key = $2) \
    ON CONFLICT (unique_key) DO NOTHING";

/// How a batch of bookings tests each key (`{key}`) for a booking already
/// made: one index lookup per key. `OFFSET 0` keeps Postgres from turning
/// the test into a join. A statement is planned once per connection, and a
/// fresh process's first bookings meet a small jobs table: the join then
/// planned read and hashed the whole table at every later booking. With
/// the lookups a vote burst ran about a fifth faster (README, Benchmark).
pub(super) fn not_booked(key: &str) -> String {
    format!("NOT EXISTS (SELECT 1 FROM jobs WHERE unique_key = {key} OFFSET 0)")
}

impl Tx {
    /// Schedules a job once: a second call with the same `unique_key` does
    /// nothing and returns `false`.
    pub async fn schedule_job(
        &mut self,
        kind: &str,
        unique_key: &str,
        payload: &serde_json::Value,
        due_at: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let n = on_tx!(self, |c| sqlx::query(SCHEDULE)
            .bind(kind)
            .bind(unique_key)
            .bind(Json(payload))
            .bind(due_at)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(n == 1)
    }

    /// Books a job once per `unique_key`, like [`Tx::schedule_job`], for a
    /// caller that need not know whether it was new: Postgres writes it
    /// with the transaction's other late writes (see `store::pg_tx`), so a
    /// batch of jobs that each book their next (weekly digests) books them
    /// all in one statement.
    pub async fn schedule_job_later(
        &mut self,
        kind: &'static str,
        unique_key: &str,
        payload: serde_json::Value,
        due_at: DateTime<Utc>,
    ) -> StoreResult<()> {
        let late = match self {
            Tx::Postgres(t) => t.late(),
            Tx::Deferred(d) => d.late(),
            tx => {
                tx.schedule_job(kind, unique_key, &payload, due_at).await?;
                return Ok(());
            }
        };
        let job = super::late_writes::StagedJob::new(kind, unique_key, payload, due_at);
        late.jobs.push(job);
        Ok(())
    }

    /// Marks a claimed job done. `false` means the lease was lost (another
    /// process took the job over) and the caller must roll back.
    pub async fn complete_job(
        &mut self,
        id: i64,
        owner: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let sql = "UPDATE jobs SET status = 'done', done_at = $3, lease_until = NULL \
                   WHERE id = $1 AND lease_owner = $2 AND status = 'running'";
        let n = on_tx!(self, |c| sqlx::query(sql)
            .bind(id)
            .bind(owner)
            .bind(now)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(n == 1)
    }

    /// Marks a batch's claimed jobs done together, once their work is in
    /// the transaction (see `jobs::run_due_together`). `false` if any lease
    /// was lost: then the caller must roll back the whole batch.
    pub async fn complete_jobs(
        &mut self,
        ids: &[i64],
        owner: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        if ids.is_empty() {
            return Ok(true);
        }
        let set = "UPDATE jobs SET status = 'done', done_at = $3, lease_until = NULL \
                   WHERE lease_owner = $2 AND status = 'running' AND id";
        self.begin_deferred().await?;
        let n = match self {
            Tx::Postgres(t) => {
                t.flush().await?;
                let sql = format!("{set} = ANY($1)");
                let query = sqlx::query(&sql).bind(ids).bind(owner).bind(now);
                query.execute(&mut **t).await?.rows_affected()
            }
            Tx::Sqlite(t) => {
                let sql = format!("{set} IN (SELECT value FROM json_each($1))");
                let list = serde_json::Value::from(ids.to_vec()).to_string();
                let query = sqlx::query(&sql).bind(list).bind(owner).bind(now);
                query.execute(&mut **t).await?.rows_affected()
            }
            // Begun above.
            Tx::Deferred(_) => 0,
        };
        Ok(n == ids.len() as u64)
    }

    /// Marks where the first job of a batch begins (see
    /// `jobs::run_due_together`): [`Tx::undo_job`] then takes back that
    /// job's work alone.
    pub async fn begin_job(&mut self) -> StoreResult<()> {
        self.savepoint("SAVEPOINT job").await
    }

    /// The job since the mark stands, and the next one begins: one round
    /// trip between jobs. (The last job needs nothing: the commit keeps it.)
    pub async fn next_job(&mut self) -> StoreResult<()> {
        self.savepoint("RELEASE SAVEPOINT job; SAVEPOINT job").await
    }

    /// Takes back the job since the mark, whatever it wrote (a failed
    /// statement on Postgres included); the mark stays for the next job.
    pub async fn undo_job(&mut self) -> StoreResult<()> {
        self.savepoint("ROLLBACK TO SAVEPOINT job").await
    }

    async fn savepoint(&mut self, sql: &'static str) -> StoreResult<()> {
        // Without arguments a query goes by the simple protocol, which
        // takes several statements in one round trip.
        on_tx!(self, |c| sqlx::Executor::execute(&mut *c, sql)
            .await?
            .rows_affected());
        Ok(())
    }
}

impl Store {
    /// Claims up to `limit` due jobs (and jobs whose lease ran out) for `owner`.
    pub async fn claim_jobs(
        &self,
        owner: &str,
        now: DateTime<Utc>,
        lease: Duration,
        limit: i64,
    ) -> StoreResult<Vec<JobRecord>> {
        let until = now + lease;
        let rows: Vec<JobRow> = match self {
            Store::Postgres(p) => {
                sqlx::query_as(CLAIM_PG)
                    .bind(owner)
                    .bind(until)
                    .bind(now)
                    .bind(limit)
                    .fetch_all(p)
                    .await?
            }
            Store::Sqlite(p) => {
                sqlx::query_as(CLAIM_SQLITE)
                    .bind(owner)
                    .bind(until)
                    .bind(now)
                    .bind(limit)
                    .fetch_all(p)
                    .await?
            }
        };
        // UPDATE … RETURNING gives rows in no particular order on Postgres:
        // due work runs oldest first on both backends.
        let mut jobs: Vec<JobRecord> = rows.into_iter().map(Into::into).collect();
        jobs.sort_by_key(|j| (j.due_at, j.id));
        Ok(jobs)
    }

    /// Records a failed attempt: tried again at `retry_at`, or given up.
    pub async fn fail_job(
        &self,
        id: i64,
        owner: &str,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
    ) -> StoreResult<()> {
        let sql = "UPDATE jobs SET status = CASE WHEN $3 IS NULL THEN 'failed' ELSE 'pending' END, \
                   due_at = COALESCE($3, due_at), lease_owner = NULL, lease_until = NULL, last_error = $4 \
                   WHERE id = $1 AND lease_owner = $2";
        on_pool!(self, |p| sqlx::query(sql)
            .bind(id)
            .bind(owner)
            .bind(retry_at)
            .bind(error)
            .execute(p)
            .await?
            .rows_affected());
        Ok(())
    }

    /// How late the most overdue job is, in seconds (0 when none is due).
    pub async fn job_lag_seconds(&self, now: DateTime<Utc>) -> StoreResult<f64> {
        let sql = "SELECT MIN(due_at) FROM jobs WHERE status = 'pending' AND due_at <= $1";
        let (oldest,): (Option<DateTime<Utc>>,) =
            on_pool!(self, |p| sqlx::query_as(sql).bind(now).fetch_one(p).await?);
        Ok(oldest.map_or(0.0, |t| (now - t).num_milliseconds() as f64 / 1000.0))
    }

    /// The next time a job falls due, so runners can sleep until then.
    pub async fn next_job_due(&self) -> StoreResult<Option<DateTime<Utc>>> {
        let sql = "SELECT MIN(due_at) FROM jobs WHERE status = 'pending'";
        let (next,): (Option<DateTime<Utc>>,) =
            on_pool!(self, |p| sqlx::query_as(sql).fetch_one(p).await?);
        Ok(next)
    }
}

#[cfg(test)]
mod fence_tests {
    /// The lookup stays a lookup: without `OFFSET 0` Postgres may plan it
    /// as a join over the whole jobs table (see [`super::not_booked`]).
    #[test]
    fn the_booking_test_is_fenced_from_becoming_a_join() {
        let test = super::not_booked("j.key");
        assert!(test.ends_with("unique_key = j.key OFFSET 0)"), "{test}");
    }
}
