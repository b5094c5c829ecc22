//! The store's contract for sending, on SQLite and Postgres: order per chat,
//! shared limits, leases, edits merged. (Jobs: `store_jobs_contract.rs`.)

use crate::support::store::*;
use chrono::{DateTime, Duration, Utc};
use kettle::config::SendLimits;
use kettle::domain::{Channel, ChatKind, Outgoing};
use kettle::store::NewMessage;

async fn a_chats_messages_go_out_in_order_one_at_a_time(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    let a1 = tx
        .enqueue(&text("-10", ChatKind::Group, "first"))
        .await
        .unwrap();
    let a2 = tx
        .enqueue(&text("-10", ChatKind::Group, "second"))
        .await
        .unwrap();
    let b1 = tx
        .enqueue(&text("20", ChatKind::Private, "hello"))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let lease = Duration::seconds(30);
    let batch = store
        .claim_outbox(Channel::Telegram, t0(), &fast(), lease, 10)
        .await
        .unwrap();
    let ids: Vec<i64> = batch.iter().map(|m| m.id).collect();
    assert_eq!(ids, vec![a1, b1], "one message per chat, oldest first");
    assert!(store
        .claim_outbox(Channel::Telegram, t0(), &fast(), lease, 10)
        .await
        .unwrap()
        .is_empty());
    store.mark_sent(a1, Some("555"), t0()).await.unwrap();
    let soon = t0() + Duration::milliseconds(500);
    assert!(
        store
            .claim_outbox(Channel::Telegram, soon, &fast(), lease, 10)
            .await
            .unwrap()
            .is_empty(),
        "the chat waits a second"
    );
    let later = t0() + Duration::seconds(2);
    let batch = store
        .claim_outbox(Channel::Telegram, later, &fast(), lease, 10)
        .await
        .unwrap();
    assert_eq!(batch.iter().map(|m| m.id).collect::<Vec<_>>(), vec![a2]);
    assert_eq!(store.outbox_depth().await.unwrap(), 2);
}

async fn rapid_edits_of_one_message_become_one_edit(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    let original = tx
        .enqueue(&text("-11", ChatKind::Group, "0 answers"))
        .await
        .unwrap();
    let edit = |n: i64| NewMessage {
        outgoing: Outgoing::Edit {
            target: original,
            text: format!("{n} answers"),
            choices: vec![],
            layout: Default::default(),
        },
        ..text("-11", ChatKind::Group, "")
    };
    let e1 = tx.enqueue(&edit(1)).await.unwrap();
    let e2 = tx.enqueue(&edit(2)).await.unwrap();
    let e3 = tx.enqueue(&edit(3)).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!((e1, e2), (e1, e3), "later edits replace the waiting one");
    let lease = Duration::seconds(30);
    let first = store
        .claim_outbox(Channel::Telegram, t0(), &fast(), lease, 10)
        .await
        .unwrap();
    store
        .mark_sent(first[0].id, Some("42"), t0())
        .await
        .unwrap();
    let next = store
        .claim_outbox(
            Channel::Telegram,
            t0() + Duration::seconds(2),
            &fast(),
            lease,
            10,
        )
        .await
        .unwrap();
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].target_platform_id.as_deref(), Some("42"));
    assert!(matches!(&next[0].outgoing, Outgoing::Edit { text, .. } if text == "3 answers"));
}

async fn a_paused_chat_waits_while_others_go_on(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    let slow = tx
        .enqueue(&text("-12", ChatKind::Group, "a"))
        .await
        .unwrap();
    let quick = tx
        .enqueue(&text("-13", ChatKind::Group, "b"))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    store
        .pause_chat(Channel::Telegram, "-12", t0() + Duration::seconds(30))
        .await
        .unwrap();
    let batch = store
        .claim_outbox(Channel::Telegram, t0(), &fast(), Duration::seconds(30), 10)
        .await
        .unwrap();
    assert_eq!(batch.iter().map(|m| m.id).collect::<Vec<_>>(), vec![quick]);
    store.mark_sent(quick, Some("1"), t0()).await.unwrap();
    let after = t0() + Duration::seconds(31);
    let batch = store
        .claim_outbox(Channel::Telegram, after, &fast(), Duration::seconds(30), 10)
        .await
        .unwrap();
    assert_eq!(batch.iter().map(|m| m.id).collect::<Vec<_>>(), vec![slow]);
}

