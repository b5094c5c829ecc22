//! Delivering outbox messages through WAHA. A WhatsApp message through a
//! bridge carries no buttons: choices are numbered in the text by the app,
//! and links (a private chat with Kettle, a web page) are written out.
//! Each send is preceded by "seen" and "typing…" and a short random pause,
//! as WAHA advises, so the number behaves like a person's.

use super::bridge::Bridge;
use crate::channels::{Delivery, DeliveryError};
use crate::domain::{Channel, Choice, Layout, Posted};
use crate::store::ClaimedMessage;
use async_trait::async_trait;
use rand::Rng;
use std::sync::Arc;
use std::time::Duration;

pub struct WahaDelivery {
    pub bridge: Arc<Bridge>,
    /// Up to this long a pause before each send.
    pub jitter: Duration,
}

#[async_trait]
impl Delivery for WahaDelivery {
    fn channel(&self) -> Channel {
        Channel::Whatsapp
    }

    async fn deliver(&self, msg: &ClaimedMessage) -> Result<Option<String>, DeliveryError> {
        if let Some(problem) = self.bridge.health.problem() {
            // Nothing is lost: it waits in the outbox until the number is back.
            return Err(DeliveryError::Temporary(problem));
        }
        // Nobody sees an acknowledgement on WhatsApp (the app does not queue
        // them for it); no edits through a bridge: an edit goes out as the
        // new state.
        let Some(Posted {
            text,
            choices,
            file,
            layout,
            ..
        }) = msg.outgoing.as_posted()
        else {
            return Ok(None);
        };
        let number = self.bridge.own_number().await;
        let text = with_links(text, choices, number.as_deref());
        self.pause(&msg.chat_id).await;
        let waha = &self.bridge.waha;
        let sent = match (file, layout) {
            (Some(f), _) => {
                waha.send_file(&msg.chat_id, &text, &f.name, &f.mime, &f.bytes)
                    .await
            }
            // The poll itself, named by its text (the app sent the rules
            // just before); its id is the one votes name.
            (None, Layout::NativePoll { multiple }) => {
                let options: Vec<String> = choices
                    .iter()
                    .filter(|c| c.token.is_some())
                    .map(|c| c.label.clone())
                    .collect();
                waha.send_poll(&msg.chat_id, &poll_name(&text), &options, multiple)
                    .await
            }
            (None, _) => waha.send_text(&msg.chat_id, &text).await,
        };
        sent.map_err(DeliveryError::from)
    }
}

impl WahaDelivery {
    async fn pause(&self, chat_id: &str) {
        if self.jitter.is_zero() {
            return;
        }
        self.bridge.waha.seem_present(chat_id).await;
        let ms = rand::rng().random_range(0..=self.jitter.as_millis() as u64);
        tokio::time::sleep(Duration::from_millis(ms)).await;
    }
}

/// A native poll's name: its text's first line (the question), within
/// WhatsApp's 255 characters.
fn poll_name(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(255)
        .collect()
}

/// The message's text with its links written out: WhatsApp shows a
/// `wa.me` link as a tap that opens a private chat with the code typed in.
pub fn with_links(text: &str, choices: &[Choice], own_number: Option<&str>) -> String {
    let mut out = text.to_string();
    for c in choices {
        let link = match (&c.url, &c.private_start) {
            (Some(url), _) => url.clone(),
            (None, Some(payload)) => private_link(own_number, payload),
            (None, None) => continue,
        };
        out.push_str(&format!("\n{}: {link}", c.label));
    }
    out
}

/// `https://wa.me/<number>?text=start%20<payload>`: the code Kettle reads
/// as opening that private view. Without the number (not yet known) the
/// link still opens WhatsApp with the code, to send to Kettle by hand.
pub fn private_link(own_number: Option<&str>, payload: &str) -> String {
    let code: String = payload
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    format!(
        "https://wa.me/{}?text=start%20{code}",
        own_number.unwrap_or_default()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_written_out_and_numbered_choices_left_to_the_text() {
        let choices = vec![
            Choice {
                label: "Yes".into(),
                token: Some("t1".into()),
                url: None,
                private_start: None,
            },
            Choice {
                label: "Check in privately".into(),
                token: None,
                url: None,
                private_start: Some("ab_C-9".into()),
            },
        ];
        assert_eq!(
            with_links("How are you?\n\n1 · Yes", &choices, Some("447700900123")),
            "How are you?\n\n1 · Yes\nCheck in privately: https://wa.me/447700900123?text=start%20ab_C-9"
        );
    }
}
