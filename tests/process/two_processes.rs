//! Two Kettle processes behind one (imaginary) load balancer, sharing one
//! Postgres: every update reaches both, yet every effect happens once and
//! the platform's limits hold for the pair; and what one process changes,
//! the other answers by, though it keeps what it read of its regulars.

use crate::support::telegram::{self as tg, text_of, FakeTelegram};
use crate::support::{count, free_port, wait_healthy, Kettle, TestDb};
use std::time::Duration;

const GROUPS: i64 = 40;
const PER_SECOND: usize = 20;
const SECRET: &str = "load-balancer-test-secret";

/// Two Kettle processes on one database, both healthy, with `settings`;
/// Telegram's webhook is set to the first, and updates may go to either.
async fn two_kettles(
    fake: &FakeTelegram,
    db: &TestDb,
    settings: &[(&str, String)],
) -> ([u16; 2], Vec<Kettle>) {
    let ports = [free_port(), free_port()];
    let hook = format!("http://127.0.0.1:{}/telegram/webhook", ports[0]);
    let processes = ports
        .iter()
        .map(|port| {
            let mut vars = vec![
                ("KETTLE_HTTP_ADDR", format!("127.0.0.1:{port}")),
                ("TELEGRAM_WEBHOOK_URL", hook.clone()),
                ("TELEGRAM_WEBHOOK_SECRET", SECRET.to_string()),
            ];
            vars.extend(settings.iter().cloned());
            Kettle::telegram(fake, &db.url, &vars)
        })
        .collect();
    for port in ports {
        wait_healthy(&format!("http://127.0.0.1:{port}/healthz")).await;
    }
    (ports, processes)
}

#[tokio::test]
async fn two_processes_share_the_work_and_do_everything_exactly_once() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::postgres().await;
    let settings = [
        ("KETTLE_JOIN_NUDGE_AFTER", "2s".to_string()),
        ("KETTLE_SEND_PER_SECOND", PER_SECOND.to_string()),
    ];
    let (ports, mut processes) = two_kettles(&fake, &db, &settings).await;

    // Each group: Kettle is added, then someone asks for help. Every update
    // goes to both processes at once.
    let client = reqwest::Client::new();
    let mut updates = vec![];
    for g in 0..GROUPS {
        let chat = -5000 - g;
        let member = tg::user(7000 + g, "Member", "en");
        updates.push(tg::bot_added(g * 2 + 1, chat, "Group", &member));
        updates.push(tg::group_text(g * 2 + 2, chat, &member, "/help"));
    }
    for update in &updates {
        let posts = ports.map(|port| {
            client
                .post(format!("http://127.0.0.1:{port}/telegram/webhook"))
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .json(update)
                .send()
        });
        let [a, b] = posts;
        let (a, b) = tokio::join!(a, b);
        assert!(a.unwrap().status().is_success() && b.unwrap().status().is_success());
    }

    let expected = (GROUPS * 3) as usize; // welcome, help, one nudge each
    fake.wait_for("every message", Duration::from_secs(40), |f| {
        f.sent("sendMessage").len() >= expected
    })
    .await;
    tokio::time::sleep(Duration::from_secs(3)).await; // time for any duplicate to show itself
    let sends = fake.sent("sendMessage");
    assert_eq!(sends.len(), expected, "no message was sent twice");
    for g in 0..GROUPS {
        let to_chat = fake.messages_to(-5000 - g);
        let texts: Vec<&str> = to_chat
            .iter()
            .map(|c| c.body["text"].as_str().unwrap_or(""))
            .collect();
        assert_eq!(
            texts
                .iter()
                .filter(|t| t.starts_with("Hello, Group!"))
                .count(),
            1,
            "{texts:?}"
        );
        assert_eq!(
            texts
                .iter()
                .filter(|t| t.starts_with("Here's what I can do"))
                .count(),
            1,
            "{texts:?}"
        );
        assert_eq!(
            texts
                .iter()
                .filter(|t| t.starts_with("Who is still not here?"))
                .count(),
            1,
            "{texts:?}"
        );
        for pair in to_chat.windows(2) {
            let gap = pair[1].at - pair[0].at;
            assert!(
                gap >= Duration::from_millis(800),
                "a chat got two messages {gap:?} apart"
            );
        }
    }
    let times: Vec<_> = sends.iter().map(|c| c.at).collect();
    let busiest = times
        .iter()
        .map(|t| {
            times
                .iter()
                .filter(|u| **u >= *t && **u < *t + Duration::from_secs(1))
                .count()
        })
        .max();
    assert!(
        busiest.unwrap_or(0) <= PER_SECOND + 2,
        "too many sends in one second: {busiest:?}"
    );
    let span = *times.last().unwrap() - times[0];
    let floor = Duration::from_secs_f64(expected as f64 / PER_SECOND as f64 - 1.5);
    assert!(
        span >= floor,
        "the two processes shared one budget ({span:?} ≥ {floor:?})"
    );

    let metrics = crate::support::get_text(&format!("http://127.0.0.1:{}/metrics", ports[0])).await;
    assert!(
        metrics.contains("kettle_updates_handled_total"),
        "{metrics}"
    );
    assert!(metrics.contains("kettle_duplicates_ignored_total"));
    assert!(
        metrics.contains("kettle_outbox_depth 0"),
        "everything was sent: {metrics}"
    );

    let store = db.store().await;
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM inbox").await,
        GROUPS * 2
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM communities").await,
        GROUPS
    );
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM jobs WHERE status = 'done'").await,
        GROUPS
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'send' AND status = 'sent'"
        )
        .await,
        GROUPS * 3
    );
    for p in &mut processes {
        p.kill_hard().await;
    }
}

