//! A fake Telegram Bot API on loopback. It serves queued updates to
//! getUpdates, records every call, and can answer 429 for chosen chats.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const BOT_ID: i64 = 999_000;

// Tests reach the update builders as `tg::press` and so on; a test binary
// that uses none of them would otherwise warn.
#[allow(unused_imports)]
pub use super::telegram_updates::*;

pub const TOKEN: &str = "999000:TEST-TOKEN";

#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub body: Value,
    pub at: Instant,
    /// True when the fake refused this call (a 429, or a 400 it was told to give).
    pub throttled: bool,
}

#[derive(Default)]
struct FakeState {
    updates: Vec<Value>,
    calls: Vec<Call>,
    next_message_id: i64,
    /// chat id → (429 answers still to give, retry_after seconds)
    throttle: HashMap<String, (u32, u32)>,
    /// chat id → (400 answers still to give, their description)
    reject: HashMap<String, (u32, String)>,
    admins: HashMap<String, Vec<Value>>,
    member_count: i64,
    /// (chat id, user id) of people getChatMember says are not in the chat;
    /// everyone else is.
    outsiders: std::collections::HashSet<(String, String)>,
}

#[derive(Clone)]
pub struct FakeTelegram {
    pub url: String,
    state: Arc<Mutex<FakeState>>,
}

