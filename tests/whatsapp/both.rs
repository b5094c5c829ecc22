//! Telegram and WhatsApp in one process: one Kettle, one database, each
//! group answered on its own platform.

use crate::support::telegram::{self as tg, text_of, FakeTelegram};
use crate::support::waha::{FakeWaha, GROUP, ME};
use crate::support::{free_port, wait_healthy, Kettle, TestDb};
use std::time::Duration;

#[tokio::test]
async fn one_kettle_serves_a_telegram_group_and_a_whatsapp_group() {
    let telegram = FakeTelegram::start().await;
    let waha = FakeWaha::start().await;
    waha.set_participants(GROUP, &[("447700900111@c.us", "admin"), (ME, "admin")]);
    let db = TestDb::postgres().await;
    let morgan = tg::user(11, "Morgan", "en");
    telegram.set_admins(-500, vec![tg::admin(&morgan)]);
    telegram.push(tg::bot_added(1, -500, "Mill Lane Tenants", &morgan));
    telegram.push(tg::group_text(2, -500, &morgan, "/help"));
    let addr = format!("127.0.0.1:{}", free_port());
    let both = crate::support::waha::bridge_env(&waha, &addr);
    let kettle = Kettle::telegram(&telegram, &db.url, &both);
    let log = kettle.log.display().to_string();
    let url = format!("http://{addr}");
    wait_healthy(&format!("{url}/healthz")).await;
    waha.deliver(&url, &waha.kettle_added("Elm Court Tenants"))
        .await;
    waha.deliver(
        &url,
        &waha.group_message("447700900111@c.us", "Amina", "/help"),
    )
    .await;

    telegram
        .wait_for("help on Telegram", Duration::from_secs(20), |f| {
            f.messages_to(-500)
                .iter()
                .any(|m| text_of(m).starts_with("Here's what I can do:"))
        })
        .await;
    waha.wait_for("help on WhatsApp", &log, |f| {
        f.texts_to(GROUP)
            .iter()
            .any(|t| t.starts_with("Here's what I can do:"))
    })
    .await;
    // Each platform's group gets its own welcome, in its own words.
    let whatsapp_welcome = waha.texts_to(GROUP)[0].clone();
    assert!(whatsapp_welcome.contains("1 · Join"), "{whatsapp_welcome}");
    let telegram_welcome = text_of(&telegram.messages_to(-500)[0]);
    assert!(telegram_welcome.contains("Tap Join"), "{telegram_welcome}");
    drop(kettle);
}
