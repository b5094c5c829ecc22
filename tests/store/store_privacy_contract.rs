//! Retention on both backends: who came to a meeting is kept as long as
//! the community chose, and no longer.

use crate::support::store::{community, someone, t0};
use crate::support::{count, TestDb};
use chrono::Duration;
use kettle::domain::TimeZone;
use kettle::store::NewMeeting;

async fn attendance_is_forgotten_after_the_communitys_retention(backend: &str) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    let id = community(&store, "-1").await;
    let mut tx = store.begin().await.unwrap();
    tx.set_attendance_days(id, 30).await.unwrap();
    let ann = someone(&mut tx, "1").await;
    for (uid, days_ago) in [("old", 31), ("recent", 29)] {
        let starts_at = t0() - Duration::days(days_ago);
        let meeting = tx
            .create_meeting(NewMeeting {
                community_id: id,
                series_id: None,
                occurrence: None,
                title: uid,
                local: starts_at.naive_utc(),
                time_zone: TimeZone::default(),
                starts_at,
                minutes: 60,
                place: None,
                uid,
                organiser_id: None,
                now: starts_at,
            })
            .await
            .unwrap()
            .unwrap();
        tx.toggle_attendance(meeting.id, ann).await.unwrap();
    }
    assert_eq!(tx.forget_old_attendance(t0()).await.unwrap(), 1);
    tx.commit().await.unwrap();
    let left = "SELECT COUNT(*) FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id \
                WHERE m.uid = 'recent'";
    assert_eq!(count(&store, left).await, 1, "the recent one stays");
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM meeting_attendance").await,
        1
    );
}

on_both_backends!(attendance_is_forgotten_after_the_communitys_retention);
