//! The store's contract for what goes out beside a chat's messages, on
//! SQLite and Postgres: answers to presses at once, on a path of their own;
//! each message's edits in a lane of their own, sharing the chat's pace.

use crate::support::store::*;
use chrono::Duration;
use kettle::config::SendLimits;
use kettle::domain::{Channel, ChatAddress, ChatKind, Outgoing};
use kettle::store::NewMessage;

fn answer(chat: &str, press: &str) -> NewMessage {
    NewMessage {
        outgoing: Outgoing::Answer {
            press_id: press.into(),
            text: Some("Your vote is in".into()),
        },
        ..text(chat, ChatKind::Group, "")
    }
}

/// Seen from outside: 2,000 presses in one group took 67 s to acknowledge,
/// queued behind the 30-a-second message budget. Answers are not messages.
async fn answers_to_presses_go_out_at_once_whatever_is_queued(backend: &str) {
    let (_db, store) = store(backend).await;
    let mut tx = store.begin().await.unwrap();
    for n in 0..40 {
        tx.enqueue(&text(&format!("-{}", 300 + n), ChatKind::Group, "x"))
            .await
            .unwrap();
    }
    for n in 0..300 {
        tx.enqueue(&answer("-300", &format!("press-{n}")))
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let thirty = SendLimits {
        global_per_second: 30,
        ..fast()
    };
    let lease = Duration::seconds(30);
    let messages = store
        .claim_outbox(Channel::Telegram, t0(), &thirty, lease, 100)
        .await
        .unwrap();
    assert!(messages.len() <= 31, "the budget holds for messages");
    assert!(messages
        .iter()
        .all(|m| !matches!(m.outgoing, Outgoing::Answer { .. })));
    let claims = (0..3).map(|_| {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .claim_answers(Channel::Telegram, t0(), Duration::seconds(30), 200)
                .await
                .unwrap()
        })
    });
    let mut ids = vec![];
    for claim in claims {
        ids.extend(claim.await.unwrap().into_iter().map(|m| m.id));
    }
    let total = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(
        (ids.len(), total),
        (300, 300),
        "every answer, once, at once"
    );
    store.mark_answers_sent(&ids, t0()).await.unwrap();
    let sent = "SELECT COUNT(*) FROM outbox WHERE kind = 'answer' AND status = 'sent'";
    assert_eq!(
        crate::support::count(&store, sent).await,
        300,
        "recorded in one go"
    );
}

/// Seen from outside: a reply to /settings right after a tap waited for
/// the tap's 5 s debounced edit. An edit waits for its own message only.
async fn an_edit_waiting_out_its_debounce_holds_back_no_reply(backend: &str) {
    let (_db, store) = store(backend).await;
    let lease = Duration::seconds(30);
    let edit_of = |target: i64, chat: &str, at| NewMessage {
        outgoing: Outgoing::Edit {
            target,
            text: "1 voted".into(),
            choices: vec![],
            layout: Default::default(),
        },
        not_before: at,
        ..text(chat, ChatKind::Group, "")
    };
    let mut tx = store.begin().await.unwrap();
    let poll = tx
        .enqueue(&text("-40", ChatKind::Group, "poll"))
        .await
        .unwrap();
    let unsent = tx
        .enqueue(&text("-41", ChatKind::Group, "round"))
        .await
        .unwrap();
    tx.enqueue(&edit_of(unsent, "-41", t0())).await.unwrap();
    tx.commit().await.unwrap();
    let first = store
        .claim_outbox(Channel::Telegram, t0(), &fast(), lease, 10)
        .await
        .unwrap();
    assert_eq!(
        first.iter().map(|m| m.id).collect::<Vec<_>>(),
        vec![poll, unsent],
        "an edit waits until its message has gone out"
    );
    store.mark_sent(poll, Some("7"), t0()).await.unwrap();
    let mut tx = store.begin().await.unwrap();
    let edit = tx
        .enqueue(&edit_of(poll, "-40", t0() + Duration::seconds(5)))
        .await
        .unwrap();
    let reply = tx
        .enqueue(&text("-40", ChatKind::Group, "settings"))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let soon = t0() + Duration::seconds(2);
    let next = store
        .claim_outbox(Channel::Telegram, soon, &fast(), lease, 10)
        .await
        .unwrap();
    assert_eq!(next.iter().map(|m| m.id).collect::<Vec<_>>(), vec![reply]);
    store.mark_sent(reply, Some("8"), soon).await.unwrap();
    let later = t0() + Duration::seconds(6);
    let last = store
        .claim_outbox(Channel::Telegram, later, &fast(), lease, 10)
        .await
        .unwrap();
    assert_eq!(last.iter().map(|m| m.id).collect::<Vec<_>>(), vec![edit]);
}

