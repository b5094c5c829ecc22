//! A known member's vote without holding a writer or a transaction.
//!
//! Before, a vote began a real transaction as soon as it read its poll,
//! and held it through the rest of the update: its reads, Kettle's own
//! work between them, its writes, its commit (on SQLite the one writer,
//! on Postgres a transaction and its own disk flush for every vote). Now
//! the poll and the voter's ballot are read without one (on SQLite on a
//! read connection, see `store::readers`), the vote waits in memory, and
//! it is written with the group commit (see [`super::group_commit`]),
//! which first checks that the poll is still open, the voter still a
//! member, and their ballot as it was read (on SQLite on the one writer;
//! on Postgres in the group write's statement, see `store::group_votes`).
//! If any changed (the poll closed, they left or were removed, or another
//! tap of theirs landed first), nothing of the update is written and it
//! runs again the ordinary way, as a tap in a closing round does. A
//! ballot built on the one before it (a tap that adds an option to a
//! pick-several ballot) therefore never loses a tap.
//!
//! Anything else the update would read or write after the vote waits
//! (results shown after voting, a taken-back vote) would not see it, so
//! it too makes the update run again the ordinary way.

use super::late_votes::{StagedVote, VoteKind};
use super::{on_read, PollRecord, StoreError, StoreResult, Tx, Voted};

/// What the vote's read found of its voter, for the commit to find again.
#[derive(Debug)]
pub(super) struct VoteRead {
    poll_id: i64,
    person_id: i64,
    /// The voter's record: `None` if they had not voted; `Some(None)` for
    /// an anonymous vote (its ballot is kept apart), otherwise the ballot.
    seen: Option<Option<String>>,
    voted: Voted,
}

/// A vote waiting for the group commit, with what its read found.
#[derive(Debug)]
pub(super) struct LateVote {
    pub(super) vote: StagedVote,
    pub(super) seen: Option<Option<String>>,
}

/// The poll, and the ballot of the voter ($2), in one read without locks
/// (the same text on both backends).
static POLL_AND_BALLOT: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| super::vote_hold::poll_and_ballot(""));

/// What the commit finds: whether the poll is open and the voter still a
/// member of its community (not gone, removed or forgotten since the read),
/// and the voter's record.
pub(super) const STILL: &str = concat!(
    "SELECT p.status = 'open' AND ",
    super::memberships::current_member!("p.community_id", "$2"),
    ", v.person_id IS NOT NULL, v.ballot \
     FROM polls p LEFT JOIN poll_voters v ON v.poll_id = p.id AND v.person_id = $2 \
     WHERE p.id = $1"
);

impl Tx {
    /// Whether a vote's poll is read here without beginning: a deferred
    /// transaction that has read no poll yet.
    pub(super) fn reads_vote_late(&self) -> bool {
        matches!(self, Tx::Deferred(d) if d.vote_read.is_none())
    }

    /// The poll for `person_id`'s vote, read on the deferred transaction's
    /// read connection; what it found of their ballot is kept for
    /// [`Tx::voted`] and for the commit's check.
    pub(super) async fn read_for_late_vote(
        &mut self,
        id: i64,
        person_id: i64,
    ) -> StoreResult<Option<PollRecord>> {
        let Tx::Deferred(d) = self else {
            return Err(StoreError::NotBegun);
        };
        // Read with the press (`store::press_polls`): no statement of its own.
        let read = match d.press().and_then(|p| p.poll(id, person_id)) {
            Some(press) => Some(press.read.clone()),
            None => on_read!(self, |c| sqlx::query_as(&POLL_AND_BALLOT)
                .bind(id)
                .bind(person_id)
                .fetch_optional(&mut *c)
                .await?),
        };
        let Some(read) = read else {
            return Ok(None);
        };
        let (seen, voted, poll) = (read.seen(), read.voted()?, read.poll);
        if let Tx::Deferred(d) = self {
            d.vote_read = Some(VoteRead {
                poll_id: id,
                person_id,
                seen,
                voted,
            });
        }
        PollRecord::try_from(poll).map(Some)
    }

    /// What [`Tx::read_for_late_vote`] found of this voter.
    pub(super) fn voted_late(&self, poll_id: i64, person_id: i64) -> Option<Voted> {
        match self {
            Tx::Deferred(d) => d
                .vote_read
                .as_ref()
                .filter(|r| r.poll_id == poll_id && r.person_id == person_id)
                .map(|r| r.voted.clone()),
            _ => None,
        }
    }

