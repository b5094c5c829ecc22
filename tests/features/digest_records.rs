//! A finished week's digest is a record, on both backends: asked for again
//! weeks later (in the group, or by a support team's `kettle digest`) it is
//! the same, and so are the views; only an operator's rebuild replaces it,
//! and the earlier version is kept.

use crate::support::checkin::*;
use crate::support::digest::*;
use crate::support::meeting::*;
use crate::support::{count, strings, TestDb};
use kettle::app::digest::{report, Audience};
use kettle::domain::time::week::IsoWeek;

async fn a_finished_week_stays_as_it_was_recorded(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    // Monday 5 January 2026 (week 2), in a group of four.
    let (kettle, clock) = engine_at(store.clone(), at(2026, 1, 5, 12, 0));
    let morgan = group_with_coordinator(&kettle, 4).await;
    kettle
        .handle(said(&person(2, "Ali"), "hello"))
        .await
        .unwrap();
    // The Monday after, the weekly job records week 2.
    clock.set(at(2026, 1, 12, 9, 30));
    run_jobs(&kettle).await;
    let recorded = "SELECT CAST(digest AS TEXT) FROM digests WHERE period = '2026-W02'";
    let before = strings(&store, recorded).await;
    assert_eq!(before.len(), 1, "recorded by the weekly job");
    let view = "SELECT CAST(members AS BIGINT) FROM digest_participation WHERE week = '2026-W02'";
    let members_then = count(&store, view).await;

    // Weeks later the group has grown, and week 2 is asked for again.
    clock.set(at(2026, 2, 9, 12, 0));
    for n in 10..16 {
        kettle
            .handle(said(&person(n, "Newcomer"), "hello"))
            .await
            .unwrap();
    }
    kettle
        .handle(said(&morgan, "/digest 2026-W02"))
        .await
        .unwrap();
    let shown = texts_to(&store, GROUP).await.last().cloned().unwrap();
    assert!(shown.contains("(2026-W02)"), "{shown}");
    assert!(!shown.contains("after the week ended"), "{shown}");
    let community: i64 = count(&store, "SELECT MIN(id) FROM communities").await;
    let week = IsoWeek::parse("2026-W02").unwrap();
    let printed = report(&kettle, community, Some(week), None, Audience::Group, false)
        .await
        .unwrap()
        .unwrap();
    assert!(!printed.0.approximate);
    assert_eq!(
        strings(&store, recorded).await,
        before,
        "the record is unchanged"
    );
    assert_eq!(
        count(&store, view).await,
        members_then,
        "and so is the view"
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM digest_history").await,
        0
    );

    // An operator rebuilds it: the new one says it was built late, and the
    // recorded one is kept.
    let rebuilt = report(&kettle, community, Some(week), None, Audience::Group, true)
        .await
        .unwrap()
        .unwrap();
    assert!(rebuilt.0.approximate);
    assert!(rebuilt.1.contains("after the week ended"), "{}", rebuilt.1);
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM digest_history").await,
        1
    );
    let kept =
        "SELECT CAST(digest AS TEXT) FROM digest_history WHERE period = '2026-W02' AND version = 1";
    assert_eq!(strings(&store, kept).await, before);
    let version = "SELECT CAST(version AS BIGINT) FROM digests WHERE period = '2026-W02'";
    assert_eq!(count(&store, version).await, 2);
}

/// A week asked for while it runs is stored as incomplete, and replaced
/// by the complete one when the week is over.
async fn a_week_so_far_is_replaced_by_the_finished_week(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), at(2026, 1, 7, 12, 0));
    let morgan = group_with_coordinator(&kettle, 4).await;
    kettle.handle(said(&morgan, "/digest")).await.unwrap();
    let complete = "SELECT COUNT(*) FROM digests WHERE period = '2026-W02' AND complete";
    let stored = "SELECT COUNT(*) FROM digests WHERE period = '2026-W02'";
    assert_eq!(
        (count(&store, stored).await, count(&store, complete).await),
        (1, 0)
    );
    clock.set(at(2026, 1, 12, 9, 30));
    run_jobs(&kettle).await;
    assert_eq!(
        (count(&store, stored).await, count(&store, complete).await),
        (1, 1)
    );
}

