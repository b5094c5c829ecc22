//! Polls: the question, the options and the rules (fixed when posted),
//! whether it is open, and the outcome a coordinator records afterwards.

use super::{on_read, on_tx, Lock, StoreError, StoreResult, Tx};
use crate::domain::poll::{PollOption, PollRules};
use chrono::{DateTime, NaiveDate, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollState {
    Open,
    Closed,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PollRecord {
    pub id: i64,
    pub community_id: i64,
    pub creator_id: Option<i64>,
    pub question: String,
    pub rules: PollRules,
    pub options: Vec<PollOption>,
    pub state: PollState,
    pub created_at: DateTime<Utc>,
    pub deadline: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub members_at_close: Option<i64>,
    pub message_id: Option<i64>,
    pub outcome: Option<String>,
    pub outcome_at: Option<DateTime<Utc>>,
    pub review_on: Option<NaiveDate>,
    /// Votes one person had cast from two accounts before linking them
    /// (`/me link`): the later stands, and the result says how many.
    pub merged_votes: i64,
}

#[derive(sqlx::FromRow, Debug, Clone)]
pub(super) struct PollRow {
    pub(super) id: i64,
    pub(super) community_id: i64,
    pub(super) creator_id: Option<i64>,
    pub(super) question: String,
    pub(super) rules: String,
    pub(super) options: String,
    pub(super) status: String,
    pub(super) created_at: DateTime<Utc>,
    pub(super) deadline: Option<DateTime<Utc>>,
    pub(super) closed_at: Option<DateTime<Utc>>,
    pub(super) members_at_close: Option<i64>,
    pub(super) message_id: Option<i64>,
    pub(super) outcome: Option<String>,
    pub(super) outcome_at: Option<DateTime<Utc>>,
    pub(super) review_on: Option<String>,
    pub(super) merged_votes: i64,
}

pub(super) const COLUMNS: &str = "id, community_id, creator_id, question, rules, options, status, \
    created_at, deadline, closed_at, members_at_close, message_id, outcome, outcome_at, review_on, merged_votes";

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

impl TryFrom<PollRow> for PollRecord {
    type Error = StoreError;
    fn try_from(r: PollRow) -> StoreResult<PollRecord> {
        let state = match r.status.as_str() {
            "open" => PollState::Open,
            "closed" => PollState::Closed,
            other => return Err(corrupt("poll status", other)),
        };
        let review_on = r
            .review_on
            .map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|e| corrupt("review", e)))
            .transpose()?;
        Ok(PollRecord {
            id: r.id,
            community_id: r.community_id,
            creator_id: r.creator_id,
            question: r.question,
            rules: serde_json::from_str(&r.rules).map_err(|e| corrupt("poll rules", e))?,
            options: serde_json::from_str(&r.options).map_err(|e| corrupt("poll options", e))?,
            state,
            created_at: r.created_at,
            deadline: r.deadline,
            closed_at: r.closed_at,
            members_at_close: r.members_at_close,
            message_id: r.message_id,
            outcome: r.outcome,
            outcome_at: r.outcome_at,
            review_on,
            merged_votes: r.merged_votes,
        })
    }
}

pub struct NewPoll<'a> {
    pub community_id: i64,
    pub creator_id: i64,
    pub question: &'a str,
    pub rules: &'a PollRules,
    pub options: &'a [PollOption],
    pub now: DateTime<Utc>,
    pub deadline: Option<DateTime<Utc>>,
}

fn rows(rows: Vec<PollRow>) -> StoreResult<Vec<PollRecord>> {
    rows.into_iter().map(TryInto::try_into).collect()
}

impl Tx {
    pub async fn create_poll(&mut self, new: NewPoll<'_>) -> StoreResult<PollRecord> {
        let sql = format!(
            "INSERT INTO polls (community_id, creator_id, question, kind, anonymous, rules, \
             options, status, created_at, deadline) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $9) RETURNING {COLUMNS}"
        );
        let rules = serde_json::to_string(new.rules).map_err(|e| corrupt("poll rules", e))?;
        let options = serde_json::to_string(new.options).map_err(|e| corrupt("options", e))?;
        let row: PollRow = on_tx!(self, |c| sqlx::query_as(&sql)
            .bind(new.community_id)
            .bind(new.creator_id)
            .bind(new.question)
            .bind(new.rules.kind.name())
            .bind(new.rules.anonymous)
            .bind(&rules)
            .bind(&options)
            .bind(new.now)
            .bind(new.deadline)
            .fetch_one(&mut *c)
            .await?);
        row.try_into()
    }

