//! The records, taps' answers, messages and job bookings of a whole SQLite
//! group write, each in one statement (see [`super::group_write_sqlite`]).
//! Each statement is a hand-off to the one writer's thread, and the writer
//! bounds SQLite's taps and votes: one by one, a tap's record, answer,
//! reply and its round's booked edit took four hand-offs. Each list goes in as one JSON parameter
//! (`json_each`), as the registrations' do (`store::register_rows`), so
//! the texts never change and each is prepared once.

use super::group_commit::Commit;
use super::late_writes::{StagedAnswer, StagedJob};
use super::outbox::MessageColumns;
use super::register_rows::{instant, json_list};
use super::{NewMessage, StoreResult};
use serde_json::json;
use std::collections::HashSet;

/// Every update's record; `RETURNING` names those that were new.
const RECORDS: &str = "INSERT INTO inbox (channel, key, received_at) \
    SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($1) WHERE true \
    ON CONFLICT (channel, key) DO NOTHING RETURNING channel, key";

/// Taps' answers, each written only while its round is open and its
/// person a member of the round's community (not left, removed or
/// forgotten since the read), as the ordinary path would require; found so
/// on the one writer, it stays so until the commit. A person's later tap
/// in the batch wins; a change keeps the row, its visibility and words (as
/// `ANSWER_UPSERT`), and a first answer's id (JSON null) is the table's. `RETURNING` names the (round, person) written.
const ANSWERS: &str = concat!(
    "INSERT INTO checkin_answers \
     (id, community_id, round_id, person_id, answer, visibility, answered_at) \
     SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, \
            j.value ->> 5, j.value ->> 6 \
     FROM json_each($1) AS j JOIN checkin_rounds r ON r.id = j.value ->> 2 \
     WHERE r.closed_at IS NULL AND ",
    super::memberships::current_member!("r.community_id", "j.value ->> 3"),
    " ORDER BY j.key \
     ON CONFLICT (round_id, person_id) \
     DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at \
     RETURNING round_id, person_id"
);

/// The answers of taps not yet recorded, then every update's record, in
/// one hand-off to the writer (two statements, one command). The answers
/// go first so that "not yet recorded" means new: a repeated delivery's
/// answer is not written, as when the records went first and only the new
/// updates' answers followed, a hand-off later. Each statement's rows are
/// told apart by their columns.
static ANSWERS_THEN_RECORDS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let answers = ANSWERS
        .replace(
            " ORDER BY j.key",
            " AND NOT EXISTS (SELECT 1 FROM inbox i \
              WHERE i.channel = j.value ->> 7 AND i.key = j.value ->> 8) ORDER BY j.key",
        )
        .replace(
            "RETURNING round_id, person_id",
            "RETURNING round_id AS a_round, person_id AS a_person",
        );
    let records = RECORDS.replace("$1", "$2").replace(
        "RETURNING channel, key",
        "RETURNING channel AS r_channel, key AS r_key",
    );
    format!("{answers}; {records}")
});

/// What recording a batch came to: for each commit, whether it was new;
/// and the (round, person) of each tap's answer written.
pub(super) struct Recorded {
    pub(super) fresh: Vec<bool>,
    pub(super) answered: HashSet<(i64, i64)>,
}

/// Records every commit's update and writes the answers of the new ones'
/// taps, each only while it may still be written (see [`ANSWERS`]). A key
/// met earlier in the batch is a duplicate, whatever the first was, and
/// its answer is not written.
pub(super) async fn record_and_answer(
    t: &mut sqlx::SqliteConnection,
    commits: &[&Commit],
) -> StoreResult<Recorded> {
    use sqlx::Row;
    let records: Vec<serde_json::Value> = commits
        .iter()
        .map(|c| json!([c.channel.as_str(), c.key, instant(c.at)]))
        .collect();
    let mut keys = HashSet::new();
    let answers: Vec<serde_json::Value> = commits
        .iter()
        .filter(|c| keys.insert((c.channel, c.key.as_str())))
        .filter_map(|c| c.answer.as_ref().map(|a| answer_row(c, a)))
        .collect();
    let (mut new, mut answered) = (HashSet::new(), HashSet::new());
    if answers.is_empty() {
        let rows: Vec<(String, String)> = sqlx::query_as(RECORDS)
            .bind(json_list(records))
            .fetch_all(t)
            .await?;
        new.extend(rows);
    } else {
        let rows = sqlx::query(&ANSWERS_THEN_RECORDS)
            .bind(json_list(answers))
            .bind(json_list(records))
            .fetch_all(t)
            .await?;
        for row in rows {
            if row.try_column("a_round").is_ok() {
                answered.insert((row.try_get("a_round")?, row.try_get("a_person")?));
            } else {
                new.insert((row.try_get("r_channel")?, row.try_get("r_key")?));
            }
        }
    }
    let fresh = commits
        .iter()
        .map(|c| new.remove(&(c.channel.as_str().to_string(), c.key.clone())))
        .collect();
    Ok(Recorded { fresh, answered })
}

