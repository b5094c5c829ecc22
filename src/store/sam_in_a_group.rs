//! A fixture for the unit tests of what the group commit checks before it
//! writes: Sam (person 7), a member of a group (community 1), on a fresh
//! database (SQLite in memory, or Postgres on the tests' server), with
//! more set up and then one change made, as the stories between a read
//! and its commit would.

use super::group_commit::{Commit, Waiting};
use super::late_writes::StagedAnswer;
use super::{NewMessage, Store};
use crate::domain::checkin::Answer;
use crate::domain::{Channel, ChatKind, Layout, Outgoing};
use sqlx::pool::PoolConnection;
use sqlx::Sqlite;

const SAM_IN_A_GROUP: [&str; 3] = [
    "INSERT INTO communities (id, channel, chat_id, time_zone, language, created_at) \
     VALUES (1, 'telegram', '-1', 'Europe/London', 'en', '2026-12-03')",
    "INSERT INTO people (id, channel, platform_user_id, display_name, created_at) \
     VALUES (7, 'telegram', '7', 'Sam', '2026-12-03')",
    "INSERT INTO memberships (community_id, person_id, joined_at) VALUES (1, 7, '2026-12-03')",
];

/// The changes to Sam's membership any waiting write must notice.
pub(super) const SAM_GONE: [&str; 3] = [
    "UPDATE memberships SET left_at = '2026-12-03' WHERE person_id = 7",
    "UPDATE memberships SET removed_at = '2026-12-03' WHERE person_id = 7",
    "DELETE FROM memberships WHERE person_id = 7",
];

/// A connection to a fresh database holding Sam's group, then `setup`,
/// then `change` (if any). The connection keeps the database alive.
pub(super) async fn after(setup: &str, change: Option<&str>) -> PoolConnection<Sqlite> {
    let store = Store::connect("sqlite::memory:").await.unwrap();
    store.migrate().await.unwrap();
    let Store::Sqlite(pool) = &store else {
        panic!("a SQLite store");
    };
    let mut conn = pool.acquire().await.unwrap();
    let all = SAM_IN_A_GROUP.iter().copied().chain([setup]).chain(change);
    for sql in all {
        sqlx::query(sql).execute(&mut *conn).await.unwrap();
    }
    conn
}

/// Sam's group, then `setup`, on a fresh Postgres database made on the
/// tests' server (`TEST_DATABASE_URL`, as the integration tests find it),
/// for what Postgres's group write checks in its one statement. Returns
/// the pool and the database's name, for [`drop_postgres`].
pub(super) async fn on_postgres(setup: &[&str]) -> (sqlx::PgPool, String) {
    use sqlx::{Connection, Executor};
    let admin = std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let mut conn = sqlx::PgConnection::connect(&admin)
        .await
        .unwrap_or_else(|e| {
            panic!("this test needs Postgres ({e}): set TEST_DATABASE_URL, or run scripts/test")
        });
    let name = format!("kettle_t_{:016x}", rand::random::<u64>());
    conn.execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap();
    let mut url = reqwest::Url::parse(&admin).unwrap();
    url.set_path(&format!("/{name}"));
    let store = Store::connect(url.as_str()).await.unwrap();
    store.migrate().await.unwrap();
    let Store::Postgres(pool) = store else {
        panic!("a Postgres store");
    };
    for sql in SAM_IN_A_GROUP.iter().chain(setup) {
        sqlx::query(sql).execute(&pool).await.unwrap();
    }
    (pool, name)
}

/// How many updates the inbox has recorded.
pub(super) async fn recorded(pool: &sqlx::PgPool) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM inbox")
        .fetch_one(pool)
        .await
        .unwrap()
}

/// Drops a database [`on_postgres`] made.
pub(super) async fn drop_postgres(pool: sqlx::PgPool, name: &str) {
    use sqlx::{Connection, Executor};
    pool.close().await;
    let admin = std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let mut conn = sqlx::PgConnection::connect(&admin).await.unwrap();
    conn.execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
        .await
        .unwrap();
}

/// Sam's update under `key`, whose reply `text` goes to `chat`.
pub(super) fn replying(key: &str, chat: &str, text: &str) -> Commit {
    let send = Outgoing::Send {
        text: text.into(),
        choices: vec![],
        file: None,
        layout: Layout::default(),
        occasion: None,
    };
    to_chat(key, chat, send)
}

/// Sam's press under `key`, acknowledged in `chat`.
pub(super) fn acknowledged(key: &str, chat: &str) -> Commit {
    let press_id = format!("press:{key}");
    let text = None;
    to_chat(key, chat, Outgoing::Answer { press_id, text })
}

fn to_chat(key: &str, chat: &str, outgoing: Outgoing) -> Commit {
    let mut commit = Commit::sams(key);
    commit.pending.push(NewMessage {
        channel: Channel::Telegram,
        chat_id: chat.into(),
        chat_kind: ChatKind::Group,
        outgoing,
        not_before: commit.at,
    });
    commit
}

/// A tap under `key` by `person_id`, answering `answer` in round 4 of
/// Sam's group, with answer `id` as its read took it.
pub(super) fn answering(key: &str, person_id: i64, id: i64, answer: Answer) -> Commit {
    let mut staged = StagedAnswer::sams_pass(Some(id));
    (staged.person_id, staged.answer) = (person_id, answer);
    Commit {
        answer: Some(staged),
        ..Commit::sams(key)
    }
}

/// An update under `key` by `person_id`, a member of Sam's group first
/// heard from today (7 December 2026, in the week from the 7th).
pub(super) fn hearing(key: &str, person_id: i64) -> Commit {
    let heard = (1, person_id, "2026-12-07".into(), "2026-12-07".into());
    Commit {
        heard: Some(heard),
        ..Commit::sams(key)
    }
}

/// `commit` queued for the group writer, its answer unheard.
pub(super) fn waiting(commit: Commit) -> Waiting {
    let done = tokio::sync::oneshot::channel().0;
    Waiting::new(commit, done)
}
