//! Kettle's small HTTP surface: the Telegram webhook, `/healthz` and `/metrics`.

use crate::app::Engine;
use crate::channels::telegram::TelegramIngest;
use crate::config::Secret;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::Router;
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::Arc;

pub const TELEGRAM_WEBHOOK_PATH: &str = "/telegram/webhook";

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
/// in the inbox (or is not for us), 500 when the database is down.
async fn telegram_webhook(
    State(state): State<HttpState>,
    headers: HeaderMap,
    body: Bytes,
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
