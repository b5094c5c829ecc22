//! The group writer keeps a Postgres connection of its own (see
//! `store::pg_writer`): a member's taps still count when the server
//! dropped that connection while Kettle sat quiet.

use crate::support::checkin::*;
use crate::support::{count, TestDb};
use kettle::app::Handled;
use kettle::store::CHECKED_AFTER_IDLE;

/// Ana taps "low" in the evening's check-in (written by the group
/// writer); the group goes quiet and the server restarts; her change to
/// "good" counts at its first attempt, and a press delivered twice still
/// counts once.
#[tokio::test]
async fn a_tap_after_the_server_restarted_counts_at_once() {
    let db = TestDb::postgres().await;
    let store = db.store().await;
    let (kettle, _) = engine_at(store.clone(), monday_evening());
    let coordinator = group_with_coordinator(&kettle, 12).await;
    kettle.handle(said(&coordinator, "/checkin")).await.unwrap();
    let (low, good) = (token(&store, "low").await, token(&store, "good").await);
    let ana = person(2001, "Ana");
    for _ in 0..2 {
        // Her first tap registers her; the second is a known member's.
        let tapped = kettle.handle(pressed(&ana, &low)).await.unwrap();
        assert_eq!(tapped, Handled::Done);
    }

    tokio::time::sleep(CHECKED_AFTER_IDLE * 2).await;
    assert!(
        db.server_ends_every_session().await >= 2,
        "the pool's and the writer's"
    );

    let change = pressed(&ana, &good);
    let changed = kettle.handle(change.clone()).await;
    assert_eq!(
        changed.expect("counted at its first attempt"),
        Handled::Done
    );
    assert_eq!(kettle.handle(change).await.unwrap(), Handled::Duplicate);
    let answers = "SELECT COUNT(*) FROM checkin_answers WHERE answer = 'good'";
    assert_eq!(count(&store, answers).await, 1);
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM checkin_answers").await,
        1
    );
}
