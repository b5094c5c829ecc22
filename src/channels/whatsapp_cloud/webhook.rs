//! The Cloud API's webhook. `GET` answers Meta's verification handshake;
//! `POST` carries events, signed with `X-Hub-Signature-256` (HMAC-SHA256
//! of the exact body under the app secret), checked in constant time
//! before the body is parsed or the database touched. Meta delivers again
//! on anything but a 2xx, and the inbox makes a second delivery harmless.

use super::events::{self, CloudEvent, Webhook};
use super::graph::{REENGAGE, THROUGHPUT};
use super::Cloud;
use crate::app::reach::Unreachable;
use crate::channels::handover::hand_over;
use crate::domain::whatsapp_ids::{cloud_recipient, is_cloud_chat};
use crate::domain::{ChatAddress, Inbound, MembershipFact};
use axum::body::{Body, Bytes};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::get;
use axum::Router;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::collections::HashMap;
use std::sync::Arc;
use tracing::Instrument;

pub const CLOUD_WEBHOOK_PATH: &str = "/whatsapp/cloud/webhook";

/// The largest event read: messages' text and metadata, never media.
const BODY_LIMIT: usize = 1024 * 1024;

/// The webhook's routes, for the process's HTTP server.
pub fn routes(cloud: Arc<Cloud>) -> Router {
    Router::new()
        .route(CLOUD_WEBHOOK_PATH, get(verify).post(receive))
        .with_state(cloud)
}

/// Whether `header` (`sha256=<hex>`) is the HMAC-SHA256 of `body` under
/// `secret`. Compared in constant time.
pub fn signed(secret: &[u8], body: &[u8], header: &str) -> bool {
    let Some(hex) = header.trim().strip_prefix("sha256=") else {
        return false;
    };
    let Ok(given) = hex::decode(hex) else {
        return false;
    };
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret) else {
        return false;
    };
    mac.update(body);
    mac.verify_slice(&given).is_ok()
}

/// Meta's handshake when the webhook is set up: the challenge back when
/// the mode is `subscribe` and the token is ours, else 403.
async fn verify(
    State(cloud): State<Arc<Cloud>>,
    Query(query): Query<HashMap<String, String>>,
) -> (StatusCode, String) {
    let field = |k: &str| query.get(k).map(String::as_str).unwrap_or_default();
    let token_ok = crate::http::same(
        field("hub.verify_token").as_bytes(),
        cloud.verify_token.expose().as_bytes(),
    );
    if field("hub.mode") == "subscribe" && token_ok && !field("hub.challenge").is_empty() {
        tracing::info!("WhatsApp Cloud API webhook verified");
        (StatusCode::OK, field("hub.challenge").to_string())
    } else {
        tracing::warn!("WhatsApp Cloud API webhook verification refused");
        (StatusCode::FORBIDDEN, String::new())
    }
}

async fn receive(State(cloud): State<Arc<Cloud>>, headers: HeaderMap, body: Body) -> StatusCode {
    let Some(signature) = headers
        .get("x-hub-signature-256")
        .and_then(|v| v.to_str().ok())
    else {
        return StatusCode::UNAUTHORIZED;
    };
    let body: Bytes = match axum::body::to_bytes(body, BODY_LIMIT).await {
        Ok(body) => body,
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE,
    };
    if !signed(cloud.app_secret.expose().as_bytes(), &body, signature) {
        tracing::warn!("WhatsApp Cloud API webhook with a wrong signature; refused");
        return StatusCode::UNAUTHORIZED;
    }
    let hook: Webhook = match serde_json::from_slice(&body) {
        Ok(hook) => hook,
        Err(e) => {
            tracing::warn!(error = %e, "Cloud API webhook body is not an event; ignored");
            return StatusCode::OK;
        }
    };
    let now = cloud.engine.clock.now();
    let happened = events::read(&hook, cloud.graph.phone_number_id(), now);
    let span = tracing::info_span!("whatsapp_cloud", events = happened.len());
    async move {
        for event in happened {
            if cloud.take(event).await.is_err() {
                return StatusCode::INTERNAL_SERVER_ERROR;
            }
        }
        StatusCode::OK
    }
    .instrument(span)
    .await
}

/// Something failed for which Meta should deliver the webhook again.
struct Again;

impl Cloud {
    async fn take(&self, event: CloudEvent) -> Result<(), Again> {
        match event {
            CloudEvent::OwnNumber(digits) => self.learn_number(&digits),
            CloudEvent::Heard { chat_id, at } => {
                let waited = self.store().cloud_heard_from(&chat_id, at).await;
                match waited {
                    Ok(true) => self.engine.outbox_ready.wake(),
                    Ok(false) => {}
                    Err(e) => {
                        tracing::warn!(error = %e, "could not record a Cloud API chat's window");
                        return Err(Again);
                    }
                }
            }
            CloudEvent::Update(inbound) => {
                hand_over(&self.engine, *inbound, |chat, inbound| async move {
                    self.membership(&chat, &inbound).await
                })
                .await
                .map_err(|_| Again)?;
            }
            CloudEvent::Failed { chat_id, code } => self.failed(&chat_id, code).await?,
        }
        Ok(())
    }

    /// A message WhatsApp accepted and then could not deliver. Its text is
    /// no longer kept (see `Store::mark_sent`), so it is not sent again:
    /// a member needing re-engagement becomes template-only and the
    /// coordinators are told.
    async fn failed(&self, chat_id: &str, code: i64) -> Result<(), Again> {
        match code {
            REENGAGE => {
                let Some((to, group)) = cloud_recipient(chat_id) else {
                    return Ok(());
                };
                let store = self.store();
                store
                    .cloud_template_only(chat_id)
                    .await
                    .map_err(|_| Again)?;
                if !group {
                    self.tell_once(chat_id, to, Unreachable::MustWriteFirst)
                        .await
                        .map_err(|_| Again)?;
                }
            }
            THROUGHPUT => tracing::warn!("WhatsApp Cloud API throughput limit reached"),
            code => tracing::warn!(code, "a WhatsApp Cloud API message was not delivered"),
        }
        Ok(())
    }

    /// Whether the sender is in `chat`. A bridged group asks the bridge;
    /// a Groups API group cannot be asked, so it counts as "not known to
    /// be in it": nobody is let in on a guess.
    async fn membership(&self, chat: &ChatAddress, inbound: &Inbound) -> MembershipFact {
        match &self.bridge {
            Some(bridge) if !is_cloud_chat(&chat.chat_id) => bridge.membership(chat, inbound).await,
            _ => MembershipFact {
                chat_id: chat.chat_id.clone(),
                member: false,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_metas_documented_vector() {
        let hex = "0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914";
        assert!(signed(b"secret", b"test", &format!("sha256={hex}")));
        assert!(!signed(b"secret", b"test ", &format!("sha256={hex}")));
        assert!(!signed(b"other", b"test", &format!("sha256={hex}")));
        assert!(!signed(b"secret", b"test", hex));
        assert!(!signed(b"secret", b"test", "sha256=zz"));
        assert!(!signed(b"secret", b"test", ""));
    }
}
