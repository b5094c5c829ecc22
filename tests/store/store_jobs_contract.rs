//! The store's contract for timed work and housekeeping, on SQLite and
//! Postgres: jobs run once, leases can be lost, old records are forgotten.

use crate::support::store::*;
use chrono::Duration;
use kettle::domain::ChatKind;
use kettle::store::NewMessage;

async fn jobs_run_once_and_a_lost_lease_cannot_finish(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    let payload = serde_json::json!({"kind": "join_nudge", "community_id": 1});
    assert!(tx
        .schedule_job("join_nudge", "nudge:1", &payload, t0() + Duration::hours(1))
        .await
        .unwrap());
    assert!(
        !tx.schedule_job("join_nudge", "nudge:1", &payload, t0())
            .await
            .unwrap(),
        "scheduled once"
    );
    tx.commit().await.unwrap();
    let lease = Duration::seconds(60);
    assert!(
        store
            .claim_jobs("a", t0(), lease, 10)
            .await
            .unwrap()
            .is_empty(),
        "not due yet"
    );
    assert_eq!(
        store.next_job_due().await.unwrap(),
        Some(t0() + Duration::hours(1))
    );
    let due = t0() + Duration::hours(1);
    let jobs = store.claim_jobs("a", due, lease, 10).await.unwrap();
    assert_eq!(jobs.len(), 1);
    assert!(
        store
            .claim_jobs("b", due, lease, 10)
            .await
            .unwrap()
            .is_empty(),
        "leased to a"
    );
    let late = due + Duration::seconds(61);
    assert_eq!(
        store.job_lag_seconds(late).await.unwrap(),
        0.0,
        "a running job is not lagging"
    );
    let taken = store.claim_jobs("b", late, lease, 10).await.unwrap();
    assert_eq!(
        (taken.len(), taken[0].attempts),
        (1, 2),
        "b takes over an expired lease"
    );
    let mut tx = store.begin().await.unwrap();
    assert!(
        !tx.complete_job(jobs[0].id, "a", late).await.unwrap(),
        "a lost it"
    );
    assert!(tx.complete_job(jobs[0].id, "b", late).await.unwrap());
    tx.commit().await.unwrap();
    assert!(
        store
            .claim_jobs("c", late + Duration::hours(9), lease, 10)
            .await
            .unwrap()
            .is_empty(),
        "done is done"
    );
}

async fn a_failed_job_is_tried_again_later_then_given_up(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    tx.schedule_job("join_nudge", "k", &serde_json::json!({}), t0())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let lease = Duration::seconds(60);
    let job = store
        .claim_jobs("a", t0(), lease, 1)
        .await
        .unwrap()
        .remove(0);
    store
        .fail_job(job.id, "a", "boom", Some(t0() + Duration::minutes(5)))
        .await
        .unwrap();
    assert!(store
        .claim_jobs("a", t0() + Duration::minutes(1), lease, 1)
        .await
        .unwrap()
        .is_empty());
    let later = t0() + Duration::minutes(5);
    assert!(
        (store
            .job_lag_seconds(later + Duration::seconds(3))
            .await
            .unwrap()
            - 3.0)
            .abs()
            < 0.01
    );
    let job = store
        .claim_jobs("a", later, lease, 1)
        .await
        .unwrap()
        .remove(0);
    store.fail_job(job.id, "a", "boom", None).await.unwrap();
    assert!(
        store
            .claim_jobs("a", later + Duration::days(1), lease, 1)
            .await
            .unwrap()
            .is_empty(),
        "given up"
    );
}

async fn housekeeping_forgets_old_records_but_keeps_what_is_still_needed(backend: &str) {
    let (_db, store) = store(backend).await;
    let id = community(&store, "-9").await;
    let long_ago = t0() - Duration::days(40);
    let old = |chat: &str| NewMessage {
        not_before: long_ago,
        ..text(chat, ChatKind::Private, "old")
    };
    let mut tx = store.begin().await.unwrap();
    tx.record_inbound("telegram", "u:old", long_ago)
        .await
        .unwrap();
    tx.record_inbound("telegram", "u:new", t0()).await.unwrap();
    let forgettable = tx.enqueue(&old("1")).await.unwrap();
    let with_button = tx.enqueue(&old("2")).await.unwrap();
    let unsent = tx.enqueue(&old("3")).await.unwrap();
    let button = kettle::store::ButtonRecord {
        community_id: id,
        person_id: None,
        message_id: Some(with_button),
        action: kettle::app::Action::JoinCommunity {
            community_id: id,
            prompt: kettle::app::JoinPrompt::Welcome,
        },
    };
    tx.create_button("tok-old", &button, long_ago)
        .await
        .unwrap();
    tx.schedule_job("join_nudge", "old-job", &serde_json::json!({}), long_ago)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    store
        .mark_sent(forgettable, Some("1"), long_ago)
        .await
        .unwrap();
    store
        .mark_sent(with_button, Some("2"), long_ago)
        .await
        .unwrap();
    let job = store
        .claim_jobs("a", long_ago, Duration::seconds(60), 1)
        .await
        .unwrap()
        .remove(0);
    let mut tx = store.begin().await.unwrap();
    tx.complete_job(job.id, "a", long_ago).await.unwrap();
    let pruned = tx
        .prune(t0() - Duration::days(30), t0() - Duration::days(30))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!((pruned.inbox, pruned.outbox, pruned.jobs), (1, 1, 1));
    assert_eq!(store.outbox_status(forgettable).await.unwrap(), None);
    assert!(
        store.outbox_status(with_button).await.unwrap().is_some(),
        "its button may still be pressed"
    );
    assert!(
        store.outbox_status(unsent).await.unwrap().is_some(),
        "not yet delivered"
    );
}

on_both_backends!(
    jobs_run_once_and_a_lost_lease_cannot_finish,
    a_failed_job_is_tried_again_later_then_given_up,
    housekeeping_forgets_old_records_but_keeps_what_is_still_needed,
);
