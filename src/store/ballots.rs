//! Votes. Who voted is one record; what they voted is either beside it
//! (a named poll, changeable until close) or, for an anonymous poll, a
//! separate ballot with a random key, no member and no time.

use super::late_votes::{StagedVote, VoteKind};
use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::poll::Ballot;
use chrono::{DateTime, Utc};
use rand::seq::SliceRandom;

fn encode(ballot: &Ballot) -> StoreResult<String> {
    serde_json::to_string(ballot).map_err(|e| StoreError::Corrupt(format!("ballot: {e}")))
}

pub(super) fn decode(text: &str) -> StoreResult<Ballot> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("ballot: {e}")))
}

/// A random key that says nothing about when or by whom.
pub(super) fn ballot_key() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A ballot being built in a private chat.
#[derive(Debug, Clone, PartialEq)]
pub struct BallotDraft {
    pub ballot: Ballot,
    pub step: i32,
    pub reason: Option<String>,
    pub awaiting: bool,
}

/// How a member stands with a poll.
#[derive(Debug, Clone, PartialEq)]
pub enum Voted {
    No,
    /// Named: the ballot, which may still change.
    Named(Ballot),
    /// Anonymous: it counted, and nobody can see which it was.
    Anonymous,
}

/// A named vote, cast or changed: the ballot, whatever was there.
pub(super) const NAMED: &str =
    "INSERT INTO poll_voters (poll_id, person_id, ballot, reason, voted_at) \
    VALUES ($1, $2, $3, $4, $5) ON CONFLICT (poll_id, person_id) DO UPDATE \
    SET ballot = excluded.ballot, reason = excluded.reason, voted_at = excluded.voted_at";

/// An anonymous vote's voter record: none if they had voted already.
pub(super) const VOTER: &str = "INSERT INTO poll_voters (poll_id, person_id) VALUES ($1, $2) \
    ON CONFLICT (poll_id, person_id) DO NOTHING";

/// An anonymous vote's ballot, apart from its voter under a random key.
pub(super) const URN: &str =
    "INSERT INTO poll_ballots (id, poll_id, ballot, reason) VALUES ($1, $2, $3, $4)";

