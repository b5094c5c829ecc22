//! Check-in rounds and answers. One answer per member per round (the
//! database enforces it); "counted only" answers are cut loose from their
//! person as soon as they can no longer change.

use super::{on_read, on_tx, Lock, StoreError, StoreResult, Tx};
use crate::domain::checkin::{Answer, Response, RoundTimes, Spread, Visibility};
use chrono::{DateTime, Utc};

#[derive(Debug, Clone, PartialEq)]
pub struct RoundRecord {
    pub id: i64,
    pub community_id: i64,
    /// `None`: the default question, in each reader's language.
    pub question: Option<String>,
    pub schedule_id: Option<i64>,
    pub times: RoundTimes,
    /// The group message showing the round.
    pub message_id: Option<i64>,
}

/// What a new round starts with.
pub struct NewRound<'a> {
    pub community_id: i64,
    pub question: Option<&'a str>,
    pub opened_by: Option<i64>,
    pub schedule_id: Option<i64>,
    pub opened_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
}

/// One stored answer, with its author when it still has one.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRecord {
    pub id: i64,
    pub community_id: i64,
    pub round_id: Option<i64>,
    pub person_id: Option<i64>,
    pub name: Option<String>,
    pub answer: Answer,
    pub visibility: Visibility,
    pub words: Option<String>,
    pub answered_at: DateTime<Utc>,
}

impl AnswerRecord {
    /// The domain's view. A detached answer gets an id no person has.
    pub fn response(&self) -> Response {
        Response {
            member: self.person_id.unwrap_or(-self.id),
            name: self.name.clone().unwrap_or_default(),
            answer: self.answer,
            visibility: self.visibility,
            words: self.words.clone(),
        }
    }
}

type RoundRow = (
    i64,
    i64,
    Option<String>,
    Option<i64>,
    DateTime<Utc>,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    Option<i64>,
);

const ROUND_COLUMNS: &str =
    "id, community_id, question, schedule_id, opened_at, closes_at, closed_at, message_id";

fn round_from(r: RoundRow) -> RoundRecord {
    RoundRecord {
        id: r.0,
        community_id: r.1,
        question: r.2,
        schedule_id: r.3,
        times: RoundTimes {
            opened_at: r.4,
            closes_at: r.5,
            closed_at: r.6,
        },
        message_id: r.7,
    }
}

pub(super) type AnswerRow = (
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    Option<String>,
    String,
    String,
    Option<String>,
    DateTime<Utc>,
);

const ANSWER_SELECT: &str =
    "SELECT a.id, a.community_id, a.round_id, a.person_id, p.display_name, \
     a.answer, a.visibility, a.words, a.answered_at \
     FROM checkin_answers a LEFT JOIN people p ON p.id = a.person_id";

pub(super) fn answer_from(r: AnswerRow) -> StoreResult<AnswerRecord> {
    Ok(AnswerRecord {
        id: r.0,
        community_id: r.1,
        round_id: r.2,
        person_id: r.3,
        name: r.4,
        answer: Answer::parse(&r.5)
            .ok_or_else(|| StoreError::Corrupt(format!("answer {}", r.5)))?,
        visibility: Visibility::parse(&r.6)
            .ok_or_else(|| StoreError::Corrupt(format!("visibility {}", r.6)))?,
        words: r.7,
        answered_at: r.8,
    })
}

impl Tx {
    /// Opens a round; `None` if the community already has one open.
    pub async fn open_round(&mut self, new: NewRound<'_>) -> StoreResult<Option<i64>> {
        let sql = "INSERT INTO checkin_rounds \
                   (community_id, question, opened_by, schedule_id, opened_at, closes_at) \
                   VALUES ($1, $2, $3, $4, $5, $6) \
                   ON CONFLICT (community_id) WHERE closed_at IS NULL DO NOTHING RETURNING id";
        let id: Option<(i64,)> = on_tx!(self, |c| sqlx::query_as(sql)
            .bind(new.community_id)
            .bind(new.question)
            .bind(new.opened_by)
            .bind(new.schedule_id)
            .bind(new.opened_at)
            .bind(new.closes_at)
            .fetch_optional(&mut *c)
            .await?);
        Ok(id.map(|(id,)| id))
    }

