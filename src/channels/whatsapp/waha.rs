//! A small client for the WAHA HTTP API: the calls Kettle makes, each with
//! `X-Api-Key`, a timeout, and errors sorted by what the sender should do.

use super::events::Participant;
use crate::channels::DeliveryError;
use crate::config::{Secret, WhatsAppBridgeConfig};
use base64::Engine as _;
use reqwest::{Method, StatusCode, Url};
use serde_json::{json, Value};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(20);

/// Why a call to WAHA failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WahaError {
    #[error("WAHA unreachable: {0}")]
    Unreachable(String),
    #[error("WAHA answered {status}: {message}")]
    Status { status: u16, message: String },
    #[error("WAHA's answer was not understood: {0}")]
    Unexpected(String),
}

impl From<WahaError> for DeliveryError {
    fn from(e: WahaError) -> DeliveryError {
        match e {
            WahaError::Unreachable(e) => DeliveryError::Temporary(e),
            WahaError::Status { status: 429, .. } => {
                DeliveryError::RetryAfter(Duration::from_secs(60))
            }
            // A wrong key, a session being set up again, or one that does
            // not exist yet: nothing wrong with the message, so it waits.
            WahaError::Status {
                status: 401 | 403 | 404 | 409 | 422,
                message,
            } => DeliveryError::Temporary(message),
            WahaError::Status { status, message } if status >= 500 => {
                DeliveryError::ServerError(message)
            }
            e @ WahaError::Status { .. } => DeliveryError::Permanent(e.to_string()),
            // Sent, but its id could not be read: never send it twice.
            WahaError::Unexpected(_) => DeliveryError::Permanent(e.to_string()),
        }
    }
}

#[derive(Clone)]
pub struct Waha {
    http: reqwest::Client,
    base: Url,
    key: Secret,
    session: String,
}

/// The session as WAHA reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInfo {
    pub status: String,
    /// Kettle's own WhatsApp id (`4470…@c.us`), once logged in.
    pub me: Option<String>,
}

impl Waha {
    pub fn new(config: &WhatsAppBridgeConfig) -> Result<Waha, WahaError> {
        let http = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .build()
            .map_err(|e| WahaError::Unreachable(e.to_string()))?;
        Ok(Waha {
            http,
            base: config.url.clone(),
            key: config.api_key.clone(),
            session: config.session.clone(),
        })
    }

    pub fn session(&self) -> &str {
        &self.session
    }

    async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> Result<Value, WahaError> {
        let url = self
            .base
            .join(path)
            .map_err(|e| WahaError::Unexpected(e.to_string()))?;
        let mut req = self
            .http
            .request(method, url)
            .header("X-Api-Key", self.key.expose());
        if let Some(body) = body {
            req = req.json(&body);
        }
        let resp = req
            .send()
            .await
            .map_err(|e| WahaError::Unreachable(e.without_url().to_string()))?;
        let status = resp.status();
        let text = resp
            .text()
            .await
            .map_err(|e| WahaError::Unreachable(e.without_url().to_string()))?;
        if !status.is_success() {
            return Err(WahaError::Status {
                status: status.as_u16(),
                message: error_message(status, &text),
            });
        }
        if text.trim().is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_str(&text).map_err(|e| WahaError::Unexpected(e.to_string()))
    }

    /// `POST /api/sendText`; the sent message's id.
    pub async fn send_text(&self, chat_id: &str, text: &str) -> Result<Option<String>, WahaError> {
        let body = json!({
            "session": self.session, "chatId": chat_id, "text": text, "linkPreview": false,
        });
        let sent = self.call(Method::POST, "api/sendText", Some(body)).await?;
        Ok(message_id(&sent))
    }

    /// `POST /api/sendFile`, the file inline (base64), the text as caption.
    pub async fn send_file(
        &self,
        chat_id: &str,
        caption: &str,
        name: &str,
        mime: &str,
        bytes: &[u8],
    ) -> Result<Option<String>, WahaError> {
        let body = json!({
            "session": self.session, "chatId": chat_id, "caption": caption,
            "file": {
                "mimetype": mime, "filename": name,
                "data": base64::engine::general_purpose::STANDARD.encode(bytes),
            },
        });
        let sent = self.call(Method::POST, "api/sendFile", Some(body)).await?;
        Ok(message_id(&sent))
    }

    /// `POST /api/sendPoll`: WhatsApp's own poll; its id is what votes name.
    pub async fn send_poll(
        &self,
        chat_id: &str,
        name: &str,
        options: &[String],
        multiple: bool,
    ) -> Result<Option<String>, WahaError> {
        let body = json!({
            "session": self.session, "chatId": chat_id,
            "poll": {"name": name, "options": options, "multipleAnswers": multiple},
        });
        let sent = self.call(Method::POST, "api/sendPoll", Some(body)).await?;
        Ok(message_id(&sent))
    }