impl Tx {
    /// A named vote, cast or changed.
    pub async fn cast_named(
        &mut self,
        poll_id: i64,
        person_id: i64,
        ballot: &Ballot,
        reason: Option<&str>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let ballot = encode(ballot)?;
        let vote = |ballot| {
            let kind = VoteKind::Named { at: now };
            StagedVote::new(poll_id, person_id, ballot, reason, kind)
        };
        if self.vote_waits_late(poll_id, person_id) {
            return self.stage_late_vote(vote(ballot)).map(|_| ());
        }
        if let Some(t) = self.late_named_vote() {
            return t.stage_vote(vote(ballot)).await;
        }
        on_tx!(self, |c| sqlx::query(NAMED)
            .bind(poll_id)
            .bind(person_id)
            .bind(&ballot)
            .bind(reason)
            .bind(now)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// A named vote taken back (its member unticked everything): a blank
    /// ballot is not a vote, so the member no longer counts as voting.
    pub async fn withdraw_named(&mut self, poll_id: i64, person_id: i64) -> StoreResult<()> {
        let sql = "DELETE FROM poll_voters WHERE poll_id = $1 AND person_id = $2";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(poll_id)
            .bind(person_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// An anonymous vote: `false` (and nothing written) if this member
    /// has voted already. The two records share nothing but the poll.
    pub async fn cast_anonymous(
        &mut self,
        poll_id: i64,
        person_id: i64,
        ballot: &Ballot,
        reason: Option<&str>,
    ) -> StoreResult<bool> {
        let ballot = encode(ballot)?;
        let key = ballot_key();
        if self.vote_waits_late(poll_id, person_id) {
            let kind = VoteKind::Anonymous { key };
            return self.stage_late_vote(StagedVote::new(poll_id, person_id, ballot, reason, kind));
        }
        if let Some((voted, t)) = self.late_anonymous_vote(poll_id, person_id) {
            if !voted {
                let kind = VoteKind::Anonymous { key };
                t.stage_vote(StagedVote::new(poll_id, person_id, ballot, reason, kind))
                    .await?;
            }
            return Ok(!voted);
        }
        let cast = on_tx!(self, |c| {
            let first = sqlx::query(VOTER)
                .bind(poll_id)
                .bind(person_id)
                .execute(&mut *c)
                .await?
                .rows_affected()
                == 1;
            if first {
                sqlx::query(URN)
                    .bind(&key)
                    .bind(poll_id)
                    .bind(&ballot)
                    .bind(reason)
                    .execute(&mut *c)
                    .await?
                    .rows_affected();
            }
            first
        });
        Ok(cast)
    }

    pub async fn voted(&mut self, poll_id: i64, person_id: i64) -> StoreResult<Voted> {
        if let Some(voted) = self
            .voted_already_read(poll_id, person_id)
            .or_else(|| self.voted_late(poll_id, person_id))
        {
            return Ok(voted);
        }
        let sql = "SELECT ballot FROM poll_voters WHERE poll_id = $1 AND person_id = $2";
        let row: Option<(Option<String>,)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(poll_id)
            .bind(person_id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(match row {
            None => Voted::No,
            Some((None,)) => Voted::Anonymous,
            Some((Some(b),)) => Voted::Named(decode(&b)?),
        })
    }

    /// Everyone who has voted, by person id.
    pub async fn poll_voters(&mut self, poll_id: i64) -> StoreResult<Vec<i64>> {
        let sql = "SELECT person_id FROM poll_voters WHERE poll_id = $1 ORDER BY person_id";
        Ok(on_read!(self, |c| sqlx::query_scalar(sql)
            .bind(poll_id)
            .fetch_all(&mut *c)
            .await?))
    }

    /// How many have voted, counting those since forgotten whose ballots
    /// still stand.
    pub async fn count_voters(&mut self, poll_id: i64) -> StoreResult<i64> {
        let sql =
            "SELECT COUNT(*) + COALESCE((SELECT forgotten_voters FROM polls WHERE id = $1), 0) \
                   FROM poll_voters WHERE poll_id = $1";
        Ok(on_read!(self, |c| sqlx::query_scalar(sql)
            .bind(poll_id)
            .fetch_one(&mut *c)
            .await?))
    }

    /// Every ballot with its reason, named and anonymous alike, in an
    /// order that says nothing about who or when.
    pub async fn poll_ballots(
        &mut self,
        poll_id: i64,
    ) -> StoreResult<Vec<(Ballot, Option<String>)>> {
        let sql =
            "SELECT ballot, reason FROM poll_voters WHERE poll_id = $1 AND ballot IS NOT NULL \
                   UNION ALL SELECT ballot, reason FROM poll_ballots WHERE poll_id = $1 \
                   ORDER BY 1, 2";
        let rows: Vec<(String, Option<String>)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(poll_id)
            .fetch_all(&mut *c)
            .await?);
        rows.into_iter()
            .map(|(b, reason)| Ok((decode(&b)?, reason)))
            .collect()
    }

    /// Rewrites a closed anonymous poll's ballots under new keys, in a
    /// random order: the database's own bookkeeping (the order rows were
    /// written in, the transaction that wrote them) no longer matches the
    /// voters' records.
    pub async fn reshuffle_ballots(&mut self, poll_id: i64) -> StoreResult<()> {
        let read = "SELECT ballot, reason FROM poll_ballots WHERE poll_id = $1";
        let delete = "DELETE FROM poll_ballots WHERE poll_id = $1";
        let insert =
            "INSERT INTO poll_ballots (id, poll_id, ballot, reason) VALUES ($1, $2, $3, $4)";
        on_tx!(self, |c| {
            let mut rows: Vec<(String, Option<String>)> = sqlx::query_as(read)
                .bind(poll_id)
                .fetch_all(&mut *c)
                .await?;
            rows.shuffle(&mut rand::rng());
            sqlx::query(delete)
                .bind(poll_id)
                .execute(&mut *c)
                .await?
                .rows_affected();
            for (ballot, reason) in rows {
                sqlx::query(insert)
                    .bind(ballot_key())
                    .bind(poll_id)
                    .bind(ballot)
                    .bind(reason)
                    .execute(&mut *c)
                    .await?
                    .rows_affected();
            }
        });
        Ok(())
    }

    pub async fn ballot_draft(
        &mut self,
        poll_id: i64,
        person_id: i64,
    ) -> StoreResult<Option<BallotDraft>> {
        let sql = "SELECT ballot, step, reason, awaiting FROM poll_ballot_drafts \
                   WHERE poll_id = $1 AND person_id = $2";
        let row: Option<(String, i32, Option<String>, bool)> = on_read!(self, |c| {
            sqlx::query_as(sql)
                .bind(poll_id)
                .bind(person_id)
                .fetch_optional(&mut *c)
                .await?
        });
        row.map(|(b, step, reason, awaiting)| {
            Ok(BallotDraft {
                ballot: decode(&b)?,
                step,
                reason,
                awaiting,
            })
        })
        .transpose()
    }

    pub async fn save_ballot_draft(
        &mut self,
        poll_id: i64,
        person_id: i64,
        draft: &BallotDraft,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql = "INSERT INTO poll_ballot_drafts (poll_id, person_id, ballot, step, reason, \
                   awaiting, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                   ON CONFLICT (poll_id, person_id) DO UPDATE SET ballot = excluded.ballot, \
                   step = excluded.step, reason = excluded.reason, awaiting = excluded.awaiting, \
                   updated_at = excluded.updated_at";
        let ballot = encode(&draft.ballot)?;
        on_tx!(self, |c| sqlx::query(sql)
            .bind(poll_id)
            .bind(person_id)
            .bind(&ballot)
            .bind(draft.step)
            .bind(draft.reason.as_deref())
            .bind(draft.awaiting)
            .bind(now)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    pub async fn drop_ballot_draft(&mut self, poll_id: i64, person_id: i64) -> StoreResult<()> {
        let sql = "DELETE FROM poll_ballot_drafts WHERE poll_id = $1 AND person_id = $2";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(poll_id)
            .bind(person_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The poll whose ballot is waiting for this member to type a reason.
    pub async fn awaiting_reason(&mut self, person_id: i64) -> StoreResult<Option<i64>> {
        let sql = "SELECT poll_id FROM poll_ballot_drafts WHERE person_id = $1 AND awaiting \
                   ORDER BY updated_at DESC LIMIT 1";
        Ok(on_read!(self, |c| sqlx::query_scalar(sql)
            .bind(person_id)
            .fetch_optional(&mut *c)
            .await?))
    }
}
