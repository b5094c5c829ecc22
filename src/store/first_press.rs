//! A press on a check-in button by someone this process has not lately
//! seen in the group, or on Postgres a word from someone this process does
//! not keep in memory (a newcomer's first word, a member's first under a
//! new name, or since the process started): every tap of a busy evening's
//! first round, and each member's first word and first tap in every group.
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
//!
//! A word's opening returns the versions of the rows it found or wrote,
//! and the member is kept in memory ([`KnownMembers`]) as the steady read
//! used to keep them: their next word needs no read. A word no longer
//! reads first to find out whether its sender is new: a newcomer's first
//! word and their second had each cost a read before.

use super::deferred::{Conn, Deferred};
use super::group_commit::GroupCommit;
use super::ingest::{bind_opening, decode_opened, Opening, OPEN_REGISTER_PG};
use super::known::{Check, Known, KnownMembers};
use super::memberships::member_after_all;
use super::newcomer_taps::PostedButton;
use super::press_facts::{PressFacts, PressRow};
use super::steady::{heard, Steady};
use super::{CommunityRecord, PersonRecord, Store, StoreResult};
use std::sync::Arc;

impl Store {
    /// Registers the sender and opens a deferred transaction for their
    /// word or press (Postgres), or their press (SQLite: see
    /// `store::registrations`); `None` where the update is not one for
    /// this path (no sender, not in a group, a press whose presser the
    /// platform did not say is in the group, a word on SQLite) or they
    /// turn out not to be a member (removed by a coordinator), and the
    /// caller takes the ordinary path.
    ///
    /// `posted`: the press is on a check-in round's answer button or a
    /// poll's vote button, as lately posted; on Postgres a newcomer's press
    /// is then registered by the group write if it can be, and a current
    /// member's opened as their steady read would open it, both by one
    /// lean read (`store::newcomer_taps`).
    pub async fn open_registering(
        &self,
        o: Opening<'_>,
        group: &Arc<GroupCommit>,
        members: &Arc<KnownMembers>,
        posted: Option<PostedButton>,
    ) -> StoreResult<Option<Steady>> {
        if let (Store::Postgres(pool), Some(posted)) = (self, posted) {
            if let Some(opened) = self.open_by_lean_read(pool, o, group, posted).await? {
                return Ok(Some(opened));
            }
        }
        match (self, o.sender, o.group_chat, o.register) {
            (Store::Postgres(pool), Some(_), Some(_), true) => {
                self.open_registering_pg(pool, o, group, members).await
            }
            // A first tap or vote (not a word: most words in a group with
            // no community would take the writer for nothing).
            (Store::Sqlite(_), Some(user), Some(chat), true) if o.press.is_some() => {
                self.register_then_read(o, group, members, chat, user).await
            }
            _ => Ok(None),
        }
    }

    /// [`Store::open_registering`] on Postgres: one statement registers
    /// the sender and reads what the press needs, and commits at once.
    /// What it found of someone speaking is kept ([`KnownMembers`]), as a
    /// steady read would be, so their next word needs no read.
    pub(super) async fn open_registering_pg(
        &self,
        pool: &sqlx::PgPool,
        o: Opening<'_>,
        group: &Arc<GroupCommit>,
        members: &Arc<KnownMembers>,
    ) -> StoreResult<Option<Steady>> {
        let mut conn = pool.acquire().await?;
        let row = registering(&mut conn, o).await?;
        let mut opened = decode_opened(&row)?;
        // Found only a statement later: the row's versions are of a
        // membership it did not see, so it is not kept in memory.
        let after_all = opened.member.is_none();
        if after_all {
            opened.member = member_after_all(&mut conn, &opened, o).await?;
        }
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
        let keep = o.press.is_none() && heard.is_none() && !after_all;
        if let (true, Some(chat), Some(user)) = (keep, o.group_chat, o.sender) {
            let last_heard_on = match opened.heard_now {
                true => o.today.map(|d| d.format("%Y-%m-%d").to_string()),
                false => opened.heard_on.clone(),
            };
            let versions = <Versions as sqlx::FromRow<_>>::from_row(&row)?;
            if let Some(check) = versions.check(&community, &person) {
                let known = Known {
                    community: community.clone(),
                    person: person.clone(),
                    role,
                    last_heard_on,
                    check,
                };
                members.keep(KnownMembers::key(o.channel, chat, user), known);
            }
        }
        let mut deferred = Deferred::new(self, group, o, heard);
        deferred.conn = Some(Conn::Postgres(conn));
        deferred.press = press;
        Ok(Some(deferred.opened(community, person, role)))
    }
}

/// The registering statement for `o`, committed at once (see
/// [`OPEN_REGISTER_PG`]).
async fn registering(
    conn: &mut sqlx::PgConnection,
    o: Opening<'_>,
) -> StoreResult<sqlx::postgres::PgRow> {
    let row = bind_opening(sqlx::query(&OPEN_REGISTER_PG), o)
        .fetch_one(conn)
        .await?;
    Ok(row)
}

/// The versions of the rows the opening found or wrote (see
/// [`super::known`]), and the account's and chat's own ids.
#[derive(sqlx::FromRow)]
struct Versions {
    x_c: String,
    x_p: String,
    x_m: String,
    /// The account's person (not another, if linked with `/me link`).
    v_account: i64,
    /// The chat's own community (not another, if linked with `/link`).
    v_chat: i64,
}

impl Versions {
    /// What to check, when the read may be kept: one chat that is the whole
    /// community (no links), and an account that is its own person.
    fn check(self, community: &CommunityRecord, person: &PersonRecord) -> Option<Check> {
        let plain = self.v_chat == community.id
            && self.v_account == person.id
            && community.linked == Some(false);
        plain.then_some(Check {
            community_id: community.id,
            person_id: person.id,
            community_version: self.x_c,
            person_version: self.x_p,
            membership_version: self.x_m,
        })
    }
}

/// For `kettle-bench --profile` (feature `bench`): the statement that
/// registers a newcomer's first press, run alone, as
/// [`Store::open_registering`] runs it on Postgres, with nothing of the
/// handler or the group write after it. What it costs on its own bounds
/// what any first tap can cost while each registers in a statement of its
/// own. Nothing on SQLite, where registrations are batched.
#[cfg(feature = "bench")]
impl Store {
    pub async fn registration_alone(&self, o: Opening<'_>) -> StoreResult<()> {
        if let Store::Postgres(pool) = self {
            registering(&mut *pool.acquire().await?, o).await?;
        }
        Ok(())
    }
}
