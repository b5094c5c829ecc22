//! A fixture for the unit tests of what the group commit checks before it
//! writes: Sam (person 7), a member of a group (community 1), on a fresh
//! database (SQLite in memory, or Postgres on the tests' server), with
//! more set up and then one change made, as the stories between a read
//! and its commit would.

use super::Store;
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
