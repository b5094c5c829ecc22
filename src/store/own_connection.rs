//! A Postgres connection of its own, beside the pool, for work that runs
//! one batch at a time and often: the press reads' batches
//! ([`super::group_reads`]), and the group writer's batches when its
//! pipeline ([`super::pg_pipeline`]) cannot connect.
//!
//! Why not the pool: sqlx pings every connection as it comes back to the
//! pool, a round trip the server answers, and a batch would also wait its
//! turn among the updates' own statements for a connection. For the group
//! writer, measured in alternating runs of the benchmark on Postgres:
//! ingest 40/41/35 % → 48/44/48 % of the reference, taps in one round
//! 20/19/17 % → 23/21/24 %, across 50 rounds 15/16/14 % → 20/17/20 %.
//!
//! The connection is made with the pool's own options (the same plans
//! kept, `plan_cache_mode`). As the pool's are (`store::pools::checked`),
//! one idle longer than [`super::CHECKED_AFTER_IDLE`] is pinged before use, so
//! one the server dropped meanwhile is replaced without costing a batch;
//! and after a failed or cancelled batch it is closed and the next batch
//! makes a fresh one (a connection in doubt is never used again).

use super::StoreResult;
use sqlx::postgres::{PgArguments, PgConnection, PgPool, PgRow};
use sqlx::query::Query;
use sqlx::{Connection, Postgres};
use std::time::Instant;

/// The connection and when it was last used.
#[derive(Default)]
pub(super) struct OwnConnection {
    held: tokio::sync::Mutex<Option<Held>>,
}

struct Held {
    conn: PgConnection,
    used: Instant,
}

impl std::fmt::Debug for OwnConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OwnConnection").finish_non_exhaustive()
    }
}

impl OwnConnection {
    /// Runs `query` on the connection (made from `pool`'s options when
    /// there is none, or the one kept failed its check) and returns its
    /// rows.
    pub(super) async fn fetch_rows<'q>(
        &self,
        pool: &PgPool,
        query: Query<'q, Postgres, PgArguments>,
    ) -> StoreResult<Vec<PgRow>> {
        let mut held = self.held.lock().await;
        let mut conn = taken(&mut held, pool).await?;
        let rows = query.fetch_all(&mut conn).await?;
        *held = kept(conn);
        Ok(rows)
    }
}

/// The connection kept, if it is still alive, or a fresh one. It is kept
/// again ([`kept`]) only once its query is answered: a caller cancelled
/// halfway (or a failed query) leaves a connection in doubt, which is
/// closed, and the next query makes a fresh one.
async fn taken(held: &mut Option<Held>, pool: &PgPool) -> StoreResult<PgConnection> {
    if let Some(mut h) = held.take() {
        if super::pools::checked(&mut h.conn, h.used.elapsed())
            .await
            .is_ok()
        {
            return Ok(h.conn);
        }
    }
    Ok(PgConnection::connect_with(&pool.connect_options()).await?)
}

fn kept(conn: PgConnection) -> Option<Held> {
    Some(Held {
        conn,
        used: Instant::now(),
    })
}

#[cfg(test)]
mod tests {
    use super::OwnConnection;
    use crate::store::sam_in_a_group::{drop_postgres, on_postgres};
    use sqlx::Row;
    use std::time::Duration;

    /// The server process serving the connection.
    async fn server_of(own: &OwnConnection, pg: &sqlx::PgPool) -> i32 {
        let rows = own
            .fetch_rows(pg, sqlx::query("SELECT pg_backend_pid() AS pid"))
            .await
            .unwrap();
        rows[0].get("pid")
    }

    /// Queries one after another share one connection; when the server
    /// ends it (restarted, or an administrator ended it) while things are
    /// quiet, the next query is answered on a fresh one.
    #[tokio::test]
    async fn a_connection_is_kept_and_made_again_when_the_server_closed_it() {
        let (pg, name) = on_postgres(&[]).await;
        let own = OwnConnection::default();
        let first = server_of(&own, &pg).await;
        assert_eq!(server_of(&own, &pg).await, first);
        let ended: Vec<(bool,)> = sqlx::query_as("SELECT pg_terminate_backend($1, 5000)")
            .bind(first)
            .fetch_all(&pg)
            .await
            .unwrap();
        assert_eq!(ended, [(true,)]);
        // Quiet for longer than a kept connection is trusted unchecked.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let again = server_of(&own, &pg).await;
        assert_ne!(again, first);
        assert_eq!(server_of(&own, &pg).await, again);
        drop_postgres(pg, &name).await;
    }
}