/// A group can have its own copy each week, with numbers only; it is off
/// until coordinators ask for it.
async fn a_group_asks_for_its_own_weekly_copy(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), at(2026, 1, 5, 12, 0));
    let morgan = group_with_coordinator(&kettle, 4).await;
    kettle
        .handle(said(&person(2, "Ali"), "hello"))
        .await
        .unwrap();
    clock.set(at(2026, 1, 12, 9, 30));
    run_jobs(&kettle).await;
    assert!(digests_to(&store, GROUP).await.is_empty(), "off by default");

    kettle
        .handle(said(&morgan, "/digest group on"))
        .await
        .unwrap();
    let reply = texts_to(&store, GROUP).await.pop().unwrap();
    assert!(
        reply.contains("gets its own copy of the digest here"),
        "{reply}"
    );
    clock.set(at(2026, 1, 19, 9, 30));
    run_jobs(&kettle).await;
    let posted = digests_to(&store, GROUP).await;
    assert_eq!(posted.len(), 1);
    assert!(posted[0].contains("(2026-W03)"), "{}", posted[0]);
    assert!(
        !posted[0].contains("Ali") && !posted[0].contains("Morgan"),
        "{}",
        posted[0]
    );

    kettle
        .handle(said(&morgan, "/digest group off"))
        .await
        .unwrap();
    clock.set(at(2026, 1, 26, 9, 30));
    run_jobs(&kettle).await;
    assert_eq!(digests_to(&store, GROUP).await.len(), 1);
}

/// Seen from outside: a round opened on Sunday at 23:00 counted in the
/// new week while still open ("3 check-ins: 0 rounds and 0 private"). A
/// round belongs to the week it opened in, once it has closed.
async fn a_round_across_midnight_counts_in_the_week_it_opened(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let (kettle, clock) = engine_at(store.clone(), at(2026, 1, 5, 12, 0));
    let morgan = group_with_coordinator(&kettle, 6).await;
    let (ali, bea, cai, _dee) = members(&kettle).await;
    clock.set(at(2026, 1, 11, 23, 0));
    kettle.handle(said(&morgan, "/checkin")).await.unwrap();
    clock.set(at(2026, 1, 12, 0, 5));
    for (who, answer) in [(&ali, "rough"), (&bea, "good"), (&cai, "okay")] {
        let t = token(&store, answer).await;
        kettle.handle(pressed(who, &t)).await.unwrap();
    }
    kettle.handle(said(&morgan, "/digest")).await.unwrap();
    let so_far = texts_to(&store, GROUP).await.pop().unwrap();
    assert!(so_far.contains("(2026-W03)"), "{so_far}");
    assert!(
        !so_far.contains("☕"),
        "nothing of last week's round: {so_far}"
    );

    clock.set(at(2026, 1, 12, 1, 5));
    run_jobs(&kettle).await;
    clock.set(at(2026, 1, 12, 9, 30));
    run_jobs(&kettle).await;
    let week = |w: &str| {
        format!("SELECT CAST(check_ins AS BIGINT) FROM digest_participation WHERE week = '{w}'")
    };
    assert_eq!(count(&store, &week("2026-W02")).await, 3);
    let rounds =
        "SELECT CAST(checkin_rounds AS BIGINT) FROM digest_participation WHERE week = '2026-W02'";
    assert_eq!(count(&store, rounds).await, 1, "and its counts agree");
}

on_both_backends!(
    a_round_across_midnight_counts_in_the_week_it_opened,
    a_group_asks_for_its_own_weekly_copy,
    a_finished_week_stays_as_it_was_recorded,
    a_week_so_far_is_replaced_by_the_finished_week,
);
