//! The digest workload: one group with a year of activity (50 members, a
//! meeting every week, 200 polls, a check-in round every day) has each of
//! its 52 weekly digests built; then 10,000 groups with a week each have
//! theirs built in one run. Each digest is read, built, rendered and
//! stored exactly as the weekly job does it, delivery aside. The data is
//! written straight into the tables (untimed) by [`digest_seed`].

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
    let seed_seconds = seeding.elapsed().as_secs_f64();

    let started = Instant::now();
    let e = engine.clone();
    let year = measure(weeks.len(), 1, move |i| {
        let (e, week) = (e.clone(), weeks[i]);
        async move { one(&e, year_id, week).await }
    })
    .await?;
    let year_seconds = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let e = engine.clone();
    let many = measure(groups.len(), concurrency, move |i| {
        let (e, id) = (e.clone(), groups[i]);
        async move { one(&e, id, last).await }
    })
    .await?;
    Ok(DigestBench {
        seed_seconds,
        year,
        year_seconds,
        many,
        many_seconds: started.elapsed().as_secs_f64(),
    })
}
