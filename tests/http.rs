//! Kettle's HTTP surface through the real router: the webhook refuses
//! anyone without the secret, health reflects the database, metrics count.

mod support;

use kettle::channels::telegram::TelegramIngest;
use kettle::clock::SystemClock;
use kettle::config::Secret;
use kettle::http::{router, HttpState};
use std::sync::Arc;
use support::telegram::{self as tg, FakeTelegram, BOT_ID};
use support::{count, TestDb};

async fn serve(engine: kettle::app::Engine, fake: &FakeTelegram) -> String {
    let bot = teloxide::Bot::new(tg::TOKEN).set_api_url(fake.url.parse().unwrap());
    let ingest = Arc::new(TelegramIngest::new(
        bot,
        engine.clone(),
        teloxide::types::UserId(BOT_ID as u64),
    ));
    let state = HttpState {
        engine,
        metrics: kettle::metrics::install(),
        telegram: Some((ingest, Secret::new("right-secret"))),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router(state)).await.unwrap() });
    url
}

#[tokio::test]
async fn only_telegram_with_the_secret_can_deliver_updates() {
    let fake = FakeTelegram::start().await;
    let db = TestDb::sqlite().await;
    let store = db.store().await;
    let engine = support::engine(store.clone(), Arc::new(SystemClock));
    let url = serve(engine, &fake).await;
    let client = reqwest::Client::new();
    let update = tg::bot_added(1, -900, "Allotment Society", &tg::user(1, "Ann", "en"));
    let post = |secret: Option<&'static str>| {
        let mut req = client.post(format!("{url}/telegram/webhook")).json(&update);
        if let Some(secret) = secret {
            req = req.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        req.send()
    };

    assert_eq!(post(None).await.unwrap().status(), 401);
    assert_eq!(post(Some("wrong-secret")).await.unwrap().status(), 401);
    assert_eq!(
        count(&store, "SELECT COUNT(*) FROM communities").await,
        0,
        "nothing forged got in"
    );
    assert_eq!(post(Some("right-secret")).await.unwrap().status(), 200);
    assert_eq!(
        post(Some("right-secret")).await.unwrap().status(),
        200,
        "a retry is fine"
    );
    assert_eq!(count(&store, "SELECT COUNT(*) FROM communities").await, 1);

    let garbage = client
        .post(format!("{url}/telegram/webhook"))
        .header("X-Telegram-Bot-Api-Secret-Token", "right-secret")
        .body("not json")
        .send()
        .await
        .unwrap();
    assert_eq!(
        garbage.status(),
        200,
        "unreadable bodies are dropped, not retried forever"
    );

    assert_eq!(
        client
            .get(format!("{url}/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let metrics = support::get_text(&format!("{url}/metrics")).await;
    assert!(
        metrics.contains("kettle_outbox_depth 1"),
        "the welcome waits to be sent: {metrics}"
    );
    assert!(metrics.contains("kettle_job_lag_seconds"));
    store.close().await;
    let down = client.get(format!("{url}/healthz")).send().await.unwrap();
    assert_eq!(down.status(), 503, "health follows the database");
}
