//! The digest workload: one group with a year of activity (50 members, a
//! meeting every week, 200 polls, a check-in round every day) has each of
//! its 52 weekly digests built; then 10,000 groups with a week each have
//! theirs built in one run, by the weekly job itself in the job runner's
//! batches. Each digest is read, built, rendered and stored as the weekly
//! job does it (these groups have no coordinator to deliver to). The data
//! is written straight into the tables (untimed) by [`digest_seed`], then
//! vacuumed and analysed as autovacuum would have.

use super::{digest_seed, measure, Measured};
use crate::app::digest::{self, text, Audience};
use crate::app::{Engine, Turn};
use crate::domain::time::week::IsoWeek;
use crate::domain::Language;
use crate::store::Store;
use chrono::Utc;
use std::time::Instant;

pub const COMMUNITIES: usize = 10_000;
pub const YEAR_WEEKS: usize = 52;
pub const YEAR_POLLS: usize = 200;
pub const YEAR_MEMBERS: usize = 50;

pub struct DigestBench {
    pub seed_seconds: f64,
    pub year: Measured,
    pub year_seconds: f64,
    pub many: Measured,
    pub many_seconds: f64,
}

/// Builds, renders and stores one digest, as the weekly job does.
async fn one(engine: &Engine, community_id: i64, week: IsoWeek) -> anyhow::Result<()> {
    let mut turn = Turn::begin(engine).await?;
    let community = turn
        .tx
        .community_by_id(community_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("community {community_id} vanished"))?;
    let (d, names) = digest::build(&mut turn.tx, &community, week, turn.now).await?;
    let _ = text::render(
        &engine.translator,
        Language::En,
        &d,
        &names,
        Audience::Coordinators,
    );
    digest::weekly::save(&mut turn, &community, &d, &[Language::En]).await?;
    turn.commit().await?;
    Ok(())
}

pub async fn run(
    engine: &Engine,
    store: &Store,
    concurrency: usize,
) -> anyhow::Result<DigestBench> {
    let seeding = Instant::now();
    let last = IsoWeek::at(Utc::now(), chrono_tz::Europe::London).previous();
    let (year_id, weeks, groups) = digest_seed::seed(store, last).await?;
    super::digest_mix::settle(store).await?;
    let seed_seconds = seeding.elapsed().as_secs_f64();

    let started = Instant::now();
    let e = engine.clone();
    let year = measure(weeks.len(), 1, move |i| {
        let (e, week) = (e.clone(), weeks[i]);
        async move { one(&e, year_id, week).await }
    })
    .await?;
    let year_seconds = started.elapsed().as_secs_f64();

    // The many groups' digests through the weekly job itself: booked as
    // `/digest` booking does, claimed, and run in the job runner's batches,
    // 8 batches at a time. An operation here is a batch.
    let booked = book(engine, &groups, last).await?;
    let started = Instant::now();
    let claimed = store
        .claim_jobs("bench", Utc::now(), crate::jobs::LEASE, booked as i64)
        .await?;
    anyhow::ensure!(
        claimed.len() == booked,
        "{} of {booked} digest jobs claimed",
        claimed.len()
    );
    let batches = crate::jobs::batches(claimed, crate::jobs::BATCH);
    let count = batches.len();
    let (e, batches) = (engine.clone(), std::sync::Arc::new(batches));
    let mut many = measure(count, concurrency, move |i| {
        let (e, batches) = (e.clone(), batches.clone());
        async move {
            let batch = batches[i].clone();
            let n = batch.len();
            let ran = crate::jobs::run_batch(&e, "bench", batch, Utc::now()).await?;
            anyhow::ensure!(ran == n, "{ran} of {n} digests built");
            Ok(())
        }
    })
    .await?;
    let many_seconds = started.elapsed().as_secs_f64();
    per_digest(&mut many, booked);
    Ok(DigestBench {
        seed_seconds,
        year,
        year_seconds,
        many,
        many_seconds,
    })
}

/// Books each group's weekly digest job for `week`, due now.
async fn book(engine: &Engine, groups: &[i64], week: IsoWeek) -> anyhow::Result<usize> {
    let mut turn = Turn::begin(engine).await?;
    for &community_id in groups {
        let settings = turn.tx.digest_settings(community_id).await?;
        digest::weekly::book(&mut turn.tx, community_id, &settings, week, turn.now).await?;
    }
    turn.commit().await?;
    Ok(groups.len())
}

/// Turns a measurement of batches into one of digests: the rate and the
/// costs per digest; the latencies stay those of a batch (every digest in
/// it is committed when its batch is).
fn per_digest(m: &mut Measured, digests: usize) {
    let per_batch = digests as f64 / m.operations.max(1) as f64;
    m.per_second *= per_batch;
    m.statements /= per_batch;
    m.mean /= per_batch;
    m.database /= per_batch;
    m.operations = digests;
}
