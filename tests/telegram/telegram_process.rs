//! The real `kettle` binary against a fake Bot API on loopback.

use crate::support::telegram::{self as tg, FakeTelegram};
use crate::support::{count, Kettle, TestDb};
use serde_json::json;
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);

use crate::support::telegram::text_of;

async fn a_group_gets_its_community_and_answers_in_each_members_language(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let alice = tg::user(11, "Alice", "en");
    let bogdan = tg::user(12, "Bogdan", "pl");
    fake.set_admins(-100, vec![tg::admin(&alice)]);
    fake.push(tg::bot_added(1, -100, "Riverside Tenants", &alice));
    let help = tg::group_text(2, -100, &bogdan, "/help@kettle_test_bot");
    fake.push(help.clone());
    fake.push(help); // Telegram redelivers: handled once
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);

    fake.wait_for("welcome and one help reply", WAIT, |f| {
        f.messages_to(-100).len() >= 2
    })
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await; // room for a wrong second reply
    let messages = fake.messages_to(-100);
    assert_eq!(
        messages.len(),
        2,
        "exactly a welcome and one reply: {messages:#?}"
    );
    assert!(text_of(&messages[0]).contains("Hello, Riverside Tenants! I'm Kettle."));
    assert_eq!(
        messages[0].body["reply_markup"]["inline_keyboard"][0][0]["text"],
        json!("Join")
    );
    assert!(
        text_of(&messages[1]).starts_with("Oto, co potrafię"),
        "help in Polish: {}",
        text_of(&messages[1])
    );
    assert!(
        !fake.sent("setMyCommands").is_empty(),
        "command menu registered"
    );

    let store = db.store().await;
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM communities WHERE chat_id = '-100' AND active"
        )
        .await,
        1
    );
    let sql = "SELECT COUNT(*) FROM memberships m JOIN people p ON p.id = m.person_id \
               WHERE p.platform_user_id = '11' AND m.role = 'coordinator'";
    assert_eq!(
        count(&store, sql).await,
        1,
        "the group's admin is a coordinator"
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM inbox").await,
        2,
        "the duplicate left no trace"
    );
    kettle.kill_hard().await;
}

async fn a_rate_limited_chat_does_not_hold_up_another(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let carol = tg::user(21, "Carol", "en");
    fake.throttle(-201, 1, 3); // Telegram says: wait 3 s before writing to -201 again
    fake.push(tg::bot_added(1, -201, "Slow group", &carol));
    fake.push(tg::bot_added(2, -202, "Busy group", &carol));
    let started = Instant::now();
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);

    fake.wait_for("the other group's welcome", WAIT, |f| {
        !f.messages_to(-202).is_empty()
    })
    .await;
    let other_at = fake.messages_to(-202)[0].at;
    fake.wait_for("the slowed group's welcome", WAIT, |f| {
        !f.messages_to(-201).is_empty()
    })
    .await;
    let throttled_at = fake
        .calls()
        .iter()
        .find(|c| c.throttled)
        .expect("a 429 was given")
        .at;
    let slow_at = fake.messages_to(-201)[0].at;

    assert!(
        other_at < throttled_at + Duration::from_secs(2),
        "the busy group was not held up by the 429"
    );
    assert!(
        slow_at >= throttled_at + Duration::from_millis(2900),
        "the slowed group waited as told"
    );
    assert!(started.elapsed() < WAIT);
    kettle.kill_hard().await;
}

#[tokio::test]
async fn pressing_join_welcomes_the_member_and_updates_the_count() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite().await;
    let alice = tg::user(31, "Alice", "en");
    let dai = tg::user(32, "Dai", "cy");
    fake.set_member_count(5); // 4 people and Kettle
    fake.push(tg::bot_added(1, -300, "Llanfair Residents", &alice));
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);
    fake.wait_for("the welcome", WAIT, |f| !f.messages_to(-300).is_empty())
        .await;
    let welcome = &fake.messages_to(-300)[0];
    let token = welcome.body["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        .as_str()
        .unwrap()
        .to_string();

    fake.push(tg::press(2, "press-1", -300, 1001, &dai, &token));
    fake.push(tg::press(3, "press-1", -300, 1001, &dai, &token)); // the same press again
    fake.push(tg::press(4, "press-2", -300, 1001, &dai, "forged-token"));
    fake.wait_for("answers to both presses", WAIT, |f| {
        f.sent("answerCallbackQuery").len() >= 2
    })
    .await;
    fake.wait_for("the count edit", WAIT, |f| {
        !f.sent("editMessageText").is_empty()
    })
    .await;

    let answers = fake.sent("answerCallbackQuery");
    assert_eq!(answers.len(), 2, "one answer per distinct press");
    assert_eq!(
        answers[0].body["text"],
        json!("Rydych chi i mewn. Croeso!"),
        "welcomed in Welsh"
    );
    assert_eq!(
        answers[1].body["text"],
        json!("Mae'n ddrwg gen i, dydy'r botwm yna ddim yn gweithio bellach.")
    );
    let edit = &fake.sent("editMessageText")[0];
    assert!(
        text_of(edit).contains("1 of 4 people have joined so far."),
        "{}",
        text_of(edit)
    );
    kettle.kill_hard().await;
}

