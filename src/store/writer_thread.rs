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
//! at once. Better still, the next batch may go before the answer: sent
//! behind the one being written ([`super::pg_pipeline`]), so the server
//! takes it up the moment it has committed the other, or, when nothing in
//! it must wait for that commit, on a second connection, alongside, so the
//! server writes it while it flushes the other to disk
//! (`store::alongside`).
//!
//! The thread starts with the first batch on Postgres and ends when its
//! engine is dropped (its queue's last sender with it). Should it ever
//! stop otherwise, the next update finds its queue closed and starts
//! another.

use super::alongside::{may_go_alongside, touches_of, Touch};
use super::group_commit::{write, Target, Waiting, MOST};
use super::pg_pipeline::Pipeline;
use super::{StoreError, StoreResult};
use futures::stream::{FuturesUnordered, StreamExt};
use futures::FutureExt as _;
use sqlx::PgPool;
use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc::{unbounded_channel, UnboundedReceiver, UnboundedSender};

/// Where updates wait for the writer's thread. One per engine.
#[derive(Default)]
pub(super) struct WriterThread {
    queue: Mutex<Option<UnboundedSender<Waiting>>>,
    sent: Arc<Sent>,
}

/// How the writer's batches went out, counted so its stories can tell
/// that a batch did go behind or alongside another, not one at a time:
/// written one at a time, they would still pass every other check.
#[derive(Debug, Default)]
struct Sent {
    /// With nothing else being written.
    alone: AtomicU64,
    /// On the connection of the batch being written, before its answer.
    behind: AtomicU64,
    /// On the other connection, while the other batch was being written.
    alongside: AtomicU64,
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
        let started = start(pool.clone(), self.sent.clone())?;
        let sent = started.send(waiting).map_err(|_| stopped());
        *queue = Some(started);
        sent
    }
}

/// How many batches may be in hand at once: one being written, and the
/// next already sent, alongside it or behind it (`store::alongside`,
/// `store::pg_pipeline`), so the server need not wait for Kettle between
/// them.
const IN_HAND: usize = 2;

/// Starts the thread: it writes what is queued, up to a batch's size, as
/// [`run`] says, until its queue's senders are gone.
fn start(pool: PgPool, sent: Arc<Sent>) -> StoreResult<UnboundedSender<Waiting>> {
    let (sender, queue) = unbounded_channel::<Waiting>();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(sqlx::Error::Io)?;
    std::thread::Builder::new()
        .name("kettle_writer".into())
        .spawn(move || runtime.block_on(run(pool, queue, &sent)))
        .map_err(sqlx::Error::Io)?;
    Ok(sender)
}

/// The writer's loop. With nothing being written, what is queued goes at
/// once. With a batch being written, the next gathers until it holds as
/// many updates as the one before (in a steady flow, those that arrived
/// while one batch was written), then is sent, unless it
/// [`waits_for_the_one_ahead`]: on the other connection, to be written
/// alongside, if it [`may_go_alongside`]; else behind the one being
/// written, on its connection.
async fn run(pool: PgPool, mut queue: UnboundedReceiver<Waiting>, sent: &Sent) {
    // The writer's connections are made on this thread's runtime, and used
    // on no other.
    let lanes = [Pipeline::new(pool.clone()), Pipeline::new(pool)];
    let mut writing = FuturesUnordered::new();
    let mut in_hand: Vec<InHand> = Vec::with_capacity(IN_HAND);
    let mut pending: Vec<Waiting> = Vec::with_capacity(MOST);
    let (mut sent_last, mut lane, mut open, mut next_id) = (0, 0, true, 0u64);
    while open || !pending.is_empty() || !writing.is_empty() {
        let room = MOST - pending.len();
        tokio::select! {
            taken = queue.recv_many(&mut pending, room), if open && room > 0 => {
                open = taken > 0;
            }
            Some(id) = writing.next(), if !writing.is_empty() => {
                in_hand.retain(|h: &InHand| h.id != id);
            }
            else => {}
        }
        let send = !pending.is_empty()
            && (writing.is_empty()
                || (writing.len() < IN_HAND
                    && (pending.len() >= sent_last || !open)
                    && !waits_for_the_one_ahead(&pending)));
        if send {
            let touches = touches_of(&pending);
            let how = match in_hand.first() {
                None => &sent.alone,
                Some(ahead) if may_go_alongside(&pending, &touches, &ahead.touches) => {
                    lane = 1 - ahead.lane;
                    &sent.alongside
                }
                Some(ahead) => {
                    lane = ahead.lane;
                    &sent.behind
                }
            };
            how.fetch_add(1, Ordering::Relaxed);
            let batch = std::mem::replace(&mut pending, Vec::with_capacity(MOST));
            sent_last = batch.len();
            next_id += 1;
            let id = next_id;
            in_hand.push(InHand { id, lane, touches });
            let target = Target::Postgres(&lanes[lane]);
            writing.push(write(target, batch).map(move |()| id));
        }
    }
}

/// A batch sent and not yet written: which connection it went on, and
/// what it writes whose order counts.
struct InHand {
    id: u64,
    lane: usize,
    touches: HashSet<Touch>,
}

/// A vote stands on a read that the batch being written may change (the
/// same voter's record); sent behind it, such a batch came back stale more
/// often, and its votes ran again on the ordinary path. Measured on the
/// benchmark's vote burst: 1,820–1,970 votes/s sent early against
/// 2,310–2,330/s waiting.
///
/// A newcomer's first press does not wait. It stands on a read too (the
/// same person may be registered by their press in another group), but the
/// taps that find so are few: sent early, the taps across 50 rounds, every
/// one a first press, ran at 3,466–3,691/s against 3,026–3,373/s waiting
/// (four alternating pairs), though a few more of them ran again.
fn waits_for_the_one_ahead(pending: &[Waiting]) -> bool {
    pending.iter().any(|w| w.commit.vote.is_some())
}

fn stopped() -> StoreError {
    StoreError::Corrupt("the group writer stopped".into())
}

#[cfg(test)]
impl WriterThread {
    /// How many batches went out so far: alone, behind another, alongside
    /// another.
    fn sent(&self) -> [u64; 3] {
        let Sent {
            alone,
            behind,
            alongside,
        } = &*self.sent;
        [alone, behind, alongside].map(|n| n.load(Ordering::Relaxed))
    }
}

#[cfg(test)]
#[path = "writer_thread_tests.rs"]
mod tests;