/// A tap's answer as [`ANSWERS_THEN_RECORDS`] reads it, with its update's
/// channel and key.
fn answer_row(commit: &Commit, a: &StagedAnswer) -> serde_json::Value {
    json!([
        a.id,
        a.community_id,
        a.round_id,
        a.person_id,
        a.answer.as_str(),
        a.visibility.as_str(),
        instant(a.at),
        commit.channel.as_str(),
        commit.key
    ])
}

/// The messages in the order given: `json_each`'s `key` is the place in
/// the list, so ids (and each lane's order) follow it.
const MESSAGES: &str = "INSERT INTO outbox \
    (channel, chat_id, chat_kind, lane, kind, payload, target_id, not_before, created_at) \
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, \
           value ->> 6, value ->> 7, value ->> 7 \
    FROM json_each($1) ORDER BY key";

/// Each booking unless its key is booked already, as `jobs::SCHEDULE`.
/// `WHERE` tells SQLite's parser that `ON CONFLICT` belongs to the insert.
const JOBS: &str = "INSERT INTO jobs (kind, unique_key, payload, due_at) \
    SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($1) AS j \
    WHERE NOT EXISTS (SELECT 1 FROM jobs WHERE unique_key = j.value ->> 1) \
    ORDER BY key \
    ON CONFLICT (unique_key) DO NOTHING";

/// The batch's messages then its bookings in one hand-off to the writer: a
/// batch of taps nearly always has both (acknowledgements, a round's edit).
static MESSAGES_AND_JOBS: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| format!("{MESSAGES}; {}", JOBS.replace("$1", "$2")));

/// Inserts `messages`, in order, as `outbox::INSERT_OUTBOX` would one by
/// one, and books `jobs` (each key at most once among them) unless already
/// booked.
pub(super) async fn insert_messages_and_jobs(
    t: &mut sqlx::SqliteConnection,
    messages: &[&NewMessage],
    jobs: &[&StagedJob],
) -> StoreResult<()> {
    let (sql, lists) = match (messages.is_empty(), jobs.is_empty()) {
        (true, true) => return Ok(()),
        (false, true) => (MESSAGES, vec![message_rows(messages)?]),
        (true, false) => (JOBS, vec![job_rows(jobs)]),
        (false, false) => (
            MESSAGES_AND_JOBS.as_str(),
            vec![message_rows(messages)?, job_rows(jobs)],
        ),
    };
    let mut query = sqlx::query(sql);
    for list in lists {
        query = query.bind(list);
    }
    query.execute(t).await?;
    Ok(())
}

/// `messages` as [`MESSAGES`] reads them.
fn message_rows(messages: &[&NewMessage]) -> StoreResult<String> {
    let row = |msg: &&NewMessage| {
        let c = MessageColumns::of(msg)?;
        Ok(json!([
            msg.channel.as_str(),
            msg.chat_id,
            c.chat_kind,
            c.lane,
            c.kind,
            c.payload,
            c.target,
            instant(msg.not_before),
        ]))
    };
    let rows = messages.iter().map(row).collect::<StoreResult<Vec<_>>>()?;
    Ok(json_list(rows))
}

/// `jobs` as [`JOBS`] reads them.
fn job_rows(jobs: &[&StagedJob]) -> String {
    let rows: Vec<serde_json::Value> = jobs
        .iter()
        .map(|j| json!([j.kind, j.key, j.payload.to_string(), instant(j.due)]))
        .collect();
    json_list(rows)
}