impl FakeTelegram {
    pub async fn start() -> FakeTelegram {
        let state = Arc::new(Mutex::new(FakeState {
            next_message_id: 1000,
            member_count: 6,
            ..Default::default()
        }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let app = Router::new().fallback(handle).with_state(state.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        FakeTelegram { url, state }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, FakeState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues an update for getUpdates.
    pub fn push(&self, update: Value) {
        self.lock().updates.push(update);
    }

    /// The next `count` sends to `chat_id` get a 429 with `retry_after`.
    pub fn throttle(&self, chat_id: i64, count: u32, retry_after: u32) {
        self.lock()
            .throttle
            .insert(chat_id.to_string(), (count, retry_after));
    }

    /// The next `count` sends to `chat_id` get a 400 with `description`.
    pub fn reject(&self, chat_id: i64, count: u32, description: &str) {
        self.lock()
            .reject
            .insert(chat_id.to_string(), (count, description.to_string()));
    }

    pub fn set_admins(&self, chat_id: i64, admins: Vec<Value>) {
        self.lock().admins.insert(chat_id.to_string(), admins);
    }

    /// getChatMember says `user_id` is not in `chat_id` (left, or never joined).
    pub fn set_outsider(&self, chat_id: i64, user_id: i64) {
        self.lock()
            .outsiders
            .insert((chat_id.to_string(), user_id.to_string()));
    }

    pub fn set_member_count(&self, n: i64) {
        self.lock().member_count = n;
    }

    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// Successful calls of one method (case-insensitive).
    pub fn sent(&self, method: &str) -> Vec<Call> {
        let method = method.to_lowercase();
        self.calls()
            .into_iter()
            .filter(|c| c.method == method && !c.throttled)
            .collect()
    }

    /// Successful sendMessage calls to one chat.
    pub fn messages_to(&self, chat_id: i64) -> Vec<Call> {
        self.sent("sendMessage")
            .into_iter()
            .filter(|c| c.body["chat_id"] == json!(chat_id))
            .collect()
    }

    /// Waits until `check` holds, or panics with `what` after `limit`.
    pub async fn wait_for(
        &self,
        what: &str,
        limit: Duration,
        check: impl Fn(&FakeTelegram) -> bool,
    ) {
        let start = Instant::now();
        while !check(self) {
            if start.elapsed() > limit {
                panic!(
                    "timed out waiting for {what}; calls so far: {:#?}",
                    self.calls()
                        .iter()
                        .map(|c| (&c.method, &c.body))
                        .collect::<Vec<_>>()
                );
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
}

async fn handle(
    State(state): State<Arc<Mutex<FakeState>>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let method = uri
        .path()
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let body: Value = match multipart_boundary(&headers) {
        Some(boundary) => multipart_fields(&body, &boundary),
        None => serde_json::from_slice(&body).unwrap_or(Value::Null),
    };
    if method == "getupdates" {
        return get_updates(&state, &body).await;
    }
    let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
    let chat = body
        .get("chat_id")
        .map(|v| v.to_string().trim_matches('"').to_string())
        .unwrap_or_default();
    if method == "sendmessage" || method == "editmessagetext" {
        if let Some((left, retry)) = s.throttle.get_mut(&chat) {
            if *left > 0 {
                *left -= 1;
                let retry = *retry;
                s.calls.push(Call {
                    method,
                    body,
                    at: Instant::now(),
                    throttled: true,
                });
                let answer = json!({"ok": false, "error_code": 429,
                    "description": format!("Too Many Requests: retry after {retry}"),
                    "parameters": {"retry_after": retry}});
                return (StatusCode::TOO_MANY_REQUESTS, Json(answer)).into_response();
            }
        }
        if let Some((left, description)) = s.reject.get_mut(&chat) {
            if *left > 0 {
                *left -= 1;
                let answer =
                    json!({"ok": false, "error_code": 400, "description": description.clone()});
                s.calls.push(Call {
                    method,
                    body,
                    at: Instant::now(),
                    throttled: true,
                });
                return (StatusCode::BAD_REQUEST, Json(answer)).into_response();
            }
        }
    }
    s.calls.push(Call {
        method: method.clone(),
        body: body.clone(),
        at: Instant::now(),
        throttled: false,
    });
    let result = match method.as_str() {
        "getme" => {
            json!({"id": BOT_ID, "is_bot": true, "first_name": "Kettle", "username": "kettle_test_bot",
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false})
        }
        "sendmessage" | "editmessagetext" | "senddocument" => {
            s.next_message_id += 1;
            let id = body
                .get("message_id")
                .and_then(Value::as_i64)
                .unwrap_or(s.next_message_id);
            message_json(
                id,
                &chat,
                body.get("text").and_then(Value::as_str).unwrap_or(""),
            )
        }
        "getchatadministrators" => Value::Array(s.admins.get(&chat).cloned().unwrap_or_default()),
        "getchatmembercount" => json!(s.member_count),
        "getchatmember" => {
            let user = body["user_id"].to_string().trim_matches('"').to_string();
            let status = match s.outsiders.contains(&(chat.clone(), user.clone())) {
                true => "left",
                false => "member",
            };
            let id: i64 = user.parse().unwrap_or(0);
            json!({"user": {"id": id, "is_bot": false, "first_name": "Someone"}, "status": status})
        }
        // The methods Kettle calls that answer `true`.
        "answercallbackquery" | "setmycommands" | "setwebhook" | "deletewebhook" => json!(true),
        // As the real Bot API: a method it does not know is a 404, so a
        // mistyped method fails a test instead of passing quietly.
        _ => {
            let answer = json!({"ok": false, "error_code": 404, "description": "Not Found: method not found"});
            return (StatusCode::NOT_FOUND, Json(answer)).into_response();
        }
    };
    Json(json!({"ok": true, "result": result})).into_response()
}

/// The boundary of a `multipart/form-data` request (how files are sent).
fn multipart_boundary(headers: &HeaderMap) -> Option<String> {
    let content_type = headers.get("content-type")?.to_str().ok()?;
    let rest = content_type.strip_prefix("multipart/form-data")?;
    let boundary = rest.split("boundary=").nth(1)?;
    Some(boundary.trim_matches('"').to_string())
}

/// A multipart body's fields as JSON, the way a JSON call would carry
/// them; a file field's content as text, and its name as `<field>_name`.
fn multipart_fields(body: &[u8], boundary: &str) -> Value {
    let text = String::from_utf8_lossy(body);
    let mut fields = serde_json::Map::new();
    for part in text.split(&format!("--{boundary}")) {
        let Some((head, content)) = part.split_once("\r\n\r\n") else {
            continue;
        };
        let Some(name) = head
            .split("name=\"")
            .nth(1)
            .and_then(|n| n.split('"').next())
        else {
            continue;
        };
        let content = content.strip_suffix("\r\n").unwrap_or(content);
        if let Some(file) = head
            .split("filename=\"")
            .nth(1)
            .and_then(|n| n.split('"').next())
        {
            fields.insert(format!("{name}_name"), json!(file));
        }
        let value = serde_json::from_str(content).unwrap_or_else(|_| json!(content));
        fields.insert(name.to_string(), value);
    }
    // Files may travel as their own part, referred to by `attach://<part>`.
    let attached: Vec<(String, String)> = fields
        .iter()
        .filter_map(|(k, v)| {
            Some((
                k.clone(),
                v.as_str()?.strip_prefix("attach://")?.to_string(),
            ))
        })
        .collect();
    for (field, part) in attached {
        if let Some(content) = fields.remove(&part) {
            fields.insert(field.clone(), content);
        }
        if let Some(name) = fields.remove(&format!("{part}_name")) {
            fields.insert(format!("{field}_name"), name);
        }
    }
    Value::Object(fields)
}

/// Serves updates from the requested offset, waiting briefly when there are none.
async fn get_updates(state: &Arc<Mutex<FakeState>>, body: &Value) -> Response {
    let offset = body.get("offset").and_then(Value::as_i64).unwrap_or(0);
    for _ in 0..20 {
        {
            let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
            s.calls.push(Call {
                method: "getupdates".into(),
                body: body.clone(),
                at: Instant::now(),
                throttled: false,
            });
            let ready: Vec<Value> = s
                .updates
                .iter()
                .filter(|u| u["update_id"].as_i64().unwrap_or(0) >= offset)
                .take(100)
                .cloned()
                .collect();
            if !ready.is_empty() {
                return Json(json!({"ok": true, "result": ready})).into_response();
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Json(json!({"ok": true, "result": []})).into_response()
}

fn message_json(id: i64, chat: &str, text: &str) -> Value {
    let chat_id: i64 = chat.parse().unwrap_or(0);
    let chat = if chat_id < 0 {
        json!({"id": chat_id, "type": "group", "title": "Test group"})
    } else {
        json!({"id": chat_id, "type": "private", "first_name": "Someone"})
    };
    json!({"message_id": id, "date": 1_767_600_000, "chat": chat, "text": text,
           "from": {"id": BOT_ID, "is_bot": true, "first_name": "Kettle"}})
}

/// The text of a sent or edited message.
pub fn text_of(call: &Call) -> String {
    call.body["text"].as_str().unwrap_or_default().to_string()
}

/// A message's inline keyboard, row by row.
pub fn keyboard(call: &Call) -> Vec<Vec<Value>> {
    call.body["reply_markup"]["inline_keyboard"]
        .as_array()
        .map(|rows| {
            rows.iter()
                .map(|r| r.as_array().cloned().unwrap_or_default())
                .collect()
        })
        .unwrap_or_default()
}
