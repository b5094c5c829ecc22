//! The store's contract for WhatsApp's Cloud API, on SQLite and Postgres:
//! a private chat's 24-hour window (when the member last wrote, whether
//! they must write first, whether coordinators were told), a chat that
//! waits for its member and goes the moment they write, and a whole
//! number paused when WhatsApp says it is over its throughput.

use crate::support::store::*;
use chrono::Duration;
use kettle::domain::{Channel, ChatKind};
use kettle::store::{CloudChat, NewMessage};

const CHAT: &str = "cloud:447700900222";

fn to_cloud(chat: &str) -> NewMessage {
    NewMessage {
        channel: Channel::Whatsapp,
        ..text(chat, ChatKind::Private, "Reminder: tonight at 19:00")
    }
}

async fn a_window_opens_when_the_member_writes_and_what_waited_goes(backend: &str) {
    let (_db, store) = store(backend).await;
    assert_eq!(store.cloud_chat(CHAT).await.unwrap(), CloudChat::default());
    assert!(!store.cloud_heard_from(CHAT, t0()).await.unwrap());
    let chat = store.cloud_chat(CHAT).await.unwrap();
    assert_eq!(chat.last_inbound_at, Some(t0()));
    assert!(!chat.template_only);

    // WhatsApp asks for the member to write first; coordinators are told once.
    store.cloud_template_only(CHAT).await.unwrap();
    assert!(store.cloud_chat(CHAT).await.unwrap().template_only);
    let mut tx = store.begin().await.unwrap();
    assert!(tx.cloud_tell_once(CHAT, t0()).await.unwrap());
    assert!(!tx.cloud_tell_once(CHAT, t0()).await.unwrap());
    tx.commit().await.unwrap();

    // A message waits an hour for the member (its chat paused)...
    let mut tx = store.begin().await.unwrap();
    let id = tx.enqueue(&to_cloud(CHAT)).await.unwrap();
    tx.commit().await.unwrap();
    let later = t0() + Duration::hours(1);
    store
        .pause_chat(Channel::Whatsapp, CHAT, later)
        .await
        .unwrap();
    store.mark_retry(id, later, "waiting").await.unwrap();
    let lease = Duration::seconds(30);
    let now = t0() + Duration::minutes(5);
    let none = store
        .claim_outbox(Channel::Whatsapp, now, &fast(), lease, 10)
        .await
        .unwrap();
    assert!(none.is_empty());

    // ...and goes the moment they write: the window is open again, and
    // coordinators will be told afresh should it close.
    assert!(store.cloud_heard_from(CHAT, now).await.unwrap());
    let chat = store.cloud_chat(CHAT).await.unwrap();
    assert_eq!(chat.last_inbound_at, Some(now));
    assert!(!chat.template_only && chat.told_at.is_none());
    let claimed = store
        .claim_outbox(Channel::Whatsapp, now, &fast(), lease, 10)
        .await
        .unwrap();
    assert_eq!(claimed.iter().map(|m| m.id).collect::<Vec<_>>(), vec![id]);
}

async fn a_number_over_its_throughput_pauses_every_chat(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    for chat in ["cloud:1", "cloud:2", "cloud:3"] {
        tx.enqueue(&to_cloud(chat)).await.unwrap();
    }
    tx.commit().await.unwrap();
    let lease = Duration::seconds(30);
    let first = store
        .claim_outbox(Channel::Whatsapp, t0(), &fast(), lease, 1)
        .await
        .unwrap();
    assert_eq!(first.len(), 1);
    let until = t0() + Duration::seconds(2);
    store.pause_channel(Channel::Whatsapp, until).await.unwrap();
    // An earlier pause never shortens a later one.
    store
        .pause_channel(Channel::Whatsapp, t0() + Duration::seconds(1))
        .await
        .unwrap();
    let held = store
        .claim_outbox(Channel::Whatsapp, t0(), &fast(), lease, 10)
        .await
        .unwrap();
    assert!(held.is_empty(), "every chat waits out the pause");
    let rest = store
        .claim_outbox(Channel::Whatsapp, until, &fast(), lease, 10)
        .await
        .unwrap();
    assert_eq!(rest.len(), 2);
    assert!(rest.iter().all(|m| m.send_at >= until));
}

on_both_backends!(
    a_window_opens_when_the_member_writes_and_what_waited_goes,
    a_number_over_its_throughput_pauses_every_chat
);
