//! The group commit's write on SQLite (see [`super::group_commit`]): one
//! transaction on the one writer for the whole batch. Each statement is a
//! hand-off to the writer's thread, and the writer bounds SQLite, so an
//! update takes as few as it can: the batch's records and its new taps'
//! answers (each checked as it is written) go in one hand-off
//! ([`super::group_records_sqlite`]), a duplicate writes nothing more, and
//! the batch's messages and job bookings are written once for all its
//! updates ([`super::group_rows_sqlite`]), each key booked once. A stale update
//! (its round or poll changed since it was read) gives its record back.

use super::deferred_writes::mark_heard;
use super::group_commit::{Commit, Written};
use super::group_records_sqlite::{record_and_answer, Recorded};
use super::group_rows_sqlite::insert_messages_and_jobs;
use super::StoreResult;
use std::collections::HashSet;

/// Writes every commit; returns, in order, how each went.
pub(super) async fn write(
    pool: &sqlx::SqlitePool,
    commits: &[&Commit],
) -> StoreResult<Vec<Written>> {
    // SQLite registers newcomers before their taps (`store::registrations`).
    if commits.iter().any(|c| c.newcomer.is_some()) {
        return Err(super::StoreError::Corrupt(
            "a newcomer to register in SQLite's group write".into(),
        ));
    }
    let mut t = pool.begin().await?;
    let written = write_each(&mut t, commits).await?;
    t.commit().await?;
    Ok(written)
}

/// Each commit in turn, on the writer's transaction: first every record
/// and every new tap's answer of the batch (one hand-off), then each
/// vote in the batch's order (a voter's second vote in a batch is checked
/// against their first), then the messages and bookings of those written.
async fn write_each(
    t: &mut sqlx::SqliteConnection,
    commits: &[&Commit],
) -> StoreResult<Vec<Written>> {
    let Recorded { fresh, answered } = record_and_answer(t, commits).await?;
    let mut written = Vec::with_capacity(commits.len());
    let mut messages = Vec::new();
    // Booking is once per key: a key booked earlier in the batch would
    // book nothing.
    let mut booked: HashSet<&str> = HashSet::new();
    let mut jobs = Vec::new();
    for (commit, fresh) in commits.iter().zip(fresh) {
        if !fresh {
            written.push(Written::Duplicate);
            continue;
        }
        let tap_counts = commit
            .answer
            .as_ref()
            .is_none_or(|a| answered.contains(&(a.round_id, a.person_id)));
        // A vote is checked and written at once, in the batch's order (a
        // voter's second vote in a batch stands on their first).
        if !tap_counts || !vote_written(t, commit).await? {
            // Nothing of a stale update is written, not even its record:
            // it runs again the ordinary way.
            sqlx::query("DELETE FROM inbox WHERE channel = $1 AND key = $2")
                .bind(commit.channel.as_str())
                .bind(&commit.key)
                .execute(&mut *t)
                .await?;
            written.push(Written::Stale);
            continue;
        }
        messages.extend(&commit.pending);
        mark_heard!(t, &commit.heard);
        jobs.extend(commit.jobs.iter().filter(|j| booked.insert(j.key.as_str())));
        written.push(Written::Fresh);
    }
    insert_messages_and_jobs(t, &messages, &jobs).await?;
    Ok(written)
}

/// Whether a vote, read beside the writer, still held on it (its poll
/// open and its voter's record as read), and so was written. (An update
/// without one holds.)
async fn vote_written(t: &mut sqlx::SqliteConnection, commit: &Commit) -> StoreResult<bool> {
    match &commit.vote {
        Some(vote) => super::deferred_votes::write_if_still(t, vote).await,
        None => Ok(true),
    }
}

#[cfg(test)]
mod tests {
    use super::write_each;
    use crate::store::deferred_votes::LateVote;
    use crate::store::group_commit::{Commit, Written};
    use crate::store::late_votes::{StagedVote, VoteKind};
    use crate::store::late_writes::{StagedAnswer, StagedJob};
    use crate::store::sam_in_a_group::after;

    const ROUND_AND_POLL: &str = "INSERT INTO checkin_rounds (id, community_id, opened_at, closes_at) \
        VALUES (4, 1, '2026-12-03T19:00:00Z', '2026-12-03T21:00:00Z'); \
        INSERT INTO polls (id, community_id, question, kind, anonymous, rules, options, status, created_at) \
        VALUES (3, 1, 'Paint it?', 'single', FALSE, '{}', '[]', 'open', '2026-12-03')";
    const CLOSE_BOTH: &str = "UPDATE checkin_rounds SET closed_at = '2026-12-03T20:00:00Z'; \
        UPDATE polls SET status = 'closed'";

    /// An update by Sam (person 7) under `key`, with nothing in it yet.
    fn update(key: &str) -> Commit {
        Commit::sams(key)
    }

    /// Sam taps "pass" in round 4 under `key`; the tap books the round's edit.
    fn tap(key: &str) -> Commit {
        let edit = serde_json::json!({ "round_id": 4 });
        Commit {
            answer: Some(StagedAnswer::sams_pass(None)),
            jobs: vec![StagedJob::new(
                "checkin_edit",
                "edit:4",
                edit,
                chrono::Utc::now(),
            )],
            ..update(key)
        }
    }