#[cfg(test)]
mod tests {
    use super::{insert_messages_and_jobs, record_and_answer};
    use crate::domain::checkin::Answer;
    use crate::domain::{ChatKind, Layout, Outgoing};
    use crate::store::group_commit::Commit;
    use crate::store::late_writes::{StagedAnswer, StagedJob};
    use crate::store::outbox::{bind_message, INSERT_OUTBOX};
    use crate::store::sam_in_a_group::after;
    use crate::store::sam_in_a_group::SAM_GONE;
    use crate::store::NewMessage;
    use chrono::{TimeZone, Utc};

    /// A reply in the group, a note to Sam in private, the acknowledgement
    /// of a press and an edit of the reply: what a batch of taps queues.
    fn a_batchs_messages() -> Vec<NewMessage> {
        let at = Utc.with_ymd_and_hms(2026, 12, 3, 19, 30, 0).unwrap();
        let message = |chat_id: &str, chat_kind, outgoing, seconds| NewMessage {
            channel: crate::domain::Channel::Telegram,
            chat_id: chat_id.into(),
            chat_kind,
            outgoing,
            not_before: at + chrono::Duration::milliseconds(seconds),
        };
        let send = |text: &str| Outgoing::Send {
            text: text.into(),
            choices: vec![],
            file: None,
            layout: Layout::default(),
            occasion: None,
        };
        vec![
            message(
                "-1",
                ChatKind::Group,
                send("Check-in: 1 of 3 answered \"so-so\""),
                0,
            ),
            message(
                "7",
                ChatKind::Private,
                send("Thanks, Sam — “pass” is fine."),
                1,
            ),
            message(
                "-1",
                ChatKind::Group,
                Outgoing::Answer {
                    press_id: "press:1".into(),
                    text: Some("Noted".into()),
                },
                250,
            ),
            message(
                "-1",
                ChatKind::Group,
                Outgoing::Edit {
                    target: 1,
                    text: "Check-in: 2 of 3".into(),
                    choices: vec![],
                    layout: Layout::default(),
                },
                1500,
            ),
        ]
    }

    const EVERY_COLUMN: &str = "SELECT id, channel, chat_id, chat_kind, lane, kind, payload, \
        target_id, status, not_before, created_at FROM outbox ORDER BY id";
    type Row = (
        i64,
        String,
        String,
        String,
        String,
        String,
        String,
        Option<i64>,
        String,
        String,
        String,
    );

    /// A batch's messages written in one statement are stored exactly as
    /// one by one, in the same order: the sender reads each lane in id
    /// order, and times are compared as text.
    #[tokio::test]
    async fn a_batchs_messages_are_stored_as_one_by_one() {
        let messages = a_batchs_messages();
        let mut together = after("SELECT 1", None).await;
        insert_messages_and_jobs(&mut together, &messages.iter().collect::<Vec<_>>(), &[])
            .await
            .unwrap();
        let mut one_by_one = after("SELECT 1", None).await;
        for msg in &messages {
            bind_message!(sqlx::query(INSERT_OUTBOX), msg)
                .execute(&mut *one_by_one)
                .await
                .unwrap();
        }
        let rows = |conn| async move {
            let rows: Vec<Row> = sqlx::query_as(EVERY_COLUMN).fetch_all(conn).await.unwrap();
            rows
        };
        let (together, one_by_one) = (rows(&mut *together).await, rows(&mut *one_by_one).await);
        assert_eq!(together.len(), 4);
        assert_eq!(together, one_by_one);
    }

    /// A key already booked books nothing; the others are booked with
    /// their payloads and times as `jobs::SCHEDULE` writes them.
    #[tokio::test]
    async fn a_batch_books_only_keys_not_yet_booked() {
        let due = Utc.with_ymd_and_hms(2026, 12, 3, 19, 30, 2).unwrap();
        let booked = "INSERT INTO jobs (kind, unique_key, payload, due_at) \
            VALUES ('checkin_edit', 'edit:4', '{\"round_id\":4,\"first\":true}', '2026-12-03T19:30:01+00:00')";
        let mut together = after(booked, None).await;
        let jobs = [
            StagedJob::new(
                "checkin_edit",
                "edit:4",
                serde_json::json!({ "round_id": 4 }),
                due,
            ),
            StagedJob::new(
                "checkin_edit",
                "edit:5",
                serde_json::json!({ "round_id": 5 }),
                due,
            ),
        ];
        insert_messages_and_jobs(&mut together, &[], &jobs.iter().collect::<Vec<_>>())
            .await
            .unwrap();
        let mut one_by_one = after(booked, None).await;
        for job in &jobs {
            sqlx::query(crate::store::jobs::SCHEDULE)
                .bind(job.kind)
                .bind(&job.key)
                .bind(sqlx::types::Json(&job.payload))
                .bind(job.due)
                .execute(&mut *one_by_one)
                .await
                .unwrap();
        }
        let sql = "SELECT id, kind, unique_key, payload, due_at, status FROM jobs ORDER BY id";
        let rows = |conn| async move {
            let rows: Vec<(i64, String, String, String, String, String)> =
                sqlx::query_as(sql).fetch_all(conn).await.unwrap();
            rows
        };
        let (together, one_by_one) = (rows(&mut *together).await, rows(&mut *one_by_one).await);
        assert_eq!(together.len(), 2);
        assert_eq!(
            together[0].3, "{\"round_id\":4,\"first\":true}",
            "the booking kept"
        );
        assert_eq!(together, one_by_one);
    }

