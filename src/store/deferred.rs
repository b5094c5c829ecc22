//! A transaction that has not begun: the fast path for the most common
//! update, a known member's command in a group.
//!
//! One read finds the community, the person and their role (see
//! `store::steady`; on Postgres a word may stand on memory instead,
//! checked at the commit: `store::known`); the use case runs against
//! that; its replies wait in memory. The commit then writes the
//! inbox record and the replies together, guarded by the inbox's unique key,
//! so a duplicate writes nothing: one atomic statement on Postgres, one short
//! transaction on SQLite. Any other write first begins a real transaction
//! and records the inbox row in it (catching a duplicate there), so every use
//! case stays correct without knowing which path it is on.

use super::deferred_writes::{book_jobs, insert_inbox, insert_pending, mark_heard};
use super::group_commit::{Commit, GroupCommit};
use super::ingest::Opening;
use super::known::{Check, Key, KnownMembers};
use super::late_writes::LateWrites;
use super::press_facts::PressFacts;
use super::{NewMessage, Store, StoreError, StoreResult, Tx};
use crate::domain::{Channel, Outgoing};
use chrono::{DateTime, Utc};
use sqlx::pool::PoolConnection;
use sqlx::{Postgres, Sqlite};
use std::sync::Arc;

pub struct Deferred {
    pub(super) conn: Option<Conn>,
    store: Store,
    group: Arc<GroupCommit>,
    channel: Channel,
    key: String,
    at: DateTime<Utc>,
    pending: Vec<NewMessage>,
    /// The member was last heard from on an earlier day: note today
    /// (community, person, local date, local week's Monday) with the inbox
    /// record, and the week too if it is their first word of it.
    heard: Option<(i64, i64, String, String)>,
    /// For a press: what the steady read found of its button, round and
    /// answer ([`PressFacts`]); a tap's answer and bookings then wait for
    /// the commit too, which writes them only while the round is open.
    pub(super) press: Option<Box<PressFacts>>,
    late: LateWrites,
    /// Set when what the update stands on came from memory, not a read:
    /// the commit checks it, and a stale one is forgotten.
    pub(super) kept: Option<(Arc<KnownMembers>, Key, Check)>,
    /// A vote's poll and voter, read without beginning (see
    /// `store::deferred_votes`), and the vote that waits for the commit.
    pub(super) vote_read: Option<super::deferred_votes::VoteRead>,
    pub(super) vote: Option<super::deferred_votes::LateVote>,
    /// A newcomer's first tap or vote, their registration left to the commit
    /// (`store::newcomer_taps`). Nothing of theirs is in the database yet,
    /// so the update may read nothing more and begin nothing: it runs
    /// again the ordinary way instead.
    pub(super) newcomer: Option<super::newcomer_taps::Newcomer>,
}

/// The connection a deferred transaction reads on.
pub enum Conn {
    Postgres(PoolConnection<Postgres>),
    Sqlite(PoolConnection<Sqlite>),
}

impl Deferred {
    pub(super) fn new(
        store: &Store,
        group: &Arc<GroupCommit>,
        o: Opening<'_>,
        heard: Option<(i64, i64, String, String)>,
    ) -> Deferred {
        Deferred {
            conn: None,
            store: store.clone(),
            group: group.clone(),
            channel: o.channel,
            key: super::inbox::inbox_key(o.key),
            at: o.at,
            pending: vec![],
            heard,
            press: None,
            late: LateWrites::default(),
            kept: None,
            vote_read: None,
            vote: None,
            newcomer: None,
        }
    }
}

impl Deferred {
    /// What an update opened on this transaction starts with (see
    /// [`super::steady::Steady`]).
    pub(super) fn opened(
        self,
        community: super::CommunityRecord,
        person: super::PersonRecord,
        role: crate::domain::Role,
    ) -> super::steady::Steady {
        (Tx::Deferred(Box::new(self)), community, person, role)
    }

    /// The connection to read on: the steady read's, or (when the update
    /// stood on memory, or its press was read with others) one taken now;
    /// on SQLite a read connection where there are some (`store::readers`).
    pub(super) async fn connection(&mut self) -> StoreResult<&mut Conn> {
        // A read would not see the vote that waits, nor a newcomer not yet
        // registered: run the update again.
        if self.vote.is_some() || self.newcomer.is_some() {
            return Err(StoreError::Stale);
        }
        if self.conn.is_none() {
            let conn = match &self.store {
                Store::Postgres(pool) => Conn::Postgres(pool.acquire().await?),
                Store::Sqlite(writer) => {
                    Conn::Sqlite(self.group.readers.or_writer(writer).await.acquire().await?)
                }
            };
            self.conn = Some(conn);
        }
        self.conn.as_mut().ok_or(StoreError::NotBegun)
    }

