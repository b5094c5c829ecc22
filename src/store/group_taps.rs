//! Check-in taps in a group commit on Postgres (see [`super::group_commit`]):
//! a known member's tap is read without a transaction, so its commit
//! checks that its round is still open, under the lock a tap takes, and
//! writes its answer and its job bookings with its inbox row and its
//! acknowledgement. An update whose round has closed writes nothing and
//! comes back [`super::group_commit::Written::Stale`], to run again on the
//! ordinary path (which tells the member the round has closed).

use super::group_commit::{Commit, BATCH_V, BATCH_WRITES};
use super::StoreResult;
use chrono::{DateTime, Utc};
use sqlx::postgres::PgArguments;
use sqlx::query::QueryAs;
use sqlx::Postgres;

/// [`super::group_commit`]'s batch with taps: its updates less the stale
/// ones, its writes, then the answers (the later of one person's two in a
/// batch) and the bookings (once per key). Returns each new update's `n`
/// with `true`, each stale one's with `false`.
pub(super) static TAPS_PG: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "WITH need AS (
            SELECT * FROM unnest($19::int[], $20::bigint[]) AS need(n, round_id)),
         open AS (
            SELECT id FROM checkin_rounds
            WHERE id IN (SELECT round_id FROM need) AND closed_at IS NULL
            FOR SHARE),
         stale AS (
            SELECT n FROM need WHERE round_id NOT IN (SELECT id FROM open)),
         v AS ({BATCH_V} WHERE v.n NOT IN (SELECT n FROM stale)),
         {BATCH_WRITES},
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
            DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at),
         jv AS (
            SELECT * FROM unnest($28::int[], $29::text[], $30::text[], $31::text[],
                                 $32::timestamptz[])
                AS jv(n, kind, key, payload, due)
            WHERE jv.n IN (SELECT n FROM fresh)),
         booked AS (
            INSERT INTO jobs (kind, unique_key, payload, due_at)
            SELECT DISTINCT ON (key) kind, key, payload::jsonb, due FROM jv
            WHERE NOT EXISTS (SELECT 1 FROM jobs WHERE unique_key = jv.key)
            ORDER BY key, n
            ON CONFLICT (unique_key) DO NOTHING)
         SELECT n, true FROM fresh
         UNION ALL SELECT n, false FROM stale"
    )
});

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

type Batch<'q> = QueryAs<'q, Postgres, (i32, bool), PgArguments>;

impl Taps {
    pub(super) fn of(commits: &[&Commit]) -> StoreResult<Taps> {
        let mut taps = Taps::default();
        for (n, commit) in commits.iter().enumerate() {
            let n = n as i32;
            if let Some(a) = &commit.answer {
                taps.need_n.push(n);
                taps.need_round.push(a.round_id);
                taps.a_id.push(a.id);
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

    /// Binds $19 onwards of [`TAPS_PG`].
    pub(super) fn bind(self, query: Batch<'_>) -> Batch<'_> {
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
