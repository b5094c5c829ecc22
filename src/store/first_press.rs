//! A press on a check-in button by someone this process has not lately
//! seen in the group: mostly a newcomer, on their first tap (every tap of
//! a busy evening's first round, and each member's first in every group).
//!
//! On Postgres the ordinary path takes four round trips in a row, holding
//! the round's shared lock through them: `BEGIN`, the opening (which
//! registers them), the tap's writes, `COMMIT`. Here the opening runs on
//! its own, without the update's inbox record, and commits at once: it
//! registers the presser (a fact of its own: the platform says they are in
//! the group) and reads what the press needs, as the steady read does for
//! someone known. The tap then goes to the group commit, which records the
//! update, finds out whether it was a duplicate, and writes the answer only
//! while the round is open, as for a known member's tap.

use super::deferred::{Conn, Deferred};
use super::group_commit::GroupCommit;
use super::ingest::{bind_opening, decode_opened, Opening, OPEN_REGISTER_PG};
use super::press_facts::{PressFacts, PressRow};
use super::steady::{heard, Steady};
use super::{Store, StoreResult, Tx};
use std::sync::Arc;

impl Store {
    /// Registers the presser and opens a deferred transaction for their
    /// press (Postgres); `None` where the press is not one for this path
    /// (SQLite, no sender, the platform did not say they are in the group)
    /// or they turn out not to be a member, and the caller takes the
    /// ordinary path.
    pub async fn open_registering(
        &self,
        o: Opening<'_>,
        group: &Arc<GroupCommit>,
    ) -> StoreResult<Option<Steady>> {
        let (Store::Postgres(pool), Some(token), Some(_), Some(_), true) =
            (self, o.press, o.sender, o.group_chat, o.register)
        else {
            return Ok(None);
        };
        let mut conn = pool.acquire().await?;
        let row = bind_opening(sqlx::query(&OPEN_REGISTER_PG), o)
            .fetch_one(&mut *conn)
            .await?;
        let opened = decode_opened(&row)?;
        let (Some(community), Some((person, role, _))) = (opened.community, opened.member) else {
            return Ok(None);
        };
        let press = <PressRow as sqlx::FromRow<_>>::from_row(&row)?;
        let presser = (person.id, person.display_name.clone());
        let press = PressFacts::new(token, press, Some(presser));
        let heard = match opened.heard_now {
            true => None,
            false => heard(&community, person.id, opened.heard_on.as_deref(), o.at),
        };
        let mut deferred = Deferred::new(self, group, o, heard);
        deferred.conn = Some(Conn::Postgres(conn));
        deferred.press = Some(Box::new(press));
        Ok(Some((
            Tx::Deferred(Box::new(deferred)),
            community,
            person,
            role,
        )))
    }
}
