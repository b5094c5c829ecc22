//! How the group writer was used, for `kettle-bench --profile` (feature
//! `bench` only): the batches it wrote, by size, and its time writing. How
//! full the batches are and how busy the one writer is say whether a path
//! waits on the writer or on something before it.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Duration;

/// Batches by size; the last counts every batch of that size or more.
static BATCHES: [AtomicU64; 17] = [const { AtomicU64::new(0) }; 17];
static UPDATES: AtomicU64 = AtomicU64::new(0);
static NANOS: AtomicU64 = AtomicU64::new(0);

pub(super) fn note(size: usize, took: Duration) {
    if let Some(n) = BATCHES.get(size.min(BATCHES.len() - 1)) {
        n.fetch_add(1, Relaxed);
    }
    UPDATES.fetch_add(size as u64, Relaxed);
    let nanos = u64::try_from(took.as_nanos()).unwrap_or(u64::MAX);
    NANOS.fetch_add(nanos, Relaxed);
}

/// Since the last call: the batches by size, the updates in them, and
/// the seconds spent writing them.
pub fn take() -> (Vec<u64>, u64, f64) {
    let batches = BATCHES.iter().map(|n| n.swap(0, Relaxed)).collect();
    let updates = UPDATES.swap(0, Relaxed);
    (batches, updates, NANOS.swap(0, Relaxed) as f64 / 1e9)
}
