//! Recording check-in answers: a tap in a round, or a check-in given in a
//! private chat outside any round.

use super::checkins::{answer_from, AnswerRow};
use super::{on_tx, AnswerRecord, RoundRecord, StoreResult, Tx};
use crate::domain::checkin::{Answer, Visibility};
use chrono::{DateTime, Utc};
use sqlx::Row;

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
    /// the answer it replaced: one statement on Postgres; on SQLite (no
    /// data-modifying `WITH`, and in-process anyway) a read, then the
    /// upsert.
    pub async fn answer_round(
        &mut self,
        round: &RoundRecord,
        person_id: i64,
        answer: Answer,
        visibility: Visibility,
        at: DateTime<Utc>,
    ) -> StoreResult<(AnswerRecord, Option<Answer>)> {
        if let Some(staged) = self.stage_answer(round, person_id, answer, visibility, at) {
            return Ok(staged);
        }
        let before = "SELECT answer FROM checkin_answers WHERE round_id = $1 AND person_id = $2";
        let (sql, read_first) = match self {
            Tx::Postgres(_) => (ANSWER_ROUND_PG, false),
            _ => (ANSWER_UPSERT, true),
        };
        let (previous, row) = on_tx!(self, |c| {
            let mut previous: Option<String> = None;
            if read_first {
                previous = sqlx::query_scalar(before)
                    .bind(round.id)
                    .bind(person_id)
                    .fetch_optional(&mut *c)
                    .await?;
            }
            let row = sqlx::query(sql)
                .bind(round.community_id)
                .bind(round.id)
                .bind(person_id)
                .bind(answer.as_str())
                .bind(visibility.as_str())
                .bind(at)
                .fetch_one(&mut *c)
                .await?;
            // The upsert's answer, then (on Postgres) the one it replaced.
            let record = <AnswerRow as sqlx::FromRow<_>>::from_row(&row)?;
            if !read_first {
                previous = row.try_get(9)?;
            }
            (previous, record)
        });
        Ok((answer_from(row)?, previous.and_then(|a| Answer::parse(&a))))
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
