//! `kill -9` in the middle of a stream of updates, twice, then a restart:
//! nothing is lost, no state change happens twice, and at most the one send
//! per chat that was in flight goes out again (Telegram has no idempotency
//! key for sends; Kettle errs on the side of saying something twice rather
//! than never).

use crate::support::telegram::{self as tg, FakeTelegram};
use crate::support::{count, Kettle, TestDb};
use std::collections::HashMap;
use std::time::Duration;

const PEOPLE: i64 = 60;

async fn a_crash_loses_nothing_and_repeats_at_most_the_send_in_flight(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    for n in 0..PEOPLE {
        let person = tg::user(100 + n, "Neighbour", "en");
        fake.push(tg::private_text(n + 1, &person, "/start"));
    }
    let slow = [("KETTLE_SEND_PER_SECOND", "15".to_string())];
    let mut kettle = Kettle::telegram(&fake, &db.url, &slow);
    for at in [10, 30] {
        fake.wait_for("some replies", Duration::from_secs(30), |f| {
            f.sent("sendMessage").len() >= at
        })
        .await;
        kettle.kill_hard().await;
        kettle = Kettle::telegram(&fake, &db.url, &slow);
    }

    let everyone = |f: &FakeTelegram| {
        let chats: std::collections::HashSet<_> = f
            .sent("sendMessage")
            .iter()
            .map(|c| c.body["chat_id"].clone())
            .collect();
        chats.len() as i64 == PEOPLE
    };
    fake.wait_for("a reply to everyone", Duration::from_secs(60), everyone)
        .await;
    tokio::time::sleep(Duration::from_secs(2)).await;

    let mut per_chat: HashMap<String, usize> = HashMap::new();
    for call in fake.sent("sendMessage") {
        *per_chat
            .entry(call.body["chat_id"].to_string())
            .or_default() += 1;
    }
    let repeats: usize = per_chat.values().map(|n| n - 1).sum();
    println!("{backend}: {repeats} repeated sends after two crashes");
    assert!(
        per_chat.values().all(|n| *n <= 3),
        "at most one repeat per chat per crash: {per_chat:?}"
    );
    assert!(
        repeats <= 2 * 15,
        "repeats stay within what was in flight: {repeats}"
    );

    let store = db.store().await;
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM inbox").await,
        PEOPLE,
        "every update recorded once"
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM people").await,
        PEOPLE,
        "no one created twice"
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM outbox").await,
        PEOPLE,
        "one reply queued per update"
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'").await,
        PEOPLE
    );
    kettle.kill_hard().await;
}

on_both_backends!(a_crash_loses_nothing_and_repeats_at_most_the_send_in_flight);
