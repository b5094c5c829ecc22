//! WAHA's webhook: events pushed to Kettle's HTTP server, each signed with
//! HMAC-SHA512 over the exact body. The signature is checked before the
//! body is parsed or the database touched; WAHA delivers again on anything
//! but a 2xx, and the inbox makes a second delivery harmless.

use super::bridge::Bridge;
use super::events::{self, Envelope, Event};
use super::ingest::WhatsAppIngest;
use crate::config::Secret;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use hmac::{Hmac, Mac};
use sha2::Sha512;
use std::sync::Arc;
use tracing::Instrument;

pub const WHATSAPP_WEBHOOK_PATH: &str = "/whatsapp/bridge/webhook";

/// The largest event read. Kettle does not ask WAHA for media, so an event
/// is a message's text and metadata: far below this.
pub const WHATSAPP_BODY_LIMIT: usize = 1024 * 1024;

#[derive(Clone)]
struct Hook {
    ingest: Arc<WhatsAppIngest>,
    bridge: Arc<Bridge>,
    key: Secret,
}

/// The webhook's route, for the process's HTTP server.
pub fn routes(ingest: Arc<WhatsAppIngest>, bridge: Arc<Bridge>, key: Secret) -> Router {
    Router::new()
        .route(WHATSAPP_WEBHOOK_PATH, post(whatsapp_webhook))
        .with_state(Hook {
            ingest,
            bridge,
            key,
        })
}

/// Whether `signature` (hex, as in `X-Webhook-Hmac`) is the HMAC-SHA512 of
/// `body` under `key`. Compared in constant time.
pub fn signed(key: &[u8], body: &[u8], signature: &str) -> bool {
    let Ok(given) = hex::decode(signature.trim()) else {
        return false;
    };
    let Ok(mut mac) = Hmac::<Sha512>::new_from_slice(key) else {
        return false;
    };
    mac.update(body);
    mac.verify_slice(&given).is_ok()
}

async fn whatsapp_webhook(State(hook): State<Hook>, headers: HeaderMap, body: Body) -> StatusCode {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let Some(signature) = header("x-webhook-hmac") else {
        return StatusCode::UNAUTHORIZED;
    };
    if header("x-webhook-hmac-algorithm").is_some_and(|a| !a.eq_ignore_ascii_case("sha512")) {
        return StatusCode::UNAUTHORIZED;
    }
    let body: Bytes = match axum::body::to_bytes(body, WHATSAPP_BODY_LIMIT).await {
        Ok(body) => body,
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE,
    };
    if !signed(hook.key.expose().as_bytes(), &body, signature) {
        tracing::warn!("WhatsApp webhook with a wrong signature; refused");
        return StatusCode::UNAUTHORIZED;
    }
    let envelope: Envelope = match serde_json::from_slice(&body) {
        Ok(envelope) => envelope,
        Err(e) => {
            tracing::warn!(error = %e, "WhatsApp webhook body is not an event; ignored");
            return StatusCode::OK;
        }
    };
    if envelope.session != hook.bridge.waha.session() {
        return StatusCode::OK; // another session's events: not Kettle's number
    }
    if let Some(me) = &envelope.me {
        hook.bridge.learn_me(&me.id);
    }
    // Retries repeat the body, so its signature names the delivery when
    // the envelope has no id of its own.
    let fallback: String = format!(
        "h:{}",
        signature.trim().chars().take(40).collect::<String>()
    );
    let now = hook.ingest.engine.clock.now();
    let span = tracing::info_span!("whatsapp", event = %envelope.event);
    let event = events::read(&envelope, &fallback, now);
    async move {
        match event {
            Event::Nothing => {}
            Event::Session(status) => hook.bridge.session_is(&status),
            Event::AdminsChanged { group } => hook.ingest.forget_group(&group),
            Event::Updates(updates) => {
                for inbound in updates {
                    if hook.ingest.ingest(inbound).await.is_err() {
                        return StatusCode::INTERNAL_SERVER_ERROR;
                    }
                }
            }
        }
        StatusCode::OK
    }
    .instrument(span)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_wahas_documented_vector() {
        let body = br#"{"event":"message","session":"default","engine":"WEBJS"}"#;
        let hex = "208f8a55dde9e05519e898b10b89bf0d0b3b0fdf11fdbf09b6b90476301b98d8\
                   097c462b2b17a6ce93b6b47a136cf2e78a33a63f6752c2c1631777076153fa89";
        assert!(signed(b"my-secret-key", body, hex));
        assert!(!signed(b"my-secret-key", b"{}", hex));
        assert!(!signed(b"other-key", body, hex));
        assert!(!signed(b"my-secret-key", body, "not hex"));
        assert!(!signed(b"my-secret-key", body, ""));
    }
}
