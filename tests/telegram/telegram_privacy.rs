//! Privacy through the real binary and a fake Bot API: a group in
//! sensitive mode gets messages nobody can forward or save, names stay out
//! of its messages, and a member's data comes to them as a file.

use crate::support::telegram::{self as tg, text_of, FakeTelegram};
use crate::support::{Kettle, TestDb};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);
const GROUP: i64 = -700;

/// A fake Bot API where Morgan (an admin) has just added Kettle to the
/// Harbour Recovery Group, and a fresh database of `backend`.
async fn harbour(backend: &str) -> (FakeTelegram, TestDb, serde_json::Value) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let morgan = tg::user(11, "Morgan", "en");
    fake.set_admins(GROUP, vec![tg::admin(&morgan)]);
    fake.push(tg::bot_added(1, GROUP, "Harbour Recovery Group", &morgan));
    (fake, db, morgan)
}

async fn a_recovery_group_turns_on_sensitive_mode(backend: &str) {
    let (fake, db, morgan) = harbour(backend).await;
    let sam = tg::user(12, "Sam", "en");
    let operator = (
        "KETTLE_OPERATOR_CONTACT",
        "Harbour's safeguarding lead, @harbour_lead".to_string(),
    );
    let mut kettle = Kettle::telegram(&fake, &db.url, &[operator]);
    fake.wait_for("the welcome", WAIT, |f| f.messages_to(GROUP).len() == 1)
        .await;
    let welcome = &fake.messages_to(GROUP)[0];
    assert_ne!(
        welcome.body["protect_content"], true,
        "before the mode, messages can be forwarded"
    );

    fake.push(tg::group_text(2, GROUP, &sam, "/settings sensitive on"));
    fake.push(tg::group_text(3, GROUP, &morgan, "/settings sensitive on"));
    fake.push(tg::group_text(
        4,
        GROUP,
        &morgan,
        "/checkin visibility shared",
    ));
    fake.push(tg::group_text(5, GROUP, &morgan, "/privacy"));
    fake.push(tg::group_text(6, GROUP, &morgan, "/settings"));
    fake.wait_for("the answers", WAIT, |f| f.messages_to(GROUP).len() >= 6)
        .await;
    let sent = fake.messages_to(GROUP);
    let texts: Vec<String> = sent.iter().map(text_of).collect();
    for m in &sent[2..] {
        assert_eq!(m.body["protect_content"], true, "{}", text_of(m));
    }
    assert!(
        texts[1].contains("Only the group's coordinators"),
        "{texts:#?}"
    );
    assert!(texts[2].starts_with("Sensitive mode is on"), "{texts:#?}");
    assert!(texts[3].contains("sensitive mode"), "{texts:#?}");
    assert!(
        texts[5].contains("Coordinators: 1 (names are not shown in sensitive mode)"),
        "{texts:#?}"
    );
    assert!(
        texts
            .iter()
            .skip(2)
            .all(|t| !t.contains("Morgan") && !t.contains("Sam")),
        "no names in the group: {texts:#?}"
    );
    let privacy = text_of(&sent[4]);
    assert!(privacy.contains("What I keep, and why"), "{privacy}");
    assert!(privacy.contains("Sensitive mode:"), "{privacy}");
    assert!(
        privacy.contains("This Kettle is run by: Harbour's safeguarding lead, @harbour_lead"),
        "{privacy}"
    );
    kettle.kill_hard().await;
}

async fn a_member_gets_their_data_as_a_file_in_private(backend: &str) {
    let (fake, db, morgan) = harbour(backend).await;
    fake.push(tg::group_text(2, GROUP, &morgan, "/mydata"));
    fake.push(tg::private_text(3, &morgan, "/start"));
    fake.push(tg::private_text(4, &morgan, "/tz Europe/Warsaw"));
    fake.push(tg::private_text(5, &morgan, "/mydata"));
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);

    fake.wait_for("the file", WAIT, |f| !f.sent("sendDocument").is_empty())
        .await;
    let in_group = fake.messages_to(GROUP);
    assert!(
        in_group
            .iter()
            .any(|m| text_of(m).contains("send /mydata to me in a private chat")),
        "asked in the group, the data is not posted there"
    );
    let file = &fake.sent("sendDocument")[0];
    assert_eq!(file.body["chat_id"], 11, "{:?}", file.body);
    let raw = serde_json::to_string(&file.body).unwrap();
    assert!(
        raw.contains("Europe/Warsaw"),
        "the file holds her settings: {raw}"
    );
    kettle.kill_hard().await;
}

