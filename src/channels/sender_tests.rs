//! The sender's own tests (see [`super`]): what it does with the messages
//! it claimed when Kettle is stopped.

use super::{Delivery, DeliveryError, Sender};
use crate::config::SendLimits;
use crate::domain::{Channel, ChatKind, Outgoing};
use crate::store::{ClaimedMessage, NewMessage, Store};
use async_trait::async_trait;
use std::sync::{Arc, Mutex};
use tokio::sync::watch;

/// Telegram, as far as the sender can tell: notes what it was given,
/// and on the first send, the operator presses Ctrl-C.
struct StoppedAfterOne {
    sent: Mutex<Vec<i64>>,
    stop: watch::Sender<bool>,
}

#[async_trait]
impl Delivery for StoppedAfterOne {
    fn channel(&self) -> Channel {
        Channel::Telegram
    }

    async fn deliver(&self, msg: &ClaimedMessage) -> Result<Option<String>, DeliveryError> {
        self.sent
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(msg.id);
        self.stop.send_replace(true);
        Ok(Some(format!("tg-{}", msg.id)))
    }
}

fn hello(chat: &str) -> NewMessage {
    NewMessage {
        channel: Channel::Telegram,
        chat_id: chat.into(),
        chat_kind: ChatKind::Private,
        outgoing: Outgoing::Send {
            text: "Tuesday's meeting is at 7".into(),
            choices: vec![],
            file: None,
            layout: Default::default(),
            occasion: None,
        },
        not_before: chrono::Utc::now(),
    }
}

/// Four members are each sent a reminder, four a second, and Kettle is
/// stopped as the first goes out. The three still waiting for their
/// slots are not sent on the way out: they go back to the outbox
/// unleased and with no try used up, and the next start sends them,
/// each once.
#[tokio::test]
async fn messages_still_waiting_for_their_slot_are_handed_back_when_stopping() {
    let store = crate::startup::open_store("sqlite::memory:").await.unwrap();
    let mut tx = store.begin().await.unwrap();
    for member in 1..=4 {
        tx.enqueue(&hello(&member.to_string())).await.unwrap();
    }
    tx.commit().await.unwrap();
    let (stop, stopping) = watch::channel(false);
    let delivery = Arc::new(StoppedAfterOne {
        sent: Mutex::default(),
        stop,
    });
    let sender = |delivery: Arc<StoppedAfterOne>| Sender {
        store: store.clone(),
        delivery,
        limits: SendLimits {
            global_per_second: 4,
            ..SendLimits::default()
        },
        clock: Arc::new(crate::clock::SystemClock),
    };
    let claimed = sender(delivery.clone())
        .messages_until(Some(&stopping))
        .await
        .unwrap();
    assert_eq!(claimed, 4, "all four were claimed (a claim reaches a second ahead), their slots a quarter second apart");
    let sent = delivery.sent.lock().unwrap().clone();
    assert_eq!(sent.len(), 1, "only the first went out: {sent:?}");
    let waiting: Vec<(String, i32, bool)> = unsent_rows(&store).await;
    assert_eq!(
        waiting.len(),
        3,
        "the other three wait in the outbox: {waiting:?}"
    );
    for (status, attempts, leased) in &waiting {
        assert_eq!((status.as_str(), *attempts, *leased), ("pending", 0, false));
    }

    let (stop, _) = watch::channel(false);
    let restarted = Arc::new(StoppedAfterOne {
        sent: Mutex::default(),
        stop,
    });
    let next = sender(restarted.clone());
    let mut again = 0;
    while again < 3 {
        again += next.messages_once().await.unwrap();
    }
    let mut sent_after = restarted.sent.lock().unwrap().clone();
    sent_after.sort_unstable();
    assert_eq!(
        sent_after.len(),
        3,
        "each of the three once: {sent_after:?}"
    );
    sent_after.dedup();
    assert_eq!(sent_after.len(), 3);
    assert!(
        !sent_after.contains(&sent[0]),
        "the first is not sent twice"
    );
}

/// Status, tries and whether a lease is held, of each message not sent.
async fn unsent_rows(store: &Store) -> Vec<(String, i32, bool)> {
    let sql = "SELECT status, attempts, lease_until IS NOT NULL FROM outbox \
               WHERE status <> 'sent' ORDER BY id";
    crate::store::on_pool!(store, |p| sqlx::query_as(sql).fetch_all(p).await.unwrap())
}
