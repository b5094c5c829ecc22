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

/// The condition SQLite's group commit writes a vote under, on its poll
/// `p`: the poll open, the voter (`$2`) still a member of its community
/// (not gone, removed or forgotten since the read), and their record as
/// the read saw it (`$6`: whether they had one; `$7`: its ballot, none for
/// an anonymous vote), as `group_votes` holds a vote to on Postgres.
/// Checked and written in one hand-off to the writer (the check had been a
/// read of its own); each text returns a row only if the vote was written.
macro_rules! still {
    () => {
        concat!(
            "p.status = 'open' AND ",
            super::memberships::current_member!("p.community_id", "$2"),
            " AND CASE WHEN $6 \
               THEN EXISTS (SELECT 1 FROM poll_voters v \
                            WHERE v.poll_id = $1 AND v.person_id = $2 AND v.ballot IS $7) \
               ELSE NOT EXISTS (SELECT 1 FROM poll_voters v \
                                WHERE v.poll_id = $1 AND v.person_id = $2) END"
        )
    };
}

/// A named vote (`$3` ballot, `$4` reason, `$5` when) is cast or changed.
const NAMED_IF_STILL: &str = concat!(
    "INSERT INTO poll_voters (poll_id, person_id, ballot, reason, voted_at) \
     SELECT $1, $2, $3, $4, $5 FROM polls p WHERE p.id = $1 AND ",
    still!(),
    " ON CONFLICT (poll_id, person_id) DO UPDATE \
     SET ballot = excluded.ballot, reason = excluded.reason, voted_at = excluded.voted_at \
     RETURNING 1"
);

/// An anonymous vote: its voter's record, then its ballot apart under the
/// random key `$5`, only if the record was just made (`changes()` counts
/// the rows of the statement before; an anonymous vote is staged only by
/// someone with no record, so the record is made exactly when the vote
/// still stands).
const ANONYMOUS_IF_STILL: &str = concat!(
    "INSERT INTO poll_voters (poll_id, person_id) \
     SELECT $1, $2 FROM polls p WHERE p.id = $1 AND ",
    still!(),
    " ON CONFLICT (poll_id, person_id) DO NOTHING RETURNING 1; \
     INSERT INTO poll_ballots (id, poll_id, ballot, reason) \
     SELECT $5, $1, $3, $4 WHERE changes() = 1"
);

/// Writes `late` in SQLite's group commit, its update being new, if it
/// still stands on what its read saw; whether it did. Nothing of a vote
/// that no longer stands is written.
pub(super) async fn write_if_still(
    t: &mut sqlx::SqliteConnection,
    late: &LateVote,
) -> StoreResult<bool> {
    let v = &late.vote;
    let vote = |sql| {
        sqlx::query(sql)
            .bind(v.poll_id)
            .bind(v.person_id)
            .bind(&v.ballot)
            .bind(&v.reason)
    };
    let query = match &v.kind {
        VoteKind::Named { at } => vote(NAMED_IF_STILL).bind(at),
        VoteKind::Anonymous { key } => vote(ANONYMOUS_IF_STILL).bind(key),
    };
    let rows = query
        .bind(late.seen.is_some())
        .bind(late.seen.clone().flatten())
        .fetch_all(&mut *t)
        .await?;
    Ok(!rows.is_empty())
}

#[cfg(test)]
mod tests {
    use super::{write_if_still, LateVote};
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

    /// Whether the commit writes Sam's vote after `change`, on a fresh
    /// database; it is written exactly when it says so.
    async fn still_after(change: Option<&str>) -> bool {
        let mut conn = after(POLL, change).await;
        let votes = "SELECT COUNT(*) FROM poll_voters WHERE ballot = '[0]'";
        let before: i64 = sqlx::query_scalar(votes)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        let written = write_if_still(&mut conn, &sams_first_vote()).await.unwrap();
        let after: i64 = sqlx::query_scalar(votes)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(after - before, i64::from(written));
        written
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

    /// Poll 3, in secret.
    const SECRET_POLL: &str =
        "INSERT INTO polls (id, community_id, question, kind, anonymous, rules, \
        options, status, created_at) \
        VALUES (3, 1, 'Paint it?', 'single', TRUE, '{}', '[]', 'open', '2026-12-03')";
    const COUNTS: &str = "SELECT (SELECT COUNT(*) FROM poll_voters WHERE ballot IS NULL), \
        (SELECT COUNT(*) FROM poll_ballots)";

    /// Sam votes in secret, read before they had voted.
    fn sams_secret_vote() -> LateVote {
        let kind = VoteKind::Anonymous { key: "urn1".into() };
        let vote = StagedVote::new(3, 7, "[0]".into(), None, kind);
        LateVote { vote, seen: None }
    }

    /// Sam moves a named vote to `[2]`, read when it was `seen`.
    fn sams_change(seen: Option<Option<&str>>) -> LateVote {
        let kind = VoteKind::Named {
            at: chrono::Utc::now(),
        };
        let vote = StagedVote::new(3, 7, "[2]".into(), None, kind);
        let seen = seen.map(|s| s.map(String::from));
        LateVote { vote, seen }
    }

    /// A secret vote leaves a record without a ballot and one ballot in
    /// the urn; if another of Sam's taps made the record first, it leaves
    /// neither (an anonymous vote counts once).
    #[tokio::test]
    async fn a_secret_vote_counts_once() {
        let mut conn = after(SECRET_POLL, None).await;
        assert!(write_if_still(&mut conn, &sams_secret_vote())
            .await
            .unwrap());
        let counts: (i64, i64) = sqlx::query_as(COUNTS).fetch_one(&mut *conn).await.unwrap();
        assert_eq!(counts, (1, 1));
        let again = LateVote {
            vote: StagedVote::new(
                3,
                7,
                "[1]".into(),
                None,
                VoteKind::Anonymous { key: "urn2".into() },
            ),
            seen: None,
        };
        assert!(!write_if_still(&mut conn, &again).await.unwrap());
        let counts: (i64, i64) = sqlx::query_as(COUNTS).fetch_one(&mut *conn).await.unwrap();
        assert_eq!(counts, (1, 1));
    }

    /// A named vote changes only the ballot it was read on.
    #[tokio::test]
    async fn a_changed_vote_stands_on_the_ballot_it_read() {
        let cast = "INSERT INTO poll_voters (poll_id, person_id, ballot) VALUES (3, 7, '[1]')";
        let secret = "INSERT INTO poll_voters (poll_id, person_id) VALUES (3, 7)";
        let cases = [
            (Some(cast), Some(Some("[1]")), true),
            (Some(cast), Some(Some("[0]")), false),
            (Some(cast), Some(None), false),
            (Some(cast), None, false),
            (Some(secret), Some(None), true),
            (Some(secret), Some(Some("[1]")), false),
            (None, Some(Some("[1]")), false),
        ];
        for (before, seen, stands) in cases {
            let mut conn = after(POLL, before).await;
            let written = write_if_still(&mut conn, &sams_change(seen)).await.unwrap();
            assert_eq!(written, stands, "{before:?} read as {seen:?}");
            let ballot: Option<Option<String>> =
                sqlx::query_scalar("SELECT ballot FROM poll_voters WHERE person_id = 7")
                    .fetch_optional(&mut *conn)
                    .await
                    .unwrap();
            let changed = ballot.flatten().as_deref() == Some("[2]");
            assert_eq!(changed, stands, "{before:?} read as {seen:?}");
        }
    }
}
