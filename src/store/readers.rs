//! Read connections beside SQLite's one writer. SQLite has one writer,
//! and Kettle gives it one connection; but every update also reads (the
//! steady read, what its use case looks up), and on that one connection
//! each read waited for every write and every other update's reading,
//! handed from task to task. In WAL mode readers work beside the writer,
//! each seeing the last commit, as Postgres's reads see theirs: so a
//! deferred transaction ([`super::deferred`]) reads on a connection of its
//! own, and only writes (its group commit, or a real transaction once it
//! writes) take the writer.
//!
//! An in-memory database (`sqlite::memory:`) cannot be shared between
//! connections this way: it keeps reading on its one connection.

use sqlx::sqlite::{SqliteConnectOptions, SqlitePool, SqlitePoolOptions};
use sqlx::Row;
use tokio::sync::OnceCell;

/// How many updates may read at once: one for each core of the
/// machine Kettle is sized for, and one more for the one waiting on the
/// writer.
const READERS: u32 = 3;

/// The read connections, made on first use. One per engine.
#[derive(Default)]
pub(super) struct Readers {
    pool: OnceCell<Option<SqlitePool>>,
}

impl Readers {
    /// The pool to read on beside `writer`; `None` where reads stay on the
    /// writer (the database is not in WAL mode: in memory).
    async fn of(&self, writer: &SqlitePool) -> Option<&SqlitePool> {
        self.pool
            .get_or_init(|| async {
                match in_wal(writer).await {
                    true => Some(readers(&writer.connect_options())),
                    false => None,
                }
            })
            .await
            .as_ref()
    }

    /// The pool to read on: the readers, or the writer where there are none.
    pub(super) async fn or_writer<'p>(&'p self, writer: &'p SqlitePool) -> &'p SqlitePool {
        self.of(writer).await.unwrap_or(writer)
    }
}

/// Whether the writer's database keeps a write-ahead log (an in-memory
/// one cannot). A failed look is taken as no: reads stay where they were.
async fn in_wal(writer: &SqlitePool) -> bool {
    let mode = sqlx::query("PRAGMA journal_mode").fetch_one(writer).await;
    mode.ok()
        .and_then(|row| row.try_get::<String, _>(0).ok())
        .is_some_and(|mode| mode.eq_ignore_ascii_case("wal"))
}

/// A pool on the writer's database that cannot write: a read connection
/// used to write by mistake fails at once instead of racing the writer.
fn readers(writer: &SqliteConnectOptions) -> SqlitePool {
    let options = writer.clone().read_only(true).create_if_missing(false);
    SqlitePoolOptions::new()
        .max_connections(READERS)
        .min_connections(0)
        .test_before_acquire(false)
        .connect_lazy_with(options)
}

#[cfg(test)]
mod tests {
    use super::Readers;
    use crate::store::Store;

    async fn sqlite(url: &str) -> Store {
        let store = Store::connect(url).await.unwrap();
        store.migrate().await.unwrap();
        store
    }

    async fn received(conn: &mut sqlx::SqliteConnection) -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM inbox")
            .fetch_one(conn)
            .await
            .unwrap()
    }

    /// A reader sees each commit as it lands, even on a connection whose
    /// last read stopped at its first row (a read left open would hold
    /// the reader on an old snapshot), and cannot write.
    #[tokio::test]
    async fn a_file_database_is_read_beside_its_writer() {
        let dir = tempfile::tempdir().unwrap();
        let store = sqlite(&format!("sqlite:{}", dir.path().join("k.db").display())).await;
        let Store::Sqlite(writer) = &store else {
            panic!("a SQLite store");
        };
        let arrive = |key: &'static str| {
            sqlx::query("INSERT INTO inbox (channel, key, received_at) VALUES ('telegram', $1, '2026-12-02')")
                .bind(key)
        };
        arrive("a").execute(writer).await.unwrap();
        arrive("b").execute(writer).await.unwrap();
        let readers = Readers::default();
        let pool = readers
            .of(writer)
            .await
            .expect("a file database has readers");
        let mut conn = pool.acquire().await.unwrap();
        let first: Option<String> = sqlx::query_scalar("SELECT key FROM inbox ORDER BY key")
            .fetch_optional(&mut *conn)
            .await
            .unwrap();
        assert_eq!(first.as_deref(), Some("a"));
        arrive("c").execute(writer).await.unwrap();
        assert_eq!(
            received(&mut conn).await,
            3,
            "the reader saw the new commit"
        );
        let wrote = sqlx::query("DELETE FROM inbox").execute(&mut *conn).await;
        assert!(wrote.is_err(), "a reader wrote");
        assert_eq!(received(&mut conn).await, 3);
    }

    /// An in-memory database lives on its one connection: no readers.
    #[tokio::test]
    async fn a_database_in_memory_keeps_reading_on_its_writer() {
        let store = sqlite("sqlite::memory:").await;
        let Store::Sqlite(writer) = &store else {
            panic!("a SQLite store");
        };
        assert!(Readers::default().of(writer).await.is_none());
    }
}
