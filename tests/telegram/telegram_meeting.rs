//! Finding a time through the real binary and a fake Bot API: a row of
//! yes / if need be / no per time, a link to the private view, the
//! organiser's confirmation, RSVP buttons and a calendar file sent as a
//! document that a calendar can import.

use crate::support::meeting::day_ahead;
use crate::support::telegram::{self as tg, keyboard, text_of, FakeTelegram};
use crate::support::{Kettle, TestDb};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);
const GROUP: i64 = -400;

async fn a_time_is_found_confirmed_and_sent_as_a_calendar_file(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let morgan = tg::user(11, "Morgan", "en");
    let ali = tg::user(12, "Ali", "en");
    fake.set_admins(GROUP, vec![tg::admin(&morgan)]);
    fake.push(tg::bot_added(1, GROUP, "Mill Lane Tenants", &morgan));
    fake.push(tg::private_text(2, &morgan, "/start"));
    fake.push(tg::group_text(3, GROUP, &ali, "hello"));
    let (first, second) = (day_ahead(2).0, day_ahead(3).0);
    let meet = format!("/meet Tenants' meeting | {first} 19:00 | {second} 19:00");
    fake.push(tg::group_text(4, GROUP, &morgan, &meet));
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);

    fake.wait_for("the poll", WAIT, |f| {
        f.messages_to(GROUP)
            .iter()
            .any(|m| text_of(m).starts_with("🗓 Finding a time"))
    })
    .await;
    let poll = fake
        .messages_to(GROUP)
        .into_iter()
        .find(|m| text_of(m).starts_with("🗓 Finding a time"))
        .unwrap();
    let rows = keyboard(&poll);
    assert_eq!(
        rows.iter().map(Vec::len).collect::<Vec<_>>(),
        vec![3, 3, 1],
        "a row per time, and the private view"
    );
    assert_eq!(rows[0][0]["text"], "1 ✅");
    assert!(rows[2][0]["url"]
        .as_str()
        .unwrap()
        .starts_with("https://t.me/kettle_test_bot?start="));
    let yes_first = rows[0][0]["callback_data"].as_str().unwrap().to_string();
    fake.push(tg::press(5, "p1", GROUP, 1, &ali, &yes_first));
    fake.wait_for("Ali's answer noted", WAIT, |f| {
        f.sent("answerCallbackQuery")
            .iter()
            .any(|c| c.body["text"].as_str().is_some_and(|t| t.contains("– yes")))
    })
    .await;

    fake.push(tg::group_text(6, GROUP, &morgan, "/meet close"));
    fake.wait_for("the request to confirm", WAIT, |f| {
        f.messages_to(GROUP)
            .iter()
            .any(|m| text_of(m).starts_with("Time's up"))
    })
    .await;
    let ask = fake
        .messages_to(GROUP)
        .into_iter()
        .find(|m| text_of(m).starts_with("Time's up"))
        .unwrap();
    let confirm = keyboard(&ask)[0][0]["callback_data"]
        .as_str()
        .unwrap()
        .to_string();
    fake.push(tg::press(7, "p2", GROUP, 2, &morgan, &confirm));

    fake.wait_for("the calendar file", WAIT, |f| {
        !f.sent("sendDocument").is_empty()
    })
    .await;
    let announced = fake
        .messages_to(GROUP)
        .into_iter()
        .find(|m| text_of(m).starts_with("📅 Meeting confirmed"))
        .expect("the announcement");
    let rsvp: Vec<String> = keyboard(&announced)[0]
        .iter()
        .map(|b| b["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(rsvp, ["Going", "Maybe", "Can't"]);
    let document = &fake.sent("sendDocument")[0].body;
    assert_eq!(document["chat_id"], GROUP);
    assert_eq!(document["document_name"], "meeting.ics");
    assert_eq!(document["caption"], "Add it to your calendar.");
    let ics = document["document"].as_str().unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.contains("DTSTART;TZID=Europe/London:"), "{ics}");
    assert!(ics.contains("T190000\r\n"), "{ics}");
    assert!(ics.contains("SUMMARY:Tenants' meeting\r\n"), "{ics}");
    kettle.kill_hard().await;
}

on_both_backends!(a_time_is_found_confirmed_and_sent_as_a_calendar_file);
