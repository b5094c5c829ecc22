//! Recording check-in answers: a tap in a round (on Postgres in one
//! statement that also says what it replaced), or a check-in given in a
//! private chat outside any round.

use super::checkins::{answer_from, AnswerRow};
use super::{on_tx, AnswerRecord, RoundRecord, StoreError, StoreResult, Tx};
use crate::domain::checkin::{Answer, Visibility};
use chrono::{DateTime, Utc};

/// An answer's row and the answer it replaced.
type AnswerRowAndBefore = (
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    Option<String>,
    String,
    String,
    Option<String>,
    DateTime<Utc>,
    Option<String>,
);

const ANSWER_UPSERT: &str = "INSERT INTO checkin_answers \
    (community_id, round_id, person_id, answer, visibility, answered_at) \
    VALUES ($1, $2, $3, $4, $5, $6) \
    ON CONFLICT (round_id, person_id) \
    DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at \
    RETURNING id, community_id, round_id, person_id, \
    (SELECT display_name FROM people p WHERE p.id = checkin_answers.person_id), \
    answer, visibility, words, answered_at";

/// The upsert and what it replaced, in one round trip: every part of a
/// statement sees the same snapshot, so `prev` is the answer before.
const ANSWER_ROUND_PG: &str = "WITH prev AS (
        SELECT answer FROM checkin_answers WHERE round_id = $2 AND person_id = $3),
    up AS (
        INSERT INTO checkin_answers (community_id, round_id, person_id, answer, visibility, answered_at)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (round_id, person_id)
        DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at
        RETURNING id, community_id, round_id, person_id, answer, visibility, words, answered_at)
    SELECT up.id, up.community_id, up.round_id, up.person_id, p.display_name, up.answer,
           up.visibility, up.words, up.answered_at, (SELECT answer FROM prev)
    FROM up LEFT JOIN people p ON p.id = up.person_id";

impl Tx {
    /// Records a person's answer in a round (a changed answer replaces the
    /// first and keeps its visibility). Returns the answer as recorded and
    /// the answer it replaced.
    pub async fn answer_round(
        &mut self,
        round: &RoundRecord,
        person_id: i64,
        answer: Answer,
        visibility: Visibility,
        at: DateTime<Utc>,
    ) -> StoreResult<(AnswerRecord, Option<Answer>)> {
        let Tx::Postgres(_) = self else {
            return self
                .answer_round_stepwise(round, person_id, answer, visibility, at)
                .await;
        };
        let row: Option<AnswerRowAndBefore> = on_tx!(self, |c| sqlx::query_as(ANSWER_ROUND_PG)
            .bind(round.community_id)
            .bind(round.id)
            .bind(person_id)
            .bind(answer.as_str())
            .bind(visibility.as_str())
            .bind(at)
            .fetch_optional(&mut *c)
            .await?);
        let (id, community, in_round, person, name, given, shown, words, at, previous) =
            row.ok_or_else(|| StoreError::Corrupt("answer vanished".into()))?;
        let record = answer_from((
            id, community, in_round, person, name, given, shown, words, at,
        ))?;
        Ok((record, previous.and_then(|a| Answer::parse(&a))))
    }

    /// [`Tx::answer_round`] in plain statements, for SQLite (in-process,
    /// so as fast, and it has no data-modifying `WITH`).
    async fn answer_round_stepwise(
        &mut self,
        round: &RoundRecord,
        person_id: i64,
        answer: Answer,
        visibility: Visibility,
        at: DateTime<Utc>,
    ) -> StoreResult<(AnswerRecord, Option<Answer>)> {
        let before = "SELECT answer FROM checkin_answers WHERE round_id = $1 AND person_id = $2";
        let (previous, row) = on_tx!(self, |c| {
            let previous: Option<(String,)> = sqlx::query_as(before)
                .bind(round.id)
                .bind(person_id)
                .fetch_optional(&mut *c)
                .await?;
            let row: AnswerRow = sqlx::query_as(ANSWER_UPSERT)
                .bind(round.community_id)
                .bind(round.id)
                .bind(person_id)
                .bind(answer.as_str())
                .bind(visibility.as_str())
                .bind(at)
                .fetch_one(&mut *c)
                .await?;
            (previous, row)
        });
        Ok((
            answer_from(row)?,
            previous.and_then(|(a,)| Answer::parse(&a)),
        ))
    }

    /// A check-in outside any round, from a private chat.
    pub async fn answer_privately(
        &mut self,
        community_id: i64,
        person_id: i64,
        answer: Answer,
        visibility: Visibility,
        at: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let sql = "INSERT INTO checkin_answers \
                   (community_id, person_id, answer, visibility, answered_at) \
                   VALUES ($1, $2, $3, $4, $5) RETURNING id";
        let (id,): (i64,) = on_tx!(self, |c| sqlx::query_as(sql)
            .bind(community_id)
            .bind(person_id)
            .bind(answer.as_str())
            .bind(visibility.as_str())
            .bind(at)
            .fetch_one(&mut *c)
            .await?);
        Ok(id)
    }
}