#[tokio::test]
async fn an_upgraded_group_keeps_its_community() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite().await;
    let alice = tg::user(41, "Alice", "en");
    fake.push(tg::bot_added(1, -400, "Old group", &alice));
    fake.push(tg::migrated(2, -400, -100400));
    fake.push(tg::group_text(3, -100400, &alice, "/settings"));
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);
    fake.wait_for("settings in the new chat", WAIT, |f| {
        !f.messages_to(-100400).is_empty()
    })
    .await;
    let store = db.store().await;
    assert_eq!(count(&store, "SELECT COUNT(*) FROM communities").await, 1);
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM communities WHERE chat_id = '-100400'"
        )
        .await,
        1
    );
    kettle.kill_hard().await;
}

/// Seen from outside: a 400 the Telegram library did not know by its text
/// was retried 8 times with backoff and held the chat for minutes. A
/// client error is final for that one message; the next goes at once.
async fn a_message_telegram_refuses_does_not_hold_up_its_chat(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let dana = tg::user(31, "Dana", "en");
    fake.reject(-203, 1, "Bad Request: SOMETHING_NEW_HAPPENED");
    fake.push(tg::bot_added(1, -203, "Garden group", &dana));
    fake.push(tg::group_text(2, -203, &dana, "/help"));
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);

    fake.wait_for("the help reply after the refused welcome", WAIT, |f| {
        !f.messages_to(-203).is_empty()
    })
    .await;
    let refused_at = fake.calls().iter().find(|c| c.throttled).expect("a 400").at;
    let next_at = fake.messages_to(-203)[0].at;
    assert!(
        next_at < refused_at + Duration::from_secs(3),
        "the chat went on within seconds"
    );
    let store = db.store().await;
    let failed = "SELECT COUNT(*) FROM outbox WHERE status = 'failed'";
    assert_eq!(
        count(&store, failed).await,
        1,
        "recorded as failed, not retried"
    );
    assert_eq!(
        fake.calls().iter().filter(|c| c.throttled).count(),
        1,
        "tried once"
    );
    kettle.kill_hard().await;
}

/// A supervisor stops Kettle while forty groups' welcomes and replies are
/// still queued, going out five a second. Kettle stops within a moment
/// (before, it went on claiming and sending until its ten seconds of
/// grace ran out), leaves nothing claimed and unsent, and the next start
/// sends the rest: every message exactly once.
async fn stopping_kettle_leaves_the_queue_for_the_next_start(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let groups: Vec<i64> = (0..40).map(|g| -400 - g).collect();
    for (n, &group) in groups.iter().enumerate() {
        let (id, resident) = (2 * n as i64, tg::user(400 + n as i64, "Erin", "en"));
        fake.push(tg::bot_added(
            id + 1,
            group,
            &format!("Block {n}"),
            &resident,
        ));
        fake.push(tg::group_text(id + 2, group, &resident, "/help"));
    }
    let five_a_second = [("KETTLE_SEND_PER_SECOND", "5".to_string())];
    let mut kettle = Kettle::telegram(&fake, &db.url, &five_a_second);
    let sent = |f: &FakeTelegram| {
        groups
            .iter()
            .map(|g| f.messages_to(*g).len())
            .sum::<usize>()
    };
    fake.wait_for("the first few messages", WAIT, |f| sent(f) >= 5)
        .await;

    let took = kettle.stop(Duration::from_secs(20)).await;
    let before_restart = sent(&fake);
    assert!(
        took < Duration::from_secs(3),
        "stopped in {took:?}, with {before_restart} of 80 sent: {}",
        kettle.log_text()
    );
    assert!(before_restart < 80, "the queue was not yet empty");
    let store = db.store().await;
    let claimed = "SELECT COUNT(*) FROM outbox WHERE status = 'inflight'";
    assert_eq!(count(&store, claimed).await, 0, "nothing left claimed");

    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);
    fake.wait_for("every welcome and reply", WAIT, |f| sent(f) >= 80)
        .await;
    tokio::time::sleep(Duration::from_millis(1500)).await; // room for a repeat
    for group in &groups {
        let texts: Vec<String> = fake.messages_to(*group).iter().map(text_of).collect();
        assert_eq!(
            texts.len(),
            2,
            "a welcome and a reply, once each: {texts:#?}"
        );
    }
    kettle.kill_hard().await;
}

on_both_backends!(
    a_group_gets_its_community_and_answers_in_each_members_language,
    a_rate_limited_chat_does_not_hold_up_another,
    a_message_telegram_refuses_does_not_hold_up_its_chat,
    stopping_kettle_leaves_the_queue_for_the_next_start,
);