async fn a_message_whose_sender_vanished_is_sent_again_after_its_lease(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    let id = tx
        .enqueue(&text("30", ChatKind::Private, "hi"))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let lease = Duration::seconds(30);
    assert_eq!(
        store
            .claim_outbox(Channel::Telegram, t0(), &fast(), lease, 10)
            .await
            .unwrap()
            .len(),
        1
    );
    let during = t0() + Duration::seconds(10);
    assert!(store
        .claim_outbox(Channel::Telegram, during, &fast(), lease, 10)
        .await
        .unwrap()
        .is_empty());
    let after = t0() + Duration::seconds(31);
    let again = store
        .claim_outbox(Channel::Telegram, after, &fast(), lease, 10)
        .await
        .unwrap();
    assert_eq!((again[0].id, again[0].attempts), (id, 2));
    store.mark_sent(id, Some("9"), after).await.unwrap();
    let sql = "SELECT COUNT(*) FROM outbox WHERE payload LIKE '%hi%'";
    let sql_pg = "SELECT COUNT(*) FROM outbox WHERE payload::text LIKE '%hi%'";
    let left = crate::support::count(&store, if backend == "sqlite" { sql } else { sql_pg }).await;
    assert_eq!(left, 0, "a sent message's text is not kept");
}

/// A stopping process hands back what it claimed but never tried: the next
/// claimer takes it at once, not after the lease, and it has not used up
/// a try. One that went out stays sent.
async fn a_message_handed_back_unsent_goes_again_at_once(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    let id = tx
        .enqueue(&text("31", ChatKind::Private, "hello again"))
        .await
        .unwrap();
    let other = tx
        .enqueue(&text("32", ChatKind::Private, "hello"))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let lease = Duration::seconds(30);
    let claimed = store
        .claim_outbox(Channel::Telegram, t0(), &fast(), lease, 10)
        .await
        .unwrap();
    assert_eq!(claimed.len(), 2);
    store.mark_sent(other, Some("7"), t0()).await.unwrap();
    store.release_unsent(id).await.unwrap();
    store.release_unsent(other).await.unwrap();

    let soon = t0() + Duration::seconds(2);
    let again = store
        .claim_outbox(Channel::Telegram, soon, &fast(), lease, 10)
        .await
        .unwrap();
    let again: Vec<(i64, i32)> = again.iter().map(|m| (m.id, m.attempts)).collect();
    assert_eq!(
        again,
        vec![(id, 1)],
        "its first try, well within the lease; the sent one stays sent"
    );
}

