//! Votes in a group commit on Postgres (see [`super::group_commit`]), as
//! on SQLite (`store::deferred_votes`): a known member's vote reads its
//! poll and their ballot without a transaction, and its commit writes the
//! vote only on what that read found. Here the commit is one statement
//! that may share the server with other processes, so the check is the
//! write itself:
//!
//! - the voter's hold is taken first, keyed as every other way of casting
//!   takes it (`store::vote_hold`), but only if it is free: a press that
//!   holds it on the ordinary path has read the ballot under it and will
//!   write it, so this vote is stale. Never waiting for a hold, the batch
//!   never waits in a circle with a press that holds one and waits for
//!   something the batch wrote (the ordinary opening takes the hold before
//!   it records its update, so it never holds the record the batch waits
//!   for);
//! - the poll is held open under the shared lock a vote takes, and the
//!   voter must still be a member of its community;
//! - a first vote is an insert that finds no record (a record written by
//!   anyone in between is a conflict, and nothing is written); a changed
//!   vote is an update of the record only where its ballot is still the
//!   one read (the server checks the newest version of the row).
//!
//! A vote that does not get written makes its whole update
//! [`super::group_commit::Written::Stale`]: nothing of it is written, and
//! it runs again the ordinary way. So do a voter's later votes in the same
//! batch (each was built on the ballot read before the first).

use super::group_commit::Commit;
use super::group_taps::Batch;
use super::late_votes::VoteKind;
use chrono::{DateTime, Utc};

/// The batch's votes as array columns, `$39` onwards.
#[derive(Default)]
pub(super) struct Votes {
    n: Vec<i32>,
    poll: Vec<i64>,
    person: Vec<i64>,
    ballot: Vec<String>,
    reason: Vec<Option<String>>,
    at: Vec<Option<DateTime<Utc>>>,
    /// An anonymous ballot's key; `None` for a named vote.
    urn: Vec<Option<String>>,
    /// Whether the read found a record of the voter, and its ballot.
    seen: Vec<bool>,
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
            let (at, urn) = match &v.kind {
                VoteKind::Named { at } => (Some(*at), None),
                VoteKind::Anonymous { key } => (None, Some(key.clone())),
            };
            votes.at.push(at);
            votes.urn.push(urn);
            votes.seen.push(late.seen.is_some());
            votes.seen_ballot.push(late.seen.clone().flatten());
        }
        votes
    }

    pub(super) fn is_empty(&self) -> bool {
        self.n.is_empty()
    }

    /// Binds `$39`–`$47` of [`super::batch_sql`]'s statement.
    pub(super) fn bind(self, query: Batch<'_>) -> Batch<'_> {
        query
            .bind(self.n)
            .bind(self.poll)
            .bind(self.person)
            .bind(self.ballot)
            .bind(self.reason)
            .bind(self.at)
            .bind(self.urn)
            .bind(self.seen)
            .bind(self.seen_ballot)
    }
}

/// Which votes may be written (`vgo`): their holds taken where free (all
/// of them, counted once, before the polls are locked: a join or `IN` may
/// stop reading a CTE at its first match, and an unread row takes no
/// hold), their
/// polls open under the shared lock, their voters members, their updates
/// not handled before nor stale for another reason (`{skip}`, on `vt.n`),
/// and each the first of its voter's in the batch. `everyone` is the
/// batch's inbox rows before any is skipped.
pub(super) const VOTES_GO: &str = "
    vt AS (
        SELECT * FROM unnest($39::int[], $40::bigint[], $41::bigint[], $42::text[], $43::text[],
                             $44::timestamptz[], $45::text[], $46::bool[], $47::text[])
            AS vt(n, poll_id, person_id, ballot, reason, at, urn, seen, seen_ballot)),
    vhold AS MATERIALIZED (
        SELECT poll_id, person_id,
               pg_try_advisory_xact_lock(CAST(poll_id % 2147483647 AS integer),
                                         CAST(person_id % 2147483647 AS integer)) AS held
        FROM (SELECT DISTINCT poll_id, person_id FROM vt) AS voters),
    vopen AS (
        SELECT id, community_id FROM polls
        WHERE id IN (SELECT poll_id FROM vt) AND status = 'open'
          AND (SELECT count(*) FROM vhold) >= 0
        FOR SHARE),
    vgo AS (
        SELECT DISTINCT ON (vt.poll_id, vt.person_id) vt.*
        FROM vt JOIN vopen ON vopen.id = vt.poll_id
        JOIN vhold ON vhold.held AND vhold.poll_id = vt.poll_id AND vhold.person_id = vt.person_id
        JOIN LATERAL (
            SELECT true AS current FROM memberships cm
            WHERE cm.community_id = vopen.community_id AND cm.person_id = vt.person_id
              AND cm.left_at IS NULL AND cm.removed_at IS NULL
            LIMIT 1) cm ON true
        WHERE NOT EXISTS (
            SELECT 1 FROM everyone e JOIN inbox i ON i.channel = e.channel AND i.key = e.key
            WHERE e.n = vt.n){skip}
        ORDER BY vt.poll_id, vt.person_id, vt.n),
    vnew AS (
        INSERT INTO poll_voters (poll_id, person_id, ballot, reason, voted_at)
        SELECT poll_id, person_id,
               CASE WHEN urn IS NULL THEN ballot END, CASE WHEN urn IS NULL THEN reason END, at
        FROM vgo WHERE NOT seen
        ON CONFLICT (poll_id, person_id) DO NOTHING
        RETURNING poll_id, person_id),
    vchanged AS (
        UPDATE poll_voters pv SET ballot = vgo.ballot, reason = vgo.reason, voted_at = vgo.at
        FROM vgo
        WHERE vgo.seen AND vgo.urn IS NULL
          AND pv.poll_id = vgo.poll_id AND pv.person_id = vgo.person_id
          AND pv.ballot IS NOT DISTINCT FROM vgo.seen_ballot
        RETURNING pv.poll_id, pv.person_id),
    vurn AS (
        INSERT INTO poll_ballots (id, poll_id, ballot, reason)
        SELECT vgo.urn, vgo.poll_id, vgo.ballot, vgo.reason
        FROM vgo JOIN vnew USING (poll_id, person_id)
        WHERE vgo.urn IS NOT NULL),
    vdone AS (
        SELECT vgo.n FROM vgo JOIN (SELECT * FROM vnew UNION ALL SELECT * FROM vchanged) w
            USING (poll_id, person_id)),
    vstale AS (
        SELECT n FROM vt
        WHERE n NOT IN (SELECT n FROM vdone)
          AND NOT EXISTS (
              SELECT 1 FROM everyone e JOIN inbox i ON i.channel = e.channel AND i.key = e.key
              WHERE e.n = vt.n))";

#[cfg(test)]
mod tests {
    /// A vote written with its batch and one on the ordinary path
    /// (`store::vote_hold`) must take the same hold, or one could change a
    /// ballot the other had read.
    #[test]
    fn a_batched_vote_takes_the_hold_a_press_takes() {
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let batched = words(
            &super::VOTES_GO
                .replace("pg_try_advisory", "pg_advisory")
                .replace("poll_id %", "$1 %")
                .replace("(person_id %", "($2 %"),
        );
        let key = "pg_advisory_xact_lock(CAST($1 % 2147483647 AS integer), \
                   CAST($2 % 2147483647 AS integer))";
        assert!(words(&super::super::polls::HOLDING).contains(&words(key)));
        assert!(batched.contains(&words(key)), "{batched}");
    }
}
