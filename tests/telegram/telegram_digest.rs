//! The weekly digest through the real binary and a fake Bot API. A group
//! set up before last Monday morning gets its digest when Kettle starts:
//! once, to the coordinator's private chat, and never again after a
//! `kill -9` and a restart; a group whose digest was never booked (from
//! before digests existed) is booked when Kettle starts.

use crate::support::checkin::*;
use crate::support::telegram::{text_of, FakeTelegram};
use crate::support::{count, Kettle, TestDb};
use chrono::{Datelike, Duration, NaiveTime, Utc, Weekday};
use kettle::domain::time::recurrence::instant_of;
use std::time::Duration as Wait;

const WAIT: Wait = Wait::from_secs(20);

/// The most recent Monday 09:00 in London that has passed.
fn last_monday_morning() -> chrono::DateTime<Utc> {
    let tz = chrono_tz::Europe::London;
    let now = Utc::now();
    let mut day = now.with_timezone(&tz).date_naive();
    loop {
        let at = instant_of(day.and_time(NaiveTime::from_hms_opt(9, 0, 0).unwrap()), tz);
        if day.weekday() == Weekday::Mon && at < now {
            return at;
        }
        day -= Duration::days(1);
    }
}

async fn digests(fake: &FakeTelegram) -> Vec<String> {
    fake.messages_to(1)
        .iter()
        .map(text_of)
        .filter(|t| t.starts_with("📋 Weekly digest"))
        .collect()
}

async fn the_monday_digest_arrives_once_even_across_a_crash(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    // The group began the day before the last Monday morning.
    let (engine, _clock) = engine_at(store.clone(), last_monday_morning() - Duration::days(1));
    let _morgan = group_with_coordinator(&engine, 4).await;
    let ali = person(2, "Ali");
    engine.handle(said(&ali, "hello")).await.unwrap();
    store.close().await;

    let fake = FakeTelegram::start().await;
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);
    fake.wait_for("the digest", WAIT, |f| {
        f.messages_to(1)
            .iter()
            .any(|m| text_of(m).starts_with("📋 Weekly digest for Harbour Recovery Group"))
    })
    .await;
    let sent = digests(&fake).await;
    assert_eq!(sent.len(), 1, "{sent:#?}");
    assert!(sent[0].contains("New: Morgan, Ali"), "{}", sent[0]);
    kettle.kill_hard().await;

    // Kettle restarts: nothing is sent twice, and next week's is booked.
    let store = db.store().await;
    // The week sent is the week kept for the coordinators' store (on
    // Postgres written with the job's commit: `store::late_digests`).
    let kept = "SELECT COUNT(*) FROM digests WHERE complete";
    assert_eq!(count(&store, kept).await, 1, "the week is kept once");
    let pending = "SELECT COUNT(*) FROM jobs WHERE kind = 'weekly_digest' AND status = 'pending'";
    assert_eq!(
        count(&store, pending).await,
        1,
        "next week's digest is booked"
    );
    // As for a group from before digests existed: no booking at all.
    let wipe = "DELETE FROM jobs WHERE kind = 'weekly_digest' AND status = 'pending'";
    match &store {
        kettle::store::Store::Postgres(p) => sqlx::query(wipe).execute(p).await.map(drop),
        kettle::store::Store::Sqlite(p) => sqlx::query(wipe).execute(p).await.map(drop),
    }
    .unwrap();
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);
    let mut booked = 0;
    for _ in 0..200 {
        booked = count(&store, pending).await;
        if booked == 1 {
            break;
        }
        tokio::time::sleep(Wait::from_millis(50)).await;
    }
    assert_eq!(
        booked,
        1,
        "booked again when Kettle starts: {}",
        kettle.log_text()
    );
    tokio::time::sleep(Wait::from_millis(500)).await;
    assert_eq!(digests(&fake).await.len(), 1, "never twice");
    kettle.kill_hard().await;
}

on_both_backends!(the_monday_digest_arrives_once_even_across_a_crash);
