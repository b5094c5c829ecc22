//! The group writer's stories on Postgres (`store::writer_thread`).

use super::{unbounded_channel, WriterThread};
use crate::domain::checkin::Answer;
use crate::store::group_commit::{Commit, Waiting};
use crate::store::sam_in_a_group::{
    answering, drop_postgres, hearing, on_postgres, recorded, replying,
};

/// Hands `commit` to the writer's thread; its answer comes back on the
/// receiver.
fn queued(
    thread: &WriterThread,
    pool: &sqlx::PgPool,
    commit: Commit,
) -> tokio::sync::oneshot::Receiver<crate::store::StoreResult<bool>> {
    let (done, written) = tokio::sync::oneshot::channel();
    thread.queue(pool, Waiting::new(commit, done)).unwrap();
    written
}

/// Evenings in eight busy groups: 400 updates an evening, fifty in each
/// group, each with its reply; they come in turn from each group, four
/// at a time. The writer sends a batch alongside the one being written
/// when they reply in different groups, else behind it; evenings go on
/// until it has done both. However they were written, each group's
/// replies stand in the outbox in the order their updates came, so they
/// go out in it.
#[tokio::test]
async fn replies_to_one_chat_keep_their_order() {
    let (pool, name) = on_postgres(&[]).await;
    let thread = WriterThread::default();
    let mut evenings = 0;
    let both = |[_, behind, alongside]: [u64; 3]| behind > 0 && alongside > 0;
    while evenings < 20 && !both(thread.sent()) {
        let mut answers = vec![];
        for i in 0..400 {
            let n = evenings * 1000 + i;
            let commit = replying(&format!("msg:{n}"), &format!("-{}", i % 8), &n.to_string());
            answers.push(queued(&thread, &pool, commit));
            if i % 4 == 3 {
                tokio::time::sleep(std::time::Duration::from_micros(400)).await;
            }
        }
        for written in answers {
            assert!(written.await.unwrap().unwrap());
        }
        evenings += 1;
    }
    assert!(both(thread.sent()), "{:?}", thread.sent());
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT chat_id, payload->>'text' FROM outbox ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(rows.len(), 400 * evenings);
    for chat in (0..8).map(|g| format!("-{g}")) {
        let said: Vec<usize> = rows
            .iter()
            .filter(|(c, _)| *c == chat)
            .map(|(_, text)| text.parse().unwrap())
            .collect();
        assert!(said.windows(2).all(|w| w[0] < w[1]), "{chat}: {said:?}");
    }
    drop(thread);
    drop_postgres(pool, &name).await;
}

/// Sam taps in his group while the writer's thread has stopped (its
/// queue closed, as a thread that ended would leave it): another
/// starts, and Sam's update is written, once.
#[tokio::test]
async fn a_stopped_writer_is_started_again() {
    let (pool, name) = on_postgres(&[]).await;
    let thread = WriterThread::default();
    let (closed, _) = unbounded_channel();
    *thread.queue.lock().unwrap() = Some(closed);
    for (key, new) in [("tap:1", true), ("tap:1", false), ("tap:2", true)] {
        let written = queued(&thread, &pool, Commit::sams(key));
        assert_eq!(written.await.unwrap().unwrap(), new, "{key}");
    }
    assert_eq!(recorded(&pool).await, 2);
    drop(thread);
    drop_postgres(pool, &name).await;
}

/// A busy evening: 300 updates queued at once, 100 of them delivered
/// twice, written in batches sent while others are still being written.
/// Each update is written once and each repeat is told it came before,
/// whichever batches the two land in.
#[tokio::test]
async fn a_busy_queue_is_written_once_each() {
    let (pool, name) = on_postgres(&[]).await;
    let thread = WriterThread::default();
    let mut answers = vec![];
    for i in 0..300 {
        let key = format!("tap:{}", i % 200);
        let written = queued(&thread, &pool, Commit::sams(&key));
        answers.push((key, written));
    }
    let mut fresh = std::collections::HashMap::<String, usize>::new();
    for (key, written) in answers {
        let new = written.await.unwrap().unwrap();
        *fresh.entry(key).or_default() += usize::from(new);
    }
    assert_eq!(fresh.len(), 200);
    assert!(fresh.values().all(|&n| n == 1), "{fresh:?}");
    assert_eq!(recorded(&pool).await, 200);
    let [_, behind, alongside] = thread.sent();
    assert!(behind + alongside > 0, "{:?}", thread.sent());
    drop(thread);
    drop_postgres(pool, &name).await;
}