/// A regular talks to one process while the coordinator, through the
/// other, moves the group to Tokyo time. The first process keeps what it
/// read of her (Postgres), yet its next answer shows the new zone.
#[tokio::test]
async fn what_one_process_changes_the_other_answers_by() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::postgres().await;
    let (ports, mut processes) = two_kettles(&fake, &db, &[]).await;
    let client = reqwest::Client::new();
    let to = |port: u16, update: serde_json::Value| deliver(&client, port, update);
    let chat = -6000;
    let (morgan, zofia) = (tg::user(11, "Morgan", "en"), tg::user(12, "Zofia", "en"));
    fake.set_admins(chat, vec![tg::admin(&morgan)]);
    let settings_shown = |f: &FakeTelegram| {
        f.messages_to(chat)
            .iter()
            .filter(|m| {
                m.body["text"]
                    .as_str()
                    .unwrap_or("")
                    .starts_with("Settings for")
            })
            .count()
    };
    to(ports[0], tg::bot_added(1, chat, "Harbour Tenants", &morgan)).await;
    for n in 0..3 {
        to(ports[0], tg::group_text(2 + n, chat, &zofia, "/settings")).await;
        let shown = n as usize + 1;
        fake.wait_for("her settings", Duration::from_secs(20), |f| {
            settings_shown(f) >= shown
        })
        .await;
    }
    to(
        ports[1],
        tg::group_text(10, chat, &morgan, "/tz Asia/Tokyo"),
    )
    .await;
    fake.wait_for("the new zone", Duration::from_secs(20), |f| {
        f.messages_to(chat).iter().any(|m| {
            m.body["text"]
                .as_str()
                .unwrap_or("")
                .contains("now Asia/Tokyo")
        })
    })
    .await;
    to(ports[0], tg::group_text(11, chat, &zofia, "/settings")).await;
    fake.wait_for("her settings again", Duration::from_secs(20), |f| {
        settings_shown(f) >= 4
    })
    .await;
    let last = fake
        .messages_to(chat)
        .into_iter()
        .rev()
        .find(|m| {
            m.body["text"]
                .as_str()
                .unwrap_or("")
                .starts_with("Settings for")
        })
        .unwrap();
    let text = last.body["text"].as_str().unwrap_or("");
    assert!(text.contains("Asia/Tokyo"), "the zone as it is now: {text}");
    for p in &mut processes {
        p.kill_hard().await;
    }
}

/// Telegram delivers `update` to the process listening on `port`.
async fn deliver(client: &reqwest::Client, port: u16, update: serde_json::Value) {
    let response = client
        .post(format!("http://127.0.0.1:{port}/telegram/webhook"))
        .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
        .json(&update)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success());
}

