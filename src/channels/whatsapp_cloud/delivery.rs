//! Delivering outbox messages through the Cloud API, inside WhatsApp's
//! 24-hour window: free-form (with reply buttons and lists) while the
//! member wrote within the last day; outside it, the approved template
//! for the message's occasion, or the message waits for the member to
//! write and the coordinators are told.

use super::graph::{GraphError, PAIR_RATE, REENGAGE, THROUGHPUT};
use super::render::{self, recipient};
use super::Cloud;
use crate::app::reach::Unreachable;
use crate::channels::whatsapp::with_links;
use crate::channels::DeliveryError;
use crate::domain::whatsapp_ids::{cloud_recipient, person_of_wa_id};
use crate::domain::{Channel, Language, Posted};
use crate::store::ClaimedMessage;
use std::time::Duration as StdDuration;

/// How long a message waits for its member before it is looked at again
/// (the member writing lets it go at once).
const HOLD: StdDuration = StdDuration::from_secs(3_600);

impl From<GraphError> for DeliveryError {
    fn from(e: GraphError) -> DeliveryError {
        match e {
            GraphError::Unreachable(e) => DeliveryError::Temporary(e),
            GraphError::Api {
                code: THROUGHPUT, ..
            } => DeliveryError::Throttled(StdDuration::from_secs(2)),
            GraphError::Api {
                code: PAIR_RATE, ..
            } => DeliveryError::RetryAfter(StdDuration::from_secs(6)),
            GraphError::Api { status: 429, .. } => {
                DeliveryError::RetryAfter(StdDuration::from_secs(10))
            }
            GraphError::Api { status, .. } if status >= 500 => {
                DeliveryError::ServerError(e.to_string())
            }
            // A wrong or expired token: nothing wrong with the message.
            GraphError::Api { status: 401, .. } => DeliveryError::Temporary(e.to_string()),
            e @ GraphError::Api { .. } => DeliveryError::Permanent(e.to_string()),
            // Sent, but its id could not be read: never send it twice.
            GraphError::Unexpected(_) => DeliveryError::Permanent(e.to_string()),
        }
    }
}

