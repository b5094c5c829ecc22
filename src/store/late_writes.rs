//! What a tap writes late, at its commit rather than as it runs: its
//! answer and its job bookings. A begun Postgres transaction (`pg_tx`)
//! writes them with its other staged rows; a deferred one (`deferred`)
//! hands them to the group commit.

use crate::domain::checkin::{Answer, Visibility};
use chrono::{DateTime, Utc};

/// What a tap writes late, on either kind of transaction that lets it
/// wait: a begun Postgres one (see `pg_tx`) or a deferred one.
#[derive(Debug, Default)]
pub(super) struct LateWrites {
    pub(super) answer: Option<StagedAnswer>,
    pub(super) jobs: Vec<StagedJob>,
}

/// A tap's answer, written late.
pub(super) struct StagedAnswer {
    /// `None`: a first answer on SQLite, whose id the table gives.
    pub(super) id: Option<i64>,
    pub(super) community_id: i64,
    pub(super) round_id: i64,
    pub(super) person_id: i64,
    pub(super) answer: Answer,
    pub(super) visibility: Visibility,
    pub(super) at: DateTime<Utc>,
}

#[cfg(test)]
impl StagedAnswer {
    /// The unit stories' tap: Sam (person 7) passes in round 4 of
    /// community 1, now; `id` as the read found it.
    pub(super) fn sams_pass(id: Option<i64>) -> StagedAnswer {
        StagedAnswer {
            id,
            community_id: 1,
            round_id: 4,
            person_id: 7,
            answer: Answer::Pass,
            visibility: Visibility::Shared,
            at: chrono::Utc::now(),
        }
    }
}

/// Ids only: an answer is health data, kept out of any debug output.
impl std::fmt::Debug for StagedAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StagedAnswer")
            .field("id", &self.id)
            .field("round_id", &self.round_id)
            .finish_non_exhaustive()
    }
}

/// A job booked late (once per key, like `Tx::schedule_job`).
#[derive(Debug)]
pub(super) struct StagedJob {
    pub(super) kind: &'static str,
    pub(super) key: String,
    pub(super) payload: serde_json::Value,
    pub(super) due: DateTime<Utc>,
}

impl StagedJob {
    pub(super) fn new(
        kind: &'static str,
        key: &str,
        payload: serde_json::Value,
        due: DateTime<Utc>,
    ) -> StagedJob {
        StagedJob {
            kind,
            key: key.to_string(),
            payload,
            due,
        }
    }
}