/// Zofia is a regular, last heard through the second process; the
/// coordinator opens a check-in through the first, which has never seen
/// her, and she taps "Okay" there. Her tap counts as hers, once (the first
/// process opens it from one read of her membership and the button, as if
/// it knew her: `store::newcomer_taps`).
#[tokio::test]
async fn a_regulars_first_tap_on_a_round_the_other_process_posted_counts_as_hers() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::postgres().await;
    let (ports, mut processes) = two_kettles(&fake, &db, &[]).await;
    let client = reqwest::Client::new();
    let to = |port: u16, update: serde_json::Value| deliver(&client, port, update);
    let chat = -7000;
    let (morgan, zofia) = (tg::user(11, "Morgan", "en"), tg::user(12, "Zofia", "en"));
    fake.set_admins(chat, vec![tg::admin(&morgan)]);
    let said = |f: &FakeTelegram, start: &str| {
        f.messages_to(chat)
            .into_iter()
            .find(|m| text_of(m).starts_with(start))
    };
    to(ports[0], tg::bot_added(1, chat, "Harbour Tenants", &morgan)).await;
    to(ports[1], tg::group_text(2, chat, &zofia, "/settings")).await;
    fake.wait_for("her settings", Duration::from_secs(20), |f| {
        said(f, "Settings for").is_some()
    })
    .await;

    to(ports[0], tg::group_text(3, chat, &morgan, "/checkin")).await;
    fake.wait_for("the round", Duration::from_secs(20), |f| {
        said(f, "Check-in:").is_some()
    })
    .await;
    let round = said(&fake, "Check-in:").unwrap();
    let okay = round.body["reply_markup"]["inline_keyboard"][0][2]["callback_data"]
        .as_str()
        .unwrap()
        .to_string();
    to(ports[0], tg::press(4, "z1", chat, 1, &zofia, &okay)).await;
    fake.wait_for("her tap answered", Duration::from_secs(20), |f| {
        f.sent("answerCallbackQuery")
            .iter()
            .any(|c| text_of(c).starts_with("Got it: Okay"))
    })
    .await;

    to(ports[0], tg::group_text(5, chat, &morgan, "/checkin close")).await;
    fake.wait_for("the summary", Duration::from_secs(20), |f| {
        said(f, "Check-in closed").is_some()
    })
    .await;
    let summary = text_of(&said(&fake, "Check-in closed").unwrap());
    assert!(summary.contains("Checked in: 1 "), "{summary}");
    let store = db.store().await;
    let members = count(
        &store,
        "SELECT COUNT(*) FROM memberships m JOIN people p ON p.id = m.person_id \
         WHERE p.platform_user_id = '12'",
    )
    .await;
    assert_eq!(members, 1, "one Zofia, one membership");
    for p in &mut processes {
        p.kill_hard().await;
    }
}

/// Kettle is added to twenty groups while it is away. In each, four
/// neighbours speak at the same moment, two through each process, before
/// Kettle has heard anything there. Each group is greeted once and every
/// neighbour is answered (an update that found the group just made by
/// another once failed on Postgres, "community vanished").
#[tokio::test]
async fn neighbours_speaking_at_once_in_a_new_group_through_two_processes_are_both_answered() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::postgres().await;
    let (ports, mut processes) = two_kettles(&fake, &db, &[]).await;
    let client = reqwest::Client::new();
    let neighbours: Vec<_> = (0..4)
        .map(|n| tg::user(21 + n, &format!("Neighbour {n}"), "en"))
        .collect();
    let chats: Vec<i64> = (0..20).map(|g| -8000 - g).collect();
    let words = chats.iter().zip(0_i64..).flat_map(|(&chat, g)| {
        let client = &client;
        neighbours.iter().zip(0_i64..).map(move |(who, n)| {
            let update = tg::group_text(100 + 4 * g + n, chat, who, "/help");
            deliver(client, ports[(n % 2) as usize], update)
        })
    });
    futures::future::join_all(words).await;
    let texts = |f: &FakeTelegram, chat: i64| -> Vec<String> {
        f.messages_to(chat)
            .iter()
            .map(|m| text_of(m).to_string())
            .collect()
    };
    let answered = |f: &FakeTelegram| {
        chats.iter().all(|&chat| {
            let texts = texts(f, chat);
            texts.iter().filter(|t| t.contains("/checkin")).count() >= 4
                && texts.iter().any(|t| t.contains("I'm Kettle"))
        })
    };
    fake.wait_for(
        "every neighbour answered",
        Duration::from_secs(30),
        answered,
    )
    .await;
    for &chat in &chats {
        let texts = texts(&fake, chat);
        let greetings = texts.iter().filter(|t| t.contains("I'm Kettle")).count();
        assert_eq!(greetings, 1, "greeted once: {texts:?}");
    }
    let groups = "SELECT COUNT(*) FROM communities WHERE chat_id LIKE '-80%'";
    assert_eq!(
        count(&db.store().await, groups).await,
        20,
        "each group made once"
    );
    for p in &mut processes {
        p.kill_hard().await;
    }
}
