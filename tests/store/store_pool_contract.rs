//! The connection pool: Kettle skips sqlx's ping for a connection used a
//! moment ago (see `store::pools`), but a connection the server dropped
//! while it sat idle still never costs an update.

use crate::support::store::*;
use crate::support::TestDb;
use kettle::store::CHECKED_AFTER_IDLE;

/// Postgres only: a SQLite connection lives in the process and cannot be
/// dropped by a server.
#[tokio::test]
async fn connections_the_server_dropped_while_idle_cost_no_update() {
    let db = TestDb::postgres().await;
    let store = db.store().await;
    let c = community(&store, "-1").await;

    // Five transactions at once leave five connections idle in the pool.
    let open = futures::future::join_all((0..5).map(|_| store.begin())).await;
    for tx in open {
        let mut tx = tx.unwrap();
        assert_eq!(tx.count_members(c).await.unwrap(), 0);
        tx.commit().await.unwrap();
    }

    // The server goes away and comes back (here: it ends every session of
    // this database) while they sit idle.
    tokio::time::sleep(CHECKED_AFTER_IDLE * 2).await;
    let ended = db.server_ends_every_session().await;
    assert!(ended >= 5, "sessions ended: {ended}");

    // Every transaction after that works at its first attempt.
    for _ in 0..8 {
        let mut tx = store.begin().await.expect("a live connection");
        assert_eq!(tx.count_members(c).await.unwrap(), 0);
        tx.commit().await.unwrap();
    }
}
