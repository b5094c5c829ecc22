//! The messages and job bookings of a whole SQLite group write, in one
//! hand-off (see [`super::group_write_sqlite`]; its records and answers are
//! [`super::group_records_sqlite`]'s). Each statement is a hand-off to the
//! one writer's thread, and the writer bounds SQLite's taps and votes: one
//! by one, a tap's record, answer, reply and its round's booked edit took
//! four hand-offs. Each list goes in as one JSON parameter (`json_each`),
//! as the registrations' do (`store::register_rows`), so the texts never
//! change and each is prepared once.

use super::late_writes::StagedJob;
use super::outbox::MessageColumns;
use super::register_rows::{instant, json_list};
use super::{NewMessage, StoreResult};
use serde_json::json;

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
    use super::insert_messages_and_jobs;
    use crate::domain::{ChatKind, Layout, Outgoing};
    use crate::store::late_writes::StagedJob;
    use crate::store::outbox::{bind_message, INSERT_OUTBOX};
    use crate::store::sam_in_a_group::after;
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
}
