//! The fake WAHA's HTTP side: the API key checked, sends recorded (or
//! refused while the session is down), and the read endpoints Kettle uses.

use super::waha::{Call, FakeState, API_KEY, ME};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Instant;

pub(super) async fn handle(
    State(state): State<Arc<Mutex<FakeState>>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if headers.get("x-api-key").and_then(|v| v.to_str().ok()) != Some(API_KEY) {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({"message": "Unauthorized", "statusCode": 401})),
        )
            .into_response();
    }
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let path = uri.path().to_string();
    let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
    let is_send = matches!(
        path.as_str(),
        "/api/sendText" | "/api/sendFile" | "/api/sendPoll"
    );
    if is_send && (s.down || s.status != "WORKING") {
        s.refused.push(Call {
            method: method.to_string(),
            path: path.clone(),
            body: body.clone(),
            at: Instant::now(),
        });
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({"message": "Session is not ready", "statusCode": 503})),
        )
            .into_response();
    }
    s.calls.push(Call {
        method: method.to_string(),
        path: path.clone(),
        body: body.clone(),
        at: Instant::now(),
    });
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    match (method.as_str(), segments.as_slice()) {
        ("POST", ["api", "sendText" | "sendFile" | "sendPoll"]) => {
            let n = s.next_id;
            s.next_id += 1;
            let chat = body["chatId"].as_str().unwrap_or_default().to_string();
            let id = format!("true_{chat}_3EB0{n:016X}");
            if path == "/api/sendPoll" {
                let poll = &body["poll"];
                let options = poll["options"]
                    .as_array()
                    .map(|o| o.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
                    .unwrap_or_default();
                let name = poll["name"].as_str().unwrap_or_default().to_string();
                s.polls.push((chat, id.clone(), name, options));
            }
            (StatusCode::CREATED, Json(json!({"id": id, "fromMe": true}))).into_response()
        }
        ("POST", ["api", "sendSeen" | "startTyping" | "stopTyping"]) => {
            (StatusCode::CREATED, Json(json!({}))).into_response()
        }
        ("GET", ["api", _, "groups", group, "participants", "v2"]) => {
            let list: Vec<Value> = s
                .participants
                .get(*group)
                .map(|people| {
                    people
                        .iter()
                        .map(|(id, role)| json!({"id": id, "role": role}))
                        .collect()
                })
                .unwrap_or_default();
            Json(json!(list)).into_response()
        }
        ("GET", ["api", _, "lids", lid]) => {
            Json(json!({"lid": lid, "pn": s.lids.get(*lid)})).into_response()
        }
        ("GET", ["api", "sessions", name]) => Json(json!({
            "name": name, "status": s.status,
            "me": if s.status == "WORKING" { json!({"id": ME, "pushName": "Kettle"}) } else { Value::Null },
        }))
        .into_response(),
        _ => (
            StatusCode::NOT_FOUND,
            Json(json!({"message": format!("Cannot {method} {path}"), "statusCode": 404})),
        )
            .into_response(),
    }
}
