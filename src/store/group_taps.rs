//! Check-in taps in a group commit on Postgres (see [`super::group_commit`]):
//! a known member's tap is read without a transaction, so its commit
//! checks that its round is still open, under the lock a tap takes, and
//! writes its answer and its job bookings with its inbox row and its
//! acknowledgement. An update whose round has closed writes nothing and
//! comes back [`super::group_commit::Written::Stale`], to run again on the
//! ordinary path (which tells the member the round has closed).

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
