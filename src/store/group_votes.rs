//! Votes in a group commit on Postgres (see [`super::group_commit`]), as
//! SQLite's are (`store::deferred_votes`): the poll and the voter's ballot
//! are read without a transaction, and the vote waits for the group
//! write. Before, every vote on Postgres was a transaction of its own
//! (`BEGIN`, its opening, its poll under lock, its writes, `COMMIT`),
//! each with its own disk flush.
//!
//! The write holds a vote to what its read saw, even against another
//! Kettle process writing the same ballot:
//! - the poll must still be open (under the shared lock a vote takes, so a
//!   close waits for it) and the voter a member of its community;
//! - the voter's hold is taken (the advisory lock the ordinary path takes,
//!   `store::vote_hold`), so a vote being written the ordinary way is
//!   waited for;
//! - the ballot is written only if the voter's record is as it was read:
//!   a first vote only where there is none (`ON CONFLICT DO NOTHING`), a
//!   changed one only over the ballot read (an `UPDATE` whose condition
//!   Postgres checks again on the newest version of a row changed since
//!   the statement began). Quick taps on a pick-several poll therefore
//!   add up, whichever process writes them.
//!
//! A vote that fails any of these writes nothing of its update, which runs
//! again the ordinary way (as a tap in a closing round does). So does the
//! later of one voter's two votes on one poll in the same batch: it was
//! read before the first was written.

use super::group_commit::Commit;
use super::late_votes::VoteKind;
use chrono::{DateTime, Utc};

/// The votes of a batch as array columns, `$39`–`$47`.
#[derive(Default)]
pub(super) struct Votes {
    pub(super) n: Vec<i32>,
    poll: Vec<i64>,
    person: Vec<i64>,
    ballot: Vec<String>,
    reason: Vec<Option<String>>,
    /// A named vote's time; none for an anonymous one.
    at: Vec<Option<DateTime<Utc>>>,
    /// An anonymous ballot's random key; none for a named vote.
    key: Vec<Option<String>>,
    /// What the read found of the voter: 0 no record, 1 a record, whose
    /// ballot (none for an anonymous vote) is in `seen_ballot`.
    seen: Vec<i32>,
    seen_ballot: Vec<Option<String>>,
}

impl Votes {
    pub(super) fn of(commits: &[&Commit]) -> Votes {
        let mut votes = Votes::default();
        for (n, commit) in commits.iter().enumerate() {
            let Some(late) = &commit.vote else { continue };
            let v = &late.vote;
            votes.n.push(n as i32);
            votes.poll.push(v.poll_id);
            votes.person.push(v.person_id);
            votes.ballot.push(v.ballot.clone());
            votes.reason.push(v.reason.clone());
            let (at, key) = match &v.kind {
                VoteKind::Named { at } => (Some(*at), None),
                VoteKind::Anonymous { key } => (None, Some(key.clone())),
            };
            votes.at.push(at);
            votes.key.push(key);
            votes.seen.push(i32::from(late.seen.is_some()));
            votes.seen_ballot.push(late.seen.clone().flatten());
        }
        votes
    }

    /// Binds `$39`–`$47` of [`super::batch_sql`]'s statement (empty arrays
    /// when the batch has no votes).
    pub(super) fn bind<B: super::batch_bind::Bind>(self, query: B) -> B {
        query
            .bind(self.n)
            .bind(self.poll)
            .bind(self.person)
            .bind(self.ballot)
            .bind(self.reason)
            .bind(self.at)
            .bind(self.key)
            .bind(self.seen)
            .bind(self.seen_ballot)
    }
}

/// The batch's votes.
pub(super) const VOTES_ALL: &str = "
    vall AS (
        SELECT * FROM unnest($39::int[], $40::bigint[], $41::bigint[], $42::text[],
                             $43::text[], $44::timestamptz[], $45::text[], $46::int[],
                             $47::text[])
            AS vall(n, poll_id, person_id, ballot, reason, at, key, seen, seen_ballot))";

