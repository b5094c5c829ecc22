//! The group writer's own thread on Postgres (see [`super::group_commit`]).
//!
//! The group write is the one step every update of the fast path passes
//! through one at a time, so how soon the next batch starts after one ends
//! bounds them all. Written by whichever update's task had the turn, each
//! batch's answer waited for that task to be run again, among the other
//! updates' tasks on the runtime's two threads, before it could tell
//! anyone or take the next batch. Sampled on the benchmark's taps, the
//! writer's server process sat idle, waiting for Kettle's next statement,
//! about half the time the writer was waiting for its statement's answer.
//! On a thread of its own, which does nothing else, the writer is woken by
//! the system as soon as the answer arrives, and the next batch goes out
//! at once.
//!
//! The thread starts with the first batch on Postgres and ends when its
//! engine is dropped (its queue's last sender with it). Should it ever
//! stop otherwise, the next update finds its queue closed and starts
//! another.

use super::group_commit::{write, Target, Waiting, MOST};
use super::pg_writer::PgWriter;
use super::{StoreError, StoreResult};
use sqlx::PgPool;
use std::sync::Mutex;
use tokio::sync::mpsc::{unbounded_channel, UnboundedSender};

/// Where updates wait for the writer's thread. One per engine.
#[derive(Default)]
pub(super) struct WriterThread {
    queue: Mutex<Option<UnboundedSender<Waiting>>>,
}

impl std::fmt::Debug for WriterThread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WriterThread").finish_non_exhaustive()
    }
}

impl WriterThread {
    /// Hands `waiting` to the writer's thread (started first if there is
    /// none, or the one there was has stopped); it answers through
    /// `waiting`'s own sender.
    pub(super) fn queue(&self, pool: &PgPool, waiting: Waiting) -> StoreResult<()> {
        let mut queue = self.queue.lock().unwrap_or_else(|e| e.into_inner());
        let waiting = match queue.as_ref() {
            Some(running) => match running.send(waiting) {
                Ok(()) => return Ok(()),
                Err(closed) => closed.0,
            },
            None => waiting,
        };
        let started = start(pool.clone())?;
        let sent = started.send(waiting).map_err(|_| stopped());
        *queue = Some(started);
        sent
    }
}

/// Starts the thread: it writes whatever is queued, up to a batch's size,
/// each time it finishes a batch, until its queue's senders are gone.
fn start(pool: PgPool) -> StoreResult<UnboundedSender<Waiting>> {
    let (sender, mut queue) = unbounded_channel::<Waiting>();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(sqlx::Error::Io)?;
    std::thread::Builder::new()
        .name("kettle_writer".into())
        .spawn(move || {
            runtime.block_on(async move {
                // The writer's connection is made on this thread's runtime,
                // and used on no other.
                let writer = PgWriter::default();
                let mut batch = Vec::with_capacity(MOST);
                while queue.recv_many(&mut batch, MOST).await > 0 {
                    let target = Target::Postgres(&pool, &writer);
                    write(target, std::mem::take(&mut batch)).await;
                }
            });
        })
        .map_err(sqlx::Error::Io)?;
    Ok(sender)
}

fn stopped() -> StoreError {
    StoreError::Corrupt("the group writer stopped".into())
}

#[cfg(test)]
mod tests {
    use super::{unbounded_channel, WriterThread};
    use crate::store::group_commit::{Commit, Waiting};
    use crate::store::sam_in_a_group::{drop_postgres, on_postgres};

    /// Sam taps in his group while the writer's thread has stopped (its
    /// queue closed, as a thread that ended would leave it): another
    /// starts, and Sam's update is written, once.
    #[tokio::test]
    async fn a_stopped_writer_is_started_again() {
        let (pool, name) = on_postgres(&[]).await;
        let thread = WriterThread::default();
        let (closed, _) = unbounded_channel();
        *thread.queue.lock().unwrap() = Some(closed);
        for (key, new) in [("tap:1", true), ("tap:1", false), ("tap:2", true)] {
            let (done, written) = tokio::sync::oneshot::channel();
            let commit = Commit::sams(key);
            thread.queue(&pool, Waiting { commit, done }).unwrap();
            assert_eq!(written.await.unwrap().unwrap(), new, "{key}");
        }
        let recorded: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM inbox")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(recorded, 2);
        drop(thread);
        drop_postgres(pool, &name).await;
    }
}
