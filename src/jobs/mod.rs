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

/// Runs every job that is due now. Returns how many ran.
pub async fn run_due(engine: &Engine, owner: &str) -> Result<usize, AppError> {
    let mut ran = 0;
    loop {
        let now = engine.clock.now();
        let jobs = engine.store.claim_jobs(owner, now, LEASE, 20).await?;
        if jobs.is_empty() {
            return Ok(ran);
        }
        for job in jobs {
            // Instrumented, not entered: a guard held across `.await` would
            // lend this span to whatever else the thread runs meanwhile.
            let span = tracing::info_span!("job", id = job.id, kind = %job.kind);
            let outcome = engine.run_job(&job, owner).instrument(span.clone()).await;
            match outcome {
                Ok(true) => ran += 1,
                Ok(false) => span.in_scope(|| {
                    tracing::warn!("job lease lost; another process has it");
                }),
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
                }
            }
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
        if let Err(e) = run_due(&engine, &owner).await {
            tracing::error!(error = %e, "job runner error");
        }
        tokio::select! {
            _ = tokio::time::sleep(poll) => {}
            _ = shutdown.changed() => return,
        }
    }
}