/// Someone holds down a key: forty `/help`s in a moment. Kettle answers
/// the member's allowance, says once that it is pausing, and drops the
/// rest without queueing them; everyone else is answered as usual.
async fn a_flood_of_commands_is_dropped_with_one_kind_notice(backend: &str) {
    let (fake, db, morgan) = harbour(backend).await;
    let flooder = tg::user(13, "Flo", "en");
    for n in 0..40 {
        fake.push(tg::group_text(10 + n, GROUP, &flooder, "/help"));
    }
    fake.push(tg::group_text(60, GROUP, &morgan, "/privacy"));
    let limit = ("KETTLE_MEMBER_ACTIONS_PER_MINUTE", "5".to_string());
    let mut kettle = Kettle::telegram(&fake, &db.url, &[limit]);

    fake.wait_for("Morgan's answer", WAIT, |f| {
        f.messages_to(GROUP)
            .iter()
            .any(|m| text_of(m).contains("What I keep"))
    })
    .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let texts: Vec<String> = fake.messages_to(GROUP).iter().map(text_of).collect();
    let helps = texts
        .iter()
        .filter(|t| t.starts_with("Here's what I can do"))
        .count();
    let notices = texts
        .iter()
        .filter(|t| t.contains("sending me a lot"))
        .count();
    assert_eq!((helps, notices), (5, 1), "{texts:#?}");
    let store = db.store().await;
    assert_eq!(
        crate::support::count(
            &store,
            "SELECT COUNT(*) FROM outbox WHERE status = 'pending'"
        )
        .await,
        0,
        "nothing queued for later"
    );
    kettle.kill_hard().await;
}

on_both_backends!(
    a_recovery_group_turns_on_sensitive_mode,
    a_member_gets_their_data_as_a_file_in_private,
    a_flood_of_commands_is_dropped_with_one_kind_notice,
    words_reasons_and_ballots_never_reach_the_log,
    a_coordinator_removes_a_member_by_replying
);

/// The last message to `chat` with a button whose label contains `label`:
/// that button's callback data, or its link's start payload.
fn button(fake: &FakeTelegram, chat: i64, label: &str) -> Option<(i64, String)> {
    let sent = fake.calls();
    sent.iter().rev().find_map(|call| {
        if call.body["chat_id"] != serde_json::json!(chat) {
            return None;
        }
        tg::keyboard(call).into_iter().flatten().find_map(|b| {
            let text = b["text"].as_str()?;
            if !text.contains(label) {
                return None;
            }
            let id = call.body["message_id"].as_i64().unwrap_or(1);
            match (b["callback_data"].as_str(), b["url"].as_str()) {
                (Some(data), _) => Some((id, data.to_string())),
                (None, Some(url)) => Some((id, url.split("start=").nth(1)?.to_string())),
                _ => None,
            }
        })
    })
}

