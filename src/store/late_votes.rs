//! Votes written late on Postgres. A vote's `poll_voters` row (and an
//! anonymous vote's ballot) need no round trip of their own: they wait
//! with the press's other late writes (the redraw booking, the
//! acknowledgement) and go in that one statement just before the commit
//! (see [`super::pg_tx`]). A named vote can always wait: it is written
//! whatever was there. An anonymous one counts only if it is the voter's
//! first, so it waits only when the read under the voter's hold, taken by
//! the press's opening (see [`super::vote_hold`]), has said so and nothing
//! was written since. Any read in between writes what waits first, so a
//! vote's own transaction always sees it (results shown after voting count
//! it).

use super::pg_tx::PgTx;
use super::{StoreResult, Tx, Voted};
use chrono::{DateTime, Utc};

/// One vote waiting to be written.
pub(super) struct StagedVote {
    pub(super) poll_id: i64,
    pub(super) person_id: i64,
    /// The ballot, encoded.
    pub(super) ballot: String,
    pub(super) reason: Option<String>,
    pub(super) kind: VoteKind,
}

pub(super) enum VoteKind {
    /// Cast or changed, beside its voter, with its time.
    Named { at: DateTime<Utc> },
    /// A first anonymous vote: the voter's record, and the ballot apart
    /// from it under a random key.
    Anonymous { key: String },
}

impl StagedVote {
    pub(super) fn new(
        poll_id: i64,
        person_id: i64,
        ballot: String,
        reason: Option<&str>,
        kind: VoteKind,
    ) -> StagedVote {
        StagedVote {
            poll_id,
            person_id,
            ballot,
            reason: reason.map(str::to_string),
            kind,
        }
    }
}

/// Ids only: a ballot is kept out of any debug output.
impl std::fmt::Debug for StagedVote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StagedVote")
            .field("poll_id", &self.poll_id)
            .field(
                "anonymous",
                &matches!(self.kind, VoteKind::Anonymous { .. }),
            )
            .finish_non_exhaustive()
    }
}

/// How many shapes a flush's vote part has: none, named, anonymous.
pub(super) const SHAPES: usize = 3;

/// The shape of `vote`'s part, for [`parts`].
pub(super) fn shape(vote: Option<&VoteKind>) -> usize {
    match vote {
        None => 0,
        Some(VoteKind::Named { .. }) => 1,
        Some(VoteKind::Anonymous { .. }) => 2,
    }
}

/// The statement parts that write a staged vote of `shape` ($20 poll,
/// $21 person, $22 ballot, $23 reason, $24 time, $25 key), as (CTE name,
/// SQL); the anonymous ballot is written only if its voter's record was
/// (`vote0`).
pub(super) fn parts(shape: usize) -> Vec<(&'static str, &'static str)> {
    match shape {
        1 => vec![(
            "vote0",
            "INSERT INTO poll_voters (poll_id, person_id, ballot, reason, voted_at)
        VALUES ($20, $21, $22, $23, $24)
        ON CONFLICT (poll_id, person_id) DO UPDATE
        SET ballot = excluded.ballot, reason = excluded.reason, voted_at = excluded.voted_at",
        )],
        2 => vec![
            (
                "vote0",
                "INSERT INTO poll_voters (poll_id, person_id) VALUES ($20, $21)
        ON CONFLICT (poll_id, person_id) DO NOTHING RETURNING poll_id",
            ),
            (
                "vote1",
                "INSERT INTO poll_ballots (id, poll_id, ballot, reason)
        SELECT $25, poll_id, $22, $23 FROM vote0",
            ),
        ],
        _ => vec![],
    }
}

impl Tx {
    /// The Postgres transaction a named vote can wait in: any begun one
    /// (writing it does not depend on what is there already).
    pub(super) fn late_named_vote(&mut self) -> Option<&mut PgTx> {
        match self {
            Tx::Postgres(t) => Some(t),
            _ => None,
        }
    }

    /// Whether `person_id` has voted on `poll_id`, as the read under their
    /// hold found it, when nothing was written since; with the
    /// transaction an anonymous vote can then wait in.
    pub(super) fn late_anonymous_vote(
        &mut self,
        poll_id: i64,
        person_id: i64,
    ) -> Option<(bool, &mut PgTx)> {
        match self {
            Tx::Postgres(t) if t.holds_voter(poll_id, person_id) => {
                let voted = !matches!(t.voted.as_ref()?, Voted::No);
                Some((voted, t))
            }
            _ => None,
        }
    }
}

impl PgTx {
    /// Stages `vote`; one already waiting is written first.
    pub(super) async fn stage_vote(&mut self, vote: StagedVote) -> StoreResult<()> {
        if self.staged_vote().is_some() {
            self.flush().await?;
        }
        *self.staged_vote() = Some(Box::new(vote));
        self.forget_press();
        Ok(())
    }
}
