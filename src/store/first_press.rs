//! A press on a check-in button by someone this process has not lately
//! seen in the group, or a word from someone the steady read did not find
//! (a newcomer's first word, or a member's first under a new name): every
//! tap of a busy evening's first round, and each member's first word and
//! first tap in every group.
//!
//! On Postgres the ordinary path takes four round trips in a row (holding
//! a tapped round's shared lock through them): `BEGIN`, the opening (which
//! registers them), the update's writes, `COMMIT`. Here the opening runs on
//! its own, without the update's inbox record, and commits at once: it
//! registers the sender (a fact of its own: they spoke in the group, or the
//! platform says they are in it) and reads what a press needs, as the
//! steady read does for someone known. The update then goes to the group
//! commit, which records it, finds out whether it was a duplicate, and
//! writes a tap's answer only while the round is open, as for a known
//! member. Measured on the benchmark's ingest (500 members' first words
//! among 5,000 updates), the first words had been half of its statements.

use super::deferred::{Conn, Deferred};
use super::group_commit::GroupCommit;
use super::ingest::{bind_opening, decode_opened, Opening, OPEN_REGISTER_PG};
use super::known::KnownMembers;
use super::press_facts::{PressFacts, PressRow};
use super::steady::{heard, Steady};
use super::{Store, StoreResult, Tx};
use std::sync::Arc;

impl Store {
    /// Registers the sender and opens a deferred transaction for their
    /// word or press (Postgres), or their press (SQLite: see
    /// `store::registrations`); `None` where the update is not one for
    /// this path (no sender, not in a group, a press whose presser the
    /// platform did not say is in the group, a word on SQLite) or they
    /// turn out not to be a member (removed by a coordinator), and the
    /// caller takes the ordinary path.
    pub async fn open_registering(
        &self,
        o: Opening<'_>,
        group: &Arc<GroupCommit>,
        members: &Arc<KnownMembers>,
    ) -> StoreResult<Option<Steady>> {
        match (self, o.sender, o.group_chat, o.register) {
            (Store::Postgres(pool), Some(_), Some(_), true) => {
                self.open_registering_pg(pool, o, group).await
            }
            // A first tap (not a word: most words in a group with no
            // community would take the writer for nothing).
            (Store::Sqlite(_), Some(user), Some(chat), true) if o.press.is_some() => {
                self.register_then_read(o, group, members, chat, user).await
            }
            _ => Ok(None),
        }
    }

    /// [`Store::open_registering`] on Postgres: one statement registers
    /// the sender and reads what the press needs, and commits at once.
    async fn open_registering_pg(
        &self,
        pool: &sqlx::PgPool,
        o: Opening<'_>,
        group: &Arc<GroupCommit>,
    ) -> StoreResult<Option<Steady>> {
        let mut conn = pool.acquire().await?;
        let row = bind_opening(sqlx::query(&OPEN_REGISTER_PG), o)
            .fetch_one(&mut *conn)
            .await?;
        let opened = decode_opened(&row)?;
        let (Some(community), Some((person, role, _))) = (opened.community, opened.member) else {
            return Ok(None);
        };
        let press = match o.press {
            Some(token) => {
                let press = <PressRow as sqlx::FromRow<_>>::from_row(&row)?;
                let presser = (person.id, person.display_name.clone());
                Some(Box::new(PressFacts::new(token, press, Some(presser))))
            }
            None => None,
        };
        let heard = match opened.heard_now {
            true => None,
            false => heard(&community, person.id, opened.heard_on.as_deref(), o.at),
        };
        let mut deferred = Deferred::new(self, group, o, heard);
        deferred.conn = Some(Conn::Postgres(conn));
        deferred.press = press;
        Ok(Some((
            Tx::Deferred(Box::new(deferred)),
            community,
            person,
            role,
        )))
    }
}
