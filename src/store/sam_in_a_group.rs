//! A fixture for the unit tests of what SQLite's group commit checks on
//! its one writer: Sam (person 7), a member of a group (community 1), on
//! a fresh in-memory database, with one more thing set up and then one
//! change made, as the stories between a read and its commit would.

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
