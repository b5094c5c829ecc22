//! Telegram's webhook: updates pushed to Kettle's HTTP server (how several
//! Kettle processes share one bot behind a load balancer).

use super::TelegramIngest;
use crate::config::Secret;
use crate::http::same;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use std::sync::Arc;

pub const TELEGRAM_WEBHOOK_PATH: &str = "/telegram/webhook";

/// The largest Telegram update read. A message is at most 4,096
/// characters; with its entities, names and a reply it stays far below
/// this, so a larger body is not an update.
pub const TELEGRAM_BODY_LIMIT: usize = 256 * 1024;

#[derive(Clone)]
struct Hook {
    ingest: Arc<TelegramIngest>,
    secret: Secret,
}

/// The webhook's route, for the process's HTTP server.
pub fn routes(ingest: Arc<TelegramIngest>, secret: Secret) -> Router {
    Router::new()
        .route(TELEGRAM_WEBHOOK_PATH, post(telegram_webhook))
        .with_state(Hook { ingest, secret })
}

/// Telegram retries anything but a 2xx, so: 200 once the update is safely
/// in the inbox (or is not for us), 500 when the database is down. The
/// secret is checked before a byte of the body is read: a flood of
/// unsigned requests costs no memory.
async fn telegram_webhook(State(hook): State<Hook>, headers: HeaderMap, body: Body) -> StatusCode {
    let Hook { ingest, secret } = &hook;
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
