//! A newcomer's first tap or vote on SQLite. The ordinary path gives each
//! one a write transaction of its own on the one writer: in a busy
//! evening's first round or a poll's first minutes, or a member's first
//! press in each of their groups, those transactions queued one behind
//! another. As on Postgres (`store::first_press`), the presser is
//! registered first, as a fact of its own, and the press then takes the
//! fast path of a known member: the steady read, and the group commit,
//! which records the update, finds out whether it was a duplicate, and
//! writes the answer only while the round is open, or the vote only while
//! the poll is (`store::deferred_votes`). Here registrations that arrive
//! together share one transaction.
//!
//! A crash between a registration's commit and its press's loses only the
//! registration the press never counted on: the press is not
//! acknowledged, comes again, and registers again (which then changes
//! nothing).

use super::gather::Gather;
use super::group_commit::GroupCommit;
use super::ingest::Opening;
use super::known::KnownMembers;
use super::steady::Steady;
use super::{CommunityRecord, Store, StoreResult};
use crate::domain::{Channel, PlatformUser};
use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use tokio::sync::oneshot;

/// At most this many registrations share one transaction.
const MOST: usize = 64;

/// Who to register where. No `Debug`: it holds the tapper's name.
struct Registering {
    channel: Channel,
    chat_id: String,
    user: PlatformUser,
    at: DateTime<Utc>,
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
    async fn register(&self, store: &Store, item: Registering) -> StoreResult<bool> {
        let (done, answer) = oneshot::channel();
        let work = |batch: Vec<Waiting>| register_all(store, batch);
        self.queue
            .run(Waiting { item, done }, answer, MOST, work)
            .await
            .unwrap_or_else(|| Err(super::StoreError::Corrupt("a registration was lost".into())))
    }
}

impl Store {
    /// [`Store::open_registering`] on SQLite: registers the presser with
    /// whoever else is registering now, then opens their press as a known
    /// member's (the steady read), to be written with the group commit.
    pub(super) async fn register_then_read(
        &self,
        o: Opening<'_>,
        group: &Arc<GroupCommit>,
        members: &Arc<KnownMembers>,
        chat: &str,
        user: &PlatformUser,
    ) -> StoreResult<Option<Steady>> {
        let registering = Registering {
            channel: o.channel,
            chat_id: chat.to_string(),
            user: user.clone(),
            at: o.at,
        };
        if !group.registrations.register(self, registering).await? {
            return Ok(None);
        }
        self.open_steady(o, group, members, None).await
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
    // Each chat's community once a batch (registering changes nothing of
    // it), all in one statement.
    let chats: HashSet<(Channel, &str)> = items
        .iter()
        .map(|item| (item.channel, item.chat_id.as_str()))
        .collect();
    let chats: Vec<(Channel, &str)> = chats.into_iter().collect();
    let found_communities = tx.communities_of_chats(&chats).await?;
    let communities: HashMap<(Channel, &str), &CommunityRecord> = found_communities
        .iter()
        .map(|c| ((c.channel, c.chat_id.as_str()), c))
        .collect();
    let mut rows = Vec::with_capacity(items.len());
    let mut found = Vec::with_capacity(items.len());
    for item in items {
        let community = communities
            .get(&(item.channel, item.chat_id.as_str()))
            .copied();
        found.push(community.is_some());
        if let Some(community) = community {
            rows.push(super::register_rows::Row {
                community,
                channel: item.channel,
                user: &item.user,
                at: item.at,
            });
        }
    }
    let mut members = tx.register_rows(&rows).await?.into_iter();
    let registered = found
        .into_iter()
        .map(|found| found && members.next().unwrap_or(false))
        .collect();
    tx.commit().await?;
    Ok(registered)
}
