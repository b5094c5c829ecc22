//! The records and taps' answers of a whole SQLite group write, in one
//! hand-off to the one writer (see [`super::group_write_sqlite`]; its
//! messages and bookings are [`super::group_rows_sqlite`]'s). Each list
//! goes in as one JSON parameter (`json_each`), so the texts never change
//! and each is prepared once.

use super::group_commit::Commit;
use super::late_writes::StagedAnswer;
use super::register_rows::{instant, json_list};
use super::StoreResult;
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

#[cfg(test)]
mod tests {
    use super::record_and_answer;
    use crate::domain::checkin::Answer;
    use crate::store::group_commit::Commit;
    use crate::store::late_writes::StagedAnswer;
    use crate::store::sam_in_a_group::{after, SAM_GONE};

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