    /// Marks the chat read and shows "typing…", as WAHA advises before a
    /// reply. Best effort: a failure here never holds a message back.
    pub async fn seem_present(&self, chat_id: &str) {
        let body = json!({"session": self.session, "chatId": chat_id});
        for path in ["api/sendSeen", "api/startTyping"] {
            if let Err(e) = self.call(Method::POST, path, Some(body.clone())).await {
                tracing::debug!(error = %e, path, "presence call failed");
            }
        }
    }

    /// `GET /api/{session}/groups/{id}/participants/v2`: ids and roles.
    pub async fn participants(&self, group_id: &str) -> Result<Vec<Participant>, WahaError> {
        let path = format!(
            "api/{}/groups/{}/participants/v2",
            url_escape(&self.session),
            url_escape(group_id)
        );
        let list = self.call(Method::GET, &path, None).await?;
        serde_json::from_value(list).map_err(|e| WahaError::Unexpected(e.to_string()))
    }

    /// `GET /api/{session}/lids/{lid}`: the phone id behind a hidden one,
    /// when WhatsApp lets Kettle know it.
    pub async fn phone_of(&self, lid: &str) -> Result<Option<String>, WahaError> {
        let path = format!("api/{}/lids/{}", url_escape(&self.session), url_escape(lid));
        let found = self.call(Method::GET, &path, None).await?;
        Ok(found
            .get("pn")
            .and_then(Value::as_str)
            .filter(|pn| pn.ends_with("@c.us"))
            .map(str::to_string))
    }

    /// `GET /api/sessions/{session}`: its status and whose number it is.
    pub async fn session_info(&self) -> Result<SessionInfo, WahaError> {
        let path = format!("api/sessions/{}", url_escape(&self.session));
        let info = self.call(Method::GET, &path, None).await?;
        let status = info
            .get("status")
            .and_then(Value::as_str)
            .ok_or_else(|| WahaError::Unexpected("session without a status".into()))?;
        let me = info
            .pointer("/me/id")
            .and_then(Value::as_str)
            .map(str::to_string);
        Ok(SessionInfo {
            status: status.to_string(),
            me,
        })
    }
}

/// The id of a sent message, wherever the engine put it, as its key.
fn message_id(sent: &Value) -> Option<String> {
    ["/id", "/id/_serialized", "/key/id", "/_data/id/_serialized"]
        .iter()
        .find_map(|p| sent.pointer(p).and_then(Value::as_str))
        .map(message_key)
}

/// A message's own key: WAHA writes ids as `{fromMe}_{chat}_{key}[_{who}]`,
/// some engines as the bare key, so Kettle keeps the key alone.
pub fn message_key(id: &str) -> String {
    let parts: Vec<&str> = id.split('_').collect();
    match parts.as_slice() {
        ["true" | "false", _chat, key, ..] if !key.is_empty() => (*key).to_string(),
        _ => id.to_string(),
    }
}

/// WAHA's error text (NestJS: `{"message": …, "statusCode": …}`), short.
fn error_message(status: StatusCode, body: &str) -> String {
    let message = serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|v| match v.get("message") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => Some(other.to_string()),
            None => None,
        })
        .unwrap_or_else(|| status.canonical_reason().unwrap_or("error").to_string());
    message.chars().take(200).collect()
}

/// Percent-encodes one path segment (`@` and `.` are kept: WAHA's ids use them).
fn url_escape(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'@' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sent_message_id_is_found_whichever_engine_sent_it() {
        assert_eq!(
            message_id(&json!({"id": "true_1@g.us_AAA"})).as_deref(),
            Some("AAA")
        );
        assert_eq!(
            message_id(&json!({"id": {"_serialized": "true_1@c.us_B"}})).as_deref(),
            Some("B")
        );
        assert_eq!(message_key("false_1@g.us_C_2@c.us"), "C");
        assert_eq!(message_key("BAE5304BA1ECF704"), "BAE5304BA1ECF704");
        assert_eq!(
            message_id(&json!({"key": {"id": "C"}})).as_deref(),
            Some("C")
        );
        assert_eq!(message_id(&json!({})), None);
    }

    #[test]
    fn errors_say_what_the_sender_should_do() {
        let status = |status, message: &str| WahaError::Status {
            status,
            message: message.into(),
        };
        assert!(matches!(
            DeliveryError::from(WahaError::Unreachable("down".into())),
            DeliveryError::Temporary(_)
        ));
        assert!(matches!(
            DeliveryError::from(status(422, "session is not WORKING")),
            DeliveryError::Temporary(_)
        ));
        assert!(matches!(
            DeliveryError::from(status(429, "slow down")),
            DeliveryError::RetryAfter(_)
        ));
        assert!(matches!(
            DeliveryError::from(status(502, "bad gateway")),
            DeliveryError::ServerError(_)
        ));
        assert!(matches!(
            DeliveryError::from(status(400, "chatId is wrong")),
            DeliveryError::Permanent(_)
        ));
        assert_eq!(url_escape("12@g.us"), "12@g.us");
        assert_eq!(url_escape("a/b c"), "a%2Fb%20c");
    }
}
