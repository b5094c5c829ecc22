//! Runs timed work: claims due jobs (with leases, so several processes
//! share them and a crashed one's are taken over) and hands each to the app
//! ([`crate::app::timed`], which says what each kind does).

pub use crate::app::timed::{execute, run_claimed, schedule_housekeeping, Job};

use crate::app::{digest, meeting, AppError, Engine, Turn};
use crate::domain::time::week::IsoWeek;
use crate::store::JobRecord;
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

/// Jobs one transaction runs at most (see [`run_due_together`]).
///
/// Why 64: on Postgres most of a batch's cost is setting up and
/// committing its statements, which the batch's jobs share (their facts
/// are read ahead together), so larger batches are cheaper per job.
/// Measured in alternating runs of the benchmark against 16: due reminders
/// 1.9× as fast and weekly digests 1.6× on Postgres, 1.7× and 1.3× on
/// SQLite. The price is a longer batch (about 0.1 s on Postgres, 0.3 s on
/// SQLite, whose one writer waits that long once a week or at a burst of
/// reminders), and that a crashed process's claimed jobs wait out their
/// lease in larger numbers; both are small beside a reminder's minute.
pub const BATCH: usize = 64;

/// Runs every job that is due now, up to `at_once` batches at a time.
/// Returns how many ran.
///
/// Claimed jobs are shared out in batches; a batch runs its jobs one after
/// another in one transaction, marks them done together and commits once:
/// a burst of reminders costs one commit per batch, not per reminder. A job
/// that fails is taken back alone (see [`run_batch`]) and, after the batch
/// commits, run again on its own, where its failure is recorded as usual; a
/// batch that cannot commit, or whose lease on a job ran out, is run again
/// job by job. Either way each job is done exactly once, in the same
/// transaction as its effects.
pub async fn run_due_together(
    engine: &Engine,
    owner: &str,
    at_once: usize,
) -> Result<usize, AppError> {
    use futures::StreamExt;
    let at_once = at_once.max(1);
    let mut ran = 0;
    loop {
        let now = engine.clock.now();
        let claim = (BATCH * at_once) as i64;
        let jobs = engine.store.claim_jobs(owner, now, LEASE, claim).await?;
        if jobs.is_empty() {
            return Ok(ran);
        }
        // As many batches as run at once, so a few due jobs still overlap.
        let size = jobs.len().div_ceil(at_once).clamp(1, BATCH);
        let batches = batches(jobs, size);
        let mut outcomes = futures::stream::iter(batches)
            .map(|batch| run_batch(engine, owner, batch, now))
            .buffer_unordered(at_once);
        while let Some(outcome) = outcomes.next().await {
            ran += outcome?;
        }
    }
}

/// The week a weekly digest job builds, for reading ahead.
fn digest_week(job: &JobRecord) -> Option<(i64, IsoWeek)> {
    match serde_json::from_value(job.payload.clone()) {
        Ok(Job::WeeklyDigest {
            community_id, week, ..
        }) => Some((community_id, week)),
        _ => None,
    }
}

/// Cuts the claimed jobs, in their order, into batches of at most `size`;
/// digest jobs are batched only with each other, and reminders too, so
/// their facts can be read ahead (see [`digest::weekly::read_ahead`] and
/// [`meeting::read_ahead`]).
pub fn batches(jobs: Vec<JobRecord>, size: usize) -> Vec<Vec<JobRecord>> {
    let mut batches: Vec<(Kind, Vec<JobRecord>)> = vec![];
    for job in jobs {
        let kind = kind_of(&job);
        match batches.last_mut() {
            Some((k, batch)) if *k == kind && batch.len() < size => batch.push(job),
            _ => batches.push((kind, vec![job])),
        }
    }
    batches.into_iter().map(|(_, batch)| batch).collect()
}

/// Which jobs may share a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Digest,
    Reminder,
    Other,
}

fn kind_of(job: &JobRecord) -> Kind {
    if digest_week(job).is_some() {
        Kind::Digest
    } else if reminded_meeting(job).is_some() {
        Kind::Reminder
    } else {
        Kind::Other
    }
}

/// The meeting a reminder job is for, for reading ahead.
fn reminded_meeting(job: &JobRecord) -> Option<i64> {
    match serde_json::from_value(job.payload.clone()) {
        Ok(Job::MeetReminder { meeting_id, .. }) => Some(meeting_id),
        _ => None,
    }
}