/// The batch's votes whose poll has closed (under the lock a vote takes)
/// or whose voter is no longer a member of its community. The membership
/// is found by its whole key, as a tap's is (see `group_taps::TAPS_STALE`).
/// A newcomer's membership is made by the same statement, which does not
/// see it: `{unless_newcomer}` leaves their votes to `rstale`
/// (`batch_sql::REGISTER_MEMBERS`).
///
/// Each poll is looked up by its key, one by one. As `id IN (SELECT ...)`
/// the generic plan scanned every open poll and compared each with each
/// vote (`auto_explain` on the vote burst: a quarter of the statement's
/// time).
pub(super) const VOTES_STALE: &str = "
    vpoll AS (
        SELECT p.id, p.community_id
        FROM (SELECT DISTINCT poll_id FROM vall ORDER BY poll_id) w
        CROSS JOIN LATERAL (
            SELECT id, community_id FROM polls
            WHERE id = w.poll_id AND status = 'open'
            FOR SHARE) p),
    vstale AS (
        SELECT vall.n FROM vall LEFT JOIN vpoll ON vpoll.id = vall.poll_id
        LEFT JOIN LATERAL (
            SELECT true AS current FROM memberships cm
            WHERE cm.community_id = vpoll.community_id AND cm.person_id = vall.person_id
              AND cm.left_at IS NULL AND cm.removed_at IS NULL
            LIMIT 1) cm ON true
        WHERE vpoll.id IS NULL OR (cm.current IS NULL{unless_newcomer}))";

/// In a batch that registers newcomers, every voter's hold, taken after
/// the people are made and before their memberships: the order the
/// statement that registers someone on their own takes them in (person,
/// hold, membership: `ingest::OPEN_REGISTER_PG`). Taken after the
/// memberships, as [`VOTES_WRITES`] takes them, a newcomer's vote and
/// another press of theirs being registered deadlocked: each held what
/// the other waited for (seen in the benchmark's vote burst). Taking a
/// hold twice in one transaction is harmless.
pub(super) const HOLDS_FIRST: &str = "
    rheld AS MATERIALIZED (
        SELECT pg_advisory_xact_lock(CAST(poll_id % 2147483647 AS integer),
                                     CAST(person_id % 2147483647 AS integer)) AS held
        FROM (SELECT DISTINCT poll_id, person_id FROM vall) h
        WHERE (SELECT COUNT(*) FROM pins) >= 0
        ORDER BY poll_id, person_id)";

/// After `vq` (the batch's updates that are not stale): the votes of
/// updates not handled before, written over what their reads saw, and
/// `vfail`, those whose voter's record had changed; then `v`, the updates
/// the rest of the statement records. An anonymous vote is one with a
/// key (`$45`).
///
/// An update handled before is found by its inbox key, one by one. As
/// `NOT EXISTS`, a generic plan made while the inbox was nearly empty
/// (a fresh database, before its first `ANALYZE`) read the whole inbox
/// for every batch: seen on the benchmark's second round of votes, run
/// alone, at a third of its usual speed.
pub(super) const VOTES_WRITES: &str = "
    vnot AS (
        SELECT vall.* FROM vall JOIN vq USING (n)
        LEFT JOIN LATERAL (
            SELECT true AS handled FROM inbox i
            WHERE i.channel = vq.channel AND i.key = vq.key LIMIT 1) i ON true
        WHERE i.handled IS NULL),
    vv AS (
        SELECT DISTINCT ON (poll_id, person_id) * FROM vnot ORDER BY poll_id, person_id, n),
    vheld AS MATERIALIZED (
        SELECT n, pg_advisory_xact_lock(CAST(poll_id % 2147483647 AS integer),
                                        CAST(person_id % 2147483647 AS integer)) AS held
        FROM vv ORDER BY poll_id, person_id),
    vnew AS (
        INSERT INTO poll_voters (poll_id, person_id, ballot, reason, voted_at)
        SELECT poll_id, person_id,
               CASE WHEN key IS NULL THEN ballot END,
               CASE WHEN key IS NULL THEN reason END, at
        FROM vv JOIN vheld USING (n) WHERE seen = 0
        ON CONFLICT (poll_id, person_id) DO NOTHING
        RETURNING poll_id, person_id),
    vchanged AS (
        UPDATE poll_voters pv SET ballot = vv.ballot, reason = vv.reason, voted_at = vv.at
        FROM vv JOIN vheld USING (n)
        WHERE vv.seen = 1 AND vv.key IS NULL
          AND pv.poll_id = vv.poll_id AND pv.person_id = vv.person_id
          AND pv.ballot IS NOT DISTINCT FROM vv.seen_ballot
        RETURNING vv.n),
    vwritten AS (
        SELECT vv.n FROM vv JOIN vnew USING (poll_id, person_id)
        UNION ALL SELECT n FROM vchanged),
    urn AS (
        INSERT INTO poll_ballots (id, poll_id, ballot, reason)
        SELECT vv.key, vv.poll_id, vv.ballot, vv.reason
        FROM vv JOIN vnew USING (poll_id, person_id) WHERE vv.key IS NOT NULL),
    vfail AS (
        SELECT n FROM vnot WHERE n NOT IN (SELECT n FROM vwritten)),
    v AS (
        SELECT * FROM vq WHERE n NOT IN (SELECT n FROM vfail))";

#[cfg(test)]
#[path = "group_votes_tests.rs"]
mod tests;
