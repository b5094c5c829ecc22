//! Privacy through the real binary and a fake Bot API: a group in
//! sensitive mode gets messages nobody can forward or save, names stay out
//! of its messages, and a member's data comes to them as a file.

use crate::support::telegram::{self as tg, text_of, FakeTelegram};
use crate::support::{Kettle, TestDb};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);
const GROUP: i64 = -700;

async fn a_recovery_group_turns_on_sensitive_mode(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let morgan = tg::user(11, "Morgan", "en");
    let sam = tg::user(12, "Sam", "en");
    fake.set_admins(GROUP, vec![tg::admin(&morgan)]);
    fake.push(tg::bot_added(1, GROUP, "Harbour Recovery Group", &morgan));
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
    fake.wait_for("the answers", WAIT, |f| f.messages_to(GROUP).len() >= 5)
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
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let morgan = tg::user(11, "Morgan", "en");
    fake.set_admins(GROUP, vec![tg::admin(&morgan)]);
    fake.push(tg::bot_added(1, GROUP, "Harbour Recovery Group", &morgan));
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
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let morgan = tg::user(11, "Morgan", "en");
    let flooder = tg::user(13, "Flo", "en");
    fake.set_admins(GROUP, vec![tg::admin(&morgan)]);
    fake.push(tg::bot_added(1, GROUP, "Harbour Recovery Group", &morgan));
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
    a_flood_of_commands_is_dropped_with_one_kind_notice
);
