//! Check-ins after the answer: the one answer a person's private chat is
//! waiting for words on, settling private check-ins, forgetting words once
//! a community's retention has passed, and the pulse's anonymous read.

use super::{on_read, on_tx, StoreError, StoreResult, Tx};
use crate::domain::checkin::pulse::{PulseEntry, PulseRound};
use crate::domain::checkin::Answer;
use chrono::{DateTime, Utc};

impl Tx {
    /// Remembers that the person's next words in private are for this answer.
    pub async fn await_words(
        &mut self,
        person_id: i64,
        answer_id: i64,
        until: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql = "INSERT INTO checkin_word_prompts (person_id, answer_id, expires_at) \
                   VALUES ($1, $2, $3) ON CONFLICT (person_id) \
                   DO UPDATE SET answer_id = excluded.answer_id, expires_at = excluded.expires_at";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(person_id)
            .bind(answer_id)
            .bind(until)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    /// The answer the person's words are awaited for, taken (asked once).
    pub async fn take_words_prompt(
        &mut self,
        person_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<i64>> {
        let sql = "DELETE FROM checkin_word_prompts WHERE person_id = $1 \
                   RETURNING answer_id, expires_at";
        let row: Option<(i64, DateTime<Utc>)> = on_tx!(self, |c| sqlx::query_as(sql)
            .bind(person_id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.filter(|(_, until)| *until > now).map(|(id, _)| id))
    }

    /// Deletes check-in words older than each community keeps them; the
    /// answers themselves (the counts) stay. Returns how many were deleted.
    pub async fn forget_old_words(&mut self, now: DateTime<Utc>) -> StoreResult<u64> {
        let forget = "UPDATE checkin_answers SET words = NULL \
                      WHERE words IS NOT NULL AND answered_at < $1 AND community_id IN \
                      (SELECT id FROM communities WHERE checkin_words_days = $2)";
        self.forget_after("checkin_words_days", forget, now).await
    }

    /// Cuts a private "counted only" check-in loose from its person, keeping
    /// only the hour it was given.
    pub async fn settle_private_answer(&mut self, answer_id: i64) -> StoreResult<()> {
        let select = "SELECT answered_at FROM checkin_answers \
                      WHERE id = $1 AND round_id IS NULL AND visibility = 'counted'";
        let prompts = "DELETE FROM checkin_word_prompts WHERE answer_id = $1";
        let detach = "UPDATE checkin_answers SET person_id = NULL, answered_at = $2 WHERE id = $1";
        on_tx!(self, |c| {
            let at: Option<(DateTime<Utc>,)> = sqlx::query_as(select)
                .bind(answer_id)
                .fetch_optional(&mut *c)
                .await?;
            if let Some((at,)) = at {
                let hour = at - chrono::Duration::seconds(at.timestamp().rem_euclid(3600));
                sqlx::query(prompts)
                    .bind(answer_id)
                    .execute(&mut *c)
                    .await?;
                sqlx::query(detach)
                    .bind(answer_id)
                    .bind(hour)
                    .execute(&mut *c)
                    .await?;
            }
        });
        Ok(())
    }

    /// The community's check-in rounds opened in `[since, until)`.
    pub async fn pulse_rounds(
        &mut self,
        community_id: i64,
        (since, until): (DateTime<Utc>, DateTime<Utc>),
    ) -> StoreResult<Vec<PulseRound>> {
        let sql = "SELECT id, opened_at, closed_at IS NOT NULL FROM checkin_rounds \
                   WHERE community_id = $1 AND opened_at >= $2 AND opened_at < $3";
        let rows: Vec<(i64, DateTime<Utc>, bool)> = on_read!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .bind(since)
            .bind(until)
            .fetch_all(&mut *c)
            .await?);
        Ok(rows
            .into_iter()
            .map(|(id, opened_at, closed)| PulseRound {
                id,
                opened_at,
                closed,
            })
            .collect())
    }

    /// Every check-in of a community since `since`, without people.
    pub async fn pulse_entries(
        &mut self,
        community_id: i64,
        (since, until): (DateTime<Utc>, DateTime<Utc>),
    ) -> StoreResult<Vec<PulseEntry>> {
        let sql = "SELECT answered_at, answer, round_id FROM checkin_answers \
                   WHERE community_id = $1 AND answered_at >= $2 AND answered_at < $3";
        let rows: Vec<(DateTime<Utc>, String, Option<i64>)> =
            on_read!(self, |c| sqlx::query_as(sql)
                .bind(community_id)
                .bind(since)
                .bind(until)
                .fetch_all(&mut *c)
                .await?);
        pulse_of(rows)
    }
}

/// Check-ins read as (answered at, answer, round), without people.
pub(super) fn pulse_of(
    rows: Vec<(DateTime<Utc>, String, Option<i64>)>,
) -> StoreResult<Vec<PulseEntry>> {
    rows.into_iter()
        .map(|(at, answer, round)| {
            let answer = Answer::parse(&answer)
                .ok_or_else(|| StoreError::Corrupt(format!("answer {answer}")))?;
            Ok(PulseEntry { at, answer, round })
        })
        .collect()
}
