//! Runs timed work: claims due jobs (with leases, so several processes
//! share them and a crashed one's are taken over) and hands each to the app
//! ([`crate::app::timed`], which says what each kind does).

pub use crate::app::timed::{execute, schedule_housekeeping, Job};

use crate::app::{digest, AppError, Engine};
use chrono::Duration;
use tracing::Instrument;

/// Makes sure the daily housekeeping and every community's next weekly
/// digest are booked; called when Kettle starts.
pub async fn start_housekeeping(engine: &Engine) -> Result<(), AppError> {
    let mut tx = engine.store.begin().await?;
    let now = engine.clock.now();
    schedule_housekeeping(&mut tx, now + Duration::hours(1)).await?;
    digest::weekly::book_all(&mut tx, now).await?;
    tx.commit().await?;
    Ok(())
}

/// How long a claimed job is ours before another process may take it over.
pub const LEASE: Duration = Duration::seconds(60);
const MAX_ATTEMPTS: i32 = 5;

/// Jobs one process runs at once when it is not a script (see
/// [`run_due_together`]). Each job is its own transaction, just as when
/// several processes share the work, so they may overlap safely; running
/// several keeps the database busy while each waits on its round trips.
pub const AT_ONCE: usize = 8;

/// Runs every job that is due now, one after another (so a console
/// script's transcript is always the same). Returns how many ran.
pub async fn run_due(engine: &Engine, owner: &str) -> Result<usize, AppError> {
    run_due_together(engine, owner, 1).await
}

/// Runs every job that is due now, up to `at_once` at a time. Returns how
/// many ran.
pub async fn run_due_together(
    engine: &Engine,
    owner: &str,
    at_once: usize,
) -> Result<usize, AppError> {
    use futures::StreamExt;
    let mut ran = 0;
    loop {
        let now = engine.clock.now();
        let claim = (20 * at_once.max(1)) as i64;
        let jobs = engine.store.claim_jobs(owner, now, LEASE, claim).await?;
        if jobs.is_empty() {
            return Ok(ran);
        }
        let mut outcomes = futures::stream::iter(jobs)
            .map(|job| run_one(engine, owner, job, now))
            .buffer_unordered(at_once.max(1));
        while let Some(outcome) = outcomes.next().await {
            ran += usize::from(outcome?);
        }
    }
}

/// Runs one claimed job; a failure is recorded on the job (to be tried
/// again later, or given up), not returned. `true` if it ran.
async fn run_one(
    engine: &Engine,
    owner: &str,
    job: crate::store::JobRecord,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, AppError> {
    // Instrumented, not entered: a guard held across `.await` would
    // lend this span to whatever else the thread runs meanwhile.
    let span = tracing::info_span!("job", id = job.id, kind = %job.kind);
    let outcome = engine.run_job(&job, owner).instrument(span.clone()).await;
    match outcome {
        Ok(true) => Ok(true),
        Ok(false) => {
            span.in_scope(|| tracing::warn!("job lease lost; another process has it"));
            Ok(false)
        }
        Err(e) => {
            let retry = (job.attempts < MAX_ATTEMPTS)
                .then(|| now + Duration::seconds(30 * i64::from(job.attempts.max(1))));
            span.in_scope(|| {
                tracing::error!(error = %e, attempts = job.attempts, "job failed");
            });
            engine
                .store
                .fail_job(job.id, owner, &e.to_string(), retry)
                .await?;
            Ok(false)
        }
    }
}

/// Runs due jobs until `shutdown` fires, waking every `poll`.
pub async fn run_forever(
    engine: Engine,
    owner: String,
    poll: std::time::Duration,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        if let Err(e) = run_due_together(&engine, &owner, AT_ONCE).await {
            tracing::error!(error = %e, "job runner error");
        }
        tokio::select! {
            _ = tokio::time::sleep(poll) => {}
            _ = shutdown.changed() => return,
        }
    }
}
