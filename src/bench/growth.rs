//! How cost grows with the database. The same paths are timed on a fresh
//! database holding 1,000 communities, then on one holding 100,000 (each
//! with eight members, a week's meeting, check-in round and poll, as the
//! digest workload writes them; eight new people for every ten groups),
//! vacuumed and analysed as a long-running database would be.
//! Cost per update should stay flat: where it does not, an index is
//! missing or a statement scans.

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
    let sizes = match args.growth_sizes[..] {
        [small, large] => [small, large],
        _ => anyhow::bail!("--growth-sizes takes two sizes, like 1000,100000"),
    };
    println!(
        "Growth: each path on a database already holding {} and then {} communities ({} updates per path, {} at a time)",
        sizes[0], sizes[1], args.updates, args.concurrency
    );
    println!(
        "{:<9} {:<18} {:>14} {:>14} {:>8}",
        "backend",
        "path",
        format!("{} /s", sizes[0]),
        format!("{} /s", sizes[1]),
        "change"
    );
    for backend in super::parts::chosen(args.only.as_deref()) {
        let mut runs: Vec<Vec<Measured>> = vec![];
        for size in sizes {
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
            runs.push(vec![
                ingest(&engine, args, "growth").await?,
                checkin_taps(&engine, &store, args, 1, "growth").await?,
                checkin_taps(&engine, &store, args, GROUPS, "growth").await?,
                votes::run(&engine, &store, args).await?.measured,
            ]);
            store.close().await;
            cleanup.await?;
        }
        for (n, path) in PATHS.iter().enumerate() {
            let small = runs
                .first()
                .and_then(|r| r.get(n))
                .map_or(0.0, |m| m.per_second);
            let large = runs
                .get(1)
                .and_then(|r| r.get(n))
                .map_or(0.0, |m| m.per_second);
            println!(
                "{backend:<9} {path:<18} {small:>14.0} {large:>14.0} {:>+7.0}%",
                100.0 * (large / small - 1.0)
            );
        }
    }
    Ok(())
}
