//! The group writer's own sqlx connection (see [`super::group_commit`]),
//! now used only when its pipeline ([`super::pg_pipeline`]) cannot
//! connect.
//!
//! One group write runs at a time, and on Postgres each is one statement,
//! so the writer keeps one connection of its own instead of taking one
//! from the pool for every batch. From the pool, each batch waited its turn
//! among the updates' own statements for a connection, and gave it back
//! with sqlx's ping (a round trip the server answers) before the next
//! batch could have it. Measured in alternating runs of the benchmark on
//! Postgres: ingest 40/41/35 % → 48/44/48 % of the reference, taps in one
//! round 20/19/17 % → 23/21/24 %, across 50 rounds 15/16/14 % → 20/17/20 %.
//!
//! The connection is made with the pool's own options (the same plans
//! kept, `plan_cache_mode`). As the pool's are (`store::pools::checked`),
//! one idle longer than [`super::CHECKED_AFTER_IDLE`] is pinged before use, so
//! one the server dropped meanwhile is replaced without costing a batch;
//! and after a failed or cancelled batch it is closed and the next batch
//! makes a fresh one (a connection in doubt is never used again).

use super::StoreResult;
use sqlx::postgres::{PgArguments, PgConnection, PgPool};
use sqlx::query::QueryAs;
use sqlx::{Connection, Postgres};
use std::time::Instant;

/// The writer's connection and when it was last used. One per engine.
#[derive(Default)]
pub(super) struct PgWriter {
    held: tokio::sync::Mutex<Option<Held>>,
}

struct Held {
    conn: PgConnection,
    used: Instant,
}

impl std::fmt::Debug for PgWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgWriter").finish_non_exhaustive()
    }
}

impl PgWriter {
    /// Runs `query` on the writer's connection (made from `pool`'s options
    /// when there is none, or the one kept failed its check) and returns
    /// its rows.
    pub(super) async fn fetch_all<'q, O>(
        &self,
        pool: &PgPool,
        query: QueryAs<'q, Postgres, O, PgArguments>,
    ) -> StoreResult<Vec<O>>
    where
        O: Send + Unpin + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>,
    {
        let mut held = self.held.lock().await;
        let kept = match held.take() {
            Some(mut h) => {
                let alive = super::pools::checked(&mut h.conn, h.used.elapsed()).await;
                alive.is_ok().then_some(h)
            }
            None => None,
        };
        let mut conn = match kept {
            Some(h) => h.conn,
            None => PgConnection::connect_with(&pool.connect_options()).await?,
        };
        // Kept again only once its batch is answered: a caller cancelled
        // halfway (or a failed batch) leaves a connection in doubt, which
        // is closed, and the next batch makes a fresh one.
        let rows = query.fetch_all(&mut conn).await?;
        *held = Some(Held {
            conn,
            used: Instant::now(),
        });
        Ok(rows)
    }
}
