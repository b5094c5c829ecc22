//! Two processes on one Postgres database, as Kettle is deployed: the
//! ingest and tap paths run in one process, then in two at once (this
//! binary started twice more, as workers), and the combined rate is set
//! against one process's. Locks and shared rows must not make two
//! processes slower together than one alone.

use super::{checkin_taps, ingest, throwaway_database, BenchArgs, Measured};
use crate::config::Config;
use anyhow::Context;
use std::time::{SystemTime, UNIX_EPOCH};

/// The paths compared, as `--workload` names them.
const PATHS: [&str; 2] = ["ingest", "taps"];

pub async fn run(args: &BenchArgs, config: &Config) -> anyhow::Result<()> {
    let (url, cleanup) = throwaway_database("postgres", &args.postgres).await?;
    let store = crate::startup::open_store(&url).await?;
    let engine = super::engine_for(&store, config)?;
    println!(
        "Two processes on one Postgres database: {} updates each, {} at a time each",
        args.updates, args.concurrency
    );
    for path in PATHS {
        // One process alone (it also sets up the groups and the round).
        let one = run_path(&engine, &store, args, path, "solo").await?;
        let (ops, seconds) = together(args, &url, path).await?;
        let both = ops as f64 / seconds;
        println!(
            "postgres  {path:<7} one process {:>6.0}/s; two at once {:>6.0}/s together ({:.2}× one)",
            one.per_second,
            both,
            both / one.per_second
        );
    }
    store.close().await;
    cleanup.await
}

/// One path, timed in this process; `tag` keeps its update keys apart.
async fn run_path(
    engine: &crate::app::Engine,
    store: &crate::store::Store,
    args: &BenchArgs,
    path: &str,
    tag: &str,
) -> anyhow::Result<Measured> {
    match path {
        "ingest" => ingest(engine, args, tag).await,
        _ => checkin_taps(engine, store, args, 1, tag).await,
    }
}

/// Starts two workers on `path` at once; returns the updates both handled
/// and the seconds from the first one's start to the last one's end.
async fn together(args: &BenchArgs, url: &str, path: &str) -> anyhow::Result<(usize, f64)> {
    let exe = std::env::current_exe().context("finding the benchmark's own binary")?;
    let start = |k: usize| {
        tokio::process::Command::new(&exe)
            .args(["--worker-url", url, "--worker-tag", &format!("p{k}")])
            .args(["--workload", path])
            .args(["--updates", &args.updates.to_string()])
            .args(["--concurrency", &args.concurrency.to_string()])
            .stdout(std::process::Stdio::piped())
            .kill_on_drop(true)
            .spawn()
    };
    let (a, b) = (start(1)?, start(2)?);
    let (a, b) = tokio::join!(a.wait_with_output(), b.wait_with_output());
    let mut ops = 0;
    let (mut first, mut last) = (f64::INFINITY, 0.0_f64);
    for out in [a?, b?] {
        anyhow::ensure!(out.status.success(), "a worker failed");
        let report = String::from_utf8_lossy(&out.stdout);
        let line = report
            .lines()
            .find(|l| l.starts_with("worker "))
            .context("a worker said nothing")?;
        let fields: Vec<&str> = line.split_whitespace().collect();
        let field = |n: usize| fields.get(n).copied().unwrap_or_default();
        ops += field(2).parse::<usize>()?;
        first = first.min(field(3).parse()?);
        last = last.max(field(4).parse()?);
    }
    Ok((ops, last - first))
}

/// A worker: runs the named paths against `url` and reports, for each,
/// `worker <path> <updates> <start> <end>` (seconds since the epoch).
pub async fn worker(args: &BenchArgs, url: &str, config: &Config) -> anyhow::Result<()> {
    let store = crate::store::Store::connect(url).await?;
    let engine = super::engine_for(&store, config)?;
    for path in PATHS.iter().filter(|p| args.runs(p)) {
        let start = epoch_seconds();
        let m = run_path(&engine, &store, args, path, &args.worker_tag).await?;
        println!(
            "worker {path} {} {start:.3} {:.3}",
            m.operations,
            epoch_seconds()
        );
    }
    store.close().await;
    Ok(())
}

fn epoch_seconds() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}