    pub(super) fn press(&self) -> Option<&PressFacts> {
        self.press.as_deref()
    }

    pub(super) fn forget_press(&mut self) {
        self.press = None;
    }

    /// Where a tap's answer and bookings wait for the commit.
    pub(super) fn late(&mut self) -> &mut LateWrites {
        &mut self.late
    }

    /// Writes the inbox record and every waiting reply, with whatever else
    /// is committing now (see [`super::group_commit`]). Returns `false` (and
    /// writes nothing) if the update was handled before.
    pub(super) async fn commit(mut self) -> StoreResult<bool> {
        // The reading is done: the connection goes back before the wait.
        self.conn.take();
        let kept = self.kept.take();
        let commit = Commit {
            channel: self.channel,
            key: std::mem::take(&mut self.key),
            at: self.at,
            pending: std::mem::take(&mut self.pending),
            heard: self.heard.take(),
            answer: self.late.answer.take(),
            jobs: std::mem::take(&mut self.late.jobs),
            check: kept.as_ref().map(|(_, _, check)| check.clone()),
            vote: self.vote.take(),
            newcomer: self.newcomer.take(),
        };
        let written = self.group.commit(&self.store, commit).await;
        if let (Err(StoreError::Stale), Some((members, key, _))) = (&written, &kept) {
            members.forget(key);
        }
        written
    }
}

impl Tx {
    /// Begins a deferred transaction for real: records the inbox row (a
    /// duplicate ends the update here) and writes the replies queued so far.
    pub(crate) async fn begin_deferred(&mut self) -> StoreResult<()> {
        let Tx::Deferred(d) = self else {
            return Ok(());
        };
        // A tap read its round, or a vote its poll, without a lock:
        // beginning for real, it would have to read it again. Let the
        // update start over instead.
        if d.late.answer.is_some() || d.vote_read.is_some() || d.newcomer.is_some() {
            return Err(StoreError::Stale);
        }
        let pending = std::mem::take(&mut d.pending);
        let heard = d.heard.take();
        let jobs = std::mem::take(&mut d.late.jobs);
        let (channel, key, at) = (d.channel, std::mem::take(&mut d.key), d.at);
        d.conn.take(); // never hold two connections: the pool could run dry
        let kept = d.kept.take();
        let fresh = match d.store.begin().await? {
            Tx::Postgres(mut t) => {
                // What memory kept must still hold, as the group write checks.
                if let Some((members, known, check)) = &kept {
                    if !super::known::still_holds(&mut t, check).await? {
                        members.forget(known);
                        return Err(StoreError::Stale);
                    }
                }
                let fresh = insert_inbox!(&mut *t, channel, &key, at);
                insert_pending!(t, &pending);
                mark_heard!(t, &heard);
                book_jobs!(t, &jobs);
                (fresh, Tx::Postgres(t))
            }
            Tx::Sqlite(mut t) => {
                let fresh = insert_inbox!(&mut *t, channel, &key, at);
                insert_pending!(t, &pending);
                mark_heard!(t, &heard);
                book_jobs!(t, &jobs);
                (fresh, Tx::Sqlite(t))
            }
            Tx::Deferred(_) => return Err(StoreError::NotBegun),
        };
        if !fresh.0 {
            return Err(StoreError::AlreadyHandled);
        }
        *self = fresh.1;
        Ok(())
    }

    /// Queues a message whose outbox id nobody needs (a plain reply, an
    /// answer to a press): a deferred transaction keeps it for its commit.
    pub async fn enqueue_later(&mut self, msg: NewMessage) -> StoreResult<()> {
        match (self, &msg.outgoing) {
            (Tx::Deferred(d), Outgoing::Send { .. } | Outgoing::Answer { .. }) => {
                d.pending.push(msg);
                Ok(())
            }
            (Tx::Postgres(t), Outgoing::Answer { .. }) => {
                t.stage_ack(msg);
                Ok(())
            }
            (tx, _) => tx.enqueue(&msg).await.map(|_| ()),
        }
    }
}
