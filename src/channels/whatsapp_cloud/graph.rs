//! Meta's Graph API for one business number: messages out, a document's
//! upload, and the number's own phone number (for `wa.me` links). Plain
//! JSON over HTTPS, so a thin client of our own (see
//! `shared/whatsapp-wire.md` on the crates that exist).

use crate::channels::ChannelHealth;
use crate::config::{Secret, WhatsAppCloudConfig};
use reqwest::Url;
use serde_json::{json, Value};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(20);

/// Re-engagement needed: more than 24 hours since the member last wrote.
pub const REENGAGE: i64 = 131_047;
/// The number's throughput is used up: everything pauses a moment.
pub const THROUGHPUT: i64 = 130_429;
/// Too many messages to one member in a short time.
pub const PAIR_RATE: i64 = 131_056;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GraphError {
    #[error("Graph API unreachable: {0}")]
    Unreachable(String),
    /// Graph answered with an error: its HTTP status and Meta's code.
    #[error("Graph API error {code} (HTTP {status}): {message}")]
    Api {
        status: u16,
        code: i64,
        message: String,
    },
    /// A success whose body could not be read.
    #[error("unexpected Graph API answer: {0}")]
    Unexpected(String),
}

#[derive(Clone)]
pub struct Graph {
    /// Whether Graph takes Kettle's calls, for `/healthz`: every answer
    /// says (a refused token, an unreachable API, or well again).
    pub health: ChannelHealth,
    http: reqwest::Client,
    base: Url,
    token: Secret,
    phone_number_id: String,
}

impl Graph {
    pub fn new(config: &WhatsAppCloudConfig) -> Result<Graph, GraphError> {
        let http = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .build()
            .map_err(|e| GraphError::Unreachable(e.to_string()))?;
        Ok(Graph {
            health: ChannelHealth::new("whatsapp-cloud"),
            http,
            base: config.api_url.clone(),
            token: config.token.clone(),
            phone_number_id: config.phone_number_id.clone(),
        })
    }

    pub fn phone_number_id(&self) -> &str {
        &self.phone_number_id
    }

    fn url(&self, tail: &str) -> Result<Url, GraphError> {
        let joined = format!(
            "{}/{}/{tail}",
            self.base.as_str().trim_end_matches('/'),
            self.phone_number_id
        );
        Url::parse(joined.trim_end_matches('/')).map_err(|e| GraphError::Unexpected(e.to_string()))
    }

    async fn answer(
        &self,
        resp: Result<reqwest::Response, reqwest::Error>,
    ) -> Result<Value, GraphError> {
        let answer = Self::read(resp).await;
        let problem = match &answer {
            Err(GraphError::Unreachable(_)) => Some(
                "the WhatsApp Cloud API cannot be reached: messages wait until it can \
                 (check WHATSAPP_CLOUD_API_URL and the network)",
            ),
            Err(GraphError::Api { status: 401, .. } | GraphError::Api { code: 190, .. }) => Some(
                "the WhatsApp Cloud API refused Kettle's access token: messages wait; set \
                 WHATSAPP_CLOUD_TOKEN to a system user's token (one that does not expire)",
            ),
            _ => None,
        };
        if self.health.set(problem.map(str::to_string)) {
            match problem {
                None => tracing::info!("WhatsApp Cloud API is taking messages"),
                Some(p) => tracing::warn!("WhatsApp Cloud API is not delivering: {p}"),
            }
        }
        answer
    }

    async fn read(resp: Result<reqwest::Response, reqwest::Error>) -> Result<Value, GraphError> {
        let resp = resp.map_err(|e| GraphError::Unreachable(e.without_url().to_string()))?;
        let status = resp.status();
        let text = resp
            .text()
            .await
            .map_err(|e| GraphError::Unreachable(e.without_url().to_string()))?;
        let body: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        if !status.is_success() {
            let error = &body["error"];
            return Err(GraphError::Api {
                status: status.as_u16(),
                code: error["code"].as_i64().unwrap_or_default(),
                message: error["message"]
                    .as_str()
                    .map_or_else(|| status.to_string(), |m| m.chars().take(300).collect()),
            });
        }
        Ok(body)
    }

    /// `POST /<PHONE_NUMBER_ID>/messages` with `message` (its `to`, `type`
    /// and content); the sent message's `wamid`.
    pub async fn send(&self, mut message: Value) -> Result<String, GraphError> {
        message["messaging_product"] = json!("whatsapp");
        let resp = self
            .http
            .post(self.url("messages")?)
            .bearer_auth(self.token.expose())
            .json(&message)
            .send()
            .await;
        let body = self.answer(resp).await?;
        body["messages"][0]["id"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| GraphError::Unexpected("no message id".into()))
    }

    /// `POST /<PHONE_NUMBER_ID>/media`: a file to send as a document; its media id.
    pub async fn upload(&self, name: &str, mime: &str, bytes: &[u8]) -> Result<String, GraphError> {
        let part = reqwest::multipart::Part::bytes(bytes.to_vec())
            .file_name(name.to_string())
            .mime_str(mime)
            .map_err(|e| GraphError::Unexpected(e.to_string()))?;
        let form = reqwest::multipart::Form::new()
            .text("messaging_product", "whatsapp")
            .text("type", mime.to_string())
            .part("file", part);
        let resp = self
            .http
            .post(self.url("media")?)
            .bearer_auth(self.token.expose())
            .multipart(form)
            .send()
            .await;
        let body = self.answer(resp).await?;
        body["id"]
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| GraphError::Unexpected("no media id".into()))
    }

    /// The business number, digits only, for `wa.me` links.
    pub async fn own_number(&self) -> Result<String, GraphError> {
        let mut url = self.url("")?;
        url.query_pairs_mut()
            .append_pair("fields", "display_phone_number");
        let resp = self
            .http
            .get(url)
            .bearer_auth(self.token.expose())
            .send()
            .await;
        let body = self.answer(resp).await?;
        let digits: String = body["display_phone_number"]
            .as_str()
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        if digits.is_empty() {
            return Err(GraphError::Unexpected("no display_phone_number".into()));
        }
        Ok(digits)
    }
}
