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
    /// `answer`), then waits for `answer` or the turn, whichever comes
    /// first; with the turn, does batches of at most `most` with `work`
    /// until `answer` has come, from this caller's batch or another's.
    ///
    /// A caller answered by another's batch never takes the turn: if it
    /// did, each such caller would take it in order only to find itself
    /// answered, and the next batch would wait behind all of them.
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
        let turn = tokio::select! {
            biased;
            answered = &mut answer => return answered.ok(),
            turn = self.turn.acquire() => turn,
        };
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

#[cfg(test)]
mod tests {
    use super::Gather;
    use std::sync::Arc;
    use std::time::Duration;
    use tokio::sync::{oneshot, Semaphore};

    type Item = (u32, oneshot::Sender<u32>);

    /// Queues `n` and runs batches of it and whatever else is queued:
    /// each batch waits for `gate` to let it start, answers every item
    /// with its own number, then waits for `gate` again before it ends.
    fn caller(
        gather: &Arc<Gather<Item>>,
        gate: &Arc<Semaphore>,
        n: u32,
    ) -> tokio::task::JoinHandle<Option<u32>> {
        let (gather, gate) = (gather.clone(), gate.clone());
        tokio::spawn(async move {
            let (tx, rx) = oneshot::channel();
            let work = |batch: Vec<Item>| {
                let gate = gate.clone();
                async move {
                    gate.acquire().await.map(|p| p.forget()).ok();
                    for (n, answer) in batch {
                        let _ = answer.send(n);
                    }
                    gate.acquire().await.map(|p| p.forget()).ok();
                }
            };
            gather.run((n, tx), rx, 64, work).await
        })
    }

    /// Lets the tasks run until each waits.
    async fn settle() {
        for _ in 0..50 {
            tokio::task::yield_now().await;
        }
    }

    /// Three updates of one burst: the first is being written when the
    /// other two arrive, so they share the next batch. The one who writes
    /// it is slow to finish; the other, already answered, goes on at once
    /// instead of waiting for a turn it no longer needs.
    #[tokio::test]
    async fn an_answered_caller_does_not_wait_for_the_turn() {
        let gather = Arc::new(Gather::new(1));
        let gate = Arc::new(Semaphore::new(0));
        let first = caller(&gather, &gate, 1);
        settle().await;
        let second = caller(&gather, &gate, 2);
        settle().await;
        let third = caller(&gather, &gate, 3);
        settle().await;
        // The first batch ([1]) starts, answers and ends.
        gate.add_permits(2);
        assert_eq!(first.await.ok().flatten(), Some(1));
        // The second caller writes [2, 3], answers both, then is slow.
        gate.add_permits(1);
        let third = tokio::time::timeout(Duration::from_secs(5), third).await;
        assert_eq!(third.ok().and_then(Result::ok).flatten(), Some(3));
        gate.add_permits(1);
        assert_eq!(second.await.ok().flatten(), Some(2));
    }
}
