//! Helpers for the store contract suites: fresh stores, sample data, and a
//! macro that runs each case on both backends.

use chrono::{DateTime, TimeZone as _, Utc};
use kettle::config::SendLimits;
use kettle::domain::PlatformUser;
use kettle::domain::{Channel, ChatKind, Language, Outgoing, Role, TimeZone};
use kettle::store::{NewCommunity, NewMessage, Opening, Store, Tx};

use super::TestDb;

pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 29, 18, 0, 0).unwrap()
}

pub async fn store(backend: &str) -> (TestDb, Store) {
    let db = TestDb::of(backend).await;
    let store = db.store().await;
    (db, store)
}

pub fn text(chat: &str, kind: ChatKind, body: &str) -> NewMessage {
    NewMessage {
        channel: Channel::Telegram,
        chat_id: chat.into(),
        chat_kind: kind,
        outgoing: Outgoing::Send {
            text: body.into(),
            choices: vec![],
            file: None,
            layout: Default::default(),
            occasion: None,
        },
        not_before: t0(),
    }
}

pub fn fast() -> SendLimits {
    SendLimits {
        global_per_second: 1000,
        chat_interval: std::time::Duration::from_secs(1),
        group_per_minute: 20,
        ..SendLimits::default()
    }
}

pub async fn community(store: &Store, chat: &str) -> i64 {
    let mut tx = store.begin().await.unwrap();
    let new = NewCommunity {
        channel: Channel::Telegram,
        chat_id: chat,
        title: "Tenants",
        time_zone: TimeZone::default(),
        language: Language::En,
        now: t0(),
    };
    let c = tx.create_community(new).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    c.id
}

/// How the engine opens what `who` sends in the group `-5` under `key`: a
/// word, or a press on `press`; the platform saying they are in it.
pub fn in_group<'a>(who: &'a PlatformUser, key: &'a str, press: Option<&'a str>) -> Opening<'a> {
    Opening {
        channel: Channel::Telegram,
        key,
        at: t0(),
        group_chat: Some("-5"),
        sender: Some(who),
        register: true,
        today: None,
        press,
    }
}

/// Makes the account `id` on `channel`, called `name`, a member of
/// `community` with `role`; returns their person's id.
pub async fn member_as(
    tx: &mut Tx,
    community: i64,
    (channel, id, name): (Channel, &str, &str),
    role: Role,
) -> i64 {
    let user = PlatformUser {
        user_id: id.into(),
        display_name: name.into(),
        language_code: None,
    };
    let person = tx.upsert_person(channel, &user, t0()).await.unwrap().id;
    tx.join_community(community, person, t0()).await.unwrap();
    tx.set_role(community, person, role).await.unwrap();
    person
}

/// A person, by their platform id.
pub async fn someone(tx: &mut Tx, id: &str) -> i64 {
    let user = PlatformUser {
        user_id: id.into(),
        display_name: format!("Person {id}"),
        language_code: None,
    };
    tx.upsert_person(Channel::Telegram, &user, t0())
        .await
        .unwrap()
        .id
}

/// Runs each named case (an `async fn(&str)`) once on SQLite, once on Postgres.
#[macro_export]
macro_rules! on_both_backends {
    ($($case:ident),* $(,)?) => {
        mod sqlite {
            $( #[tokio::test] async fn $case() { super::$case("sqlite").await } )*
        }
        mod postgres {
            $( #[tokio::test] async fn $case() { super::$case("postgres").await } )*
        }
    };
}

/// A neighbourhood group's three priorities, as the polls' contracts ask
/// about them.
pub fn priorities() -> Vec<kettle::domain::poll::PollOption> {
    ["Lighting", "Youth club", "Bins"]
        .iter()
        .map(|l| kettle::domain::poll::PollOption {
            label: l.to_string(),
            cost: None,
        })
        .collect()
}