/// Runs a batch of claimed jobs (see [`run_due_together`]); returns how
/// many ran.
///
/// First without savepoints: each costs a round trip on Postgres, and jobs
/// rarely fail. Should one fail, that attempt is rolled back whole and the
/// batch runs again with a savepoint behind each job, so only the failed
/// one is taken back.
pub async fn run_batch(
    engine: &Engine,
    owner: &str,
    batch: Vec<JobRecord>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<usize, AppError> {
    if batch.len() == 1 {
        return run_alone(engine, owner, batch, now).await;
    }
    let mut outcome = together(engine, owner, &batch, Guard::None).await;
    if let Ok(Together::JobFailed) = outcome {
        outcome = together(engine, owner, &batch, Guard::Savepoints).await;
    }
    if let Ok(Together::Committed { ran, failed }) = outcome {
        return Ok(ran + run_alone(engine, owner, failed, now).await?);
    }
    let error = outcome.err().map(|e| e.to_string());
    tracing::warn!(
        ?error,
        jobs = batch.len(),
        "job batch not committed; running its jobs one by one"
    );
    run_alone(engine, owner, batch, now).await
}

/// Whether a batch's jobs each run behind a savepoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guard {
    None,
    Savepoints,
}

/// How a batch in one transaction went.
enum Together {
    /// How many ran, and the jobs that failed (their work taken back,
    /// their leases still ours).
    Committed { ran: usize, failed: Vec<JobRecord> },
    /// A job failed with no savepoint to take it back alone: nothing of
    /// the batch was kept.
    JobFailed,
    /// Another process has taken over a job: nothing of the batch was kept.
    LeaseLost,
}

async fn run_alone(
    engine: &Engine,
    owner: &str,
    jobs: Vec<JobRecord>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<usize, AppError> {
    let mut ran = 0;
    for job in jobs {
        ran += usize::from(run_one(engine, owner, job, now).await?);
    }
    Ok(ran)
}

/// The batch's jobs in one transaction, marked done together at its end,
/// only while every lease is still ours (see
/// [`crate::store::Tx::complete_jobs`]).
async fn together(
    engine: &Engine,
    owner: &str,
    batch: &[JobRecord],
    guard: Guard,
) -> Result<Together, AppError> {
    let mut turn = Turn::begin(engine).await?;
    let weeks: Option<Vec<_>> = batch.iter().map(digest_week).collect();
    if let Some(weeks) = weeks {
        digest::weekly::read_ahead(&mut turn, &weeks).await?;
    }
    let meetings: Option<Vec<i64>> = batch.iter().map(reminded_meeting).collect();
    if let Some(mut meetings) = meetings {
        meetings.sort_unstable();
        meetings.dedup();
        meeting::read_ahead(&mut turn, &meetings).await?;
    }
    let (mut done, mut failed) = (vec![], vec![]);
    if guard == Guard::Savepoints {
        turn.tx.begin_job().await?;
    }
    for (i, job) in batch.iter().enumerate() {
        let span = tracing::info_span!("job", id = job.id, kind = %job.kind);
        match execute(&mut turn, job).instrument(span.clone()).await {
            Ok(()) => {
                done.push(job.id);
                if guard == Guard::Savepoints && i + 1 < batch.len() {
                    turn.tx.next_job().await?;
                }
            }
            Err(e) if guard == Guard::None => {
                span.in_scope(|| tracing::info!(error = %e, "job failed in a batch; the batch runs again, guarded"));
                // Dropping the turn rolls back.
                return Ok(Together::JobFailed);
            }
            Err(e) => {
                turn.tx.undo_job().await?;
                span.in_scope(
                    || tracing::info!(error = %e, "job failed in a batch; to be run alone"),
                );
                failed.push(job.clone());
            }
        }
    }
    if !turn.tx.complete_jobs(&done, owner, turn.now).await? {
        tracing::warn!("a job lease in the batch was lost; another process has it");
        return Ok(Together::LeaseLost);
    }
    turn.commit().await?;
    Ok(Together::Committed {
        ran: done.len(),
        failed,
    })
}

/// Runs one claimed job; a failure is recorded on the job (to be tried
/// again later, or given up), not returned. `true` if it ran.
async fn run_one(
    engine: &Engine,
    owner: &str,
    job: JobRecord,
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
