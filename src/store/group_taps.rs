//! Check-in taps in a group commit on Postgres (see [`super::group_commit`]):
//! a known member's tap is read without a transaction, so its commit
//! checks that its round is still open, under the lock a tap takes, and
//! writes its answer and its job bookings with its inbox row and its
//! acknowledgement. An update whose round has closed writes nothing and
//! comes back [`super::group_commit::Written::Stale`], to run again on the
//! ordinary path (which tells the member the round has closed).
//!
//! Here are the taps' arrays and their parts of the batch statement
//! (`TAPS_STALE`, `TAPS_ANSWERS`, `TAPS_JOBS`), which `store::batch_sql`
//! puts together, as `store::group_votes` holds the votes'.

use super::batch_bind::Bind;
use super::group_commit::Commit;
use super::StoreResult;
use chrono::{DateTime, Utc};

/// The batch's answers and bookings as array columns.
#[derive(Default)]
pub(super) struct Taps {
    need_n: Vec<i32>,
    need_round: Vec<i64>,
    a_id: Vec<i64>,
    a_community: Vec<i64>,
    a_person: Vec<i64>,
    a_answer: Vec<String>,
    a_visibility: Vec<String>,
    a_at: Vec<DateTime<Utc>>,
    j_n: Vec<i32>,
    j_kind: Vec<String>,
    j_key: Vec<String>,
    j_payload: Vec<String>,
    j_due: Vec<DateTime<Utc>>,
}

impl Taps {
    pub(super) fn of(commits: &[&Commit]) -> StoreResult<Taps> {
        let mut taps = Taps::default();
        for (n, commit) in commits.iter().enumerate() {
            let n = n as i32;
            if let Some(a) = &commit.answer {
                taps.need_n.push(n);
                taps.need_round.push(a.round_id);
                // Postgres takes a first answer's id from its sequence as it reads.
                let id = a.id.ok_or_else(|| {
                    super::StoreError::Corrupt("a staged answer has no id".into())
                })?;
                taps.a_id.push(id);
                taps.a_community.push(a.community_id);
                taps.a_person.push(a.person_id);
                taps.a_answer.push(a.answer.as_str().to_string());
                taps.a_visibility.push(a.visibility.as_str().to_string());
                taps.a_at.push(a.at);
            }
            for job in &commit.jobs {
                taps.j_n.push(n);
                taps.j_kind.push(job.kind.to_string());
                taps.j_key.push(job.key.clone());
                taps.j_payload.push(job.payload.to_string());
                taps.j_due.push(job.due);
            }
        }
        Ok(taps)
    }

    /// Binds `$19`–`$32` of [`super::batch_sql`]'s statement (empty
    /// arrays when the batch has no taps).
    pub(super) fn bind<B: Bind>(self, query: B) -> B {
        query
            .bind(self.need_n.clone())
            .bind(self.need_round)
            .bind(self.need_n)
            .bind(self.a_id)
            .bind(self.a_community)
            .bind(self.a_person)
            .bind(self.a_answer)
            .bind(self.a_visibility)
            .bind(self.a_at)
            .bind(self.j_n)
            .bind(self.j_kind)
            .bind(self.j_key)
            .bind(self.j_payload)
            .bind(self.j_due)
    }
}

/// Taps whose round has closed (under the lock a tap takes), and answers
/// by someone no longer a member of the round's community: a newcomer's
/// first tap registers them in a statement of its own, and a coordinator
/// may remove them before this write. (A known member's kept read is also
/// checked by its versions, in `batch_sql::CHECKS`; this repeats it for
/// them rather than add more statement texts than the four there are.)
///
/// The membership is looked up by its whole key in a `LATERAL` subquery
/// with a `LIMIT`, which the planner cannot turn into a join: as an
/// anti-join its plan, cached while the tables were small, searched the
/// key's index by the person alone, every entry of it for every tap.
pub(super) const TAPS_STALE: &str = "
    need AS (
        SELECT * FROM unnest($19::int[], $20::bigint[]) AS need(n, round_id)),
    open AS (
        SELECT id, community_id FROM checkin_rounds
        WHERE id IN (SELECT round_id FROM need) AND closed_at IS NULL
        FOR SHARE),
    stale AS (
        SELECT n FROM need WHERE round_id NOT IN (SELECT id FROM open)
        UNION
        SELECT a.n FROM unnest($21::int[], $24::bigint[]) AS a(n, person_id)
        JOIN need ON need.n = a.n JOIN open ON open.id = need.round_id
        LEFT JOIN LATERAL (
            SELECT true AS current FROM memberships cm
            WHERE cm.community_id = open.community_id AND cm.person_id = a.person_id
              AND cm.left_at IS NULL AND cm.removed_at IS NULL
            LIMIT 1) cm ON true
        WHERE cm.current IS NULL{unless_newcomer})";

/// The new taps' answers: the later of one person's two in a batch.
pub(super) const TAPS_ANSWERS: &str = "
    av AS (
        SELECT * FROM unnest($21::int[], $22::bigint[], $23::bigint[], $24::bigint[],
                             $25::text[], $26::text[], $27::timestamptz[])
            AS av(n, id, community_id, person_id, answer, visibility, at)
        JOIN need USING (n)
        WHERE av.n IN (SELECT n FROM fresh)),
    answered AS (
        INSERT INTO checkin_answers
            (id, community_id, round_id, person_id, answer, visibility, answered_at)
        SELECT DISTINCT ON (round_id, person_id)
               id, community_id, round_id, person_id, answer, visibility, at
        FROM av ORDER BY round_id, person_id, n DESC
        ON CONFLICT (round_id, person_id)
        DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at)";

/// The new updates' job bookings, once per key.
pub(super) const TAPS_JOBS: &str = "
    jv AS (
        SELECT * FROM unnest($28::int[], $29::text[], $30::text[], $31::text[],
                             $32::timestamptz[])
            AS jv(n, kind, key, payload, due)
        WHERE jv.n IN (SELECT n FROM fresh)),
    booked AS (
        INSERT INTO jobs (kind, unique_key, payload, due_at)
        SELECT DISTINCT ON (key) kind, key, payload::jsonb, due FROM jv
        WHERE {not_booked}
        ORDER BY key, n
        ON CONFLICT (unique_key) DO NOTHING)";
