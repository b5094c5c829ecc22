//! A Postgres transaction that writes late. Every statement is a round
//! trip, and on a busy server round trips are most of what an update
//! costs. So the statement that opens a press also reads what the press
//! will need (its button, and for a check-in tap the round, locked as a
//! tap locks it, and the presser's answer so far: [`PressFacts`]), and the
//! writes a tap ends with (its answer, the press's acknowledgement, the
//! booking of the group message's redraw) wait in memory and go in one
//! statement just before the commit ([`Staged`]).
//!
//! Nothing else can see the difference: any other statement in the same
//! transaction writes what waits first (see [`super::on_read`]), so every
//! read sees every write before it; what the opening read is forgotten at
//! the first write, which may change it; and a transaction dropped without
//! its commit drops what waits with it.

use super::group_commit::Messages;
use super::press_facts::{Before, PressFacts, RawButton};
use super::{AnswerRecord, NewMessage, RoundRecord, StoreResult};
use crate::domain::checkin::{Answer, Visibility};
use crate::domain::Outgoing;
use chrono::{DateTime, Utc};
use sqlx::types::Json;
use sqlx::{PgConnection, Postgres};

pub struct PgTx {
    tx: sqlx::Transaction<'static, Postgres>,
    /// What the opening statement read for a press (see [`PressFacts`]).
    pub(super) press: Option<Box<PressFacts>>,
    staged: Staged,
}

/// Writes waiting for the next statement or the commit.
#[derive(Default)]
struct Staged {
    answer: Option<StagedAnswer>,
    acks: Vec<NewMessage>,
    jobs: Vec<StagedJob>,
}

struct StagedAnswer {
    id: i64,
    community_id: i64,
    round_id: i64,
    person_id: i64,
    answer: Answer,
    visibility: Visibility,
    at: DateTime<Utc>,
}

struct StagedJob {
    kind: &'static str,
    key: String,
    payload: serde_json::Value,
    due: DateTime<Utc>,
}

impl std::ops::Deref for PgTx {
    type Target = PgConnection;
    fn deref(&self) -> &PgConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for PgTx {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.tx
    }
}

impl PgTx {
    pub(super) fn new(tx: sqlx::Transaction<'static, Postgres>) -> PgTx {
        PgTx {
            tx,
            press: None,
            staged: Staged::default(),
        }
    }

    pub(super) async fn commit(mut self) -> StoreResult<()> {
        self.flush().await?;
        Ok(self.tx.commit().await?)
    }

    pub(super) async fn rollback(self) -> StoreResult<()> {
        Ok(self.tx.rollback().await?)
    }

    /// The prefetched button for `token`: `Some(None)` if the opening found
    /// none; `None` if it did not look.
    pub(super) fn known_button(&self, token: &str) -> Option<Option<&RawButton>> {
        let press = self.press.as_ref().filter(|p| p.token == token)?;
        Some(press.button.as_ref())
    }

    /// The round the opening read (and locked) if it is `id`.
    pub(super) fn known_round(&self, id: i64) -> Option<&RoundRecord> {
        self.press.as_ref()?.round.as_ref().filter(|r| r.id == id)
    }

    /// Stages `person_id`'s answer in `round` when the opening read what it
    /// replaces; `None` (nothing staged) otherwise. A changed answer keeps
    /// its visibility and words, as the upsert does. (Should the same
    /// person's other tap give a first answer in between, this one changes
    /// it, and the id returned is one the table never used: nothing reads a
    /// group tap's id.)
    pub(super) fn stage_answer(
        &mut self,
        round: &RoundRecord,
        person_id: i64,
        answer: Answer,
        visibility: Visibility,
        at: DateTime<Utc>,
    ) -> Option<(AnswerRecord, Option<Answer>)> {
        let press = self.press.as_ref()?;
        press.round.as_ref().filter(|r| r.id == round.id)?;
        let answering = press
            .answering
            .as_ref()
            .filter(|a| a.person_id == person_id)?;
        let (id, kept, words, previous) = match &answering.before {
            Before::Nothing { new_id } => (*new_id, visibility, None, None),
            Before::Answered {
                id,
                answer,
                visibility,
                words,
            } => (
                *id,
                Visibility::parse(visibility)?,
                words.clone(),
                Some(Answer::parse(answer)?),
            ),
        };
        let record = AnswerRecord {
            id,
            community_id: round.community_id,
            round_id: Some(round.id),
            person_id: Some(person_id),
            name: Some(answering.name.clone()),
            answer,
            visibility: kept,
            words,
            answered_at: at,
        };
        self.staged.answer = Some(StagedAnswer {
            id,
            community_id: round.community_id,
            round_id: round.id,
            person_id,
            answer,
            visibility,
            at,
        });
        // Read once: a second tap in the same transaction reads afresh.
        self.press = None;
        Some((record, previous))
    }

