//! Press acknowledgements end to end: presses are handled by the engine
//! (inbox → vote → outbox), and the real sender answers them through
//! teloxide to a fake Bot API on loopback, which notes when each answer
//! arrives. Two runs in one group's poll: a burst of presses all at once
//! (how fast they are all acknowledged), then presses offered at a steady
//! rate (how long each waits for its acknowledgement).

use super::{coordinator_says, update};
use crate::app::Engine;
use crate::channels::sender::Sender;
use crate::channels::telegram::TelegramDelivery;
use crate::config::SendLimits;
use crate::domain::InboundEvent;
use crate::store::Store;
use axum::extract::State;
use axum::Json;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Presses in the burst and at the steady rate (fewer when the run asks
/// for fewer updates).
pub const BURST: usize = 2_000;
pub const PACED: usize = 1_500;
pub const OFFERED_PER_SECOND: usize = 300;
/// Deliveries in flight at once: Telegram's webhook opens at most 40
/// connections by default.
const IN_FLIGHT: usize = 40;
/// Groups for this workload start here, apart from the others'.
const FIRST: usize = 6_000;

pub struct Acks {
    pub burst: usize,
    pub paced: usize,
    /// Presses acknowledged per second in the burst (all offered at once).
    pub burst_per_second: f64,
    pub burst_seconds: f64,
    /// When the last press of the burst was handled (its answer queued).
    pub burst_handled_seconds: f64,
    /// Press-to-acknowledgement latency at the steady rate.
    pub paced_p50: Duration,
    pub paced_p99: Duration,
    pub answered: usize,
    pub offered: usize,
}

type Arrivals = Arc<Mutex<HashMap<String, Instant>>>;

pub async fn run(
    engine: &Engine,
    store: &Store,
    limits: &SendLimits,
    updates: usize,
) -> anyhow::Result<Acks> {
    let (burst, paced) = (BURST.min(updates), PACED.min(updates));
    let arrivals: Arrivals = Arc::default();
    let url = fake_bot_api(arrivals.clone()).await?;
    let bot = teloxide::Bot::new("1:BENCH").set_api_url(reqwest::Url::parse(&url)?);
    let sender = Sender {
        store: store.clone(),
        delivery: Arc::new(TelegramDelivery {
            bot,
            username: Some("kettle_bench_bot".into()),
        }),
        limits: *limits,
        clock: engine.clock.clone(),
    };
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let sending = tokio::spawn(sender.run_forever(
        engine.outbox_ready.clone(),
        engine.answers_ready.clone(),
        Duration::from_millis(100),
        stopped,
    ));
    let burst_token = open_poll(engine, store, FIRST).await?;
    let paced_token = open_poll(engine, store, FIRST + 1).await?;

    let offered = offer(engine, FIRST, &burst_token, burst, None, "burst");
    let started = Instant::now();
    let burst_offers = offered.await?;
    let burst_handled_seconds = started.elapsed().as_secs_f64();
    let last = wait_for(&arrivals, &burst_offers, Duration::from_secs(120)).await;
    let burst_seconds = last.map_or(f64::NAN, |t| (t - started).as_secs_f64());

    let gap = Duration::from_secs(1) / OFFERED_PER_SECOND as u32;
    let paced_offers = offer(engine, FIRST + 1, &paced_token, paced, Some(gap), "paced").await?;
    wait_for(&arrivals, &paced_offers, Duration::from_secs(120)).await;
    let _ = stop.send(true);
    let _ = sending.await;

    let seen = arrivals.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let mut waits: Vec<Duration> = paced_offers
        .iter()
        .filter_map(|(id, at)| seen.get(id).map(|got| got.saturating_duration_since(*at)))
        .collect();
    waits.sort();
    let pick = |q: f64| {
        waits
            .get(((waits.len() as f64 * q) as usize).min(waits.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let answered = burst_offers
        .keys()
        .chain(paced_offers.keys())
        .filter(|id| seen.contains_key(*id))
        .count();
    Ok(Acks {
        burst,
        paced,
        burst_per_second: burst as f64 / burst_seconds,
        burst_seconds,
        burst_handled_seconds,
        paced_p50: pick(0.50),
        paced_p99: pick(0.99),
        answered,
        offered: burst + paced,
    })
}

/// A group with a single-choice poll; the token of its first option.
async fn open_poll(engine: &Engine, store: &Store, g: usize) -> anyhow::Result<String> {
    let text = "/poll Paint the hall? | Yes | No | deadline none";
    coordinator_says(engine, g, "ack", text).await?;
    let chat_id = super::chat_of(g);
    let sql = "SELECT b.token FROM buttons b JOIN communities c ON c.id = b.community_id \
               WHERE c.chat_id = $1 AND CAST(b.action AS TEXT) LIKE '%poll_vote%' ORDER BY b.token LIMIT 1";
    let token: String = crate::store::on_pool!(store, |p| sqlx::query_scalar(sql)
        .bind(&chat_id)
        .fetch_one(p)
        .await?);
    Ok(token)
}

/// Hands `count` presses to the engine, each on its own task (as webhook
/// deliveries arrive, at most [`IN_FLIGHT`] at once), all at once or `gap`
/// apart. Returns when each was offered, by press id, once all are handled.
async fn offer(
    engine: &Engine,
    g: usize,
    token: &str,
    count: usize,
    gap: Option<Duration>,
    run: &str,
) -> anyhow::Result<HashMap<String, Instant>> {
    let mut offered = HashMap::with_capacity(count);
    let mut tasks = tokio::task::JoinSet::new();
    let start = Instant::now();
    let slots = Arc::new(tokio::sync::Semaphore::new(IN_FLIGHT));
    for i in 0..count {
        if let Some(gap) = gap {
            tokio::time::sleep_until((start + gap * i as u32).into()).await;
        }
        let slot = slots.clone().acquire_owned().await?;
        // A finished task keeps its memory until joined: join as we go, so
        // the burst holds about the deliveries in flight, not all of them.
        while let Some(done) = tasks.try_join_next() {
            done??;
        }
        let press_id = format!("ack-{run}-{i}");
        let event = InboundEvent::ButtonPressed {
            token: token.to_string(),
            press_id: Some(press_id.clone()),
        };
        let delivery = update(format!("ack:{run}:{i}"), g, Some(40_000 + i), event);
        offered.insert(press_id, Instant::now());
        let engine = engine.clone();
        tasks.spawn(async move {
            let handled = engine.handle(delivery).await;
            drop(slot);
            handled
        });
    }
    while let Some(done) = tasks.join_next().await {
        done??;
    }
    Ok(offered)
}

/// Waits until every offered press has its answer, or `limit` passes.
/// Returns when the last answer arrived.
async fn wait_for(
    arrivals: &Arrivals,
    offered: &HashMap<String, Instant>,
    limit: Duration,
) -> Option<Instant> {
    let give_up = Instant::now() + limit;
    loop {
        {
            let seen = arrivals.lock().unwrap_or_else(|e| e.into_inner());
            let all: Option<Vec<Instant>> =
                offered.keys().map(|id| seen.get(id).copied()).collect();
            if let Some(all) = all {
                return all.into_iter().max();
            }
        }
        if Instant::now() > give_up {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// The Bot API as far as this benchmark needs it: answers every call, and
/// notes when each press's answer arrived.
async fn fake_bot_api(arrivals: Arrivals) -> anyhow::Result<String> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    let app = axum::Router::new().fallback(answer).with_state(arrivals);
    tokio::spawn(async move { axum::serve(listener, app).await });
    Ok(url)
}

async fn answer(
    State(arrivals): State<Arrivals>,
    uri: axum::http::Uri,
    body: axum::body::Bytes,
) -> Json<Value> {
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let method = uri
        .path()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    if method == "answercallbackquery" {
        if let Some(id) = body["callback_query_id"].as_str() {
            arrivals
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(id.to_string(), Instant::now());
        }
        return Json(json!({"ok": true, "result": true}));
    }
    let chat = body["chat_id"].clone();
    let message = json!({"message_id": 1, "date": 1_767_600_000,
        "chat": {"id": chat, "type": "supergroup", "title": "Bench"}, "text": ""});
    Json(json!({"ok": true, "result": message}))
}
