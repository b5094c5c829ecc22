//! Weekly digest jobs run many at a time: the batch reads its groups'
//! settings, routes, coordinators and stored weeks with one statement
//! each. Every coordinator, group and stored record must get exactly what
//! the job run alone gives, over varied groups: some routed to another
//! group's coordinators' chat, some posting a copy in the group, some
//! rebuilding a week already stored, two weeks of one group in one batch.

use crate::support::checkin::engine_at;
use crate::support::TestDb;
use chrono::{DateTime, Duration, Utc};
use kettle::app::digest::weekly;
use kettle::bench::digest_mix::varied;
use kettle::domain::time::recurrence::Weekly;
use kettle::domain::time::week::IsoWeek;
use kettle::store::Store;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

async fn execute(store: &Store, sql: &str) {
    match store {
        Store::Postgres(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
        Store::Sqlite(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
    }
    .expect(sql);
}

async fn rows(store: &Store, sql: &str) -> Vec<(String, String)> {
    match store {
        Store::Postgres(p) => sqlx::query_as(sql).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_as(sql).fetch_all(p).await,
    }
    .expect(sql)
}

/// Varied groups with coordinators, private chats, a route and group
/// copies, all drawn from `seed`; returns the groups.
async fn groups(store: &Store, last: IsoWeek, seed: u64) -> Vec<i64> {
    let groups = varied(store, 8, last, seed).await.unwrap();
    let mut rng = StdRng::seed_from_u64(seed);
    let k = rng.random_range(0..3);
    execute(
        store,
        &format!("UPDATE memberships SET role = 'coordinator' WHERE person_id % 3 = {k}"),
    )
    .await;
    execute(
        store,
        "UPDATE people SET private_chat_id = platform_user_id WHERE id % 2 = 0",
    )
    .await;
    let (to, from) = (groups[0], groups[1]);
    let copies = [
        (groups[2], None, true),
        (groups[3], None, true),
        (groups[4], None, true),
    ];
    for (id, send_to, to_group) in [(from, Some(to), false)].into_iter().chain(copies) {
        let send_to = send_to.map_or("NULL".to_string(), |s| s.to_string());
        execute(
            store,
            &format!(
                "INSERT INTO digest_settings (community_id, weekday, at_time, enabled, version, \
                 send_to, to_group) VALUES ({id}, 0, '09:00', TRUE, 1, {send_to}, {to_group})"
            ),
        )
        .await;
    }
    groups
}

/// Books each group's digest of `week` under its settings now, due at `now`.
async fn book(store: &Store, ids: &[i64], week: IsoWeek, now: DateTime<Utc>) {
    let mut tx = store.begin().await.unwrap();
    for &id in ids {
        let settings = tx.digest_settings(id).await.unwrap();
        weekly::book(&mut tx, id, &settings, week, now)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

/// Runs every due job, as one batch or each alone.
async fn run(store: &Store, now: DateTime<Utc>, together: bool) -> usize {
    let (engine, _) = engine_at(store.clone(), now);
    let jobs = store
        .claim_jobs("me", now, Duration::minutes(5), 1_000)
        .await
        .unwrap();
    let count = jobs.len();
    let batches = if together {
        kettle::jobs::batches(jobs, 1_000)
    } else {
        jobs.into_iter().map(|j| vec![j]).collect()
    };
    for batch in batches {
        kettle::jobs::run_batch(&engine, "me", batch, now)
            .await
            .unwrap();
    }
    count
}

async fn a_batch_of_digests_sends_and_stores_what_each_would_alone(backend: &str) {
    let last = IsoWeek::at(Utc::now(), chrono_tz::Europe::London).previous();
    // Late on last week's Sunday: the week before is complete and its
    // digest, due last Monday, is still fresh enough to send.
    let now = last.next().monday().and_hms_opt(0, 0, 0).unwrap().and_utc() - Duration::hours(2);
    for seed in 0..3u64 {
        let mut seen = vec![];
        for together in [true, false] {
            let db = TestDb::of(backend).await;
            let store = db.store().await;
            let ids = groups(&store, last, seed).await;
            // The week before last, stored first (each job alone).
            book(&store, &ids, last.previous(), now).await;
            run(&store, now, false).await;
            execute(&store, "DELETE FROM outbox").await;
            // (Next week's jobs, which those booked, are booked afresh below.)
            execute(&store, "DELETE FROM jobs WHERE status = 'pending'").await;
            // Life moves on: a stored week is kept as it was, not rebuilt.
            execute(&store, "DELETE FROM checkin_answers WHERE id % 2 = 0").await;
            execute(&store, "DELETE FROM meeting_rsvps WHERE person_id % 2 = 0").await;
            // Then last week for all, and the week before again for two
            // groups whose settings changed since (its stored record is
            // complete, so it is sent as stored, not rebuilt).
            let mut tx = store.begin().await.unwrap();
            for &id in &ids[3..5] {
                let weekly = Weekly {
                    weekday: chrono::Weekday::Mon,
                    at: chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                };
                tx.set_digest_schedule(id, weekly, true).await.unwrap();
            }
            tx.commit().await.unwrap();
            book(&store, &ids[3..5], last.previous(), now).await;
            book(&store, &ids, last, now).await;
            let ran = run(&store, now, together).await;
            assert_eq!(ran, ids.len() + 2, "seed {seed}");
            let sent = rows(
                &store,
                "SELECT chat_id, CAST(payload AS TEXT) FROM outbox ORDER BY id",
            )
            .await;
            let stored = rows(
                &store,
                "SELECT CAST(community_id AS TEXT) || ' ' || period, CAST(texts AS TEXT) \
                 FROM digests ORDER BY community_id, period",
            )
            .await;
            assert!(
                !sent.is_empty(),
                "coordinators were sent digests (seed {seed})"
            );
            seen.push((sent, stored));
        }
        assert_eq!(seen[0].0, seen[1].0, "what was sent (seed {seed})");
        assert_eq!(seen[0].1, seen[1].1, "what was stored (seed {seed})");
    }
}

on_both_backends!(a_batch_of_digests_sends_and_stores_what_each_would_alone);
