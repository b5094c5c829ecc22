//! Timing operations, and the reference every path is measured against:
//! plain single-row sqlx inserts on the same database.

use super::{statements, BenchArgs};
use crate::store::census;
use crate::store::Store;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Throughput and latency of one run.
pub(super) struct Measured {
    pub(super) per_second: f64,
    pub(super) p50: Duration,
    pub(super) p99: Duration,
    /// SQL statements per operation (0 when not counted).
    pub(super) statements: f64,
    pub(super) operations: usize,
    /// Mean time per operation, from start to finish, in seconds.
    pub(super) mean: f64,
    /// Of which the database took (its statements' time), in seconds.
    pub(super) database: f64,
    /// Where the database time went, when profiling (see [`statements`]).
    pub(super) profile: Vec<(String, u64, f64)>,
    /// The group writer's batches by size, and its share of the run spent
    /// writing (see `store::census`).
    pub(super) batches: Vec<u64>,
    pub(super) batched: u64,
    pub(super) writer_busy: f64,
    /// Where the updates' time in the writer's hands went.
    pub(super) held: census::Held,
}

/// Runs `count` operations, `concurrency` at a time, timing each.
pub(super) async fn measure<F, Fut>(
    count: usize,
    concurrency: usize,
    op: F,
) -> anyhow::Result<Measured>
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = anyhow::Result<()>> + Send,
{
    let op = Arc::new(op);
    let next = Arc::new(AtomicUsize::new(0));
    let _setup = statements::take_profile();
    let _setup_batches = census::take();
    let (statements_before, seconds_before) = statements::sent();
    let started = Instant::now();
    let workers = (0..concurrency.max(1)).map(|_| {
        let (op, next) = (op.clone(), next.clone());
        tokio::spawn(async move {
            let mut latencies = vec![];
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= count {
                    return Ok::<_, anyhow::Error>(latencies);
                }
                let t = Instant::now();
                op(i).await?;
                latencies.push(t.elapsed());
            }
        })
    });
    let mut all = Vec::with_capacity(count);
    for worker in futures::future::join_all(workers).await {
        all.extend(worker??);
    }
    let elapsed = started.elapsed();
    let (batches, batched, writing, held) = census::take();
    let (statements_after, seconds_after) = statements::sent();
    let per_op = |x: f64| x / count.max(1) as f64;
    all.sort();
    let pick = |q: f64| {
        all.get(((all.len() as f64 * q) as usize).min(all.len().saturating_sub(1)))
            .copied()
    };
    Ok(Measured {
        per_second: count as f64 / elapsed.as_secs_f64(),
        p50: pick(0.50).unwrap_or_default(),
        p99: pick(0.99).unwrap_or_default(),
        operations: count,
        statements: per_op((statements_after - statements_before) as f64),
        mean: per_op(all.iter().map(Duration::as_secs_f64).sum()),
        database: per_op(seconds_after - seconds_before),
        profile: statements::take_profile(),
        batches,
        batched,
        writer_busy: writing / elapsed.as_secs_f64(),
        held,
    })
}

pub(super) async fn reference_inserts(store: &Store, args: &BenchArgs) -> anyhow::Result<Measured> {
    let (create, insert) = match store {
        Store::Postgres(_) => (
            "CREATE TABLE bench_ref (id BIGSERIAL PRIMARY KEY, key TEXT NOT NULL UNIQUE, at TIMESTAMPTZ NOT NULL)",
            "INSERT INTO bench_ref (key, at) VALUES ($1, $2)",
        ),
        Store::Sqlite(_) => (
            "CREATE TABLE bench_ref (id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, at TEXT NOT NULL)",
            "INSERT INTO bench_ref (key, at) VALUES ($1, $2)",
        ),
    };
    crate::store::on_pool!(store, |p| sqlx::query(create)
        .execute(p)
        .await?
        .rows_affected());
    let store = store.clone();
    measure(args.updates, args.concurrency, move |i| {
        let store = store.clone();
        async move {
            let now = chrono::Utc::now();
            let key = format!("ref:{i}");
            crate::store::on_pool!(&store, |p| sqlx::query(insert)
                .bind(&key)
                .bind(now)
                .execute(p)
                .await?
                .rows_affected());
            Ok(())
        }
    })
    .await
}