/// Everything at debug level, Kettle's and its libraries': what members
/// wrote to Kettle and how they voted is never in it.
async fn words_reasons_and_ballots_never_reach_the_log(backend: &str) {
    let (fake, db, morgan) = harbour(backend).await;
    let sam = tg::user(12, "Sam", "en");
    fake.push(tg::group_text(2, GROUP, &sam, "hello"));
    fake.push(tg::private_text(3, &sam, "/start"));
    fake.push(tg::private_text(4, &sam, "/checkin"));
    let debug = ("RUST_LOG", "debug".to_string());
    let mut kettle = Kettle::telegram(&fake, &db.url, &[debug]);
    let log = kettle.log.display().to_string();
    let press = |n: i64, chat: i64, label: &str| {
        let (message, data) = button(&fake, chat, label).unwrap_or_else(|| panic!("no {label}"));
        tg::private_press(n, &format!("p{n}"), message, &sam, &data)
    };

    fake.wait_for("the private check-in", WAIT, |f| {
        button(f, 12, "Low").is_some()
    })
    .await;
    fake.push(press(5, 12, "Low"));
    fake.wait_for("words asked", WAIT, |f| {
        f.messages_to(12)
            .iter()
            .any(|m| text_of(m).contains("few words"))
    })
    .await;
    fake.push(tg::private_text(6, &sam, "lantern moth quietly"));
    fake.wait_for("words saved", WAIT, |f| {
        f.messages_to(12)
            .iter()
            .any(|m| text_of(m).contains("words are saved"))
    })
    .await;

    fake.push(tg::group_text(
        7,
        GROUP,
        &morgan,
        "/poll proposal We book the hall | agree 75%",
    ));
    fake.wait_for("the proposal", WAIT, |f| {
        button(f, GROUP, "reason").is_some()
    })
    .await;
    let (_, payload) = button(&fake, GROUP, "reason").unwrap();
    fake.push(tg::private_text(8, &sam, &format!("/start {payload}")));
    fake.wait_for("the ballot", WAIT, |f| button(f, 12, "Disagree").is_some())
        .await;
    fake.push(press(9, 12, "Disagree"));
    fake.wait_for("a reason button", WAIT, |f| {
        button(f, 12, "Add a reason").is_some()
    })
    .await;
    fake.push(press(10, 12, "Add a reason"));
    fake.wait_for("the reason asked", WAIT, |f| {
        f.messages_to(12)
            .iter()
            .any(|m| text_of(m).contains("Send me your reason"))
    })
    .await;
    fake.push(tg::private_text(11, &sam, "nightjar reasons of mine"));
    fake.wait_for("confirm", WAIT, |f| button(f, 12, "Confirm").is_some())
        .await;
    fake.push(press(12, 12, "Confirm"));
    fake.wait_for("the vote", WAIT, |f| {
        f.sent("editMessageText")
            .iter()
            .chain(f.messages_to(12).iter())
            .any(|m| text_of(m).contains("Your vote is in"))
    })
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    let text = kettle.log_text();
    assert!(text.contains("DEBUG"), "the log is at debug level: {log}");
    assert!(text.lines().count() > 50, "{text}");
    let store = db.store().await;
    let ballots = crate::support::strings(
        &store,
        "SELECT ballot FROM poll_voters WHERE ballot IS NOT NULL",
    )
    .await;
    assert_eq!(ballots.len(), 1, "Sam's named ballot is stored");
    for secret in ["lantern moth", "nightjar reasons", ballots[0].as_str()] {
        assert!(!text.contains(secret), "{secret:?} is in the log {log}");
    }
    kettle.kill_hard().await;
}

/// A coordinator replies `/remove` to a member's message: the member is
/// out of the group's business in Kettle, told privately and kindly, and
/// their presses no longer count, whatever the platform says.
async fn a_coordinator_removes_a_member_by_replying(backend: &str) {
    let (fake, db, morgan) = harbour(backend).await;
    let sam = tg::user(12, "Sam", "en");
    fake.push(tg::group_text(2, GROUP, &sam, "hello"));
    fake.push(tg::private_text(3, &sam, "/start"));
    fake.push(tg::group_text(
        4,
        GROUP,
        &morgan,
        "/poll Paint the hall? | Yes | No",
    ));
    let mut reply = tg::group_text(5, GROUP, &morgan, "/remove");
    reply["message"]["reply_to_message"] = serde_json::json!({
        "message_id": 2, "date": 1_767_600_000, "chat": tg::group(GROUP, "Test group"),
        "from": sam, "text": "hello"});
    fake.push(reply);
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);

    fake.wait_for("the removal", WAIT, |f| {
        f.messages_to(GROUP)
            .iter()
            .any(|m| text_of(m).starts_with("Done: Sam"))
    })
    .await;
    fake.wait_for("Sam told", WAIT, |f| {
        f.messages_to(12)
            .iter()
            .any(|m| text_of(m).contains("taken you out"))
    })
    .await;
    let (message, yes) = button(&fake, GROUP, "Yes").unwrap();
    fake.push(tg::press(6, "p6", GROUP, message, &sam, &yes));
    fake.push(tg::press(7, "p7", GROUP, message, &morgan, &yes));
    fake.wait_for("Sam's press refused", WAIT, |f| {
        f.sent("answerCallbackQuery").iter().any(|a| {
            a.body["callback_query_id"] == "p6"
                && a.body["text"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("Only members"))
        })
    })
    .await;
    let store = db.store().await;
    assert_eq!(
        crate::support::count_reaching(&store, "SELECT COUNT(*) FROM poll_voters", 1).await,
        1
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        crate::support::count(&store, "SELECT COUNT(*) FROM poll_voters").await,
        1,
        "Morgan's vote only"
    );
    let current = "SELECT COUNT(*) FROM memberships WHERE left_at IS NULL";
    assert_eq!(crate::support::count(&store, current).await, 1);
    kettle.kill_hard().await;
}
