//! The Telegram adapter at handler level: real Bot API JSON in, Kettle's
//! vocabulary out; Kettle's messages in, Bot API requests out.

use crate::support::telegram::{self as tg, FakeTelegram, BOT_ID};
use chrono::Utc;
use kettle::channels::telegram::{classify, keyboard, to_inbound, TelegramDelivery};
use kettle::channels::{Delivery, DeliveryError};
use kettle::domain::{ChatKind, Choice, InboundEvent, Outgoing};
use kettle::store::ClaimedMessage;
use serde_json::json;
use teloxide::types::{Update, UserId};

/// Parsed from text, as the webhook and getUpdates do (teloxide reads
/// unknown kinds leniently only from text).
fn parse(v: serde_json::Value) -> Update {
    serde_json::from_str(&v.to_string()).expect("a valid Telegram update")
}

fn me() -> UserId {
    UserId(BOT_ID as u64)
}

#[test]
fn being_added_to_a_group_is_one_event_however_telegram_says_it() {
    let alice = tg::user(1, "Alice", "en");
    let added = to_inbound(
        &parse(tg::bot_added(5, -10, "Tenants", &alice)),
        me(),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(added.event, InboundEvent::BotAdded);
    assert_eq!(
        (
            added.chat.kind,
            added.chat.chat_id.as_str(),
            added.key.as_str()
        ),
        (ChatKind::Group, "-10", "u:5")
    );
    assert_eq!(added.chat_title.as_deref(), Some("Tenants"));

    let as_member = json!({"update_id": 6, "message": {"message_id": 1, "date": 1, "chat": tg::group(-10, "Tenants"),
        "from": alice, "new_chat_members": [{"id": BOT_ID, "is_bot": true, "first_name": "Kettle"}]}});
    assert_eq!(
        to_inbound(&parse(as_member), me(), Utc::now())
            .unwrap()
            .event,
        InboundEvent::BotAdded
    );
}

#[test]
fn people_joining_and_leaving_are_seen_but_other_bots_are_not() {
    let ann = tg::user(2, "Ann", "pl");
    let joined = json!({"update_id": 7, "message": {"message_id": 2, "date": 1, "chat": tg::group(-10, "T"), "from": ann,
        "new_chat_members": [ann, {"id": 77, "is_bot": true, "first_name": "OtherBot"}]}});
    match to_inbound(&parse(joined), me(), Utc::now()).unwrap().event {
        InboundEvent::MembersJoined(people) => assert_eq!(people.len(), 1),
        other => panic!("{other:?}"),
    }
    let bot_text = tg::group_text(
        8,
        -10,
        &json!({"id": 77, "is_bot": true, "first_name": "OtherBot"}),
        "/help",
    );
    assert!(
        to_inbound(&parse(bot_text), me(), Utc::now()).is_none(),
        "other bots are ignored"
    );
}

#[test]
fn a_button_press_is_keyed_by_its_own_id_and_carries_only_the_token() {
    let dai = tg::user(3, "Dai", "cy");
    let pressed = to_inbound(
        &parse(tg::press(9, "cbq-1", -10, 55, &dai, "abc123")),
        me(),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(pressed.key, "cb:cbq-1");
    assert_eq!(
        pressed.event,
        InboundEvent::ButtonPressed {
            token: "abc123".into(),
            press_id: Some("cbq-1".into())
        }
    );
    let sender = pressed.sender.unwrap();
    assert_eq!(
        (sender.user_id.as_str(), sender.language_code.as_deref()),
        ("3", Some("cy"))
    );
}

#[test]
fn private_chats_upgrades_and_channels() {
    let ola = tg::user(4, "Ola", "pl");
    let dm = to_inbound(
        &parse(tg::private_text(10, &ola, "/start")),
        me(),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(
        (dm.chat.kind, dm.event.clone()),
        (
            ChatKind::Private,
            InboundEvent::OpenedPrivately { payload: None }
        ),
        "opening the private chat is its own event"
    );
    let linked = to_inbound(
        &parse(tg::private_text(12, &ola, "/start tok42")),
        me(),
        Utc::now(),
    )
    .unwrap();
    assert_eq!(
        linked.event,
        InboundEvent::OpenedPrivately {
            payload: Some("tok42".into())
        }
    );
    let moved = to_inbound(&parse(tg::migrated(11, -10, -10010)), me(), Utc::now()).unwrap();
    assert_eq!(
        moved.event,
        InboundEvent::ChatMigrated {
            new_chat_id: "-10010".into()
        }
    );
    let channel_post = json!({"update_id": 12, "message": {"message_id": 3, "date": 1,
        "chat": {"id": -100777, "type": "channel", "title": "News"}, "text": "hi"}});
    assert!(to_inbound(&parse(channel_post), me(), Utc::now()).is_none());
}

#[test]
fn short_choices_share_rows_of_three_and_long_ones_stand_alone() {
    let choice = |label: &str| Choice {
        label: label.into(),
        token: Some(format!("t-{label}")),
        url: None,
        private_start: None,
    };
    let short = keyboard(&[choice("Yes"), choice("Maybe"), choice("No")], None);
    assert_eq!(short.inline_keyboard.len(), 1);
    let long = keyboard(
        &[choice("A much longer option label"), choice("Another one")],
        None,
    );
    assert_eq!(long.inline_keyboard.len(), 2);
    // A check-in: six short answers in two rows, then its private link alone.
    let mut round: Vec<Choice> = ["Rough", "Low", "Okay", "Good", "Great", "Pass"]
        .iter()
        .map(|l| choice(l))
        .collect();
    round.push(Choice {
        label: "🔒 Privacy and words".into(),
        token: None,
        url: None,
        private_start: Some("abc123".into()),
    });
    let rows = keyboard(&round, Some("KettleBot")).inline_keyboard;
    assert_eq!(rows.iter().map(Vec::len).collect::<Vec<_>>(), vec![3, 3, 1]);
    let link = serde_json::to_value(&rows[2][0]).unwrap();
    assert_eq!(link["url"], "https://t.me/KettleBot?start=abc123");
    // Without the bot's name no broken link is drawn.
    assert_eq!(keyboard(&round, None).inline_keyboard.len(), 2);
}

#[test]
fn telegrams_errors_become_wait_move_retry_or_give_up() {
    use teloxide::types::{ChatId, Seconds};
    use teloxide::{ApiError, RequestError};
    let wait = classify(RequestError::RetryAfter(Seconds::from_seconds(7)));
    assert_eq!(
        wait,
        DeliveryError::RetryAfter(std::time::Duration::from_secs(7))
    );
    let moved = classify(RequestError::MigrateToChatId(ChatId(-1009)));
    assert_eq!(
        moved,
        DeliveryError::ChatMigrated {
            new_chat_id: "-1009".into()
        }
    );
    assert!(matches!(
        classify(RequestError::Api(ApiError::BotBlocked)),
        DeliveryError::Permanent(_)
    ));
    assert!(matches!(
        classify(RequestError::Api(ApiError::Unknown(
            "Internal Server Error".into()
        ))),
        DeliveryError::ServerError(_)
    ));
    // Seen from outside: a 400 whose text teloxide does not know held the
    // chat's lane for minutes while it was retried 8 times.
    assert!(matches!(
        classify(RequestError::Api(ApiError::Unknown(
            "Bad Request: BUTTON_DATA_INVALID".into()
        ))),
        DeliveryError::Permanent(_)
    ));
}

#[tokio::test]
async fn messages_edits_and_answers_reach_the_bot_api_in_its_own_shape() {
    let fake = FakeTelegram::start().await;
    let bot = teloxide::Bot::new(tg::TOKEN).set_api_url(fake.url.parse().unwrap());
    let delivery = TelegramDelivery {
        bot,
        username: Some("KettleBot".into()),
    };
    let claimed = |outgoing: Outgoing, target: Option<&str>| ClaimedMessage {
        id: 1,
        chat_id: "-10".into(),
        chat_kind: ChatKind::Group,
        outgoing,
        target_platform_id: target.map(str::to_string),
        attempts: 1,
        send_at: Utc::now(),
        protect: false,
    };
    let join = Choice {
        private_start: None,
        label: "Join".into(),
        token: Some("tok".into()),
        url: None,
    };
    let send = Outgoing::Send {
        text: "Hello".into(),
        choices: vec![join.clone()],
        file: None,
        layout: Default::default(),
        occasion: None,
    };
    let id = delivery.deliver(&claimed(send, None)).await.unwrap();
    assert!(
        id.is_some(),
        "the platform's message id is kept for later edits"
    );
    let edit = Outgoing::Edit {
        target: 1,
        text: "Hello again".into(),
        choices: vec![join],
        layout: Default::default(),
    };
    delivery
        .deliver(&claimed(edit.clone(), Some("1001")))
        .await
        .unwrap();
    let never_sent = delivery.deliver(&claimed(edit, None)).await;
    assert!(matches!(never_sent, Err(DeliveryError::Permanent(_))));
    let answer = Outgoing::Answer {
        press_id: "cbq".into(),
        text: Some("You're in".into()),
    };
    delivery.deliver(&claimed(answer, None)).await.unwrap();

    let sent = &fake.sent("sendMessage")[0].body;
    assert_eq!(
        sent["reply_markup"]["inline_keyboard"][0][0]["callback_data"],
        json!("tok")
    );
    let edited = &fake.sent("editMessageText")[0].body;
    assert_eq!(
        (edited["message_id"].clone(), edited["text"].clone()),
        (json!(1001), json!("Hello again"))
    );
    assert_eq!(
        fake.sent("answerCallbackQuery")[0].body["text"],
        json!("You're in")
    );
}
