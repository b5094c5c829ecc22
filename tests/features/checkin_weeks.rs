//! Check-ins over weeks, on both backends: a weekly round that keeps its
//! local time across a clock change and survives downtime, and private
//! check-ins between meetings that count in the pulse without a name.

use crate::support::checkin::*;
use crate::support::{count, TestDb};
use chrono::{Duration, TimeZone as _, Utc};
use kettle::domain::ChatKind;

async fn a_weekly_round_keeps_its_local_time_across_the_clock_change(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    // Monday 19 October 2026, noon in London (BST, UTC+1).
    let start = Utc.with_ymd_and_hms(2026, 10, 19, 11, 0, 0).unwrap();
    let (kettle, clock) = engine_at(store.clone(), start);
    let coordinator = group_with_coordinator(&kettle, 4).await;
    kettle
        .handle(said(&coordinator, "/checkin every monday 19:00"))
        .await
        .unwrap();
    let rounds = || count(&store, "SELECT COUNT(*) FROM checkin_rounds");

    clock.set(Utc.with_ymd_and_hms(2026, 10, 19, 17, 59, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 0, "not before 19:00");
    clock.set(Utc.with_ymd_and_hms(2026, 10, 19, 18, 0, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 1, "19:00 BST, once");

    // The clocks go back on 25 October: 19:00 is now 19:00 UTC.
    clock.set(Utc.with_ymd_and_hms(2026, 10, 26, 18, 30, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 1, "18:30 UTC is 18:30 in London now");
    clock.set(Utc.with_ymd_and_hms(2026, 10, 26, 19, 0, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 2, "19:00 GMT");

    // Kettle is down for a week and a half: the missed Monday is skipped,
    // not opened late, and the next one still comes.
    clock.set(Utc.with_ymd_and_hms(2026, 11, 2, 22, 0, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 2, "missed by more than a round's length");
    clock.set(Utc.with_ymd_and_hms(2026, 11, 9, 19, 0, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 3);

    // Stopping the schedule stops it.
    kettle
        .handle(said(&coordinator, "/checkin every off"))
        .await
        .unwrap();
    clock.set(Utc.with_ymd_and_hms(2026, 11, 16, 19, 0, 0).unwrap());
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(rounds().await, 3);
}

async fn private_check_ins_count_in_the_pulse_without_a_name(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 4).await;
    let members = [person(2, "Ali"), person(3, "Bea"), person(4, "Cai")];
    for m in &members {
        kettle.handle(said(m, "hi")).await.unwrap();
    }
    for (n, m) in members.iter().enumerate() {
        kettle.handle(said_privately(m, "/checkin")).await.unwrap();
        let t = own_token(&store, &m.user_id, ["low", "okay", "great"][n]).await;
        let chat = m.user_id.clone();
        kettle
            .handle(pressed_in(&chat, ChatKind::Private, m, &t))
            .await
            .unwrap();
    }
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM checkin_answers WHERE round_id IS NULL"
        )
        .await,
        3
    );
    // An hour on they settle: counted ones lose their author.
    clock.advance(Duration::hours(1));
    kettle::jobs::run_due(&kettle, "me").await.unwrap();
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM checkin_answers WHERE person_id IS NOT NULL"
        )
        .await,
        0
    );

    // Members cannot see the pulse; the coordinator sees the week's spread.
    kettle.handle(said(&members[0], "/pulse")).await.unwrap();
    kettle.handle(said(&coordinator, "/pulse")).await.unwrap();
    let group = texts_to(&store, GROUP).await;
    assert!(group[group.len() - 2].contains("Only coordinators"));
    let pulse = group.last().unwrap();
    assert!(
        pulse.contains("Week of 2026-11-23: rounds 0, check-ins 3 — (How people arrived shows only in groups of 3 or more"),
        "while the week runs, private check-ins wait to join as one batch: {pulse}"
    );
    assert_eq!(pulse.lines().count(), 9, "eight weeks");

    // Once the week is over, the three join together.
    clock.advance(Duration::days(7));
    kettle.handle(said(&coordinator, "/pulse")).await.unwrap();
    let group = texts_to(&store, GROUP).await;
    let pulse = group.last().unwrap();
    assert!(
        pulse.contains("Week of 2026-11-23: rounds 0, check-ins 3 — Rough 0 · Low 1 · Okay 1 · Good 0 · Great 1 · Pass 0"),
        "{pulse}"
    );
}

on_both_backends!(
    a_weekly_round_keeps_its_local_time_across_the_clock_change,
    private_check_ins_count_in_the_pulse_without_a_name,
);