/// Lanes of one chat (its messages, each message's edits) still share the
/// chat's pace: one send a claim, a second apart.
async fn a_chats_lanes_share_its_pace(backend: &str) {
    let (_db, store) = store(backend).await;
    let lease = Duration::seconds(30);
    let mut tx = store.begin().await.unwrap();
    let poll = tx
        .enqueue(&text("-42", ChatKind::Group, "poll"))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    store
        .claim_outbox(Channel::Telegram, t0(), &fast(), lease, 10)
        .await
        .unwrap();
    store.mark_sent(poll, Some("9"), t0()).await.unwrap();
    let mut tx = store.begin().await.unwrap();
    tx.enqueue(&NewMessage {
        outgoing: Outgoing::Edit {
            target: poll,
            text: "edited".into(),
            choices: vec![],
            layout: Default::default(),
        },
        ..text("-42", ChatKind::Group, "")
    })
    .await
    .unwrap();
    tx.enqueue(&text("-42", ChatKind::Group, "reply"))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let at = t0() + Duration::seconds(2);
    let batch = store
        .claim_outbox(Channel::Telegram, at, &fast(), lease, 10)
        .await
        .unwrap();
    assert_eq!(batch.len(), 1, "one send per chat per claim");
}

/// On a chat without buttons, a typed number answers the newest message
/// with choices *delivered* there: never one still waiting to go out, and
/// never an older message when the newest has fewer choices, or buttons.
async fn a_typed_number_answers_the_newest_message_shown(backend: &str) {
    let (_db, store) = store(backend).await;
    let chat = ChatAddress {
        channel: Channel::Telegram,
        chat_id: "-77".into(),
        kind: ChatKind::Group,
    };
    let tokens = |p: &str, n: usize| (1..=n).map(|i| format!("{p}{i}")).collect::<Vec<_>>();
    let mut tx = store.begin().await.unwrap();
    let round = tx
        .enqueue(&text("-77", ChatKind::Group, "round"))
        .await
        .unwrap();
    tx.number_choices(&chat, round, &tokens("r", 6))
        .await
        .unwrap();
    let poll = tx
        .enqueue(&text("-77", ChatKind::Group, "poll"))
        .await
        .unwrap();
    tx.number_choices(&chat, poll, &tokens("p", 2))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        store.numbered_choice(&chat, 1).await.unwrap(),
        None,
        "nothing shown yet"
    );
    store.mark_sent(round, Some("1"), t0()).await.unwrap();
    assert_eq!(
        store.numbered_choice(&chat, 5).await.unwrap().as_deref(),
        Some("r5")
    );
    store
        .mark_sent(poll, Some("2"), t0() + Duration::seconds(1))
        .await
        .unwrap();
    assert_eq!(
        store.numbered_choice(&chat, 2).await.unwrap().as_deref(),
        Some("p2")
    );
    assert_eq!(
        store.numbered_choice(&chat, 5).await.unwrap(),
        None,
        "5 is beyond the newest message's choices: not the round's 5"
    );
    let other = ChatAddress {
        chat_id: "-78".into(),
        ..chat.clone()
    };
    assert_eq!(
        store.numbered_choice(&other, 1).await.unwrap(),
        None,
        "per chat"
    );
    let mut tx = store.begin().await.unwrap();
    let buttons = tx
        .enqueue(&text("-77", ChatKind::Group, "buttons"))
        .await
        .unwrap();
    tx.number_choices(&chat, buttons, &[]).await.unwrap();
    tx.commit().await.unwrap();
    store
        .mark_sent(buttons, Some("3"), t0() + Duration::seconds(2))
        .await
        .unwrap();
    assert_eq!(
        store.numbered_choice(&chat, 1).await.unwrap(),
        None,
        "the newest message has buttons: a number answers nothing"
    );
}

on_both_backends!(
    answers_to_presses_go_out_at_once_whatever_is_queued,
    an_edit_waiting_out_its_debounce_holds_back_no_reply,
    a_chats_lanes_share_its_pace,
    a_typed_number_answers_the_newest_message_shown,
);
