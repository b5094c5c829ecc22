//! The bridge as a door: only WAHA's signed events come in, a repeated
//! event counts once, the group's own conversation is never kept, and a
//! logged-out number makes Kettle wait (and say so) rather than lose a
//! message.

use crate::support::waha::{FakeWaha, Scene, GROUP, HMAC_KEY, ME};
use crate::support::{count, count_reaching, get_text, strings, wait_healthy, Kettle, TestDb};
use axum::http::StatusCode;
use kettle::store::Store;

const AMINA: &str = "447700900111@c.us";
const BRYN: &str = "447700900222@c.us";

/// Amina (an admin) and Bryn in the group, Kettle running.
async fn start(backend: &str) -> Scene {
    Scene::start(backend, &[(AMINA, "admin"), (BRYN, "participant")], &[]).await
}

async fn forged_and_repeated_events(backend: &str) {
    let Scene {
        fake,
        db,
        kettle,
        url,
        log,
    } = start(backend).await;
    let store = db.store().await;
    let inbox = "SELECT COUNT(*) FROM inbox";
    let added = fake.kettle_added("Elm Court Tenants").to_string();

    // Unsigned, wrongly signed, or signed with another algorithm: refused,
    // and nothing written.
    assert_eq!(
        fake.post(&url, &added, None).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        fake.post(&url, &added, Some("not-the-key")).await,
        StatusCode::UNAUTHORIZED
    );
    let forged = reqwest::Client::new()
        .post(format!("{url}/whatsapp/bridge/webhook"))
        .header(
            "X-Webhook-Hmac",
            crate::support::waha::sign(HMAC_KEY, added.as_bytes()),
        )
        .header("X-Webhook-Hmac-Algorithm", "md5")
        .body(added.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 401);
    assert_eq!(count(&store, inbox).await, 0);
    assert_eq!(count(&store, "SELECT COUNT(*) FROM communities").await, 0);

    // The same event a hundred times (WAHA retries): one welcome.
    for _ in 0..100 {
        assert_eq!(
            fake.post(&url, &added, Some(HMAC_KEY)).await,
            StatusCode::OK
        );
    }
    fake.wait_for("the welcome", &log, |f| !f.texts_to(GROUP).is_empty())
        .await;
    let help = fake.group_message(BRYN, "Bryn", "/help").to_string();
    for _ in 0..100 {
        fake.post(&url, &help, Some(HMAC_KEY)).await;
    }
    fake.wait_for("help", &log, |f| f.texts_to(GROUP).len() >= 2)
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(fake.texts_to(GROUP).len(), 2, "{:#?}", fake.texts_to(GROUP));
    assert_eq!(count(&store, inbox).await, 2);
    drop(kettle);
}

/// Every text value in every table, as one string per row.
async fn everything(store: &Store) -> Vec<String> {
    let tables = match store {
        Store::Sqlite(_) => {
            strings(store, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'").await
        }
        Store::Postgres(_) => {
            strings(store, "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '_sqlx%'").await
        }
    };
    let mut rows = vec![];
    for table in tables {
        let sql = match store {
            Store::Sqlite(_) => format!("SELECT * FROM {table}"),
            Store::Postgres(_) => format!("SELECT t::text FROM {table} t"),
        };
        match store {
            Store::Sqlite(p) => {
                use sqlx::Row;
                for row in sqlx::query(&sql).fetch_all(p).await.unwrap() {
                    let mut line = String::new();
                    for i in 0..row.columns().len() {
                        if let Ok(Some(s)) = row.try_get::<Option<String>, _>(i) {
                            line.push_str(&s);
                            line.push('|');
                        }
                    }
                    rows.push(line);
                }
            }
            Store::Postgres(_) => rows.extend(strings(store, &sql).await),
        }
    }
    rows
}

async fn ordinary_conversation_is_never_kept(backend: &str) {
    let Scene {
        fake,
        db,
        kettle,
        url,
        log,
    } = start(backend).await;
    let store = db.store().await;
    fake.deliver(&url, &fake.kettle_added("Elm Court Tenants"))
        .await;
    fake.deliver(&url, &fake.group_message(AMINA, "Amina", "/checkin"))
        .await;
    fake.wait_for("the round", &log, |f| f.texts_to(GROUP).len() >= 2)
        .await;
    fake.settle().await;
    let inbox_before = count(&store, "SELECT COUNT(*) FROM inbox").await;
    let chatter = [
        "the boiler in flat 4 is broken again",
        "my neighbour zephyrine is moving out",
        "does anyone have a ladder",
        "3 of us will be late",
    ];
    for line in chatter {
        fake.deliver(&url, &fake.group_message(BRYN, "Bryn", line))
            .await;
    }
    fake.deliver(&url, &fake.group_message(BRYN, "Bryn", "4"))
        .await;
    let answers = "SELECT COUNT(*) FROM checkin_answers";
    assert_eq!(count_reaching(&store, answers, 1).await, 1);
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM inbox").await,
        inbox_before + 1,
        "only the answer left a key"
    );
    for row in everything(&store).await {
        for word in ["boiler", "zephyrine", "ladder", "late"] {
            assert!(!row.contains(word), "{word} stored: {row}");
        }
    }
    assert!(!kettle.log_text().contains("zephyrine"), "chatter logged");
    drop(kettle);
}

