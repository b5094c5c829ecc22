//! Kettle's small HTTP surface: the Telegram webhook, `/healthz` and `/metrics`.

use crate::app::Engine;
use crate::channels::telegram::TelegramIngest;
use crate::config::Secret;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::Router;
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::Arc;

pub const TELEGRAM_WEBHOOK_PATH: &str = "/telegram/webhook";

/// The largest Telegram update read. A message is at most 4,096
/// characters; with its entities, names and a reply it stays far below
/// this, so a larger body is not an update.
pub const TELEGRAM_BODY_LIMIT: usize = 256 * 1024;

#[derive(Clone)]
pub struct HttpState {
    pub engine: Engine,
    pub metrics: PrometheusHandle,
    /// Present in webhook mode.
    pub telegram: Option<(Arc<TelegramIngest>, Secret)>,
}

pub fn router(state: HttpState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route(TELEGRAM_WEBHOOK_PATH, post(telegram_webhook))
        .with_state(state)
}

async fn healthz(State(state): State<HttpState>) -> (StatusCode, &'static str) {
    match state.engine.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(e) => {
            tracing::warn!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n")
        }
    }
}

async fn metrics(State(state): State<HttpState>) -> String {
    crate::metrics::render(
        &state.metrics,
        &state.engine.store,
        state.engine.clock.now(),
    )
    .await
}

/// Telegram retries anything but a 2xx, so: 200 once the update is safely
/// in the inbox (or is not for us), 500 when the database is down. The
/// secret is checked before a byte of the body is read: a flood of
/// unsigned requests costs no memory.
async fn telegram_webhook(
    State(state): State<HttpState>,
    headers: HeaderMap,
    body: Body,
) -> StatusCode {
    let Some((ingest, secret)) = &state.telegram else {
        return StatusCode::NOT_FOUND;
    };
    let given = headers
        .get("x-telegram-bot-api-secret-token")
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !same(given, secret.expose().as_bytes()) {
        return StatusCode::UNAUTHORIZED;
    }
    let body = match axum::body::to_bytes(body, TELEGRAM_BODY_LIMIT).await {
        Ok(body) => body,
        Err(_) => {
            tracing::warn!(
                limit = TELEGRAM_BODY_LIMIT,
                "webhook body too large or cut short; refused"
            );
            return StatusCode::PAYLOAD_TOO_LARGE;
        }
    };
    let update: teloxide::types::Update = match serde_json::from_slice(&body) {
        Ok(update) => update,
        Err(e) => {
            tracing::warn!(error = %e, "webhook body is not an update; ignored");
            return StatusCode::OK;
        }
    };
    match ingest.ingest(update).await {
        Ok(()) => StatusCode::OK,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Compares without stopping at the first difference, so response timing
/// tells an attacker nothing about the secret.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
