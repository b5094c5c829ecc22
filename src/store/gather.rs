//! Work that arrives together, done together: each caller queues its item
//! and waits; whichever caller gets the turn first does everything queued
//! so far, up to a batch's size, while the next batch gathers. The group
//! commit ([`super::group_commit`]) and the press reads
//! ([`super::group_reads`]) share this loop: the server's processor bounds
//! Kettle on Postgres, and one statement for a batch costs it far less
//! than one for each item.

use std::sync::Mutex;
use tokio::sync::oneshot;

/// A queue of items, each carrying how to answer its caller.
pub(super) struct Gather<T> {
    queue: Mutex<Vec<T>>,
    /// Who may work now: while they do, the next batch gathers.
    turn: tokio::sync::Semaphore,
}

impl<T> Gather<T> {
    /// `workers`: how many batches may be in hand at once.
    pub(super) fn new(workers: usize) -> Gather<T> {
        Gather {
            queue: Mutex::default(),
            turn: tokio::sync::Semaphore::new(workers),
        }
    }

    /// Queues `item` (which answers through the sender paired with
    /// `answer`), then does batches of at most `most` with `work` until
    /// `answer` has come, from this caller's batch or another's.
    pub(super) async fn run<R, W, F>(
        &self,
        item: T,
        mut answer: oneshot::Receiver<R>,
        most: usize,
        mut work: W,
    ) -> Option<R>
    where
        W: FnMut(Vec<T>) -> F,
        F: std::future::Future<Output = ()>,
    {
        self.lock_queue().push(item);
        let turn = self.turn.acquire().await;
        loop {
            // Another worker may have taken ours along.
            if let Ok(answered) = answer.try_recv() {
                return Some(answered);
            }
            let batch: Vec<T> = {
                let mut queue = self.lock_queue();
                let n = queue.len().min(most);
                queue.drain(..n).collect()
            };
            if batch.is_empty() {
                // Another worker has ours in hand: wait for it.
                drop(turn);
                return answer.await.ok();
            }
            work(batch).await;
        }
    }

    fn lock_queue(&self) -> std::sync::MutexGuard<'_, Vec<T>> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }
}