    /// Stages an acknowledgement of a press: a message nobody reads back,
    /// on a lane of its own, so writing it late changes no order.
    pub(super) fn stage_ack(&mut self, msg: NewMessage) {
        debug_assert!(matches!(msg.outgoing, Outgoing::Answer { .. }));
        self.staged.acks.push(msg);
    }

    pub(super) fn stage_job(
        &mut self,
        kind: &'static str,
        key: &str,
        payload: serde_json::Value,
        due: DateTime<Utc>,
    ) {
        self.staged.jobs.push(StagedJob {
            kind,
            key: key.to_string(),
            payload,
            due,
        });
    }

    /// Writes whatever waits, in one statement.
    pub(super) async fn flush(&mut self) -> StoreResult<()> {
        let staged = std::mem::take(&mut self.staged);
        if staged.answer.is_none() && staged.acks.is_empty() && staged.jobs.is_empty() {
            return Ok(());
        }
        let a = staged.answer;
        let mut acks = Messages::default();
        for msg in &staged.acks {
            acks.push(0, msg)?;
        }
        let jobs = &staged.jobs;
        let sql = flush_sql(a.is_some(), !jobs.is_empty(), !staged.acks.is_empty());
        sqlx::query(sql)
            .bind(a.as_ref().map(|a| a.id))
            .bind(a.as_ref().map(|a| a.community_id))
            .bind(a.as_ref().map(|a| a.round_id))
            .bind(a.as_ref().map(|a| a.person_id))
            .bind(a.as_ref().map(|a| a.answer.as_str()))
            .bind(a.as_ref().map(|a| a.visibility.as_str()))
            .bind(a.as_ref().map(|a| a.at))
            .bind(jobs.iter().map(|j| j.kind).collect::<Vec<_>>())
            .bind(jobs.iter().map(|j| j.key.as_str()).collect::<Vec<_>>())
            .bind(jobs.iter().map(|j| Json(&j.payload)).collect::<Vec<_>>())
            .bind(jobs.iter().map(|j| j.due).collect::<Vec<_>>())
            .bind(&acks.channel)
            .bind(&acks.chat_id)
            .bind(&acks.chat_kind)
            .bind(&acks.lane)
            .bind(&acks.kind)
            .bind(&acks.payload)
            .bind(&acks.target)
            .bind(&acks.not_before)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }
}

/// The staged answer (an upsert, as `ANSWER_UPSERT`), the job bookings
/// (each once per key, a booked key skipped without touching the index)
/// and the acknowledgements, in one statement. Only the parts with
/// something to write are in it, since every part costs the server work
/// even when it writes nothing: at most seven texts, each prepared once.
fn flush_sql(answer: bool, jobs: bool, acks: bool) -> &'static str {
    static TEXTS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
        (0..8)
            .map(|i| compose(i & 1 != 0, i & 2 != 0, i & 4 != 0))
            .collect()
    });
    let i = usize::from(answer) | usize::from(jobs) << 1 | usize::from(acks) << 2;
    TEXTS.get(i).map_or("", String::as_str)
}

fn compose(answer: bool, jobs: bool, acks: bool) -> String {
    let mut parts = vec![];
    if answer {
        parts.push(
            "INSERT INTO checkin_answers (id, community_id, round_id, person_id, answer, visibility, answered_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (round_id, person_id)
        DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at",
        );
    }
    if jobs {
        parts.push(
            "INSERT INTO jobs (kind, unique_key, payload, due_at)
        SELECT DISTINCT ON (key) kind, key, payload, due
        FROM unnest($8::text[], $9::text[], $10::jsonb[], $11::timestamptz[]) AS j(kind, key, payload, due)
        WHERE NOT EXISTS (SELECT 1 FROM jobs WHERE unique_key = j.key)
        ORDER BY key
        ON CONFLICT (unique_key) DO NOTHING",
        );
    }
    if acks {
        parts.push(
            "INSERT INTO outbox (channel, chat_id, chat_kind, lane, kind, payload, target_id, not_before, created_at)
        SELECT channel, chat_id, chat_kind, lane, kind, payload::jsonb, target_id, not_before, not_before
        FROM unnest($12::text[], $13::text[], $14::text[], $15::text[], $16::text[],
                    $17::text[], $18::bigint[], $19::timestamptz[])
            WITH ORDINALITY AS mv(channel, chat_id, chat_kind, lane, kind, payload, target_id, not_before, ord)
        ORDER BY ord",
        );
    }
    let Some(last) = parts.pop() else {
        return String::new();
    };
    let ctes: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(i, part)| format!("w{i} AS ({part})"))
        .collect();
    match ctes.is_empty() {
        true => last.to_string(),
        false => format!("WITH {} {last}", ctes.join(", ")),
    }
}
