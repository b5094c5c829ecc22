//! A vote's poll and the voter's ballot, read in passing by a known
//! voter's steady read of the press (see `store::steady`, and its batches,
//! `store::group_reads`). Before, every vote on the fast path read them in
//! a statement of its own after the press's (`store::deferred_votes`).
//! Nothing is locked: the group write holds the vote to what was read
//! (`store::group_votes`, and on SQLite `deferred_votes::write_if_still`).
//!
//! A newcomer's lean read of a press on a poll's vote button reads them
//! too (`store::newcomer_taps`), and its read of a check-in tap leaves
//! them out. The statements that open a press otherwise (a newcomer's
//! registering statement, the ordinary opening) leave the columns out, so
//! a check-in tap, most of theirs, pays nothing for them; the row then
//! says nothing of a poll, and the vote reads it in a statement of its
//! own. (Read in the registering statement too, they left the first
//! votes' rate where it was and cost the newcomers' taps.)

use super::polls::{PollRow, COLUMNS};
use super::vote_hold::PollAndBallot;
use chrono::{DateTime, Utc};

/// The poll's columns (`pl_` before each name), whether the voter has a
/// record, and its ballot, from `pl` and `pv`.
pub(super) static POLL_COLUMNS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        ", {}, pv.poll_id IS NOT NULL AS pl_voted, pv.ballot AS pl_ballot",
        super::ingest::prefixed(COLUMNS, "pl", "pl_")
    )
});

/// The steady read's joins for the button `bt` and the presser `p`. On
/// Postgres the poll and the voter's record are each looked up by their
/// whole key in a `LATERAL … LIMIT 1`, as a press's answer is
/// (`press_reads::ANSWER_BY_KEY`): a kept generic plan could otherwise
/// join every poll, or search the records by the poll alone.
pub(super) fn steady_joins(postgres: bool) -> String {
    match postgres {
        true => format!(
            " LEFT JOIN LATERAL (SELECT {COLUMNS} FROM polls \
             WHERE bt.action ->> 'action' = 'poll_vote' \
               AND id = CAST(bt.action ->> 'poll_id' AS BIGINT) LIMIT 1) pl ON true \
             LEFT JOIN LATERAL (SELECT poll_id, ballot FROM poll_voters \
             WHERE poll_id = pl.id AND person_id = p.id LIMIT 1) pv ON true"
        ),
        false => " LEFT JOIN polls pl ON bt.action ->> 'action' = 'poll_vote' \
                   AND pl.id = CAST(bt.action ->> 'poll_id' AS BIGINT) \
                   LEFT JOIN poll_voters pv ON pv.poll_id = pl.id AND pv.person_id = p.id"
            .to_string(),
    }
}

/// The poll's part of a press's row; all empty where the statement did
/// not read one (a missing column takes its field's default).
#[derive(sqlx::FromRow, Default)]
#[sqlx(default)]
pub(super) struct PressPollRow {
    pl_id: Option<i64>,
    pl_community_id: Option<i64>,
    pl_creator_id: Option<i64>,
    pl_question: Option<String>,
    pl_rules: Option<String>,
    pl_options: Option<String>,
    pl_status: Option<String>,
    pl_created_at: Option<DateTime<Utc>>,
    pl_deadline: Option<DateTime<Utc>>,
    pl_closed_at: Option<DateTime<Utc>>,
    pl_members_at_close: Option<i64>,
    pl_message_id: Option<i64>,
    pl_outcome: Option<String>,
    pl_outcome_at: Option<DateTime<Utc>>,
    pl_review_on: Option<String>,
    pl_merged_votes: Option<i64>,
    pl_voted: Option<bool>,
    pl_ballot: Option<String>,
}

/// The poll a press's statement read for its presser (`person_id`),
/// with what they had cast.
#[derive(Debug, Clone)]
pub(super) struct PressPoll {
    pub(super) person_id: i64,
    pub(super) read: PollAndBallot,
}

impl PressPollRow {
    /// The poll read for `person_id`'s press, if the statement read one.
    pub(super) fn read_for(self, person_id: Option<i64>) -> Option<PressPoll> {
        let r = self;
        let row = PollRow {
            id: r.pl_id?,
            community_id: r.pl_community_id?,
            creator_id: r.pl_creator_id,
            question: r.pl_question?,
            rules: r.pl_rules?,
            options: r.pl_options?,
            status: r.pl_status?,
            created_at: r.pl_created_at?,
            deadline: r.pl_deadline,
            closed_at: r.pl_closed_at,
            members_at_close: r.pl_members_at_close,
            message_id: r.pl_message_id,
            outcome: r.pl_outcome,
            outcome_at: r.pl_outcome_at,
            review_on: r.pl_review_on,
            merged_votes: r.pl_merged_votes?,
        };
        Some(PressPoll {
            person_id: person_id?,
            read: PollAndBallot::new(row, r.pl_voted?, r.pl_ballot),
        })
    }
}
