//! A fake WhatsApp Cloud API (Meta's Graph API) on loopback, shaped as
//! Meta documents it: the bearer token checked, `messages` and `media`
//! recorded, the number's `display_phone_number`, re-engagement (131047)
//! refused at once for chosen members; and webhooks signed with
//! `X-Hub-Signature-256` over the exact bytes sent.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use hmac::{Hmac, Mac};
use kettle::app::timed::Job;
use kettle::store::Store;
use serde_json::{json, Value};
use sha2::Sha256;
use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const TOKEN: &str = "EAAG-cloud-test-token";
pub const PHONE_NUMBER_ID: &str = "106540352242922";
pub const APP_SECRET: &str = "cloud-app-secret";
pub const VERIFY_TOKEN: &str = "cloud-verify-token";
/// The business number as WhatsApp shows it, and as `wa.me` wants it.
pub const DISPLAY_NUMBER: &str = "+44 7700 900999";
pub const NUMBER: &str = "447700900999";

#[derive(Default)]
struct State_ {
    /// Bodies posted to `/messages`, in order.
    sent: Vec<Value>,
    uploads: usize,
    /// Members whose free-form messages are refused with 131047.
    reengage: HashSet<String>,
    next: u64,
    webhooks: u64,
    /// Calls refused for a wrong token.
    refused: usize,
}

#[derive(Clone)]
pub struct FakeCloud {
    pub url: String,
    state: Arc<Mutex<State_>>,
    http: reqwest::Client,
}

