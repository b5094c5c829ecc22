//! WhatsApp through the official Cloud API, for operators with a WhatsApp
//! Business number: private chats with members (with reply buttons and
//! lists) and the small business-created groups of the Groups API. Signed
//! webhooks in, Graph API out, within WhatsApp's 24-hour window.
//!
//! Its chats are WhatsApp chats (`cloud:` ids, see
//! [`crate::domain::whatsapp_ids`]) and its people WhatsApp people, so a
//! resident in a bridged group who writes to the business number is one
//! member. When a bridge runs too, one WhatsApp delivery sends each chat's
//! messages through the door the chat belongs to.

mod delivery;
pub mod events;
pub mod graph;
pub mod render;
pub mod webhook;

use crate::app::Engine;
use crate::channels::whatsapp::{private_link, WhatsAppIngest};
use crate::channels::{ChannelParts, Delivery, DeliveryError};
use crate::config::{Occasion, SendLimits, WhatsAppCloudConfig};
use crate::domain::whatsapp_ids::{is_cloud_chat, PrivateDoor};
use crate::domain::{Abilities, AnswerBy, Capabilities, Channel, Outgoing};
use crate::store::{ClaimedMessage, Store};
use async_trait::async_trait;
use graph::Graph;
use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};

/// A Groups API group: text only (no buttons, lists, polls or edits), so
/// choices are numbered and answered by sending the number.
const GROUP: Abilities = Abilities {
    native_polls: false,
    ..crate::channels::whatsapp::GROUP
};

/// A private chat: up to three reply buttons (titles of 20 characters),
/// or a list of up to ten rows (titles of 24); more choices are numbered.
/// No edits: each new state is sent as it comes.
const PRIVATE: Abilities = Abilities {
    buttons: render::MAX_BUTTONS,
    button_label: render::BUTTON_TITLE,
    list_rows: render::MAX_ROWS,
    row_title: render::ROW_TITLE,
    answers_by: AnswerBy::Press,
    ..GROUP
};

/// What chats through the Cloud API can do.
pub const CAPABILITIES: Capabilities = Capabilities {
    group: GROUP,
    private: PRIVATE,
};

/// The Cloud API allows 80 messages a second per number, and about one
/// every six seconds to one member (with bursts): Kettle stays well
/// inside both, and pauses a chat when WhatsApp says so.
pub fn send_limits() -> SendLimits {
    SendLimits {
        global_per_second: 40,
        global_per_minute: u32::MAX,
        chat_interval: std::time::Duration::from_secs(1),
        group_per_minute: 20,
        jitter: std::time::Duration::ZERO,
    }
}

/// What the process knows about its Cloud API number while it runs.
pub struct Cloud {
    pub graph: Graph,
    pub engine: Engine,
    templates: BTreeMap<Occasion, String>,
    app_secret: crate::config::Secret,
    verify_token: crate::config::Secret,
    own_number: RwLock<Option<String>>,
    /// The bridge, when one runs too: it alone can say who is in a
    /// resident-made group (for a private check-in about that group).
    bridge: Option<Arc<WhatsAppIngest>>,
}

impl Cloud {
    pub fn new(
        engine: Engine,
        config: &WhatsAppCloudConfig,
        bridge: Option<Arc<WhatsAppIngest>>,
    ) -> anyhow::Result<Cloud> {
        Ok(Cloud {
            graph: Graph::new(config)?,
            engine,
            templates: config.templates.clone(),
            app_secret: config.app_secret.clone(),
            verify_token: config.verify_token.clone(),
            own_number: RwLock::new(None),
            bridge,
        })
    }

    fn store(&self) -> &Store {
        &self.engine.store
    }

    /// Keeps the number every webhook names; written only when it changes.
    pub fn learn_number(&self, digits: &str) {
        let known = self.own_number.read().unwrap_or_else(|e| e.into_inner());
        if known.as_deref() == Some(digits) {
            return;
        }
        drop(known);
        *self.own_number.write().unwrap_or_else(|e| e.into_inner()) = Some(digits.to_string());
    }

