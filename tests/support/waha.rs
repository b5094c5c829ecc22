//! A fake WAHA (WhatsApp HTTP API) on loopback, shaped as WAHA documents
//! it: `X-Api-Key` checked on every call; `sendText`, `sendFile`,
//! `sendPoll`, presence calls, `participants/v2`, `lids` and the session;
//! and webhooks signed with HMAC-SHA512 over the exact bytes sent.

use axum::http::StatusCode;
use axum::Router;
use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::Sha512;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const API_KEY: &str = "waha-test-key";
pub const HMAC_KEY: &str = "waha-hmac-key";
pub const SESSION: &str = "default";
/// Kettle's own number on the fake.
pub const ME: &str = "447700900000@c.us";
pub const GROUP: &str = "120363000000000001@g.us";

#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub path: String,
    pub body: Value,
    pub at: Instant,
}

#[derive(Default)]
pub(super) struct FakeState {
    pub(super) calls: Vec<Call>,
    pub(super) next_id: u64,
    /// group → [(id, role)]
    pub(super) participants: HashMap<String, Vec<(String, String)>>,
    /// hidden id → phone id
    pub(super) lids: HashMap<String, String>,
    pub(super) status: String,
    /// Polls sent: (chat, message id, name, options).
    pub(super) polls: Vec<(String, String, String, Vec<String>)>,
    /// Sends refused because the session was down or not WORKING.
    pub(super) refused: Vec<Call>,
    /// While set, every send answers 503.
    pub(super) down: bool,
    pub(super) events: u64,
}

#[derive(Clone)]
pub struct FakeWaha {
    pub url: String,
    state: Arc<Mutex<FakeState>>,
    http: reqwest::Client,
}

