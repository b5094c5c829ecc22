//! Timed work runs in batches: due jobs share one transaction and are
//! marked done together. When one job in a batch fails (here a group whose
//! stored time zone has gone bad), its work is taken back alone: the other
//! groups get their nudge at once, exactly once, and the failed one is
//! tried again later, on its own, and goes out once when it can. When
//! another process has taken over a job of the batch, it runs there only.

use crate::support::checkin::*;
use crate::support::{count, TestDb};
use kettle::clock::Clock;
use kettle::domain::{ChatKind, InboundEvent, PlatformContext};
use kettle::store::Store;

async fn messages_to(store: &Store, chat: &str) -> i64 {
    count(
        store,
        &format!("SELECT COUNT(*) FROM outbox WHERE chat_id = '{chat}'"),
    )
    .await
}

async fn execute(store: &Store, sql: &str) {
    match store {
        Store::Postgres(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
        Store::Sqlite(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
    }
    .expect(sql);
}

async fn a_failing_job_in_a_batch_does_not_hold_back_the_others(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_evening());
    // A day later the three nudges fall due together: one batch.
    let chats = three_groups_nudged_a_day_later(&kettle, &clock).await;
    let welcomed: Vec<i64> = futures::future::join_all(chats.map(|c| messages_to(&store, c))).await;
    execute(
        &store,
        "UPDATE communities SET time_zone = 'Nowhere/Atlantis' WHERE chat_id = '-200'",
    )
    .await;
    let ran = kettle::jobs::run_due(&kettle, "runner").await.unwrap();
    assert_eq!(ran, 2, "the two healthy groups' nudges ran");
    assert_eq!(messages_to(&store, "-100").await, welcomed[0] + 1);
    assert_eq!(
        messages_to(&store, "-200").await,
        welcomed[1],
        "nothing half-sent"
    );
    assert_eq!(messages_to(&store, "-300").await, welcomed[2] + 1);
    let waiting = "SELECT COUNT(*) FROM jobs WHERE kind = 'join_nudge' AND status = 'pending' \
                   AND last_error IS NOT NULL AND attempts = 1";
    assert_eq!(
        count(&store, waiting).await,
        1,
        "the failed one waits to be tried again"
    );

    // The zone is mended; the retry sends the third nudge, once.
    execute(
        &store,
        "UPDATE communities SET time_zone = 'Europe/London' WHERE chat_id = '-200'",
    )
    .await;
    clock.advance(chrono::Duration::minutes(2));
    assert_eq!(kettle::jobs::run_due(&kettle, "runner").await.unwrap(), 1);
    assert_eq!(kettle::jobs::run_due(&kettle, "runner").await.unwrap(), 0);
    for (chat, before) in chats.iter().zip(welcomed) {
        assert_eq!(
            messages_to(&store, chat).await,
            before + 1,
            "{chat}: one nudge"
        );
    }
}

/// Three groups set up; a day later their join nudges are due together.
async fn three_groups_nudged_a_day_later(
    kettle: &kettle::app::Engine,
    clock: &kettle::clock::ManualClock,
) -> [&'static str; 3] {
    let morgan = person(1, "Morgan");
    let chats = ["-100", "-200", "-300"];
    for chat in chats {
        let mut added = inbound(chat, ChatKind::Group, &morgan, InboundEvent::BotAdded);
        added.context = PlatformContext {
            member_count: Some(6),
            ..PlatformContext::default()
        };
        kettle.handle(added).await.unwrap();
    }
    clock.advance(chrono::Duration::hours(25));
    chats
}

/// Runner A claims the three nudges and stalls past its lease; runner B
/// takes over the first and sends it. When A's batch goes on, its work for
/// that nudge must not stand: each group gets one nudge, B's or A's.
async fn a_job_taken_over_mid_batch_runs_once(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_evening());
    let chats = three_groups_nudged_a_day_later(&kettle, &clock).await;
    let before: Vec<i64> = futures::future::join_all(chats.map(|c| messages_to(&store, c))).await;
    let lease = kettle::jobs::LEASE;
    let claimed = store.claim_jobs("a", clock.now(), lease, 10).await.unwrap();
    assert_eq!(claimed.len(), 3);

    clock.advance(lease + chrono::Duration::minutes(1));
    let taken = store.claim_jobs("b", clock.now(), lease, 1).await.unwrap();
    assert_eq!(taken.len(), 1, "B takes over one expired lease");
    assert!(kettle.run_job(&taken[0], "b").await.unwrap());

    let ran = kettle::jobs::run_batch(&kettle, "a", claimed, clock.now())
        .await
        .unwrap();
    assert_eq!(ran, 2, "A runs only the two still leased to it");
    for (chat, before) in chats.iter().zip(before) {
        assert_eq!(
            messages_to(&store, chat).await,
            before + 1,
            "{chat}: one nudge"
        );
    }
    let done = "SELECT COUNT(*) FROM jobs WHERE kind = 'join_nudge' AND status = 'done'";
    assert_eq!(count(&store, done).await, 3);
}

on_both_backends!(
    a_failing_job_in_a_batch_does_not_hold_back_the_others,
    a_job_taken_over_mid_batch_runs_once,
);
