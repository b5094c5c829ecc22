//! Polls through the real binary and a fake Bot API: the poll with a
//! button per option, a vote acknowledged and shown in an edit, a ranked
//! poll whose private ballot is opened by its link, ranked and confirmed
//! in the member's private chat, the result at close, and the CSV
//! sent as a document to the coordinator's private chat.

use crate::support::telegram::{self as tg, text_of, Call, FakeTelegram};
use crate::support::{Kettle, TestDb};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(20);
const GROUP: i64 = -450;

fn buttons(call: &Call) -> Vec<serde_json::Value> {
    tg::keyboard(call).into_iter().flatten().collect()
}

async fn a_poll_is_voted_on_closed_and_exported(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let morgan = tg::user(11, "Morgan", "en");
    let ali = tg::user(12, "Ali", "en");
    fake.set_admins(GROUP, vec![tg::admin(&morgan)]);
    fake.push(tg::bot_added(1, GROUP, "Mill Lane Tenants", &morgan));
    fake.push(tg::private_text(2, &morgan, "/start"));
    fake.push(tg::group_text(
        3,
        GROUP,
        &morgan,
        "/poll What should we focus on? | Street lighting | Youth club | Bins",
    ));
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);

    let posted = |f: &FakeTelegram| {
        f.messages_to(GROUP)
            .into_iter()
            .find(|m| text_of(m).starts_with("📊 What should we focus on?"))
    };
    fake.wait_for("the poll", WAIT, |f| posted(f).is_some())
        .await;
    let poll = posted(&fake).unwrap();
    let labels: Vec<String> = buttons(&poll)
        .iter()
        .map(|b| b["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(labels, ["1. Street lighting", "2. Youth club", "3. Bins"]);
    let youth = buttons(&poll)[1]["callback_data"]
        .as_str()
        .unwrap()
        .to_string();
    fake.push(tg::press(4, "p1", GROUP, 1, &ali, &youth));
    fake.wait_for("Ali's vote acknowledged", WAIT, |f| {
        f.sent("answerCallbackQuery").iter().any(|c| {
            c.body["text"]
                .as_str()
                .is_some_and(|t| t.contains("Your vote is in: Youth club"))
        })
    })
    .await;
    fake.wait_for("the count shown in an edit", WAIT, |f| {
        f.sent("editMessageText")
            .iter()
            .any(|c| text_of(c).contains("1. Youth club — 1 (100%)"))
    })
    .await;

    // A ranked poll links to a private ballot instead.
    fake.push(tg::group_text(
        5,
        GROUP,
        &morgan,
        "/poll ranked Which first? | A | B",
    ));
    fake.wait_for("the ranked poll", WAIT, |f| {
        f.messages_to(GROUP)
            .iter()
            .any(|m| text_of(m).starts_with("📊 Which first?"))
    })
    .await;
    let ranked = fake
        .messages_to(GROUP)
        .into_iter()
        .find(|m| text_of(m).starts_with("📊 Which first?"))
        .unwrap();
    let link = buttons(&ranked)[0]["url"].as_str().unwrap().to_string();
    assert!(
        link.starts_with("https://t.me/kettle_test_bot?start="),
        "{link}"
    );

    // Ali follows the link: the ballot opens in his private chat, he ranks
    // B first and confirms, and the vote is acknowledged there.
    let payload = link.rsplit('=').next().unwrap();
    fake.push(tg::private_text(20, &ali, &format!("/start {payload}")));
    let ballot_of = |f: &FakeTelegram| {
        f.messages_to(12)
            .into_iter()
            .find(|m| text_of(m).starts_with("🗳 Which first?"))
    };
    fake.wait_for("the private ballot", WAIT, |f| ballot_of(f).is_some())
        .await;
    let ballot = ballot_of(&fake).unwrap();
    let tap = |ballot: &Call, label: &str| {
        buttons(ballot)
            .into_iter()
            .find(|b| b["text"] == label)
            .and_then(|b| b["callback_data"].as_str().map(str::to_string))
            .unwrap_or_else(|| panic!("no {label} button"))
    };
    fake.push(tg::private_press(21, "p2", 1, &ali, &tap(&ballot, "1. B")));
    let edited = |f: &FakeTelegram, needle: &str| {
        f.sent("editMessageText")
            .into_iter()
            .find(|c| c.body["chat_id"] == 12 && text_of(c).contains(needle))
    };
    fake.wait_for("B ranked first", WAIT, |f| {
        edited(f, "Your ballot: 1. B").is_some()
    })
    .await;
    let ranked_b = edited(&fake, "Your ballot: 1. B").unwrap();
    fake.push(tg::private_press(
        22,
        "p3",
        1,
        &ali,
        &tap(&ranked_b, "✅ Confirm"),
    ));
    fake.wait_for("the vote counted", WAIT, |f| {
        edited(f, "Your vote is in: 1. B").is_some()
    })
    .await;

    fake.push(tg::group_text(23, GROUP, &morgan, "/poll close 1"));
    fake.wait_for("the result", WAIT, |f| {
        f.messages_to(GROUP)
            .iter()
            .any(|m| text_of(m).starts_with("📊 Result: What should we focus on?"))
    })
    .await;
    fake.push(tg::group_text(24, GROUP, &morgan, "/poll export 1"));
    fake.wait_for("the CSV", WAIT, |f| !f.sent("sendDocument").is_empty())
        .await;
    let document = &fake.sent("sendDocument")[0].body;
    assert_eq!(document["chat_id"], 11, "to Morgan privately");
    assert_eq!(document["document_name"], "poll-1.csv");
    let csv = document["document"].as_str().unwrap();
    assert!(csv.contains("2,Youth club,,1"), "{csv}");
    kettle.kill_hard().await;
}

/// Seen from outside: a reply to /settings right after a tap waited for
/// the tap's debounced edit (5 s). Now the reply goes first, and the
/// acknowledgement before either.
async fn a_reply_right_after_a_vote_does_not_wait_for_the_polls_edit(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let morgan = tg::user(11, "Morgan", "en");
    let ali = tg::user(12, "Ali", "en");
    fake.set_admins(GROUP, vec![tg::admin(&morgan)]);
    fake.push(tg::bot_added(1, GROUP, "Mill Lane Tenants", &morgan));
    fake.push(tg::group_text(2, GROUP, &morgan, "/poll Paint? | Yes | No"));
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);
    let posted = |f: &FakeTelegram| {
        f.messages_to(GROUP)
            .into_iter()
            .find(|m| text_of(m).starts_with("📊 Paint?"))
    };
    fake.wait_for("the poll", WAIT, |f| posted(f).is_some())
        .await;
    let yes = buttons(&posted(&fake).unwrap())[0]["callback_data"]
        .as_str()
        .unwrap()
        .to_string();
    fake.push(tg::press(3, "p1", GROUP, 1, &ali, &yes));
    fake.push(tg::group_text(4, GROUP, &ali, "/settings"));
    let settings = |f: &FakeTelegram| {
        f.messages_to(GROUP)
            .into_iter()
            .find(|m| text_of(m).contains("Settings for"))
    };
    fake.wait_for("the settings reply", WAIT, |f| settings(f).is_some())
        .await;
    fake.wait_for("the poll's edit", WAIT, |f| {
        !f.sent("editMessageText").is_empty()
    })
    .await;
    let acked = fake.sent("answerCallbackQuery")[0].at;
    let replied = settings(&fake).unwrap().at;
    let edited = fake.sent("editMessageText")[0].at;
    assert!(acked <= replied, "the press is acknowledged first");
    assert!(replied < edited, "the reply did not wait for the edit");
    kettle.kill_hard().await;
}

