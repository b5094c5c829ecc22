//! Two processes on one database (a running Kettle and `kettle digest`,
//! or `kettle coordinator`, beside it): a transaction that reads and then
//! writes is not refused because the other wrote in between; on SQLite it
//! waits its turn for the one writer.

use crate::support::store::*;
use crate::support::{count, TestDb};
use kettle::store::Store;
use std::time::Duration;

async fn a_read_then_write_waits_for_another_process_instead_of_failing(backend: &str) {
    let db = TestDb::of(backend).await;
    let first = db.store().await;
    let id = community(&first, "-1").await;
    // The other process: its own connection to the same database.
    let other = Store::connect(&db.url).await.unwrap();

    let mut tx = first.begin().await.unwrap();
    let before = tx.community_by_id(id).await.unwrap().unwrap();
    let writer = tokio::spawn(async move {
        let mut tx = other.begin().await.unwrap();
        tx.set_attendance_days(id, 90).await.unwrap();
        tx.commit().await.unwrap();
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    tx.set_attendance_days(id, u32::try_from(before.attendance_days + 1).unwrap())
        .await
        .expect("the read-then-write turn goes through");
    tx.commit().await.unwrap();
    writer.await.unwrap();
    let kept = "SELECT COUNT(*) FROM communities WHERE attendance_days IN (90, 366)";
    assert_eq!(count(&first, kept).await, 1);
}

on_both_backends!(a_read_then_write_waits_for_another_process_instead_of_failing);