impl Cloud {
    /// Delivers one message to a chat through the Cloud API.
    pub async fn deliver(&self, msg: &ClaimedMessage) -> Result<Option<String>, DeliveryError> {
        let Some((to, group)) = cloud_recipient(&msg.chat_id) else {
            return Err(DeliveryError::Permanent("not a Cloud API chat".into()));
        };
        // No edits on WhatsApp: an edit goes out as the new state.
        let Some(Posted {
            text,
            choices,
            file,
            layout,
            occasion,
        }) = msg.outgoing.as_posted()
        else {
            return Ok(None);
        };
        // The number is needed only for a link that opens a private chat.
        let number = match choices.iter().any(|c| c.private_start.is_some()) {
            true => self.own_number().await,
            false => None,
        };
        let text = with_links(text, choices, number.as_deref());
        if let Some(why) = self.closed(&msg.chat_id).await? {
            return self
                .outside_window(msg, (to, group), &text, occasion, why)
                .await;
        }
        let to_value = recipient(to, group);
        let sent = match file {
            Some(f) => {
                let media = self.graph.upload(&f.name, &f.mime, &f.bytes).await?;
                let body = render::document(to_value, &media, &f.name, &text);
                self.graph.send(body).await
            }
            None => {
                let mut last = Err(GraphError::Unexpected("nothing to send".into()));
                for body in render::messages(to_value, &text, choices, layout, "⬇️") {
                    last = self.graph.send(body).await;
                    if last.is_err() {
                        break;
                    }
                }
                last
            }
        };
        match sent {
            Ok(id) => Ok(Some(id)),
            Err(GraphError::Api { code: REENGAGE, .. }) => {
                self.store().cloud_template_only(&msg.chat_id).await?;
                let why = Unreachable::MustWriteFirst;
                self.outside_window(msg, (to, group), &text, occasion, why)
                    .await
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Why the chat's window is closed; `None` while it is open.
    async fn closed(&self, chat_id: &str) -> Result<Option<Unreachable>, DeliveryError> {
        let chat = self.store().cloud_chat(chat_id).await?;
        let now = self.engine.clock.now();
        Ok(if chat.template_only {
            Some(Unreachable::MustWriteFirst)
        } else if chat.open_at(now) {
            None
        } else {
            Some(Unreachable::Window)
        })
    }

    /// The template for the message's occasion, in the member's (or the
    /// group's) language; or, without one, the message waits, and for a
    /// member the coordinators are told once. A Groups API group's window
    /// opens when anyone in it writes.
    async fn outside_window(
        &self,
        msg: &ClaimedMessage,
        (to, group): (&str, bool),
        text: &str,
        occasion: Option<crate::domain::occasion::Occasion>,
        why: Unreachable,
    ) -> Result<Option<String>, DeliveryError> {
        let template = occasion.and_then(|o| self.templates.get(&o));
        if let Some(name) = template {
            let language = self.language_of(&msg.chat_id, to, group).await?;
            let body = render::template(recipient(to, group), name, language.code(), text);
            return match self.graph.send(body).await {
                Ok(id) => Ok(Some(id)),
                Err(e) => Err(e.into()),
            };
        }
        if group {
            return Err(DeliveryError::Held(
                HOLD,
                "outside WhatsApp's 24-hour window: waiting for someone in the group to write"
                    .into(),
            ));
        }
        self.tell_once(&msg.chat_id, to, why).await?;
        Err(DeliveryError::Held(
            HOLD,
            "outside WhatsApp's 24-hour window: waiting for the member to write".into(),
        ))
    }

    /// Tells coordinators that `wa_id` cannot be reached, once until the
    /// member writes again. A failure is tried again with the next attempt.
    pub(super) async fn tell_once(
        &self,
        chat_id: &str,
        wa_id: &str,
        why: Unreachable,
    ) -> Result<(), DeliveryError> {
        let person = person_of_wa_id(wa_id);
        self.engine
            .tell_unreachable(Channel::Whatsapp, &person, chat_id, why)
            .await
            .map_err(|e| DeliveryError::Temporary(e.to_string()))?;
        self.engine.outbox_ready.wake();
        Ok(())
    }

    /// A member's language, or a group's community's.
    async fn language_of(
        &self,
        chat_id: &str,
        to: &str,
        group: bool,
    ) -> Result<Language, DeliveryError> {
        let mut tx = self.store().begin().await?;
        let fallback = self.engine.settings.default_language;
        if group {
            let community = tx.community_by_chat(Channel::Whatsapp, chat_id).await?;
            return Ok(community.map_or(fallback, |c| c.language));
        }
        let person = tx
            .person_by_platform(Channel::Whatsapp, &person_of_wa_id(to))
            .await?;
        Ok(person.map_or(fallback, |p| {
            Language::negotiate(p.language, p.platform_language.as_deref(), fallback)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, code: i64) -> GraphError {
        GraphError::Api {
            status,
            code,
            message: "…".into(),
        }
    }

    #[test]
    fn whatsapps_errors_pause_retry_or_give_up_as_documented() {
        let of = |e: GraphError| DeliveryError::from(e);
        assert!(matches!(
            of(api(400, THROUGHPUT)),
            DeliveryError::Throttled(_)
        ));
        assert!(matches!(
            of(api(400, PAIR_RATE)),
            DeliveryError::RetryAfter(_)
        ));
        assert!(matches!(of(api(429, 80_007)), DeliveryError::RetryAfter(_)));
        assert!(matches!(of(api(500, 1)), DeliveryError::ServerError(_)));
        assert!(matches!(of(api(401, 190)), DeliveryError::Temporary(_)));
        assert!(matches!(of(api(400, 100)), DeliveryError::Permanent(_)));
        assert!(matches!(
            of(GraphError::Unreachable("refused".into())),
            DeliveryError::Temporary(_)
        ));
    }
}
