//! The tally workload: a million ranked ballots over ten options, counted
//! by Schulze and by instant runoff. Pure computation, no database: what
//! closing a very large ranked poll costs. Ballots are ten bytes each,
//! padded past their last choice with an index no option has.

use crate::domain::poll::ranked;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use std::time::Instant;

pub const BALLOTS: usize = 1_000_000;
pub const OPTIONS: usize = 10;

pub struct Tally {
    pub schulze_seconds: f64,
    pub runoff_seconds: f64,
    pub runoff_rounds: usize,
}

pub fn run() -> Tally {
    // A fixed seed, and a lean towards the first options, so every run
    // counts the same, realistic (not uniform) ballots.
    let mut rng = StdRng::seed_from_u64(2026);
    let ballots: Vec<[u8; OPTIONS]> = (0..BALLOTS)
        .map(|_| {
            let mut order: Vec<u8> = (0..OPTIONS as u8).collect();
            order.shuffle(&mut rng);
            order.sort_by_key(|&o| u32::from(o) + rng.random_range(0..8));
            let keep = rng.random_range(3..=OPTIONS);
            let mut ballot = [u8::MAX; OPTIONS];
            ballot[..keep].copy_from_slice(&order[..keep]);
            ballot
        })
        .collect();
    let started = Instant::now();
    let schulze = ranked::schulze(OPTIONS, &ballots);
    let schulze_seconds = started.elapsed().as_secs_f64();
    let started = Instant::now();
    let runoff = ranked::instant_runoff(OPTIONS, &ballots);
    let runoff_seconds = started.elapsed().as_secs_f64();
    std::hint::black_box((&schulze, &runoff));
    Tally {
        schulze_seconds,
        runoff_seconds,
        runoff_rounds: runoff.rounds.len(),
    }
}
