//! How an update's work begins: on the fast path (a known member in their
//! group, read in one statement or kept in memory, written with the group
//! commit) or the ordinary one (a transaction whose first statement records
//! the update and registers the sender).

use super::lately_seen::Button;
use super::turn::Turn;
use super::{AppError, Engine};
use crate::domain::Inbound;
use crate::store::{Joined, OpenedUpdate, Opening};

impl Engine {
    /// The update's turn and what opening it found; `None` if it was
    /// handled before. `fast` says whether the fast path may be tried.
    pub(super) async fn open<'e>(
        &'e self,
        inbound: &Inbound,
        opening: Opening<'_>,
        fast: bool,
    ) -> Result<Option<(Turn<'e>, OpenedUpdate)>, AppError> {
        let steady = match self.path(inbound, opening, fast) {
            Path::Steady(posted) => {
                // On Postgres a word is opened from memory, or by the
                // statement that registers its sender, on its own, as a
                // first tap is (`store::first_press`): someone's first word
                // in the group, or first since a new name, included. Its
                // community's zone is noted, as `registering` notes it,
                // when the engine did not know it (no date to open with).
                // A tap on a round's answer is read without a poll's part,
                // a vote without a round's.
                let steady = self
                    .store
                    .open_steady(opening, &self.commits, &self.known, posted)
                    .await?;
                if let (Some((_, community, _, _)), None, None) =
                    (&steady, opening.press, opening.today)
                {
                    if self.store.opens_in_one_statement() {
                        self.zones.note(&inbound.chat, community.time_zone);
                    }
                }
                steady
            }
            Path::FirstTap(posted) => self.registering(inbound, opening, posted).await?,
            Path::Ordinary => None,
        };
        if let Some((tx, community, person, role)) = steady {
            let opened = OpenedUpdate {
                fresh: true,
                community: Some(community),
                member: Some((person, role, Joined::Already)),
                heard_on: None,
                heard_now: false,
            };
            return Ok(Some((Turn::deferred(self, tx), opened)));
        }
        let mut turn = Turn::begin(self).await?;
        let opened = turn.tx.open_update(opening).await?;
        if !opened.fresh {
            turn.tx.rollback().await?;
            return Ok(None);
        }
        if let (Some(community), Some((person, _, _))) = (&opened.community, &opened.member) {
            if self.store.opens_in_one_statement() {
                self.zones.note(&inbound.chat, community.time_zone);
            }
            let today = community.today(turn.now);
            // Postgres may have noted it with the update already.
            if opened.first_word_on(today) && !opened.heard_now {
                turn.tx.mark_heard(community.id, person.id, today).await?;
            }
        }
        Ok(Some((turn, opened)))
    }

    /// Registers the sender on their own and opens a deferred transaction
    /// for what they said or pressed (Postgres; see `store::first_press`),
    /// or pressed (SQLite: `store::registrations`).
    async fn registering(
        &self,
        inbound: &Inbound,
        opening: Opening<'_>,
        posted: Button,
    ) -> Result<Option<crate::store::Steady>, AppError> {
        let opened = self
            .store
            .open_registering(opening, &self.commits, &self.known, Some(posted))
            .await?;
        if let Some((_, community, _, _)) = &opened {
            self.zones.note(&inbound.chat, community.time_zone);
        }
        Ok(opened)
    }

    /// A known member's word in their group (most updates) takes the fast
    /// path. So does a press by someone lately seen as a member (a tap or
    /// a vote is then written with the commit). Anyone else's press on a
    /// check-in or poll button lately seen registers them on its own first
    /// (see `store::first_press`, and on SQLite `store::registrations`);
    /// any other press goes straight to the statement that registers them.
    fn path(&self, inbound: &Inbound, opening: Opening<'_>, fast: bool) -> Path {
        match (opening.press, opening.sender) {
            _ if !fast => Path::Ordinary,
            (None, _) => Path::Steady(None),
            (Some(token), Some(u)) => match self.seen.button(token) {
                // A tap, or a vote (which reads its poll and ballot without
                // a transaction: `store::deferred_votes`), by someone
                // lately seen as a member waits for the group commit.
                Some(does) if self.seen.is_member(&inbound.chat, &u.user_id) => {
                    Path::Steady(Some(does))
                }
                // A newcomer's first tap or vote registers them on its own,
                // then waits for the group commit as a known member's press
                // does (on Postgres the plain case is registered by the
                // group write itself: `store::newcomer_taps`).
                Some(does) => Path::FirstTap(does),
                None => Path::Ordinary,
            },
            (Some(_), None) => Path::Ordinary,
        }
    }
}

/// Which way an update's work begins.
enum Path {
    /// With what the pressed button does, for a press.
    Steady(Option<Button>),
    FirstTap(Button),
    Ordinary,
}