async fn a_logged_out_number_waits_and_says_so(backend: &str) {
    let Scene {
        fake,
        db: _db,
        kettle,
        url,
        log,
    } = start(backend).await;
    fake.set_status("SCAN_QR_CODE");
    fake.deliver(&url, &fake.session_status("SCAN_QR_CODE"))
        .await;
    let health = get_text(&format!("{url}/healthz")).await;
    assert!(health.starts_with("degraded"), "{health}");
    assert!(
        health.contains("whatsapp") && health.contains("scan"),
        "{health}"
    );

    fake.deliver(&url, &fake.kettle_added("Elm Court Tenants"))
        .await;
    fake.deliver(&url, &fake.group_message(BRYN, "Bryn", "/help"))
        .await;
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert!(
        fake.texts_to(GROUP).is_empty(),
        "nothing goes out while logged out"
    );
    assert!(
        fake.refused().is_empty(),
        "Kettle does not even try while the session is not working: {:?}",
        fake.refused()
    );

    fake.set_status("WORKING");
    fake.deliver(&url, &fake.session_status("WORKING")).await;
    fake.wait_for("the waiting messages", &log, |f| {
        f.texts_to(GROUP).len() >= 2
    })
    .await;
    assert_eq!(get_text(&format!("{url}/healthz")).await, "ok\n");
    assert!(
        kettle.log_text().contains("scan"),
        "the log says what to do"
    );
    drop(kettle);
}

