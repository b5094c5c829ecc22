//! A check-in round through the real binary and a fake Bot API: buttons in
//! rows, a private link to the bot, edits debounced however fast people
//! tap, and the coordinator's brief in their private chat.

use crate::support::telegram::{self as tg, FakeTelegram};
use crate::support::{Kettle, TestDb};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);
const GROUP: i64 = -300;

use crate::support::telegram::text_of;

async fn a_round_fills_with_debounced_edits_and_closes_with_a_brief(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let morgan = tg::user(11, "Morgan", "en");
    fake.set_admins(GROUP, vec![tg::admin(&morgan)]);
    fake.push(tg::bot_added(1, GROUP, "Harbour Recovery Group", &morgan));
    fake.push(tg::private_text(2, &morgan, "/start"));
    fake.push(tg::group_text(3, GROUP, &morgan, "/checkin"));
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);

    fake.wait_for("the round", WAIT, |f| f.messages_to(GROUP).len() >= 2)
        .await;
    let round = fake.messages_to(GROUP)[1].clone();
    assert!(text_of(&round).starts_with("Check-in: How are you arriving today?"));
    let rows = round.body["reply_markup"]["inline_keyboard"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(
        rows.iter()
            .map(|r| r.as_array().unwrap().len())
            .collect::<Vec<_>>(),
        vec![3, 3, 1]
    );
    let link = rows[2][0]["url"].as_str().unwrap();
    assert!(
        link.starts_with("https://t.me/kettle_test_bot?start="),
        "{link}"
    );
    let okay = rows[0][2]["callback_data"].as_str().unwrap().to_string();

    // Twelve members tap within a moment of each other.
    let message_id = 1; // Kettle goes by the button's token, not the message
    for n in 0..12 {
        let member = tg::user(100 + n, &format!("Member{n}"), "en");
        fake.push(tg::press(
            10 + n,
            &format!("p{n}"),
            GROUP,
            message_id,
            &member,
            &okay,
        ));
    }
    fake.wait_for("every tap answered", WAIT, |f| {
        f.sent("answerCallbackQuery").len() >= 12
    })
    .await;
    fake.wait_for("the round shows twelve", WAIT, |f| {
        f.sent("editMessageText")
            .last()
            .is_some_and(|e| text_of(e).contains("Checked in: 12"))
    })
    .await;
    let edits = fake.sent("editMessageText").len();
    assert!(edits <= 3, "edits are debounced: {edits} for 12 taps");

    // Four of them change to "Good", then back to "Okay". By then Kettle
    // knows them and the "Okay" button, so the change back takes the fast
    // path (read without a transaction, written with the commit).
    let good = rows[1][0]["callback_data"].as_str().unwrap().to_string();
    assert_eq!(rows[1][0]["text"].as_str(), Some("Good"));
    for (step, token) in [(0, &good), (1, &okay)] {
        for n in 0..4 {
            let member = tg::user(100 + n, &format!("Member{n}"), "en");
            let update = 22 + 4 * step + n;
            let press = format!("c{update}");
            fake.push(tg::press(update, &press, GROUP, message_id, &member, token));
        }
        let answered = 12 + 4 * (step as usize + 1);
        fake.wait_for("the changes answered", WAIT, |f| {
            f.sent("answerCallbackQuery").len() >= answered
        })
        .await;
    }
    let back = fake
        .sent("answerCallbackQuery")
        .iter()
        .filter(|c| text_of(c).starts_with("Changed to Okay"))
        .count();
    assert_eq!(back, 4, "each change back is taken and told");

    fake.push(tg::group_text(40, GROUP, &morgan, "/checkin close"));
    fake.wait_for("the summary", WAIT, |f| {
        f.messages_to(GROUP)
            .iter()
            .any(|m| text_of(m).starts_with("Check-in closed"))
    })
    .await;
    fake.wait_for("the brief", WAIT, |f| {
        f.messages_to(11)
            .iter()
            .any(|m| text_of(m).contains("has closed"))
    })
    .await;
    let summary = fake.messages_to(GROUP).last().map(text_of).unwrap();
    assert!(summary.contains("Okay 12"), "{summary}");
    assert!(!summary.contains("Member"), "no names unless shared");
    kettle.kill_hard().await;
}

on_both_backends!(a_round_fills_with_debounced_edits_and_closes_with_a_brief);
