//! A newcomer's first tap on SQLite. The ordinary path gives each one a
//! write transaction of its own, and so a disk flush of its own: in a busy
//! evening's first round, or a member's first tap in each of their groups,
//! the one writer did little else. As on Postgres (`store::first_press`),
//! the tapper is registered first, as a fact of its own, and the tap then
//! takes the fast path of a known member: the steady read, and the group
//! commit, which records the update, finds out whether it was a duplicate
//! and writes the answer only while the round is open. Here registrations
//! that arrive together share one transaction and one flush.
//!
//! A crash between a registration's commit and its tap's loses only the
//! registration the tap never counted on: the tap is not acknowledged,
//! comes again, and registers again (which then changes nothing).

use super::gather::Gather;
use super::{Store, StoreResult};
use crate::domain::{Channel, PlatformUser};
use chrono::{DateTime, Utc};
use tokio::sync::oneshot;

/// At most this many registrations share one transaction.
const MOST: usize = 64;

/// Who to register where. No `Debug`: it holds the tapper's name.
pub(super) struct Registering {
    pub(super) channel: Channel,
    pub(super) chat_id: String,
    pub(super) user: PlatformUser,
    pub(super) at: DateTime<Utc>,
}

struct Waiting {
    item: Registering,
    done: oneshot::Sender<StoreResult<bool>>,
}

/// The registrations waiting to be written. One per engine.
pub(super) struct Registrations {
    queue: Gather<Waiting>,
}

impl Default for Registrations {
    fn default() -> Registrations {
        Registrations {
            queue: Gather::new(1),
        }
    }
}

impl Registrations {
    /// Registers `item`'s sender in its chat's community, with whatever
    /// else is waiting. `false`: the chat has no community, or a
    /// coordinator removed them (the ordinary path then answers).
    pub(super) async fn register(&self, store: &Store, item: Registering) -> StoreResult<bool> {
        let (done, answer) = oneshot::channel();
        let work = |batch: Vec<Waiting>| register_all(store, batch);
        self.queue
            .run(Waiting { item, done }, answer, MOST, work)
            .await
            .unwrap_or_else(|| Err(super::StoreError::Corrupt("a registration was lost".into())))
    }
}

/// Registers a batch in one transaction and answers each waiting tap. A
/// batch that failed is registered one by one, so one bad item fails alone.
async fn register_all(store: &Store, batch: Vec<Waiting>) {
    let items: Vec<&Registering> = batch.iter().map(|w| &w.item).collect();
    let all = match register_batch(store, &items).await {
        Ok(all) => Some(all),
        Err(e) if batch.len() == 1 => {
            if let Some(waiting) = batch.into_iter().next() {
                let _ = waiting.done.send(Err(e));
            }
            return;
        }
        Err(e) => {
            tracing::warn!(error = %e, taps = batch.len(), "registrations failed; registering one by one");
            None
        }
    };
    for (n, waiting) in batch.into_iter().enumerate() {
        let one = match all.as_ref().and_then(|all| all.get(n)) {
            Some(registered) => Ok(*registered),
            None => register_batch(store, &[&waiting.item])
                .await
                .map(|one| one.first().copied().unwrap_or(false)),
        };
        let _ = waiting.done.send(one);
    }
}

async fn register_batch(store: &Store, items: &[&Registering]) -> StoreResult<Vec<bool>> {
    let mut tx = store.begin().await?;
    let mut registered = Vec::with_capacity(items.len());
    for item in items {
        let Some(community) = tx.community_by_chat(item.channel, &item.chat_id).await? else {
            registered.push(false);
            continue;
        };
        let member = tx
            .register_speaking(&community, item.channel, &item.user, item.at)
            .await?;
        registered.push(member.is_some());
    }
    tx.commit().await?;
    Ok(registered)
}