    pub async fn set_round_message(&mut self, round_id: i64, message_id: i64) -> StoreResult<()> {
        let sql = "UPDATE checkin_rounds SET message_id = $2 WHERE id = $1";
        on_tx!(self, |c| sqlx::query(sql)
            .bind(round_id)
            .bind(message_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }

    pub async fn round(&mut self, id: i64) -> StoreResult<Option<RoundRecord>> {
        let sql = format!("SELECT {ROUND_COLUMNS} FROM checkin_rounds WHERE id = $1");
        let row: Option<RoundRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.map(round_from))
    }

    /// The community's round that has not been closed yet, if any (its
    /// time may have run out; the closing job may not have run yet).
    pub async fn unclosed_round(&mut self, community_id: i64) -> StoreResult<Option<RoundRecord>> {
        let sql = format!(
            "SELECT {ROUND_COLUMNS} FROM checkin_rounds WHERE community_id = $1 AND closed_at IS NULL"
        );
        let row: Option<RoundRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(community_id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.map(round_from))
    }

    /// Takes the round's row lock for the rest of the transaction, for
    /// closing it: the close waits for taps being counted, and taps after
    /// it find the round closed. (SQLite has one writer anyway.)
    pub async fn lock_round(&mut self, id: i64) -> StoreResult<Option<RoundRecord>> {
        self.round_locked(id, Lock::Update).await
    }

    /// Takes a shared lock on the round for the rest of the transaction,
    /// for a tap or a redraw: they do not wait for each other, but a close
    /// waits for them, and they wait for a close (and then see it).
    pub async fn share_round(&mut self, id: i64) -> StoreResult<Option<RoundRecord>> {
        self.round_locked(id, Lock::Share).await
    }

    async fn round_locked(&mut self, id: i64, lock: Lock) -> StoreResult<Option<RoundRecord>> {
        // Read by the statement that opened the press: on a begun Postgres
        // transaction share-locked since; on a deferred one the commit
        // writes a tap only while the round is still open.
        if lock == Lock::Share {
            if let Some(round) = self.known_round(id) {
                return Ok(Some(round.clone()));
            }
        }
        self.begin_deferred().await?;
        let sql = format!(
            "SELECT {ROUND_COLUMNS} FROM checkin_rounds WHERE id = $1{}",
            self.locking(lock)
        );
        let row: Option<RoundRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&mut *c)
            .await?);
        Ok(row.map(round_from))
    }

    /// Closes the round (once) and cuts "counted only" answers loose from
    /// their people; they keep only the round's opening time. `false` if it
    /// was already closed.
    pub async fn close_round(
        &mut self,
        round: &RoundRecord,
        at: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let close = "UPDATE checkin_rounds SET closed_at = $2 WHERE id = $1 AND closed_at IS NULL";
        let prompts = "DELETE FROM checkin_word_prompts WHERE answer_id IN \
                       (SELECT id FROM checkin_answers WHERE round_id = $1)";
        let detach = "UPDATE checkin_answers SET person_id = NULL, answered_at = $2 \
                      WHERE round_id = $1 AND visibility = 'counted'";
        let closed = on_tx!(self, |c| {
            let closed = sqlx::query(close)
                .bind(round.id)
                .bind(at)
                .execute(&mut *c)
                .await?
                .rows_affected();
            if closed == 1 {
                sqlx::query(prompts).bind(round.id).execute(&mut *c).await?;
                sqlx::query(detach)
                    .bind(round.id)
                    .bind(round.times.opened_at)
                    .execute(&mut *c)
                    .await?;
            }
            closed
        });
        Ok(closed == 1)
    }

    /// Every answer in a round, in the order they were first given.
    pub async fn round_answers(&mut self, round_id: i64) -> StoreResult<Vec<AnswerRecord>> {
        let sql = format!("{ANSWER_SELECT} WHERE a.round_id = $1 ORDER BY a.id");
        let rows: Vec<AnswerRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(round_id)
            .fetch_all(&mut *c)
            .await?);
        rows.into_iter().map(answer_from).collect()
    }

    /// A round's counts per answer and its shared answers: what the group
    /// message shows, without reading every answer on every tap.
    pub async fn round_tally(&mut self, round_id: i64) -> StoreResult<(Spread, Vec<AnswerRecord>)> {
        let counts =
            "SELECT answer, COUNT(*) FROM checkin_answers WHERE round_id = $1 GROUP BY answer";
        let shared = format!(
            "{ANSWER_SELECT} WHERE a.round_id = $1 AND a.visibility = 'shared' ORDER BY a.id"
        );
        let (counts, shared): (Vec<(String, i64)>, Vec<AnswerRow>) = on_read!(self, |c| {
            let counts = sqlx::query_as(counts)
                .bind(round_id)
                .fetch_all(&mut *c)
                .await?;
            let shared = sqlx::query_as(&shared)
                .bind(round_id)
                .fetch_all(&mut *c)
                .await?;
            (counts, shared)
        });
        let mut spread = Spread::default();
        for (answer, n) in counts {
            let answer = Answer::parse(&answer)
                .ok_or_else(|| StoreError::Corrupt(format!("answer {answer}")))?;
            spread.add_count(answer, u32::try_from(n).unwrap_or(u32::MAX));
        }
        let shared = shared
            .into_iter()
            .map(answer_from)
            .collect::<StoreResult<_>>()?;
        Ok((spread, shared))
    }

    /// One answer, if it still belongs to this person.
    pub async fn own_answer(
        &mut self,
        answer_id: i64,
        person_id: i64,
    ) -> StoreResult<Option<AnswerRecord>> {
        Ok(self
            .answer_by_id(answer_id)
            .await?
            .filter(|a| a.person_id == Some(person_id)))
    }

    pub async fn answer_by_id(&mut self, answer_id: i64) -> StoreResult<Option<AnswerRecord>> {
        let sql = format!("{ANSWER_SELECT} WHERE a.id = $1");
        let row: Option<AnswerRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(answer_id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(answer_from).transpose()
    }

    /// The person's answer in a round, if they have given one.
    pub async fn answer_in_round(
        &mut self,
        round_id: i64,
        person_id: i64,
    ) -> StoreResult<Option<AnswerRecord>> {
        let sql = format!("{ANSWER_SELECT} WHERE a.round_id = $1 AND a.person_id = $2");
        let row: Option<AnswerRow> = on_read!(self, |c| sqlx::query_as(&sql)
            .bind(round_id)
            .bind(person_id)
            .fetch_optional(&mut *c)
            .await?);
        row.map(answer_from).transpose()
    }

    pub async fn set_answer_visibility(
        &mut self,
        answer_id: i64,
        visibility: Visibility,
    ) -> StoreResult<()> {
        self.update_answer(answer_id, "visibility", visibility.as_str())
            .await
    }

    pub async fn set_answer_words(&mut self, answer_id: i64, words: &str) -> StoreResult<()> {
        self.update_answer(answer_id, "words", words).await
    }

    /// `column` is one of this module's literals, never user input.
    async fn update_answer(&mut self, id: i64, column: &str, value: &str) -> StoreResult<()> {
        let sql = format!("UPDATE checkin_answers SET {column} = $2 WHERE id = $1");
        on_tx!(self, |c| sqlx::query(&sql)
            .bind(id)
            .bind(value)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(())
    }
}
