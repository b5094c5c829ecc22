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