    /// Whether a vote by `person_id` on `poll_id` waits for the commit:
    /// this transaction read that poll and voter late, and holds no vote.
    pub(super) fn vote_waits_late(&self, poll_id: i64, person_id: i64) -> bool {
        matches!(self, Tx::Deferred(d) if d.vote.is_none() && d.vote_read.as_ref()
            .is_some_and(|r| r.poll_id == poll_id && r.person_id == person_id))
    }

    /// Lets `vote` wait for the commit (see [`Tx::vote_waits_late`]).
    /// `false` (nothing waits) for an anonymous vote by someone who had
    /// voted already: an anonymous vote counts once.
    pub(super) fn stage_late_vote(&mut self, vote: StagedVote) -> StoreResult<bool> {
        let Tx::Deferred(d) = self else {
            return Err(StoreError::NotBegun);
        };
        let Some(read) = d.vote_read.as_ref() else {
            return Err(StoreError::NotBegun);
        };
        if matches!(vote.kind, VoteKind::Anonymous { .. }) && read.seen.is_some() {
            return Ok(false);
        }
        let seen = read.seen.clone();
        d.vote = Some(LateVote { vote, seen });
        Ok(true)
    }
}

/// Writes `late` in SQLite's group commit, once [`still_as_read`] has
/// said it may be and its update is new.
pub(super) async fn write(t: &mut sqlx::SqliteConnection, late: &LateVote) -> StoreResult<()> {
    let v = &late.vote;
    match &v.kind {
        VoteKind::Named { at } => {
            sqlx::query(super::ballots::NAMED)
                .bind(v.poll_id)
                .bind(v.person_id)
                .bind(&v.ballot)
                .bind(&v.reason)
                .bind(at)
                .execute(&mut *t)
                .await?;
        }
        VoteKind::Anonymous { key } => {
            sqlx::query(super::ballots::VOTER)
                .bind(v.poll_id)
                .bind(v.person_id)
                .execute(&mut *t)
                .await?;
            sqlx::query(super::ballots::URN)
                .bind(key)
                .bind(v.poll_id)
                .bind(&v.ballot)
                .bind(&v.reason)
                .execute(&mut *t)
                .await?;
        }
    }
    Ok(())
}

/// Whether `late`'s poll is still open, its voter still a member, and
/// their record unchanged, on the one writer (so it stays so until the
/// commit).
pub(super) async fn still_as_read(
    t: &mut sqlx::SqliteConnection,
    late: &LateVote,
) -> StoreResult<bool> {
    let row: Option<(bool, bool, Option<String>)> = sqlx::query_as(STILL)
        .bind(late.vote.poll_id)
        .bind(late.vote.person_id)
        .fetch_optional(&mut *t)
        .await?;
    Ok(match row {
        Some((true, voted, ballot)) => voted.then_some(ballot) == late.seen,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::{still_as_read, LateVote};
    use crate::store::late_votes::{StagedVote, VoteKind};
    use crate::store::sam_in_a_group::{after, SAM_GONE};

    const POLL: &str = "INSERT INTO polls (id, community_id, question, kind, anonymous, rules, \
        options, status, created_at) \
        VALUES (3, 1, 'Paint it?', 'single', FALSE, '{}', '[]', 'open', '2026-12-03')";

    /// Sam's vote, read when they had not voted yet.
    fn sams_first_vote() -> LateVote {
        let kind = VoteKind::Named {
            at: chrono::Utc::now(),
        };
        let vote = StagedVote::new(3, 7, "[0]".into(), None, kind);
        LateVote { vote, seen: None }
    }

    /// What the commit would find after `change`, on a fresh database.
    async fn still_after(change: Option<&str>) -> bool {
        let mut conn = after(POLL, change).await;
        still_as_read(&mut conn, &sams_first_vote()).await.unwrap()
    }

    /// A vote waits only on what its read saw: any change to the poll,
    /// the voter's membership or their record since sends it back.
    #[tokio::test]
    async fn a_waiting_vote_is_written_only_on_what_it_read() {
        assert!(still_after(None).await, "nothing changed");
        let changes = [
            "UPDATE polls SET status = 'closed' WHERE id = 3",
            "INSERT INTO poll_voters (poll_id, person_id, ballot) VALUES (3, 7, '[1]')",
            "INSERT INTO poll_voters (poll_id, person_id) VALUES (3, 7)",
        ];
        for change in changes.into_iter().chain(SAM_GONE) {
            assert!(!still_after(Some(change)).await, "{change}");
        }
    }
}