    /// Messages and bookings in one hand-off are stored as when each goes
    /// in on its own, the booking once (`$2` is the bookings' list).
    #[tokio::test]
    async fn a_batchs_messages_and_bookings_together_are_stored_as_apart() {
        let messages = a_batchs_messages();
        let messages: Vec<&NewMessage> = messages.iter().collect();
        let due = Utc.with_ymd_and_hms(2026, 12, 3, 19, 30, 2).unwrap();
        let edit = StagedJob::new(
            "checkin_edit",
            "edit:4",
            serde_json::json!({ "round_id": 4 }),
            due,
        );
        let mut together = after("SELECT 1", None).await;
        insert_messages_and_jobs(&mut together, &messages, &[&edit, &edit])
            .await
            .unwrap();
        let mut apart = after("SELECT 1", None).await;
        insert_messages_and_jobs(&mut apart, &messages, &[])
            .await
            .unwrap();
        insert_messages_and_jobs(&mut apart, &[], &[&edit])
            .await
            .unwrap();
        let (together, apart) = (stored(&mut together).await, stored(&mut apart).await);
        assert_eq!((together.0.len(), together.1.len()), (4, 1));
        assert_eq!(together, apart);
    }

    type JobRow = (i64, String, String, String, String, String);

    /// Every outbox row and every booking, in id order.
    async fn stored(conn: &mut sqlx::SqliteConnection) -> (Vec<Row>, Vec<JobRow>) {
        let jobs = "SELECT id, kind, unique_key, payload, due_at, status FROM jobs ORDER BY id";
        let outbox = sqlx::query_as(EVERY_COLUMN)
            .fetch_all(&mut *conn)
            .await
            .unwrap();
        (outbox, sqlx::query_as(jobs).fetch_all(conn).await.unwrap())
    }

    const ROUND: &str = "INSERT INTO checkin_rounds (id, community_id, opened_at, closes_at) \
        VALUES (4, 1, '2026-12-03T19:00:00Z', '2026-12-03T21:00:00Z')";

    /// Whether the batch writes Sam's tap after `change`, and what Sam's
    /// answer in the round then is.
    async fn counts_after(change: Option<&str>) -> (bool, Option<String>) {
        let mut conn = after(ROUND, change).await;
        let sams_tap = Commit {
            answer: Some(StagedAnswer::sams_pass(Some(1))),
            ..Commit::sams("k1")
        };
        let recorded = record_and_answer(&mut conn, &[&sams_tap]).await.unwrap();
        let written = recorded.answered;
        let answer = sqlx::query_scalar(
            "SELECT answer FROM checkin_answers WHERE round_id = 4 AND person_id = 7",
        )
        .fetch_optional(&mut *conn)
        .await
        .unwrap();
        (written.contains(&(4, 7)), answer)
    }

    /// A tap read beside the writer is written only if, on the writer, its
    /// round is still open and its member still one: a member removed
    /// (or gone) since the read is refused, as the ordinary path would,
    /// and nothing of their answer is written.
    #[tokio::test]
    async fn a_waiting_tap_counts_only_for_a_member_of_an_open_round() {
        let pass = Some(Answer::Pass.as_str().to_string());
        assert_eq!(counts_after(None).await, (true, pass), "nothing changed");
        let closed = "UPDATE checkin_rounds SET closed_at = '2026-12-03T20:00:00Z' WHERE id = 4";
        for change in [closed].into_iter().chain(SAM_GONE) {
            assert_eq!(counts_after(Some(change)).await, (false, None), "{change}");
        }
    }
}