    pub async fn poll(&mut self, id: i64) -> StoreResult<Option<PollRecord>> {
        let sql = format!("SELECT {COLUMNS} FROM polls WHERE id = $1");
        let row: Option<PollRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    /// The poll, locked until commit: closing (and changing) it waits for
    /// votes being counted, and votes after it see it closed.
    pub async fn lock_poll(&mut self, id: i64) -> StoreResult<Option<PollRecord>> {
        self.poll_locked(id, Lock::Update).await
    }

    /// The poll under a shared lock until commit, for one vote or a redraw:
    /// they do not wait for each other, but a close waits for them.
    pub async fn share_poll(&mut self, id: i64) -> StoreResult<Option<PollRecord>> {
        self.poll_locked(id, Lock::Share).await
    }

    /// The poll as for [`Tx::share_poll`], for a vote by `person_id`: their
    /// ballot is also theirs alone until commit (a ballot is read, changed
    /// and written back, as when a tap adds an option to a multiple
    /// choice), without making other voters wait. On Postgres that hold is
    /// an advisory lock taken by the same statement, or by the statement
    /// that opened the vote's press (see `store::vote_hold`); SQLite has
    /// one writer already.
    pub async fn share_poll_holding(
        &mut self,
        id: i64,
        person_id: i64,
    ) -> StoreResult<Option<PollRecord>> {
        // SQLite: read without the writer; the commit checks it again.
        if self.reads_vote_late() {
            return self.read_for_late_vote(id, person_id).await;
        }
        // Begun first: a deferred transaction on SQLite becomes a SQLite one.
        self.begin_deferred().await?;
        if matches!(self, Tx::Sqlite(_)) {
            return self.share_poll(id).await;
        }
        if let Tx::Postgres(t) = self {
            if t.holds_voter(id, person_id) {
                return t.poll_with_ballot(id, person_id).await;
            }
        }
        let row: Option<PollRow> = on_read!(self, |c| sqlx::query_as(&HOLDING)
            .bind(id)
            .bind(person_id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    async fn poll_locked(&mut self, id: i64, lock: Lock) -> StoreResult<Option<PollRecord>> {
        self.begin_deferred().await?;
        let sql = format!(
            "SELECT {COLUMNS} FROM polls WHERE id = $1{}",
            self.locking(lock)
        );
        let row: Option<PollRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(TryInto::try_into).transpose()
    }

    pub async fn set_poll_post(&mut self, id: i64, message_id: i64) -> StoreResult<()> {
        let sql = "UPDATE polls SET message_id = $2 WHERE id = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(id)
            .bind(message_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// A community's polls, newest first: open ones, or closed ones.
    pub async fn polls_of(
        &mut self,
        community_id: i64,
        open: bool,
        limit: i64,
    ) -> StoreResult<Vec<PollRecord>> {
        let sql = format!(
            "SELECT {COLUMNS} FROM polls WHERE community_id = $1 AND status = $2 \
             ORDER BY id DESC LIMIT $3"
        );
        let status = if open { "open" } else { "closed" };
        let found: Vec<PollRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(community_id)
            .bind(status)
            .bind(limit)
            .fetch_all(&mut *c)
            .await?);
        rows(found)
    }

    /// Closes an open poll; `false` if it was already closed.
    pub async fn close_poll(
        &mut self,
        id: i64,
        now: DateTime<Utc>,
        members: i64,
    ) -> StoreResult<bool> {
        let sql = "UPDATE polls SET status = 'closed', closed_at = $2, members_at_close = $3 \
                   WHERE id = $1 AND status = 'open'";
        let n = on_tx!(self, |c| sqlx::query(sql)
            .bind(id)
            .bind(now)
            .bind(members)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(n == 1)
    }

    /// Records (or replaces) what was decided, and when to look at it again.
    pub async fn set_poll_outcome(
        &mut self,
        id: i64,
        outcome: &str,
        by: i64,
        now: DateTime<Utc>,
        review_on: Option<NaiveDate>,
    ) -> StoreResult<()> {
        let sql =
            "UPDATE polls SET outcome = $2, outcome_by = $3, outcome_at = $4, review_on = $5 \
                   WHERE id = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(id)
            .bind(outcome)
            .bind(by)
            .bind(now)
            .bind(review_on.map(|d| d.format("%Y-%m-%d").to_string()))
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }
}

/// [`Tx::share_poll_holding`] on Postgres: the voter's hold comes with the
/// poll's shared lock.
pub(super) static HOLDING: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "SELECT {COLUMNS}, pg_advisory_xact_lock(CAST($1 % 2147483647 AS integer), \
         CAST($2 % 2147483647 AS integer)) AS held FROM polls WHERE id = $1 FOR SHARE"
    )
});
