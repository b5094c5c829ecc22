//! The statements a deferred update's writes take outside the group
//! commit's one statement: when it begins for real (see
//! [`super::deferred`]), and in SQLite's group commit.

/// Inserts the inbox row on `$c` (a connection or transaction); `true` if new.
macro_rules! insert_inbox {
    ($c:expr, $channel:expr, $key:expr, $at:expr) => {
        sqlx::query(
            "INSERT INTO inbox (channel, key, received_at) VALUES ($1, $2, $3) ON CONFLICT (channel, key) DO NOTHING",
        )
        .bind($channel.as_str())
        .bind($key)
        .bind($at)
        .execute($c)
        .await?
        .rows_affected()
            == 1
    };
}

/// Notes the day a member was heard from on `$c`, if it moved on.
macro_rules! mark_heard {
    ($c:expr, $heard:expr) => {
        if let Some((community_id, person_id, day, week)) = $heard {
            sqlx::query($crate::store::deferred_writes::MARK_HEARD)
                .bind(community_id)
                .bind(person_id)
                .bind(day)
                .execute(&mut *$c)
                .await?;
            sqlx::query($crate::store::digests::NOTE_WEEK)
                .bind(community_id)
                .bind(person_id)
                .bind(week)
                .execute(&mut *$c)
                .await?;
        }
    };
}

pub(super) const MARK_HEARD: &str = "UPDATE memberships SET last_heard_on = $3 \
    WHERE community_id = $1 AND person_id = $2 AND (last_heard_on IS NULL OR last_heard_on < $3)";

/// Inserts each waiting message on `$c`.
macro_rules! insert_pending {
    ($c:expr, $pending:expr) => {
        for msg in $pending {
            $crate::store::outbox::bind_message!(
                sqlx::query($crate::store::outbox::INSERT_OUTBOX),
                msg
            )
            .execute(&mut *$c)
            .await?;
        }
    };
}
/// Books each staged job on `$c`, once per key.
macro_rules! book_jobs {
    ($c:expr, $jobs:expr) => {
        for job in $jobs {
            sqlx::query($crate::store::jobs::SCHEDULE)
                .bind(job.kind)
                .bind(&job.key)
                .bind(sqlx::types::Json(&job.payload))
                .bind(job.due)
                .execute(&mut *$c)
                .await?;
        }
    };
}

pub(super) use {book_jobs, insert_inbox, insert_pending, mark_heard};

/// Writes a tap's answer, read beside SQLite's writer, only while it may
/// still be written: its round still open and the person still a member
/// of the round's community (not left, removed or forgotten since the
/// read), as the ordinary path would require. Found so on the one writer,
/// it stays so until the commit. The check and the write are one
/// statement: each statement is a hand-off to the writer's thread, and
/// the writer bounds SQLite. A change keeps the row, its visibility and
/// words (as `ANSWER_UPSERT`); `$1` is NULL for a first answer, and the
/// table gives the id.
const WRITE_ANSWER_IF_STILL: &str = concat!(
    "INSERT INTO checkin_answers \
     (id, community_id, round_id, person_id, answer, visibility, answered_at) \
     SELECT $1, $2, $3, $4, $5, $6, $7 FROM checkin_rounds r \
     WHERE r.id = $3 AND r.closed_at IS NULL AND ",
    super::memberships::current_member!("r.community_id", "$4"),
    " ON CONFLICT (round_id, person_id) \
     DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at"
);

/// [`WRITE_ANSWER_IF_STILL`] for `answer`, on the writer's transaction:
/// `false` (nothing written) if its round closed or its person is no
/// longer a member.
pub(super) async fn write_answer_if_still(
    t: &mut sqlx::SqliteConnection,
    answer: &super::late_writes::StagedAnswer,
) -> super::StoreResult<bool> {
    let written = sqlx::query(WRITE_ANSWER_IF_STILL)
        .bind(answer.id)
        .bind(answer.community_id)
        .bind(answer.round_id)
        .bind(answer.person_id)
        .bind(answer.answer.as_str())
        .bind(answer.visibility.as_str())
        .bind(answer.at)
        .execute(&mut *t)
        .await?
        .rows_affected();
    Ok(written == 1)
}

#[cfg(test)]
mod tests {
    use super::write_answer_if_still;
    use crate::domain::checkin::Answer;
    use crate::store::late_writes::StagedAnswer;
    use crate::store::sam_in_a_group::{after, SAM_GONE};

    const ROUND: &str = "INSERT INTO checkin_rounds (id, community_id, opened_at, closes_at) \
        VALUES (4, 1, '2026-12-03T19:00:00Z', '2026-12-03T21:00:00Z')";

    /// Whether the commit writes Sam's tap after `change`, and what Sam's
    /// answer in the round then is.
    async fn counts_after(change: Option<&str>) -> (bool, Option<String>) {
        let mut conn = after(ROUND, change).await;
        let sams_tap = StagedAnswer::sams_pass(Some(1));
        let written = write_answer_if_still(&mut conn, &sams_tap).await.unwrap();
        let answer = sqlx::query_scalar(
            "SELECT answer FROM checkin_answers WHERE round_id = 4 AND person_id = 7",
        )
        .fetch_optional(&mut *conn)
        .await
        .unwrap();
        (written, answer)
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