/// Seen from outside: a member who had never written in the group was
/// told "Only members of this group can vote" on "Vote privately".
/// Telegram bots cannot list members, but can ask about one person: Kettle
/// asks (getChatMember) when its records do not know the person.
async fn telegram_is_asked_about_people_kettle_has_not_met(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let morgan = tg::user(11, "Morgan", "en");
    let bea = tg::user(13, "Bea", "en");
    let cy = tg::user(14, "Cy", "en");
    fake.set_admins(GROUP, vec![tg::admin(&morgan)]);
    fake.set_outsider(GROUP, 14);
    fake.push(tg::bot_added(1, GROUP, "Mill Lane Tenants", &morgan));
    fake.push(tg::group_text(
        2,
        GROUP,
        &morgan,
        "/poll ranked Which first? | A | B",
    ));
    fake.push(tg::group_text(3, GROUP, &morgan, "/poll Paint? | Yes | No"));
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);
    let posted = |f: &FakeTelegram, start: &str| {
        f.messages_to(GROUP)
            .into_iter()
            .find(|m| text_of(m).starts_with(start))
    };
    fake.wait_for("both polls", WAIT, |f| {
        posted(f, "📊 Which first?").is_some() && posted(f, "📊 Paint?").is_some()
    })
    .await;

    // Bea, who has never written in the group, follows the private link.
    let link = buttons(&posted(&fake, "📊 Which first?").unwrap())[0]["url"]
        .as_str()
        .unwrap()
        .to_string();
    let payload = link.rsplit('=').next().unwrap();
    fake.push(tg::private_text(4, &bea, &format!("/start {payload}")));
    fake.wait_for("Bea's private ballot", WAIT, |f| {
        f.messages_to(13)
            .iter()
            .any(|m| text_of(m).starts_with("🗳 Which first?"))
    })
    .await;

    // Cy, who is not in the group, presses a vote on the quick poll.
    let yes = buttons(&posted(&fake, "📊 Paint?").unwrap())[0]["callback_data"]
        .as_str()
        .unwrap()
        .to_string();
    fake.push(tg::press(5, "p-cy", GROUP, 1, &cy, &yes));
    fake.wait_for("Cy refused", WAIT, |f| {
        f.sent("answerCallbackQuery").iter().any(|c| {
            c.body["callback_query_id"] == "p-cy"
                && text_of_answer(c).contains("Only members of this group")
        })
    })
    .await;
    let asked: Vec<_> = fake
        .sent("getChatMember")
        .iter()
        .map(|c| c.body["user_id"].clone())
        .collect();
    assert!(asked.contains(&serde_json::json!(13)) && asked.contains(&serde_json::json!(14)));
    let store = db.store().await;
    let members = "SELECT COUNT(*) FROM memberships m JOIN people p ON p.id = m.person_id \
                   WHERE p.platform_user_id IN ('13', '14') AND m.left_at IS NULL";
    assert_eq!(
        crate::support::count(&store, members).await,
        1,
        "Bea in, Cy not"
    );
    assert_eq!(
        crate::support::count(&store, "SELECT COUNT(*) FROM poll_voters").await,
        0
    );
    kettle.kill_hard().await;
}

