//! WhatsApp through a self-hosted WAHA bridge, for the groups residents
//! already have: signed webhooks in, WAHA's HTTP API out, paced gently
//! (numbers get banned). What its chats can do is declared here; the
//! console's `--as whatsapp` profile renders by the same declaration.

mod bridge;
pub mod events;
mod ingest;
mod outbound;
pub mod waha;
pub mod webhook;

pub use bridge::{problem_of, Bridge};
pub use ingest::WhatsAppIngest;
pub use outbound::{private_link, with_links, WahaDelivery};

use super::{ChannelParts, Receiver};
use crate::app::Engine;
use crate::config::WhatsAppBridgeConfig;
use crate::domain::{Abilities, AnswerBy, Capabilities};
use chrono::Duration;
use std::sync::Arc;
use waha::Waha;

/// A WhatsApp group: no edits Kettle can rely on, no buttons, no notices
/// to one presser; choices are numbered and answered by sending the number.
/// Live counts are re-posted at most every ten minutes (and at close), so
/// a busy round never floods the group.
pub(crate) const GROUP: Abilities = Abilities {
    edits: false,
    acknowledges_presses: false,
    buttons: 0,
    button_label: 0,
    list_rows: 0,
    row_title: 0,
    native_polls: true,
    private_link: true,
    text_limit: 4_096,
    answers_by: AnswerBy::Number,
    live_every: Duration::minutes(10),
};

/// A private chat through the bridge: buttons no longer work through
/// linked-device bridges and lists are fragile, so choices are numbered
/// here too; each new state is sent as it comes (no edits).
const BRIDGE_PRIVATE: Abilities = Abilities {
    native_polls: false,
    ..GROUP
};

/// What chats through the WAHA bridge can do.
pub const CAPABILITIES: Capabilities = Capabilities {
    group: GROUP,
    private: BRIDGE_PRIVATE,
};

/// How often the session's state is asked for, besides `session.status`
/// events (one may be missed while Kettle restarts).
const SESSION_CHECK: std::time::Duration = std::time::Duration::from_secs(60);

/// Readies what the process runs for WhatsApp: its delivery through WAHA,
/// the webhook's route, a watch on the session's health, and its send
/// limits. An unreachable bridge does not stop Kettle: messages wait in
/// the outbox and `/healthz` says what to do.
pub async fn connect(
    engine: &Engine,
    config: &WhatsAppBridgeConfig,
) -> anyhow::Result<(ChannelParts, Arc<WhatsAppIngest>)> {
    let bridge = Arc::new(Bridge::new(Waha::new(config)?, engine.store.clone()));
    check_session(&bridge).await;
    let ingest = Arc::new(WhatsAppIngest::new(bridge.clone(), engine.clone()));
    let delivery = Arc::new(WahaDelivery {
        bridge: bridge.clone(),
        jitter: config.send_limits.jitter,
    });
    tracing::info!(
        path = webhook::WHATSAPP_WEBHOOK_PATH,
        session = %config.session,
        "receiving WhatsApp events by webhook"
    );
    let watched = bridge.clone();
    let receiver: Receiver = Box::new(move |mut stop| {
        Box::pin(async move {
            loop {
                tokio::select! {
                    _ = tokio::time::sleep(SESSION_CHECK) => check_session(&watched).await,
                    _ = stop.changed() => return,
                }
            }
        })
    });
    let parts = ChannelParts {
        delivery,
        limits: config.send_limits,
        routes: Some(webhook::routes(
            ingest.clone(),
            bridge.clone(),
            config.hmac_key.clone(),
        )),
        receiver: Some(receiver),
        health: vec![bridge.health.clone()],
    };
    Ok((parts, ingest))
}

async fn check_session(bridge: &Bridge) {
    match bridge.waha.session_info().await {
        Ok(info) => {
            if let Some(me) = &info.me {
                bridge.learn_me(me);
            }
            bridge.session_is(&info.status);
        }
        Err(e) => bridge.unreachable(&e.to_string()),
    }
}
