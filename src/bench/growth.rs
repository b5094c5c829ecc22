//! How cost grows with the database. The same paths are timed on a fresh
//! database holding 1,000 communities, then on one holding 100,000 (each
//! with eight members, a week's meeting, check-in round and poll, as the
//! digest workload writes them; eight new people for every ten groups),
//! vacuumed and analysed as a long-running database would be, and then on
//! 1,000 again. Cost per update should stay flat: where it does not, an
//! index is missing or a statement scans.
//!
//! The smaller size is timed before and after the larger, and the change
//! is taken against the mean of the two: timed only first, it also paid
//! for the process warming up, and nearly every change came out a rise.
//! How far the two agree is printed beside it, so a reader can tell a
//! change from the run's own noise.

use super::{
    checkin_taps, digest_mix, engine_for, ingest, throwaway_database, votes, BenchArgs, Measured,
    GROUPS,
};
use crate::config::Config;
use std::time::Instant;

const PATHS: [&str; 4] = [
    "kettle ingest",
    "taps, one round",
    "taps, 50 rounds",
    "vote burst",
];

pub async fn run(args: &BenchArgs, config: &Config) -> anyhow::Result<()> {
    let (small, large) = match args.growth_sizes[..] {
        [small, large] => (small, large),
        _ => anyhow::bail!("--growth-sizes takes two sizes, like 1000,100000"),
    };
    println!(
        "Growth: each path on a database already holding {small} communities, then {large}, then {small} again ({} updates per path, {} at a time); the change is against the mean of the two runs on {small}",
        args.updates, args.concurrency
    );
    println!(
        "{:<9} {:<18} {:>14} {:>14} {:>14} {:>8} {:>14}",
        "backend",
        "path",
        format!("{small} /s"),
        format!("{large} /s"),
        format!("{small} again"),
        "change",
        "small twice"
    );
    for backend in super::parts::chosen(args.only.as_deref()) {
        let mut runs: Vec<Vec<Measured>> = vec![];
        for size in [small, large, small] {
            runs.push(paths_on(backend, size, args, config).await?);
        }
        for (n, path) in PATHS.iter().enumerate() {
            let rate = |run: usize| {
                runs.get(run)
                    .and_then(|r| r.get(n))
                    .map_or(0.0, |m| m.per_second)
            };
            let (before, grown, after) = (rate(0), rate(1), rate(2));
            println!(
                "{backend:<9} {path:<18} {before:>14.0} {grown:>14.0} {after:>14.0} {:>+7.0}% {:>+13.0}%",
                100.0 * (grown / ((before + after) / 2.0) - 1.0),
                100.0 * (after / before - 1.0)
            );
        }
    }
    Ok(())
}

/// The growth paths, timed on a fresh database of `backend` seeded with
/// `size` communities.
async fn paths_on(
    backend: &str,
    size: usize,
    args: &BenchArgs,
    config: &Config,
) -> anyhow::Result<Vec<Measured>> {
    let (url, cleanup) = throwaway_database(backend, &args.postgres).await?;
    let store = crate::startup::open_store(&url).await?;
    let seeding = Instant::now();
    digest_mix::groups(&store, size).await?;
    digest_mix::settle(&store).await?;
    eprintln!(
        "{backend}: {size} communities written in {:.1} s",
        seeding.elapsed().as_secs_f64()
    );
    let engine = engine_for(&store, config)?;
    let measured = vec![
        ingest(&engine, args, "growth").await?,
        checkin_taps(&engine, &store, args, 1, "growth").await?,
        checkin_taps(&engine, &store, args, GROUPS, "growth").await?,
        votes::run(&engine, &store, args).await?.measured,
    ];
    store.close().await;
    cleanup.await?;
    Ok(measured)
}