/// Thirty members answer while Kettle is killed and started again: WAHA
/// delivers again what was not taken, and every answer counts once.
async fn kill_9_mid_stream_loses_nothing(backend: &str) {
    let fake = FakeWaha::start().await;
    let members: Vec<String> = (0..30).map(|i| format!("4477009010{i:02}@c.us")).collect();
    let mut people: Vec<(&str, &str)> = members
        .iter()
        .map(|m| (m.as_str(), "participant"))
        .collect();
    people.push((AMINA, "admin"));
    people.push((ME, "admin"));
    fake.set_participants(GROUP, &people);
    let db = TestDb::of(backend).await;
    let addr = format!("127.0.0.1:{}", crate::support::free_port());
    let same_addr = [("KETTLE_HTTP_ADDR", addr.clone())];
    let (mut kettle, url) = Kettle::whatsapp(&fake, &db.url, &same_addr);
    let log = kettle.log.display().to_string();
    wait_healthy(&format!("{url}/healthz")).await;
    fake.deliver(&url, &fake.kettle_added("Elm Court Tenants"))
        .await;
    fake.deliver(&url, &fake.group_message(AMINA, "Amina", "/checkin"))
        .await;
    fake.wait_for("the round", &log, |f| f.texts_to(GROUP).len() >= 2)
        .await;
    fake.settle().await;

    let (ten_in, ten_taken) = tokio::sync::oneshot::channel();
    let stream = {
        let (fake, url) = (fake.clone(), url.clone());
        let answers: Vec<_> = members
            .iter()
            .map(|m| fake.group_message(m, "Member", "3"))
            .collect();
        tokio::spawn(async move {
            let mut ten_in = Some(ten_in);
            for (n, answer) in answers.iter().enumerate() {
                if n == 10 {
                    let _ = ten_in.take().map(|t| t.send(()));
                }
                fake.deliver(&url, answer).await;
            }
        })
    };
    // Killed while the answers stream in: ten taken, twenty still to come.
    ten_taken.await.unwrap();
    kettle.kill_hard().await;
    let store = db.store().await;
    let before_restart = count(&store, "SELECT COUNT(*) FROM checkin_answers").await;
    assert!(
        before_restart < 30,
        "killed mid-stream ({before_restart} in)"
    );
    let (kettle, _) = Kettle::whatsapp(&fake, &db.url, &same_addr);
    stream.await.unwrap();

    let answered = "SELECT COUNT(*) FROM checkin_answers";
    assert_eq!(
        count_reaching(&store, answered, 30).await,
        30,
        "{}",
        kettle.log_text()
    );
    assert_eq!(
        count(
            &store,
            "SELECT COUNT(*) FROM inbox WHERE channel = 'whatsapp'"
        )
        .await,
        32,
        "Kettle's arrival, the command and thirty answers, nothing twice"
    );
    drop(kettle);
}

#[tokio::test]
async fn kill_9_mid_stream_loses_nothing_on_sqlite() {
    kill_9_mid_stream_loses_nothing("sqlite").await;
}

#[tokio::test]
async fn kill_9_mid_stream_loses_nothing_on_postgres() {
    kill_9_mid_stream_loses_nothing("postgres").await;
}

/// As WAHA advises: "seen", then "typing…", then the message.
#[tokio::test]
async fn kettle_reads_and_types_before_it_speaks() {
    let fake = FakeWaha::start().await;
    fake.set_participants(GROUP, &[(AMINA, "admin"), (ME, "admin")]);
    let db = TestDb::sqlite().await;
    let jitter = [("WHATSAPP_SEND_JITTER", "50ms".to_string())];
    let (kettle, url) = Kettle::whatsapp(&fake, &db.url, &jitter);
    let log = kettle.log.display().to_string();
    wait_healthy(&format!("{url}/healthz")).await;
    fake.deliver(&url, &fake.kettle_added("Elm Court Tenants"))
        .await;
    fake.wait_for("the welcome", &log, |f| !f.texts_to(GROUP).is_empty())
        .await;
    let to_group: Vec<String> = fake
        .calls()
        .into_iter()
        .filter(|c| c.body["chatId"] == GROUP)
        .map(|c| c.path)
        .collect();
    assert_eq!(
        to_group,
        ["/api/sendSeen", "/api/startTyping", "/api/sendText"],
        "{to_group:?}"
    );
    drop(kettle);
}

#[tokio::test]
async fn forged_and_repeated_events_on_sqlite() {
    forged_and_repeated_events("sqlite").await;
}

#[tokio::test]
async fn forged_and_repeated_events_on_postgres() {
    forged_and_repeated_events("postgres").await;
}

#[tokio::test]
async fn ordinary_conversation_is_never_kept_on_sqlite() {
    ordinary_conversation_is_never_kept("sqlite").await;
}

#[tokio::test]
async fn ordinary_conversation_is_never_kept_on_postgres() {
    ordinary_conversation_is_never_kept("postgres").await;
}

#[tokio::test]
async fn a_logged_out_number_waits_and_says_so_on_sqlite() {
    a_logged_out_number_waits_and_says_so("sqlite").await;
}

#[tokio::test]
async fn a_logged_out_number_waits_and_says_so_on_postgres() {
    a_logged_out_number_waits_and_says_so("postgres").await;
}
