//! How the group writer was used, for `kettle-bench --profile` (feature
//! `bench` only): the batches it wrote, by size, and its time writing; and
//! where an update's time went while it was in the writer's hands (timed
//! only with `--profile`). How full the batches are, how busy the one
//! writer is and how long an update waits for its batch to go say whether
//! a path waits on the writer or on something before it.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant};

/// Batches by size; the last counts every batch of that size or more.
static BATCHES: [AtomicU64; 17] = [const { AtomicU64::new(0) }; 17];
static UPDATES: AtomicU64 = AtomicU64::new(0);
static NANOS: AtomicU64 = AtomicU64::new(0);
/// Summed over updates: from being queued until their batch was taken up,
/// for the batch's write (each update counts its whole batch), and in the
/// writer's hands in all (queued until the update had its answer back).
static QUEUED: AtomicU64 = AtomicU64::new(0);
static WRITING: AtomicU64 = AtomicU64::new(0);
static HELD: AtomicU64 = AtomicU64::new(0);
/// Whether updates are timed around the writer: only when profiling, so
/// that a plain run's paths do no work the production binary does not.
static TIMING: AtomicBool = AtomicBool::new(false);

/// Time each update around the writer from now on (`--profile`).
pub fn time_updates() {
    TIMING.store(true, Relaxed);
}

/// Now, when updates are timed.
pub(super) fn now() -> Option<Instant> {
    TIMING.load(Relaxed).then(Instant::now)
}

fn nanos(took: Duration) -> u64 {
    u64::try_from(took.as_nanos()).unwrap_or(u64::MAX)
}

/// A batch of `size` updates written in `took`.
pub(super) fn note(size: usize, took: Duration) {
    if let Some(n) = BATCHES.get(size.min(BATCHES.len() - 1)) {
        n.fetch_add(1, Relaxed);
    }
    UPDATES.fetch_add(size as u64, Relaxed);
    NANOS.fetch_add(nanos(took), Relaxed);
    if TIMING.load(Relaxed) {
        WRITING.fetch_add(nanos(took).saturating_mul(size as u64), Relaxed);
    }
}

/// An update queued at `queued` (when timed: [`now`]) had its batch taken
/// up at `taken`.
pub(super) fn queued(queued: Option<Instant>, taken: Instant) {
    if let Some(queued) = queued {
        QUEUED.fetch_add(nanos(taken - queued), Relaxed);
    }
}

/// An update queued at `queued` has its answer back.
pub(super) fn held(queued: Option<Instant>) {
    if let Some(queued) = queued {
        HELD.fetch_add(nanos(queued.elapsed()), Relaxed);
    }
}

/// Since the last call: the batches by size, the updates in them, the
/// seconds spent writing them, and where the updates' time in the
/// writer's hands went ([`Held`]).
pub fn take() -> (Vec<u64>, u64, f64, Held) {
    let batches = BATCHES.iter().map(|n| n.swap(0, Relaxed)).collect();
    let updates = UPDATES.swap(0, Relaxed);
    let seconds = |n: &AtomicU64| n.swap(0, Relaxed) as f64 / 1e9;
    let held = Held {
        queued: seconds(&QUEUED),
        writing: seconds(&WRITING),
        held: seconds(&HELD),
    };
    (batches, updates, seconds(&NANOS), held)
}

/// Where the updates' time in the writer's hands went, summed in seconds
/// over them (the report divides by the path's operations, as it does
/// every other figure). What `held` leaves after `queued` and `writing` is
/// the hand back: from the batch's answer until each update ran again.
#[derive(Debug, Clone, Copy)]
pub struct Held {
    pub queued: f64,
    pub writing: f64,
    pub held: f64,
}
