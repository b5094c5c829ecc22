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

/// Writes a staged answer on `$c` (the round checked open by the caller).
macro_rules! write_answer {
    ($c:expr, $answer:expr) => {
        if let Some(a) = $answer {
            sqlx::query($crate::store::late_writes::WRITE_ANSWER)
                .bind(a.id)
                .bind(a.community_id)
                .bind(a.round_id)
                .bind(a.person_id)
                .bind(a.answer.as_str())
                .bind(a.visibility.as_str())
                .bind(a.at)
                .execute(&mut *$c)
                .await?;
        }
    };
}
pub(super) use {book_jobs, insert_inbox, insert_pending, mark_heard, write_answer};

/// Whether a tap's answer, read beside SQLite's writer, may still be
/// written: its round still open and the person still a member of the
/// round's community (not left, removed or forgotten since the read), as
/// the ordinary path would require. Found so on the one writer, it stays
/// so until the commit.
const ANSWER_STILL: &str = concat!(
    "SELECT COUNT(*) FROM checkin_rounds r WHERE r.id = $1 AND r.closed_at IS NULL AND ",
    super::memberships::current_member!("r.community_id", "$2")
);

/// [`ANSWER_STILL`] for `answer`, on the writer's transaction.
pub(super) async fn answer_still_counts(
    t: &mut sqlx::SqliteConnection,
    answer: &super::late_writes::StagedAnswer,
) -> super::StoreResult<bool> {
    let n: i64 = sqlx::query_scalar(ANSWER_STILL)
        .bind(answer.round_id)
        .bind(answer.person_id)
        .fetch_one(&mut *t)
        .await?;
    Ok(n > 0)
}

#[cfg(test)]
mod tests {
    use super::answer_still_counts;
    use crate::domain::checkin::{Answer, Visibility};
    use crate::store::late_writes::StagedAnswer;
    use crate::store::sam_in_a_group::{after, SAM_GONE};

    const ROUND: &str = "INSERT INTO checkin_rounds (id, community_id, opened_at, closes_at) \
        VALUES (4, 1, '2026-12-03T19:00:00Z', '2026-12-03T21:00:00Z')";

    /// What the commit would find of Sam's tap after `change`.
    async fn counts_after(change: Option<&str>) -> bool {
        let mut conn = after(ROUND, change).await;
        let sams_tap = StagedAnswer {
            id: Some(1),
            community_id: 1,
            round_id: 4,
            person_id: 7,
            answer: Answer::Pass,
            visibility: Visibility::Shared,
            at: chrono::Utc::now(),
        };
        answer_still_counts(&mut conn, &sams_tap).await.unwrap()
    }

    /// A tap read beside the writer counts only if, on the writer, its
    /// round is still open and its member still one: a member removed
    /// (or gone) since the read is refused, as the ordinary path would.
    #[tokio::test]
    async fn a_waiting_tap_counts_only_for_a_member_of_an_open_round() {
        assert!(counts_after(None).await, "nothing changed");
        let closed = "UPDATE checkin_rounds SET closed_at = '2026-12-03T20:00:00Z' WHERE id = 4";
        for change in [closed].into_iter().chain(SAM_GONE) {
            assert!(!counts_after(Some(change)).await, "{change}");
        }
    }
}