/// A busy round: 150 members, one after another, each tap one answer
/// and a moment later change their mind, while the writer writes small
/// batches one after another. Whichever batches and connections a
/// member's two taps are written in, the answer that stands is the
/// second.
#[tokio::test]
async fn a_members_second_thought_stands() {
    let setup = [
        "INSERT INTO checkin_rounds (id, community_id, opened_at, closes_at) \
         VALUES (4, 1, now(), now() + interval '2 hours')",
        "INSERT INTO people (id, channel, platform_user_id, display_name, created_at) \
         SELECT p, 'telegram', p::text, 'Member ' || p, now() FROM generate_series(100, 249) p",
        "INSERT INTO memberships (community_id, person_id, joined_at) \
         SELECT 1, p, now() FROM generate_series(100, 249) p",
    ];
    let (pool, name) = on_postgres(&setup).await;
    let thread = WriterThread::default();
    let mut answers = vec![];
    for person in 100..250 {
        for (n, answer) in [(0, Answer::ALL[0]), (1, Answer::ALL[4])] {
            let key = format!("tap:{person}:{n}");
            let commit = answering(&key, person, 1000 + person * 2 + n, answer);
            answers.push(queued(&thread, &pool, commit));
            tokio::time::sleep(std::time::Duration::from_micros(250)).await;
        }
    }
    for written in answers {
        assert!(written.await.unwrap().unwrap());
    }
    let stand: Vec<(i64, String)> = sqlx::query_as(
        "SELECT person_id, answer FROM checkin_answers WHERE round_id = 4 ORDER BY person_id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let second = Answer::ALL[4].as_str();
    let first_stood: Vec<i64> = stand
        .iter()
        .filter(|(_, a)| a != second)
        .map(|(p, _)| *p)
        .collect();
    assert_eq!(stand.len(), 150);
    assert!(
        first_stood.is_empty(),
        "first answers stood for {first_stood:?}"
    );
    let [_, behind, alongside] = thread.sent();
    assert!(behind + alongside > 0, "{:?}", thread.sent());
    drop(thread);
    drop_postgres(pool, &name).await;
}

/// Monday evening in a large group: members are heard from for the
/// first time that day, thirty at a time, then the same thirty again
/// the other way round, while the writer writes batches on both its
/// connections. Every member's day is noted, and no two batches ever
/// waited on each other crosswise: the server found no deadlock (it
/// would have failed one batch after a second's wait, and written its
/// updates one by one).
#[tokio::test]
async fn members_first_heard_together_never_hold_each_other_up() {
    let setup = [
        "INSERT INTO people (id, channel, platform_user_id, display_name, created_at) \
         SELECT p, 'telegram', p::text, 'Member ' || p, now() FROM generate_series(100, 20099) p",
        "INSERT INTO memberships (community_id, person_id, joined_at) \
         SELECT 1, p, now() FROM generate_series(100, 20099) p",
        "ANALYZE memberships",
    ];
    let (pool, name) = on_postgres(&setup).await;
    let thread = WriterThread::default();
    let mut answers = vec![];
    for group in 0..50 {
        let thirty: Vec<i64> = (100 + group * 30..130 + group * 30).collect();
        let again = thirty.iter().rev();
        for (n, person) in thirty.iter().map(|p| (0, p)).chain(again.map(|p| (1, p))) {
            let commit = hearing(&format!("msg:{person}:{n}"), *person);
            answers.push(queued(&thread, &pool, commit));
        }
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    for written in answers {
        assert!(written.await.unwrap().unwrap());
    }
    let [_, _, alongside] = thread.sent();
    assert!(alongside > 0, "{:?}", thread.sent());
    drop(thread);
    let noted: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships m JOIN member_weeks w USING (community_id, person_id) \
         WHERE m.last_heard_on = '2026-12-07' AND w.week_start = '2026-12-07'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(noted, 1500);
    none_waited_crosswise(pool, &name).await;
}

/// A bridge that delivers again: each of 3,000 messages comes twice,
/// thirty at a time and then the same thirty again the other way round,
/// while the writer writes batches on both its connections. Each is
/// written once, and no two batches ever waited on each other
/// crosswise for their keys.
#[tokio::test]
async fn repeats_the_other_way_round_never_hold_each_other_up() {
    let (pool, name) = on_postgres(&[]).await;
    let thread = WriterThread::default();
    let mut answers = vec![];
    for group in 0..100 {
        let thirty: Vec<String> = (0..30).map(|i| format!("msg:{group}:{i}")).collect();
        for key in thirty.iter().chain(thirty.iter().rev()) {
            answers.push(queued(&thread, &pool, Commit::sams(key)));
        }
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    let mut fresh = 0;
    for written in answers {
        fresh += usize::from(written.await.unwrap().unwrap());
    }
    let [_, _, alongside] = thread.sent();
    assert!(alongside > 0, "{:?}", thread.sent());
    drop(thread);
    assert_eq!(fresh, 3000);
    assert_eq!(recorded(&pool).await, 3000);
    none_waited_crosswise(pool, &name).await;
}

/// Asserts the server found no deadlock in the test's database, then
/// drops it. The server counts a deadlock when the process that found
/// it reports, at the latest as it ends: closing the pool ends them.
async fn none_waited_crosswise(pool: sqlx::PgPool, name: &str) {
    let options = (*pool.connect_options()).clone();
    pool.close().await;
    let pool = sqlx::PgPool::connect_with(options).await.unwrap();
    let deadlocks: i64 = sqlx::query_scalar(
        "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(deadlocks, 0, "batches waited on each other crosswise");
    drop_postgres(pool, name).await;
}