/// An anonymous poll that shows results after voting: Ali's tap is
/// acknowledged with the standing that counts it, and his second tap cannot
/// change it. One voter, one ballot, and nothing links the two.
async fn an_anonymous_vote_counts_once_and_is_shown_in_the_standing(backend: &str) {
    let fake = FakeTelegram::start().await;
    let db = TestDb::of(backend).await;
    let morgan = tg::user(11, "Morgan", "en");
    let ali = tg::user(12, "Ali", "en");
    fake.set_admins(GROUP, vec![tg::admin(&morgan)]);
    fake.push(tg::bot_added(1, GROUP, "Mill Lane Tenants", &morgan));
    fake.push(tg::group_text(
        2,
        GROUP,
        &morgan,
        "/poll Keep the Thursday slot? | Yes | No | anonymous | results after vote",
    ));
    let mut kettle = Kettle::telegram(&fake, &db.url, &[]);
    fake.wait_for("the poll", WAIT, |f| {
        f.messages_to(GROUP)
            .iter()
            .any(|m| text_of(m).starts_with("📊 Keep the Thursday slot?"))
    })
    .await;
    let poll = fake
        .messages_to(GROUP)
        .into_iter()
        .find(|m| text_of(m).starts_with("📊 Keep the Thursday slot?"))
        .unwrap();
    let option = |i: usize| {
        buttons(&poll)[i]["callback_data"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let answer = |f: &FakeTelegram, id: &str| {
        f.sent("answerCallbackQuery")
            .into_iter()
            .find(|c| c.body["callback_query_id"] == id)
            .map(|c| text_of_answer(&c))
    };

    fake.push(tg::press(3, "p-yes", GROUP, 1, &ali, &option(0)));
    fake.wait_for("Ali's vote answered", WAIT, |f| {
        answer(f, "p-yes").is_some()
    })
    .await;
    let told = answer(&fake, "p-yes").unwrap();
    assert!(told.starts_with("Your anonymous vote is in"), "{told}");
    assert!(told.contains("Yes — 1"), "{told}");

    fake.push(tg::press(4, "p-no", GROUP, 1, &ali, &option(1)));
    fake.wait_for("Ali's second tap answered", WAIT, |f| {
        answer(f, "p-no").is_some()
    })
    .await;
    let told = answer(&fake, "p-no").unwrap();
    assert!(told.contains("already voted"), "{told}");

    let store = db.store().await;
    let count = |sql| crate::support::count(&store, sql);
    assert_eq!(count("SELECT COUNT(*) FROM poll_ballots").await, 1);
    assert_eq!(
        count("SELECT COUNT(*) FROM poll_voters WHERE ballot IS NULL").await,
        1
    );
    assert_eq!(count("SELECT COUNT(*) FROM poll_voters").await, 1);
    kettle.kill_hard().await;
}

fn text_of_answer(call: &Call) -> String {
    call.body["text"].as_str().unwrap_or_default().to_string()
}

on_both_backends!(
    telegram_is_asked_about_people_kettle_has_not_met,
    a_poll_is_voted_on_closed_and_exported,
    a_reply_right_after_a_vote_does_not_wait_for_the_polls_edit,
    an_anonymous_vote_counts_once_and_is_shown_in_the_standing,
);
