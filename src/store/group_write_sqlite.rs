//! The group commit's write on SQLite (see [`super::group_commit`]): one
//! transaction on the one writer for the whole batch. Each statement is a
//! hand-off to the writer's thread, and the writer bounds SQLite, so an
//! update takes as few as it can: a duplicate stops at its inbox record, a
//! tap's answer is checked and written in one statement, and a job already
//! booked in the batch is not booked again.

use super::deferred_writes::{book_jobs, insert_inbox, insert_pending, mark_heard};
use super::group_commit::{Commit, Written};
use super::StoreResult;
use std::collections::HashSet;

/// Writes every commit; returns, in order, how each went.
pub(super) async fn write(
    pool: &sqlx::SqlitePool,
    commits: &[&Commit],
) -> StoreResult<Vec<Written>> {
    let mut t = pool.begin().await?;
    let mut written = Vec::with_capacity(commits.len());
    // Booking is once per key: a key booked earlier in the batch would
    // book nothing.
    let mut booked: HashSet<&str> = HashSet::new();
    for commit in commits {
        if let Some(vote) = &commit.vote {
            if !super::deferred_votes::still_as_read(&mut t, vote).await? {
                written.push(Written::Stale);
                continue;
            }
        }
        if !insert_inbox!(&mut *t, commit.channel, &commit.key, commit.at) {
            written.push(Written::Duplicate);
            continue;
        }
        if let Some(answer) = &commit.answer {
            if !super::deferred_writes::write_answer_if_still(&mut t, answer).await? {
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
        }
        insert_pending!(t, &commit.pending);
        mark_heard!(t, &commit.heard);
        if let Some(vote) = &commit.vote {
            super::deferred_votes::write(&mut t, vote).await?;
        }
        book_jobs!(
            t,
            commit.jobs.iter().filter(|j| booked.insert(j.key.as_str()))
        );
        written.push(Written::Fresh);
    }
    t.commit().await?;
    Ok(written)
}