async fn send_slots_never_put_more_than_the_limit_in_one_second(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    for n in 0..25 {
        tx.enqueue(&text(&format!("{}", 100 + n), ChatKind::Private, "x"))
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let limits = SendLimits {
        global_per_second: 10,
        ..fast()
    };
    let first = store
        .claim_outbox(Channel::Telegram, t0(), &limits, Duration::seconds(30), 30)
        .await
        .unwrap();
    let again = store
        .claim_outbox(Channel::Telegram, t0(), &limits, Duration::seconds(30), 30)
        .await
        .unwrap();
    assert_eq!(first.len(), 10, "one second of slots");
    assert!(again.is_empty(), "no more slots this second");
    let gaps: Vec<i64> = first
        .windows(2)
        .map(|w| (w[1].send_at - w[0].send_at).num_milliseconds())
        .collect();
    assert!(
        gaps.iter().all(|g| *g == 100),
        "slots are evenly spaced: {gaps:?}"
    );
}

/// 1/30 s is not a whole number of nanoseconds: rounded down, 31 sends
/// would fit in one second.
async fn thirty_a_second_never_becomes_thirty_one(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    for n in 0..40 {
        tx.enqueue(&text(&format!("{}", 300 + n), ChatKind::Private, "x"))
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let limits = SendLimits {
        global_per_second: 30,
        ..fast()
    };
    // A sender that keeps up: it comes back as soon as its last slot is due.
    let mut slots = vec![];
    let mut now = t0();
    for _ in 0..3 {
        let batch = store
            .claim_outbox(Channel::Telegram, now, &limits, Duration::seconds(30), 50)
            .await
            .unwrap();
        slots.extend(batch.iter().map(|m| m.send_at));
        now = slots.last().copied().unwrap_or(now);
    }
    assert!(slots.len() >= 31, "{} slots", slots.len());
    for w in slots.windows(31) {
        assert!(
            w[30] - w[0] >= Duration::seconds(1),
            "31 sends within a second"
        );
    }
}

async fn concurrent_senders_never_claim_the_same_message(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    for n in 0..60 {
        tx.enqueue(&text(&format!("{}", 200 + n), ChatKind::Private, "x"))
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let limits = SendLimits {
        global_per_second: 1000,
        ..fast()
    };
    let claims = (0..4).map(|_| {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .claim_outbox(Channel::Telegram, t0(), &limits, Duration::seconds(30), 20)
                .await
                .unwrap()
        })
    });
    let mut ids: Vec<i64> = vec![];
    for claim in claims {
        ids.extend(claim.await.unwrap().iter().map(|m| m.id));
    }
    let total = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), total, "no message claimed twice");
    assert_eq!(total, 60);
}

/// WhatsApp through a bridge, with its default limits: one message every
/// 4 s (3 s, and up to 1 s of jitter) for the whole number, and the next
/// to one chat no sooner than that either; Telegram's pace is untouched.
async fn whatsapp_is_paced_gently(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    for chat in ["1@g.us", "2@g.us", "3@g.us", "1@g.us"] {
        let mut message = text(chat, ChatKind::Group, "x");
        message.channel = Channel::Whatsapp;
        tx.enqueue(&message).await.unwrap();
    }
    tx.commit().await.unwrap();
    let limits = SendLimits::whatsapp();
    let claim = |at: DateTime<Utc>| {
        let store = store.clone();
        async move {
            store
                .claim_outbox(Channel::Whatsapp, at, &limits, Duration::seconds(30), 30)
                .await
                .unwrap()
        }
    };
    let first = claim(t0()).await;
    assert_eq!(first.len(), 1, "one message now");
    assert!(claim(t0() + Duration::seconds(1)).await.is_empty());
    assert!(claim(t0() + Duration::seconds(2)).await.is_empty());
    let second = claim(t0() + Duration::milliseconds(3_500)).await;
    assert_eq!(second.len(), 1, "the next slot, claimed a second ahead");
    assert_eq!(second[0].send_at - first[0].send_at, Duration::seconds(4));
    assert_ne!(second[0].chat_id, first[0].chat_id);
    // Telegram's budget is its own.
    let telegram = store
        .claim_outbox(Channel::Telegram, t0(), &fast(), Duration::seconds(30), 30)
        .await
        .unwrap();
    assert!(telegram.is_empty(), "nothing of WhatsApp's is Telegram's");
}

on_both_backends!(
    whatsapp_is_paced_gently,
    a_chats_messages_go_out_in_order_one_at_a_time,
    rapid_edits_of_one_message_become_one_edit,
    a_paused_chat_waits_while_others_go_on,
    a_message_whose_sender_vanished_is_sent_again_after_its_lease,
    a_message_handed_back_unsent_goes_again_at_once,
    send_slots_never_put_more_than_the_limit_in_one_second,
    thirty_a_second_never_becomes_thirty_one,
    concurrent_senders_never_claim_the_same_message,
);