impl FakeCloud {
    pub async fn start() -> FakeCloud {
        let state = Arc::new(Mutex::new(State_::default()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/v23.0", listener.local_addr().unwrap());
        let app = Router::new().fallback(handle).with_state(state.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        FakeCloud {
            url,
            state,
            http: reqwest::Client::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State_> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Kettle's environment for this fake, with `templates`.
    pub fn env(&self, templates: &str) -> Vec<(&'static str, String)> {
        let mut vars = vec![
            ("WHATSAPP_CLOUD_TOKEN", TOKEN.to_string()),
            (
                "WHATSAPP_CLOUD_PHONE_NUMBER_ID",
                PHONE_NUMBER_ID.to_string(),
            ),
            ("WHATSAPP_CLOUD_APP_SECRET", APP_SECRET.to_string()),
            ("WHATSAPP_CLOUD_VERIFY_TOKEN", VERIFY_TOKEN.to_string()),
            ("WHATSAPP_CLOUD_API_URL", self.url.clone()),
        ];
        if !templates.is_empty() {
            vars.push(("WHATSAPP_CLOUD_TEMPLATES", templates.to_string()));
        }
        vars
    }

    /// Free-form messages to `wa_id` are refused with 131047 from now on.
    pub fn needs_reengagement(&self, wa_id: &str) {
        self.lock().reengage.insert(wa_id.to_string());
    }

    /// How many calls were refused for a wrong token.
    pub fn refused(&self) -> usize {
        self.lock().refused
    }

    /// Every message Kettle sent, in order.
    pub fn sent(&self) -> Vec<Value> {
        self.lock().sent.clone()
    }

    /// Messages to one member (or group id).
    pub fn sent_to(&self, to: &str) -> Vec<Value> {
        self.sent().into_iter().filter(|m| m["to"] == to).collect()
    }

    /// The text a message shows: its body, its interactive body, or its
    /// template's parameter.
    pub fn shown(m: &Value) -> String {
        let text = match m["type"].as_str() {
            Some("text") => &m["text"]["body"],
            Some("interactive") => &m["interactive"]["body"]["text"],
            Some("template") => &m["template"]["components"][0]["parameters"][0]["text"],
            Some("document") => &m["document"]["caption"],
            _ => &Value::Null,
        };
        text.as_str().unwrap_or_default().to_string()
    }

    /// Waits until `check` holds, or panics with `what`, the messages and Kettle's log.
    pub async fn wait_for(&self, what: &str, log: &str, check: impl Fn(&FakeCloud) -> bool) {
        let start = Instant::now();
        while !check(self) {
            // The bridge's pace (one message a second over the number) sets the
            // pace of both doors, and a busy machine slows it further.
            if start.elapsed() > Duration::from_secs(45) {
                let log = std::fs::read_to_string(log).unwrap_or_default();
                panic!(
                    "timed out waiting for {what}; sent: {:#?}\nlog:\n{log}",
                    self.sent()
                );
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Waits for a message to `to` whose shown text contains `needle`.
    pub async fn wait_for_shown(&self, to: &str, needle: &str, log: &str) -> Value {
        self.wait_for(needle, log, |f| {
            f.sent_to(to)
                .iter()
                .any(|m| FakeCloud::shown(m).contains(needle))
        })
        .await;
        self.sent_to(to)
            .into_iter()
            .find(|m| FakeCloud::shown(m).contains(needle))
            .unwrap()
    }

    fn envelope(&self, value: Value) -> Value {
        json!({"object": "whatsapp_business_account", "entry": [{"id": "102290129340398",
            "changes": [{"field": "messages", "value": value}]}]})
    }

    fn metadata() -> Value {
        json!({"display_phone_number": DISPLAY_NUMBER, "phone_number_id": PHONE_NUMBER_ID})
    }

    fn next(&self) -> u64 {
        let mut s = self.lock();
        s.webhooks += 1;
        s.webhooks
    }

    /// `wa_id` writes `body` to Kettle's business number.
    pub fn text(&self, wa_id: &str, name: &str, body: &str) -> Value {
        let n = self.next();
        let ts = chrono::Utc::now().timestamp();
        self.envelope(json!({"messaging_product": "whatsapp", "metadata": FakeCloud::metadata(),
            "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
            "messages": [{"from": wa_id, "id": format!("wamid.in{n:08}"), "timestamp": ts.to_string(),
                          "type": "text", "text": {"body": body}}]}))
    }

    /// `wa_id` writes `body` in the Groups API group `group`.
    pub fn group_text(&self, group: &str, wa_id: &str, name: &str, body: &str) -> Value {
        let n = self.next();
        let ts = chrono::Utc::now().timestamp();
        self.envelope(
            json!({"messaging_product": "whatsapp", "metadata": FakeCloud::metadata(),
            "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
            "messages": [{"from": wa_id, "group_id": group, "id": format!("wamid.in{n:08}"),
                          "timestamp": ts.to_string(), "type": "text", "text": {"body": body}}]}),
        )
    }

    /// `wa_ids` join the Groups API group `group` through its invite link
    /// (`joined`), or leave it: a `group_participants_update` webhook.
    pub fn participants(&self, group: &str, joined: bool, wa_ids: &[&str]) -> Value {
        let ts = chrono::Utc::now().timestamp() + i64::try_from(self.next()).unwrap_or(0);
        let people: Vec<Value> = wa_ids
            .iter()
            .map(|w| json!({"input": w, "wa_id": w}))
            .collect();
        let (kind, list) = if joined {
            ("group_participants_add", "added_participants")
        } else {
            ("group_participants_remove", "removed_participants")
        };
        json!({"object": "whatsapp_business_account", "entry": [{"id": "102290129340398",
            "changes": [{"field": "group_participants_update", "value": {
                "messaging_product": "whatsapp", "metadata": FakeCloud::metadata(),
                "groups": [{"timestamp": ts.to_string(), "group_id": group, "type": kind,
                            "reason": "invite_link", "initiated_by": "participant", list: people}]}}]}]})
    }

    /// `wa_id` presses a reply button (or list row) whose id is `token`.
    pub fn press(&self, wa_id: &str, name: &str, token: &str, list: bool) -> Value {
        let n = self.next();
        let ts = chrono::Utc::now().timestamp();
        let kind = if list { "list_reply" } else { "button_reply" };
        self.envelope(
            json!({"messaging_product": "whatsapp", "metadata": FakeCloud::metadata(),
            "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
            "messages": [{"context": {"from": NUMBER, "id": "wamid.out"}, "from": wa_id,
                          "id": format!("wamid.in{n:08}"), "timestamp": ts.to_string(),
                          "type": "interactive",
                          "interactive": {"type": kind, kind: {"id": token, "title": "x"}}}]}),
        )
    }

    /// WhatsApp reports, later, that a message to `wa_id` failed with `code`.
    pub fn failed(&self, wa_id: &str, code: i64) -> Value {
        let n = self.next();
        self.envelope(json!({"messaging_product": "whatsapp", "metadata": FakeCloud::metadata(),
            "statuses": [{"id": format!("wamid.out{n}"), "status": "failed", "timestamp": "1698266945",
                          "recipient_id": wa_id,
                          "errors": [{"code": code, "title": "Re-engagement message",
                                      "message": "Re-engagement message",
                                      "error_data": {"details": "Message failed to send because more than 24 hours have passed since the customer last replied to this number."}}]}]}))
    }

    /// Posts `body` to Kettle's webhook signed with `secret` (or unsigned).
    pub async fn post(&self, kettle: &str, body: &str, secret: Option<&str>) -> StatusCode {
        let mut req = self
            .http
            .post(format!("{kettle}/whatsapp/cloud/webhook"))
            .header("content-type", "application/json");
        if let Some(secret) = secret {
            req = req.header("X-Hub-Signature-256", sign(secret, body.as_bytes()));
        }
        let status = req.body(body.to_string()).send().await.unwrap().status();
        StatusCode::from_u16(status.as_u16()).unwrap()
    }

    /// Delivers one event, signed, retrying as Meta does until Kettle takes it.
    pub async fn deliver(&self, kettle: &str, event: &Value) {
        let body = event.to_string();
        for _ in 0..300 {
            if self
                .post(kettle, &body, Some(APP_SECRET))
                .await
                .is_success()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("Kettle never took {body}");
    }
}

// Time passing, for the window, and a reminder falling due.

/// Runs `sql` with a time (`$1`) and a text (`$2`) on either backend.
async fn at_and_text(store: &Store, sql: &str, at: chrono::DateTime<chrono::Utc>, text: &str) {
    match store {
        Store::Postgres(p) => sqlx::query(sql)
            .bind(at)
            .bind(text)
            .execute(p)
            .await
            .map(|_| ()),
        Store::Sqlite(p) => sqlx::query(sql)
            .bind(at)
            .bind(text)
            .execute(p)
            .await
            .map(|_| ()),
    }
    .unwrap();
}

/// Sets `chat`'s last message from its member `hours` ago.
pub async fn wrote_hours_ago(store: &Store, chat: &str, hours: i64) {
    let at = chrono::Utc::now() - chrono::Duration::hours(hours);
    let sql = "UPDATE whatsapp_cloud_chats SET last_inbound_at = $1 WHERE chat_id = $2";
    at_and_text(store, sql, at, chat).await;
}

/// Brings the pending jobs of `kind` due now (a day has passed).
pub async fn due_now(store: &Store, kind: &str) {
    let sql = "UPDATE jobs SET due_at = $1 WHERE kind = $2 AND status = 'pending'";
    at_and_text(store, sql, chrono::Utc::now(), kind).await;
}

/// Books the meeting's reminder `minutes_before`, due now.
pub async fn remind_now(store: &Store, minutes_before: i64) {
    let meeting_id = super::count(store, "SELECT MAX(id) FROM meetings").await;
    let sequence = super::count(store, "SELECT CAST(MAX(sequence) AS BIGINT) FROM meetings").await;
    let mut tx = store.begin().await.unwrap();
    let job = Job::MeetReminder {
        meeting_id,
        sequence: i32::try_from(sequence).unwrap(),
        minutes_before,
    };
    job.schedule(
        &mut tx,
        &format!("test-reminder-{minutes_before}"),
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

/// `sha256=` + hex HMAC-SHA256 of `body` under `secret`, as Meta signs.
pub fn sign(secret: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

fn error(status: StatusCode, code: i64, message: &str) -> Response {
    let body = json!({"error": {"message": message, "type": "OAuthException", "code": code,
        "error_data": {"messaging_product": "whatsapp", "details": message}, "fbtrace_id": "A4O5"}});
    (status, Json(body)).into_response()
}

async fn handle(
    State(state): State<Arc<Mutex<State_>>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let bearer = format!("Bearer {TOKEN}");
    let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
    if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some(bearer.as_str()) {
        s.refused += 1;
        return error(StatusCode::UNAUTHORIZED, 190, "Invalid OAuth access token");
    }
    let path = uri.path().to_string();
    let messages = format!("/v23.0/{PHONE_NUMBER_ID}/messages");
    let media = format!("/v23.0/{PHONE_NUMBER_ID}/media");
    let number = format!("/v23.0/{PHONE_NUMBER_ID}");
    match (method.as_str(), path.as_str()) {
        ("POST", p) if p == messages => {
            let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
            if body["messaging_product"] != "whatsapp" {
                return error(
                    StatusCode::BAD_REQUEST,
                    100,
                    "messaging_product is required",
                );
            }
            let to = body["to"].as_str().unwrap_or_default().to_string();
            if body["type"] != "template" && s.reengage.contains(&to) {
                return error(StatusCode::BAD_REQUEST, 131_047, "Re-engagement message");
            }
            s.next += 1;
            let id = format!("wamid.out{:08}", s.next);
            s.sent.push(body);
            Json(json!({"messaging_product": "whatsapp",
                "contacts": [{"input": to, "wa_id": to}], "messages": [{"id": id}]}))
            .into_response()
        }
        ("POST", p) if p == media => {
            s.uploads += 1;
            Json(json!({"id": format!("4490709327{:06}", s.uploads)})).into_response()
        }
        ("GET", p) if p == number => {
            Json(json!({"display_phone_number": DISPLAY_NUMBER, "id": PHONE_NUMBER_ID}))
                .into_response()
        }
        _ => error(StatusCode::NOT_FOUND, 100, "Unsupported request"),
    }
}