impl FakeWaha {
    pub async fn start() -> FakeWaha {
        let state = Arc::new(Mutex::new(FakeState {
            status: "WORKING".into(),
            next_id: 1,
            ..Default::default()
        }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let app = Router::new()
            .fallback(super::waha_server::handle)
            .with_state(state.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        FakeWaha {
            url,
            state,
            http: reqwest::Client::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, FakeState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The group's participants as `participants/v2` gives them.
    pub fn set_participants(&self, group: &str, people: &[(&str, &str)]) {
        self.lock().participants.insert(
            group.to_string(),
            people
                .iter()
                .map(|(id, role)| (id.to_string(), role.to_string()))
                .collect(),
        );
    }

    pub fn set_lid(&self, lid: &str, phone: &str) {
        self.lock().lids.insert(lid.to_string(), phone.to_string());
    }

    pub fn set_status(&self, status: &str) {
        self.lock().status = status.to_string();
    }

    pub fn set_down(&self, down: bool) {
        self.lock().down = down;
    }

    /// Calls the fake answered (refused sends are in [`FakeWaha::refused`]).
    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// Sends refused because the session was down or not `WORKING`.
    pub fn refused(&self) -> Vec<Call> {
        self.lock().refused.clone()
    }

    /// Texts (and file captions) sent to one chat, in order.
    pub fn texts_to(&self, chat: &str) -> Vec<String> {
        self.calls()
            .into_iter()
            .filter(|c| c.body["chatId"] == json!(chat))
            .filter_map(|c| match c.path.as_str() {
                "/api/sendText" => c.body["text"].as_str().map(str::to_string),
                "/api/sendFile" => c.body["caption"].as_str().map(str::to_string),
                _ => None,
            })
            .collect()
    }

    /// The first text sent to `chat` that starts with `start`.
    pub fn text_starting(&self, chat: &str, start: &str) -> Option<String> {
        self.texts_to(chat)
            .into_iter()
            .find(|t| t.starts_with(start))
    }

    /// Waits for a text to `chat` starting with `start`, and returns it.
    pub async fn wait_for_text(&self, chat: &str, start: &str, log: &str) -> String {
        self.wait_for(start, log, |f| f.text_starting(chat, start).is_some())
            .await;
        self.text_starting(chat, start).unwrap_or_default()
    }

    /// Files sent to one chat: (filename, mimetype, base64 data).
    pub fn files_to(&self, chat: &str) -> Vec<(String, String, String)> {
        self.calls()
            .into_iter()
            .filter(|c| c.path == "/api/sendFile" && c.body["chatId"] == json!(chat))
            .map(|c| {
                let f = &c.body["file"];
                let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
                (s("filename"), s("mimetype"), s("data"))
            })
            .collect()
    }

    /// Native polls sent: (chat, message id, name, options).
    pub fn polls(&self) -> Vec<(String, String, String, Vec<String>)> {
        self.lock().polls.clone()
    }

    /// `voter` votes on the group poll `poll_id` (a full id as sendPoll
    /// answered), their whole selection now, at `ts` (seconds); with
    /// `failed`, as WAHA reports a vote it could not read.
    pub fn poll_vote(
        &self,
        poll_id: &str,
        voter: &str,
        chosen: &[&str],
        ts: i64,
        failed: bool,
    ) -> Value {
        let n = rand::random::<u32>();
        self.envelope(
            if failed {
                "poll.vote.failed"
            } else {
                "poll.vote"
            },
            json!({
                "vote": {"id": format!("false_{GROUP}_1C18A7{n:08X}_{voter}"), "to": GROUP,
                         "from": voter, "fromMe": false,
                         "selectedOptions": if failed { vec![] } else { chosen.to_vec() },
                         "timestamp": ts},
                "poll": {"id": poll_id, "to": GROUP, "from": ME, "fromMe": true},
            }),
        )
    }

    /// Waits until `check` holds, or panics with `what` and Kettle's log.
    pub async fn wait_for(&self, what: &str, log: &str, check: impl Fn(&FakeWaha) -> bool) {
        let start = Instant::now();
        while !check(self) {
            if start.elapsed() > Duration::from_secs(20) {
                let log = std::fs::read_to_string(log).unwrap_or_default();
                panic!(
                    "timed out waiting for {what}; calls: {:#?}\nlog:\n{log}",
                    self.calls()
                );
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// A number answers the newest message Kettle has recorded as sent:
    /// this gives it the moment between WAHA's answer and that record, as
    /// a person's reading time always does.
    pub async fn settle(&self) {
        tokio::time::sleep(Duration::from_millis(300)).await;
    }

    /// Posts an event to Kettle's webhook as WAHA does, signed with `key`
    /// (or unsigned); returns the status Kettle answered.
    pub async fn post(&self, kettle: &str, body: &str, key: Option<&str>) -> StatusCode {
        self.try_post(kettle, body, key).await.expect("webhook")
    }

    /// As [`FakeWaha::post`], or the transport error (Kettle not there).
    pub async fn try_post(
        &self,
        kettle: &str,
        body: &str,
        key: Option<&str>,
    ) -> Result<StatusCode, reqwest::Error> {
        let mut req = self
            .http
            .post(format!("{kettle}/whatsapp/bridge/webhook"))
            .header("content-type", "application/json")
            .header("User-Agent", "WAHA/2026.7.1")
            .header(
                "X-Webhook-Request-Id",
                format!("req-{}", rand::random::<u64>()),
            )
            .header("X-Webhook-Timestamp", "1741249702485");
        if let Some(key) = key {
            req = req
                .header("X-Webhook-Hmac", sign(key, body.as_bytes()))
                .header("X-Webhook-Hmac-Algorithm", "sha512");
        }
        let status = req.body(body.to_string()).send().await?.status();
        Ok(StatusCode::from_u16(status.as_u16()).unwrap())
    }

    /// Delivers one event, signed with the right key, retrying as WAHA does
    /// until Kettle answers 2xx.
    pub async fn deliver(&self, kettle: &str, event: &Value) {
        let body = event.to_string();
        for _ in 0..300 {
            let taken = self.try_post(kettle, &body, Some(HMAC_KEY)).await;
            if taken.is_ok_and(|status| status.is_success()) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("Kettle never took {body}");
    }

    /// A fresh envelope for `event`.
    pub fn envelope(&self, event: &str, payload: Value) -> Value {
        let n = {
            let mut s = self.lock();
            s.events += 1;
            s.events
        };
        json!({
            "id": format!("evt_{n:026}"),
            "timestamp": 1_741_249_702_485_i64 + n as i64,
            "event": event,
            "session": SESSION,
            "metadata": {},
            "me": {"id": ME, "pushName": "Kettle"},
            "payload": payload,
            "environment": {"tier": "CORE", "version": "2026.7.1"},
            "engine": "GOWS",
        })
    }

    /// `from` says `body` in the group, with their WhatsApp name.
    pub fn group_message(&self, from: &str, name: &str, body: &str) -> Value {
        let n = rand::random::<u32>();
        self.envelope(
            "message",
            json!({
                "id": format!("false_{GROUP}_3EB0{n:08X}_{from}"),
                "timestamp": 1_667_561_485,
                "from": GROUP, "fromMe": false, "participant": from,
                "to": ME, "body": body, "hasMedia": false, "ack": 1,
                "source": "app", "replyTo": null,
                "_data": {"notifyName": name},
            }),
        )
    }

    /// `from` writes to Kettle in a private chat.
    pub fn private_message(&self, from: &str, name: &str, body: &str) -> Value {
        let n = rand::random::<u32>();
        self.envelope(
            "message",
            json!({
                "id": format!("false_{from}_3EB0{n:08X}"),
                "timestamp": 1_667_561_485,
                "from": from, "fromMe": false, "to": ME, "body": body,
                "hasMedia": false, "_data": {"notifyName": name},
            }),
        )
    }

    /// Kettle's number was added to the group.
    pub fn kettle_added(&self, subject: &str) -> Value {
        self.envelope(
            "group.v2.join",
            json!({"group": {"id": GROUP, "subject": subject, "participants": []}, "_data": {}}),
        )
    }

    pub fn session_status(&self, status: &str) -> Value {
        self.envelope(
            "session.status",
            json!({"status": status, "statuses": [{"status": status, "timestamp": 1}], "data": null}),
        )
    }
}

/// The real binary on WhatsApp against a fresh fake WAHA: the group's
/// participants set (with Kettle's own number as an admin), Kettle up
/// and healthy on a fresh database of `backend`.
pub struct Scene {
    pub fake: FakeWaha,
    pub db: super::TestDb,
    pub kettle: super::Kettle,
    pub url: String,
    /// Kettle's log file, shown when a wait times out.
    pub log: String,
}

impl Scene {
    pub async fn start(backend: &str, people: &[(&str, &str)], extra: &[(&str, String)]) -> Scene {
        let fake = FakeWaha::start().await;
        let mut people = people.to_vec();
        people.push((ME, "admin"));
        fake.set_participants(GROUP, &people);
        let db = super::TestDb::of(backend).await;
        let (kettle, url) = super::Kettle::whatsapp(&fake, &db.url, extra);
        let log = kettle.log.display().to_string();
        super::wait_healthy(&format!("{url}/healthz")).await;
        Scene {
            fake,
            db,
            kettle,
            url,
            log,
        }
    }
}

/// What a Kettle that also speaks WhatsApp through `fake` is started
/// with (sending paced for tests), listening on `addr`.
pub fn bridge_env(fake: &FakeWaha, addr: &str) -> Vec<(&'static str, String)> {
    vec![
        ("WHATSAPP_BRIDGE_URL", fake.url.clone()),
        ("WHATSAPP_BRIDGE_API_KEY", API_KEY.to_string()),
        ("WHATSAPP_BRIDGE_HMAC_KEY", HMAC_KEY.to_string()),
        ("WHATSAPP_SEND_JITTER", "0".to_string()),
        ("WHATSAPP_SEND_CHAT_INTERVAL", "10ms".to_string()),
        ("KETTLE_HTTP_ADDR", addr.to_string()),
    ]
}

/// Hex HMAC-SHA512 of `body` under `key`, as WAHA signs.
pub fn sign(key: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha512>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// The `wa.me` link's code in a text: what a member's phone types for them.
pub fn start_code(text: &str) -> Option<String> {
    let at = text.find("?text=start%20")? + "?text=start%20".len();
    Some(
        text[at..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
            .collect(),
    )
}