    /// The business number (digits), asking Graph if no webhook said it yet.
    pub async fn own_number(&self) -> Option<String> {
        let known = self
            .own_number
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        if known.is_some() {
            return known;
        }
        match self.graph.own_number().await {
            Ok(digits) => {
                self.learn_number(&digits);
                Some(digits)
            }
            Err(e) => {
                tracing::warn!(error = %e, "could not read the Cloud API number");
                None
            }
        }
    }
}

/// WhatsApp's delivery when the Cloud API runs: `cloud:` chats through
/// it, every other WhatsApp chat through the bridge (if there is one).
pub struct Doors {
    pub cloud: Arc<Cloud>,
    pub bridge: Option<Arc<dyn Delivery>>,
}

#[async_trait]
impl Delivery for Doors {
    fn channel(&self) -> Channel {
        Channel::Whatsapp
    }

    async fn deliver(&self, msg: &ClaimedMessage) -> Result<Option<String>, DeliveryError> {
        if is_cloud_chat(&msg.chat_id) {
            return self.cloud.deliver(msg).await;
        }
        match &self.bridge {
            Some(bridge) => match self.through_business_number(msg).await? {
                Some(relinked) => bridge.deliver(&relinked).await,
                None => bridge.deliver(msg).await,
            },
            None => Err(DeliveryError::Permanent(
                "a bridge chat, and no WhatsApp bridge is configured".into(),
            )),
        }
    }
}

impl Doors {
    /// A bridged group's message whose links open a private chat, when
    /// the group's coordinators chose the business number for private
    /// chats: the same message with those links pointing to it.
    async fn through_business_number(
        &self,
        msg: &ClaimedMessage,
    ) -> Result<Option<ClaimedMessage>, DeliveryError> {
        let choices = match &msg.outgoing {
            Outgoing::Send { choices, .. } | Outgoing::Edit { choices, .. } => choices,
            Outgoing::Answer { .. } => return Ok(None),
        };
        if !choices.iter().any(|c| c.private_start.is_some()) {
            return Ok(None);
        }
        let store = &self.cloud.engine.store;
        if store
            .private_door_of(Channel::Whatsapp, &msg.chat_id)
            .await?
            != PrivateDoor::Cloud
        {
            return Ok(None);
        }
        let number = self.cloud.own_number().await;
        let mut relinked = msg.clone();
        if let Outgoing::Send { choices, .. } | Outgoing::Edit { choices, .. } =
            &mut relinked.outgoing
        {
            for c in choices.iter_mut() {
                if let Some(payload) = c.private_start.take() {
                    c.url = Some(private_link(number.as_deref(), &payload));
                }
            }
        }
        Ok(Some(relinked))
    }
}

/// Readies the Cloud API: its webhook's routes and WhatsApp's delivery
/// (wrapping the bridge's, when `bridge` is its parts). With a bridge,
/// the bridge's gentler limits pace both doors.
pub async fn connect(
    engine: &Engine,
    config: &WhatsAppCloudConfig,
    bridge: Option<(ChannelParts, Arc<WhatsAppIngest>)>,
) -> anyhow::Result<ChannelParts> {
    let (bridge_parts, bridge_ingest) = match bridge {
        Some((parts, ingest)) => (Some(parts), Some(ingest)),
        None => (None, None),
    };
    let cloud = Arc::new(Cloud::new(engine.clone(), config, bridge_ingest)?);
    let health = cloud.graph.health.clone();
    // Asks for the business number now: a refused token shows on
    // `/healthz` at once, not with the first message.
    cloud.own_number().await;
    tracing::info!(
        path = webhook::CLOUD_WEBHOOK_PATH,
        "receiving WhatsApp Cloud API webhooks"
    );
    let own_routes = webhook::routes(cloud.clone());
    let delivery = Arc::new(Doors {
        cloud,
        bridge: bridge_parts.as_ref().map(|p| p.delivery.clone()),
    });
    Ok(match bridge_parts {
        Some(parts) => ChannelParts {
            delivery,
            routes: Some(match parts.routes {
                Some(routes) => routes.merge(own_routes),
                None => own_routes,
            }),
            health: parts.health.into_iter().chain([health]).collect(),
            ..parts
        },
        None => ChannelParts {
            delivery,
            limits: send_limits(),
            routes: Some(own_routes),
            receiver: None,
            health: vec![health],
        },
    })
}
