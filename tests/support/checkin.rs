//! A group, its coordinator and their check-ins, as the engine sees them:
//! helpers for the check-in stories.

use chrono::{DateTime, TimeZone as _, Utc};
use kettle::app::Engine;
use kettle::clock::ManualClock;
use kettle::domain::{
    Channel, ChatAddress, ChatKind, Inbound, InboundEvent, PlatformContext, PlatformUser,
};
use kettle::store::Store;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub const GROUP: &str = "-500";

static KEYS: AtomicU64 = AtomicU64::new(1);

pub fn key() -> String {
    format!("u:{}", KEYS.fetch_add(1, Ordering::Relaxed))
}

pub fn person(id: u32, name: &str) -> PlatformUser {
    PlatformUser {
        user_id: id.to_string(),
        display_name: name.into(),
        language_code: Some("en".into()),
    }
}

/// An update as the Telegram adapter hands it over. It carries the
/// platform's word that the sender is in the story's group, as the adapter
/// adds it once asked (a story about someone not in it says otherwise).
pub fn inbound(chat: &str, kind: ChatKind, who: &PlatformUser, event: InboundEvent) -> Inbound {
    Inbound {
        key: key(),
        chat: ChatAddress {
            channel: Channel::Telegram,
            chat_id: chat.into(),
            kind,
        },
        chat_title: (kind == ChatKind::Group).then(|| "Harbour Recovery Group".into()),
        sender: Some(who.clone()),
        event,
        context: in_the_group(true),
        received_at: Utc::now(),
    }
}

/// What the platform says about the sender being in the story's group.
pub fn in_the_group(member: bool) -> PlatformContext {
    PlatformContext {
        membership: Some(kettle::domain::MembershipFact {
            chat_id: GROUP.into(),
            member,
        }),
        ..PlatformContext::default()
    }
}

pub fn said(who: &PlatformUser, text: &str) -> Inbound {
    said_in(GROUP, who, text)
}

/// Said in another group chat.
pub fn said_in(chat: &str, who: &PlatformUser, text: &str) -> Inbound {
    inbound(chat, ChatKind::Group, who, InboundEvent::Text(text.into()))
}

pub fn said_privately(who: &PlatformUser, text: &str) -> Inbound {
    let chat = who.user_id.clone();
    inbound(
        &chat,
        ChatKind::Private,
        who,
        InboundEvent::Text(text.into()),
    )
}

pub fn pressed_in(chat: &str, kind: ChatKind, who: &PlatformUser, token: &str) -> Inbound {
    let event = InboundEvent::ButtonPressed {
        token: token.into(),
        press_id: Some(key()),
    };
    inbound(chat, kind, who, event)
}

pub fn pressed(who: &PlatformUser, token: &str) -> Inbound {
    pressed_in(GROUP, ChatKind::Group, who, token)
}

/// A group with Kettle, a coordinator who has a private chat with it, and
/// the platform's head count.
pub async fn group_with_coordinator(kettle: &Engine, members: i64) -> PlatformUser {
    let coordinator = person(1, "Morgan");
    let mut added = inbound(GROUP, ChatKind::Group, &coordinator, InboundEvent::BotAdded);
    added.context = PlatformContext {
        admins: Some(vec![coordinator.clone()]),
        member_count: Some(members),
        ..PlatformContext::default()
    };
    kettle.handle(added).await.unwrap();
    kettle
        .handle(said_privately(&coordinator, "/start"))
        .await
        .unwrap();
    coordinator
}

/// The token of a round's button for `answer` (`rough` … `pass`, or `open`).
pub async fn token(store: &Store, what: &str) -> String {
    let pattern = if what == "open" {
        "%checkin_open%".to_string()
    } else {
        format!("%checkin_answer%{what}%")
    };
    newest_token(store, &pattern, None).await
}

/// The newest button only `user_id` may press whose action mentions `what`.
pub async fn own_token(store: &Store, user_id: &str, what: &str) -> String {
    newest_token(store, &format!("%{what}%"), Some(user_id)).await
}

async fn newest_token(store: &Store, pattern: &str, user_id: Option<&str>) -> String {
    let sql = "SELECT b.token FROM buttons b LEFT JOIN people p ON p.id = b.person_id \
               WHERE CAST(b.action AS TEXT) LIKE $1 \
               AND p.platform_user_id IS NOT DISTINCT FROM $2 \
               ORDER BY b.created_at DESC, b.token LIMIT 1";
    match store {
        Store::Postgres(p) => {
            sqlx::query_scalar(sql)
                .bind(pattern)
                .bind(user_id)
                .fetch_one(p)
                .await
        }
        Store::Sqlite(p) => {
            sqlx::query_scalar(sql)
                .bind(pattern)
                .bind(user_id)
                .fetch_one(p)
                .await
        }
    }
    .expect("a button")
}

/// Texts of messages queued for a chat (sends and edits), oldest first.
pub async fn texts_to(store: &Store, chat: &str) -> Vec<String> {
    let sql = "SELECT CAST(payload AS TEXT) FROM outbox WHERE chat_id = $1 AND kind IN ('send', 'edit') ORDER BY id";
    let rows: Vec<String> = match store {
        Store::Postgres(p) => sqlx::query_scalar(sql).bind(chat).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_scalar(sql).bind(chat).fetch_all(p).await,
    }
    .unwrap();
    rows.into_iter()
        .map(|json| {
            let v: serde_json::Value = serde_json::from_str(&json).unwrap();
            v["text"].as_str().unwrap_or_default().to_string()
        })
        .collect()
}

/// Edits queued for a chat, oldest first, as their outgoing JSON.
pub async fn edits_to(store: &Store, chat: &str) -> Vec<serde_json::Value> {
    let sql =
        "SELECT CAST(payload AS TEXT) FROM outbox WHERE chat_id = $1 AND kind = 'edit' ORDER BY id";
    let rows: Vec<String> = match store {
        Store::Postgres(p) => sqlx::query_scalar(sql).bind(chat).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_scalar(sql).bind(chat).fetch_all(p).await,
    }
    .unwrap();
    rows.iter()
        .map(|json| serde_json::from_str(json).unwrap())
        .collect()
}

pub fn engine_at(store: Store, at: DateTime<Utc>) -> (Engine, Arc<ManualClock>) {
    let clock = ManualClock::new(at);
    (super::engine(store, clock.clone()), clock)
}

pub fn monday_evening() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 19, 0, 0).unwrap()
}