    /// Sam votes in poll 3 under `key`, read before they had voted.
    fn vote(key: &str) -> Commit {
        let kind = VoteKind::Named {
            at: chrono::Utc::now(),
        };
        let vote = StagedVote::new(3, 7, "[0]".into(), None, kind);
        Commit {
            vote: Some(LateVote { vote, seen: None }),
            ..update(key)
        }
    }

    async fn count(conn: &mut sqlx::SqliteConnection, sql: &str) -> i64 {
        sqlx::query_scalar(sql).fetch_one(conn).await.unwrap()
    }

    /// A batch on the one writer: a tap and a vote are written with their
    /// records, a key seen before writes nothing, and the round's edit is
    /// booked once for both taps.
    #[tokio::test]
    async fn a_batch_writes_each_update_once_and_books_each_job_once() {
        let mut conn = after(ROUND_AND_POLL, None).await;
        let (first, again, voted) = (tap("k1"), tap("k1"), vote("k2"));
        let written = write_each(&mut conn, &[&first, &again, &voted])
            .await
            .unwrap();
        assert_eq!(
            written,
            [Written::Fresh, Written::Duplicate, Written::Fresh]
        );
        let (another, two) = (update("k3"), tap("k4"));
        let written = write_each(&mut conn, &[&another, &two]).await.unwrap();
        assert_eq!(written, [Written::Fresh, Written::Fresh]);
        assert_eq!(count(&mut conn, "SELECT COUNT(*) FROM inbox").await, 4);
        assert_eq!(
            count(&mut conn, "SELECT COUNT(*) FROM checkin_answers").await,
            1
        );
        assert_eq!(
            count(&mut conn, "SELECT COUNT(*) FROM poll_voters").await,
            1
        );
        assert_eq!(
            count(
                &mut conn,
                "SELECT COUNT(*) FROM jobs WHERE unique_key = 'edit:4'"
            )
            .await,
            1
        );
    }

    /// Sam taps twice in one batch, "pass" then "great": both are written,
    /// and the later is his answer, as when each commits on its own.
    #[tokio::test]
    async fn a_second_tap_in_the_batch_is_the_answer_that_stays() {
        use crate::domain::checkin::{Answer, Mood};
        let mut conn = after(ROUND_AND_POLL, None).await;
        let mut great = tap("k2");
        if let Some(answer) = great.answer.as_mut() {
            answer.answer = Answer::Mood(Mood::Great);
        }
        let written = write_each(&mut conn, &[&tap("k1"), &great]).await.unwrap();
        assert_eq!(written, [Written::Fresh, Written::Fresh]);
        let answer: String =
            sqlx::query_scalar("SELECT answer FROM checkin_answers WHERE person_id = 7")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
        assert_eq!(answer, Answer::Mood(Mood::Great).as_str());
        assert_eq!(
            count(&mut conn, "SELECT COUNT(*) FROM checkin_answers").await,
            1
        );
    }

    /// Sam's tap is delivered again, in a later batch and in the same one,
    /// each time with another answer: only the first delivery counts, and
    /// his answer stays the one it carried.
    #[tokio::test]
    async fn a_repeated_tap_changes_no_answer() {
        use crate::domain::checkin::{Answer, Mood};
        let mut conn = after(ROUND_AND_POLL, None).await;
        let great = |key: &str| {
            let mut tapped = tap(key);
            if let Some(answer) = tapped.answer.as_mut() {
                answer.answer = Answer::Mood(Mood::Great);
            }
            tapped
        };
        let sams = "SELECT answer FROM checkin_answers WHERE person_id = 7";
        let written = write_each(&mut conn, &[&tap("k1")]).await.unwrap();
        assert_eq!(written, [Written::Fresh]);
        let written = write_each(&mut conn, &[&great("k1")]).await.unwrap();
        assert_eq!(written, [Written::Duplicate]);
        let answer: String = sqlx::query_scalar(sams)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(answer, Answer::Pass.as_str(), "delivered again later");
        let written = write_each(&mut conn, &[&tap("k2"), &great("k2")])
            .await
            .unwrap();
        assert_eq!(written, [Written::Fresh, Written::Duplicate]);
        let answer: String = sqlx::query_scalar(sams)
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(
            answer,
            Answer::Pass.as_str(),
            "delivered twice in one batch"
        );
        assert_eq!(count(&mut conn, "SELECT COUNT(*) FROM inbox").await, 2);
    }

    /// A tap whose round closed, or a vote whose poll closed, since it was
    /// read is stale: nothing of it is written, not even its record, so
    /// its second run (the ordinary way) is not taken for a duplicate.
    #[tokio::test]
    async fn a_stale_update_gives_its_record_back() {
        let mut conn = after(ROUND_AND_POLL, Some(CLOSE_BOTH)).await;
        let (tapped, voted) = (tap("k1"), vote("k2"));
        let written = write_each(&mut conn, &[&tapped, &voted]).await.unwrap();
        assert_eq!(written, [Written::Stale, Written::Stale]);
        for table in ["inbox", "checkin_answers", "poll_voters", "jobs"] {
            let sql = format!("SELECT COUNT(*) FROM {table}");
            assert_eq!(count(&mut conn, &sql).await, 0, "{table}");
        }
    }
}
