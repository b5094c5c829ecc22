//! Two Kettle processes on one database, and a member who talks to one of
//! them while the other changes what their group says. On Postgres the
//! fast path keeps what it read of a member in memory; whatever changes
//! in between (the group's time zone, who coordinates), the next answer
//! follows the database, never the memory.

use crate::engine_paths::{text, update};
use crate::support::{count, strings, TestDb};
use chrono::{TimeZone as _, Utc};
use kettle::app::{Engine, Handled};
use kettle::clock::ManualClock;
use kettle::domain::{InboundEvent, PlatformUser};

fn person(id: &str, name: &str) -> PlatformUser {
    PlatformUser {
        user_id: id.into(),
        display_name: name.into(),
        language_code: Some("en".into()),
    }
}

/// The text of the newest reply in the group.
async fn last_reply(store: &kettle::store::Store) -> String {
    let sql =
        "SELECT CAST(payload AS TEXT) FROM outbox WHERE kind = 'send' ORDER BY id DESC LIMIT 1";
    strings(store, sql).await.remove(0)
}

async fn says(kettle: &Engine, key: &str, who: &PlatformUser, body: &str) {
    let handled = kettle.handle(text(key, who, body)).await.unwrap();
    assert_eq!(handled, Handled::Done, "{body}");
}

async fn what_another_process_changes_is_what_the_next_answer_follows(backend: &str) {
    let db = TestDb::of(backend).await;
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 23, 19, 0, 0).unwrap());
    // Two processes: each its own engine and its own connections.
    let here = crate::support::engine(db.store().await, clock.clone());
    let there = crate::support::engine(db.store().await, clock.clone());
    let store = db.store().await;
    let zofia = person("5", "Zofia");
    let ana = person("6", "Ana");
    let chat = update("x", &zofia, InboundEvent::BotAdded).chat;
    here.handle(update("added", &zofia, InboundEvent::BotAdded))
        .await
        .unwrap();
    says(&there, "ana:1", &ana, "hello").await;
    there
        .set_coordinator(&chat, &ana, true, false)
        .await
        .unwrap();
    // Zofia is a regular of this process: it has read her more than once.
    for n in 0..3 {
        says(&here, &format!("z:{n}"), &zofia, "/settings").await;
    }
    assert!(
        last_reply(&store).await.contains("Europe/London"),
        "the group's zone"
    );

    // The other process moves the group to Tokyo time.
    says(&there, "ana:2", &ana, "/tz Asia/Tokyo").await;
    says(&here, "z:3", &zofia, "/settings").await;
    assert!(
        last_reply(&store).await.contains("Asia/Tokyo"),
        "the new zone, not the remembered one"
    );

    // It makes Zofia a coordinator: here she may now change the zone.
    there
        .set_coordinator(&chat, &zofia, true, false)
        .await
        .unwrap();
    says(&here, "z:4", &zofia, "/tz Europe/Warsaw").await;
    let zone = "SELECT COUNT(*) FROM communities WHERE time_zone = 'Europe/Warsaw'";
    assert_eq!(count(&store, zone).await, 1, "a coordinator's change");

    // Remembered as a coordinator here, she is one no longer there.
    says(&here, "z:5", &zofia, "/settings").await;
    says(&here, "z:6", &zofia, "/settings").await;
    there
        .set_coordinator(&chat, &zofia, false, false)
        .await
        .unwrap();
    says(&here, "z:7", &zofia, "/tz Europe/Lisbon").await;
    assert_eq!(count(&store, zone).await, 1, "a member cannot change it");
    assert!(
        last_reply(&store).await.contains("Only coordinators"),
        "told why: {}",
        last_reply(&store).await
    );

    // Every word was handled once, stale memories and all.
    assert_eq!(count(&store, "SELECT COUNT(*) FROM inbox").await, 11);
}

on_both_backends!(what_another_process_changes_is_what_the_next_answer_follows);
