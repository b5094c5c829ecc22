//! A tenants' group arranging meetings, as the engine sees it: helpers
//! for the meeting stories (people, buttons by what they do, files sent).

use super::checkin::*;
use chrono::{DateTime, TimeZone as _, Utc};
use kettle::app::Engine;
use kettle::domain::PlatformUser;
use kettle::store::Store;

/// Monday 23 November 2026, noon in London.
pub fn monday_noon() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()
}

/// The weekday `days` from today in London, as a member types it ("thu")
/// and as Kettle names it ("Thursday"). Stories through the real binary run
/// on the real clock: a meeting on "tue 19:00", typed on a Tuesday just
/// before seven, is past by the time it is confirmed. Days two and three
/// ahead are in the future whatever the time of day.
pub fn day_ahead(days: i64) -> (String, String) {
    let day = Utc::now().with_timezone(&chrono_tz::Europe::London) + chrono::Duration::days(days);
    (
        day.format("%a").to_string().to_lowercase(),
        day.format("%A").to_string(),
    )
}

pub async fn run_jobs(kettle: &Engine) {
    kettle::jobs::run_due(kettle, "me").await.unwrap();
}

/// Every button whose action is a meeting action, with its token, newest first.
pub async fn meeting_buttons(store: &Store) -> Vec<(String, serde_json::Value)> {
    let sql = "SELECT token, CAST(action AS TEXT) FROM buttons WHERE CAST(action AS TEXT) LIKE '%meet_%' \
               ORDER BY created_at DESC, token";
    let rows: Vec<(String, String)> = match store {
        Store::Postgres(p) => sqlx::query_as(sql).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_as(sql).fetch_all(p).await,
    }
    .unwrap();
    rows.into_iter()
        .map(|(t, a)| (t, serde_json::from_str(&a).unwrap()))
        .collect()
}

/// The token of the newest button for which `matches` holds.
pub async fn button(store: &Store, matches: impl Fn(&serde_json::Value) -> bool) -> String {
    meeting_buttons(store)
        .await
        .into_iter()
        .find(|(_, a)| matches(a))
        .map(|(t, _)| t)
        .expect("such a button")
}

/// Option ids of the newest poll, earliest time first.
pub async fn option_ids(store: &Store) -> Vec<i64> {
    let sql = "SELECT id FROM time_poll_options WHERE poll_id = (SELECT MAX(id) FROM time_polls) \
               ORDER BY starts_at";
    match store {
        Store::Postgres(p) => sqlx::query_scalar(sql).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_scalar(sql).fetch_all(p).await,
    }
    .unwrap()
}

pub async fn answer(kettle: &Engine, who: &PlatformUser, option: i64, availability: &str) {
    let store = &kettle.store;
    let token = button(store, |a| {
        a["action"] == "meet_answer"
            && a["option_id"] == option
            && a["availability"] == availability
    })
    .await;
    kettle.handle(pressed(who, &token)).await.unwrap();
}

/// Calendar files queued for a chat, as text, oldest first.
pub async fn calendar_files(store: &Store, chat: &str) -> Vec<String> {
    let sql =
        "SELECT CAST(payload AS TEXT) FROM outbox WHERE chat_id = $1 AND kind = 'send' ORDER BY id";
    let rows: Vec<String> = match store {
        Store::Postgres(p) => sqlx::query_scalar(sql).bind(chat).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_scalar(sql).bind(chat).fetch_all(p).await,
    }
    .unwrap();
    rows.into_iter()
        .filter_map(|json| {
            let v: serde_json::Value = serde_json::from_str(&json).unwrap();
            let bytes: Vec<u8> = serde_json::from_value(v["file"]["bytes"].clone()).ok()?;
            Some(String::from_utf8(bytes).unwrap())
        })
        .collect()
}

pub fn containing<'a>(texts: &'a [String], needle: &str) -> Vec<&'a String> {
    texts.iter().filter(|t| t.contains(needle)).collect()
}

/// Members who have joined (by speaking) and, for some, opened a private chat.
pub async fn members(kettle: &Engine) -> (PlatformUser, PlatformUser, PlatformUser, PlatformUser) {
    let (ali, bea, cai, dee) = (
        person(2, "Ali"),
        person(3, "Bea"),
        person(4, "Cai"),
        person(5, "Dee"),
    );
    for m in [&ali, &bea, &cai, &dee] {
        kettle.handle(said(m, "hello")).await.unwrap();
    }
    for m in [&ali, &cai] {
        kettle.handle(said_privately(m, "/start")).await.unwrap();
    }
    (ali, bea, cai, dee)
}
