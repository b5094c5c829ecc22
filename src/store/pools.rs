//! How the connection pools are set up.
//!
//! sqlx pings a connection before handing it out, by default, and again as
//! it comes back. On Postgres each ping is a round trip to a server process;
//! on SQLite a hand-off to the connection's thread, and SQLite has one
//! connection. A connection is handed out once or twice for every update
//! (its read, its share of a group write, or its transaction), so in a busy
//! evening these pings were most of the round trips Kettle made that did no
//! work. They are kept only where they help: a Postgres
//! connection idle for longer than [`CHECKED_AFTER_IDLE`] is still pinged
//! before use, so one the server dropped (a restart, an idle timeout) is
//! replaced without costing an update; one used moments ago is taken as
//! alive. The ping as a connection comes back stays (sqlx always makes it),
//! and closes one that broke in use.

use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::SqlitePoolOptions;
use sqlx::Connection;
use std::time::Duration;

/// A Postgres connection idle this long is pinged before it is used. Kept
/// shorter than the engine's first retry of a failed update
/// (`channels::handover`), so an update that met a connection dropped with
/// the server finds every other idle one checked when it runs again.
pub const CHECKED_AFTER_IDLE: Duration = Duration::from_millis(100);

pub(super) fn postgres() -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(10)
        .acquire_timeout(Duration::from_secs(10))
        .test_before_acquire(false)
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                checked(conn, meta.idle_for).await?;
                Ok(true)
            })
        })
}

/// Pings a Postgres connection idle for longer than [`CHECKED_AFTER_IDLE`];
/// one used a moment ago is taken as alive. For the pool's connections and
/// the connections kept apart from it (`store::own_connection`).
pub(super) async fn checked(conn: &mut sqlx::PgConnection, idle: Duration) -> sqlx::Result<()> {
    if idle > CHECKED_AFTER_IDLE {
        conn.ping().await?;
    }
    Ok(())
}

/// One connection for writing: SQLite has one writer anyway, and it keeps
/// an in-memory database alive for the whole run (a database on disk is
/// also read beside it: `store::readers`). Never pinged before use: it
/// lives in this process, and sqlx advises against the ping for a pool of
/// one (a cancelled acquire could otherwise drop the one connection).
pub(super) fn sqlite() -> SqlitePoolOptions {
    SqlitePoolOptions::new()
        .max_connections(1)
        .idle_timeout(None)
        .max_lifetime(None)
        .test_before_acquire(false)
}
