//! The group writer's pipeline on Postgres (see [`super::writer_thread`]).
//!
//! Each batch is one statement in a transaction of its own, and one write
//! ran at a time: the server wrote a batch, sent its answer, and then sat
//! idle until Kettle had read the answer, taken the next batch and sent
//! it. Sampled on the benchmark's ingest, the writer's server process spent
//! about a quarter of its time so, waiting for Kettle. sqlx cannot send a
//! statement before the last one's answer is in; tokio-postgres can. So the
//! writer sends the next batch while the one before is still being
//! written, and the server takes it up the moment it has committed the
//! other. The batches on one connection are written one after another,
//! each committed on its own: a failed one fails alone. (The writer keeps
//! two such connections, and writes on the second only a batch that may
//! go alongside the other's: `store::writer_thread`.)
//!
//! The connection is made with the pool's own options (host or socket,
//! user, password, database, the settings it sends). Should it be
//! impossible (a server that asks for TLS, which Kettle's sqlx cannot do
//! either) or fail, the batch is written through sqlx on the writer's own
//! connection instead ([`super::own_connection`]), and the pipeline is tried
//! again a little later.

use super::batch_bind::bind_batch;
use super::batch_bind::Params;
use super::batch_sql::{batch_sql, Parts};
use super::group_commit::{write_postgres, Commit, Written};
use super::own_connection::OwnConnection;
use super::{StoreError, StoreResult};
use sqlx::postgres::PgSslMode;
use sqlx::{ConnectOptions, PgPool};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio_postgres::types::Type;
use tokio_postgres::{Client, Statement};

/// After the pipeline could not connect, how long batches go through sqlx
/// before it is tried again.
const REST: Duration = Duration::from_secs(30);

/// How long connecting may take before the batch goes through sqlx.
const CONNECT_WITHIN: Duration = Duration::from_secs(10);

/// The writer's pipelined connection, made and used on the writer's thread only.
pub(super) struct Pipeline {
    pool: PgPool,
    /// Held while connecting, so two batches finding none make one.
    state: tokio::sync::Mutex<State>,
    fallback: OwnConnection,
}

/// The connection kept, or until when none is tried.
struct State {
    conn: Option<Arc<Conn>>,
    resting_until: Option<Instant>,
}

struct Conn {
    client: Client,
    /// Each batch text (one for each set of parts) is prepared once per
    /// connection.
    prepared: Mutex<HashMap<Parts, Statement>>,
}

impl Pipeline {
    pub(super) fn new(pool: PgPool) -> Pipeline {
        Pipeline::resting(pool, None)
    }

    fn resting(pool: PgPool, until: Option<Instant>) -> Pipeline {
        let state = State {
            conn: None,
            resting_until: until,
        };
        Pipeline {
            pool,
            state: tokio::sync::Mutex::new(state),
            fallback: OwnConnection::default(),
        }
    }

    /// Writes `commits` in one statement, sent at once even while an
    /// earlier batch is still being written; returns, in order, how each
    /// went.
    pub(super) async fn write(&self, commits: &[&Commit]) -> StoreResult<Vec<Written>> {
        let Some(conn) = self.connection().await else {
            return write_postgres(&self.pool, &self.fallback, commits).await;
        };
        let parts = Parts::of(commits);
        let params = bind_batch(commits, Params::default())?;
        let statement = conn.statement(parts, params.types()).await?;
        let started = Instant::now();
        let rows = conn.client.query(&statement, &params.values()).await?;
        // Reported as sqlx reports its own statements (at debug, without
        // parameters), so statement logging and the benchmark's count see
        // the group write too.
        tracing::debug!(
            target: "sqlx::query",
            summary = "group write",
            db.statement = batch_sql(parts),
            elapsed_secs = started.elapsed().as_secs_f64()
        );
        let rows = rows
            .iter()
            .map(|row| Ok((row.try_get::<_, i32>(0)?, row.try_get::<_, bool>(1)?)))
            .collect::<Result<Vec<_>, tokio_postgres::Error>>()?;
        Ok(super::group_commit::written(commits.len(), rows))
    }

    /// The connection kept while it is open, else a fresh one; none while
    /// resting. Unlike a pooled connection, which sqlx pings after it has
    /// idled (`store::pools::checked`), this one is read all the time by
    /// its own task on the writer's thread, so one the server closed is
    /// seen closed as soon as it is.
    async fn connection(&self) -> Option<Arc<Conn>> {
        let mut state = self.state.lock().await;
        if let Some(conn) = state.conn.as_ref().filter(|c| !c.client.is_closed()) {
            return Some(conn.clone());
        }
        state.conn = None;
        if state.resting_until.is_some_and(|t| Instant::now() < t) {
            return None;
        }
        match self.connect().await {
            Ok(conn) => {
                let conn = Arc::new(conn);
                *state = State {
                    conn: Some(conn.clone()),
                    resting_until: None,
                };
                Some(conn)
            }
            Err(e) => {
                tracing::warn!(error = %e, "the group writer's pipeline could not connect; writing through sqlx for now");
                state.resting_until = Some(Instant::now() + REST);
                None
            }
        }
    }

    async fn connect(&self) -> StoreResult<Conn> {
        let config = config(&self.pool)
            .ok_or(StoreError::PipelineUnavailable("the database asks for TLS"))?;
        let connecting = config.connect(tokio_postgres::NoTls);
        let (client, connection) = tokio::time::timeout(CONNECT_WITHIN, connecting)
            .await
            .map_err(|_| {
                StoreError::PipelineUnavailable("the database did not answer in time")
            })??;
        // Drives the connection on this thread's runtime until it closes.
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "the group writer's pipeline closed");
            }
        });
        Ok(Conn {
            client,
            prepared: Mutex::default(),
        })
    }
}

impl Conn {
    async fn statement(&self, parts: Parts, types: &[Type]) -> StoreResult<Statement> {
        let kept = {
            let prepared = self.prepared.lock().unwrap_or_else(|e| e.into_inner());
            prepared.get(&parts).cloned()
        };
        if let Some(statement) = kept {
            return Ok(statement);
        }
        let statement = self.client.prepare_typed(batch_sql(parts), types).await?;
        let mut kept = self.prepared.lock().unwrap_or_else(|e| e.into_inner());
        kept.insert(parts, statement.clone());
        Ok(statement)
    }
}

/// tokio-postgres's settings for the pool's connection options; none if
/// they ask for TLS.
fn config(pool: &PgPool) -> Option<tokio_postgres::Config> {
    let options = pool.connect_options();
    if matches!(
        options.get_ssl_mode(),
        PgSslMode::Require | PgSslMode::VerifyCa | PgSslMode::VerifyFull
    ) {
        return None;
    }
    let mut config = tokio_postgres::Config::new();
    match options.get_socket() {
        Some(dir) => config.host_path(dir),
        None => config.host(options.get_host()),
    };
    config.port(options.get_port()).user(options.get_username());
    // sqlx keeps the password (from the URL or PGPASSWORD) but shows it
    // only in the URL it builds.
    let url = options.to_url_lossy();
    if let Some(password) = url.password() {
        config.password(percent_encoding::percent_decode_str(password).collect::<Vec<u8>>());
    }
    if let Some(database) = options.get_database() {
        config.dbname(database);
    }
    if let Some(settings) = options.get_options() {
        config.options(settings);
    }
    if let Some(name) = options.get_application_name() {
        config.application_name(name);
    }
    config.ssl_mode(tokio_postgres::config::SslMode::Disable);
    Some(config)
}

#[cfg(test)]
mod tests {
    use super::{config, Pipeline, Written};
    use crate::store::group_commit::Commit;
    use crate::store::sam_in_a_group::{drop_postgres, on_postgres, recorded};
    use sqlx::postgres::{PgConnectOptions, PgPool};
    use std::str::FromStr;
    use std::time::{Duration, Instant};
    use tokio_postgres::config::Host;

    fn pool(url: &str) -> PgPool {
        let options = PgConnectOptions::from_str(url).unwrap();
        PgPool::connect_lazy_with(options.options([("plan_cache_mode", "force_generic_plan")]))
    }

    /// The pipeline connects as the pool does: the same server, account,
    /// password (even one with characters a URL must escape), database
    /// and settings.
    #[tokio::test]
    async fn the_pipeline_connects_as_the_pool_does() {
        let sams =
            pool("postgres://sam:p%40ss%2Fw0rd@db.example:6543/kettle?application_name=kettle");
        let settings = config(&sams).unwrap();
        assert_eq!(settings.get_hosts(), [Host::Tcp("db.example".into())]);
        assert_eq!(settings.get_ports(), [6543]);
        assert_eq!(settings.get_user(), Some("sam"));
        assert_eq!(settings.get_password(), Some(&b"p@ss/w0rd"[..]));
        assert_eq!(settings.get_dbname(), Some("kettle"));
        assert_eq!(settings.get_application_name(), Some("kettle"));
        assert!(settings
            .get_options()
            .unwrap()
            .contains("plan_cache_mode=force_generic_plan"));
        // Kettle's sqlx speaks no TLS, and neither does the pipeline.
        assert!(config(&pool("postgres://sam@db.example/kettle?sslmode=require")).is_none());
    }

    /// Sam taps twice, and his second tap is delivered twice; the second
    /// batch is sent before the first is answered. Each batch is written
    /// after the one before it, on its own: the repeated tap is a
    /// duplicate, whichever batch it is in.
    #[tokio::test]
    async fn a_batch_sent_behind_another_sees_what_that_one_wrote() {
        let (pg, name) = on_postgres(&[]).await;
        let pipeline = Pipeline::new(pg.clone());
        let first = [Commit::sams("tap:1"), Commit::sams("tap:2")];
        let second = [Commit::sams("tap:2"), Commit::sams("tap:3")];
        let (first, second) = (
            first.iter().collect::<Vec<_>>(),
            second.iter().collect::<Vec<_>>(),
        );
        let (a, b) = futures::join!(pipeline.write(&first), pipeline.write(&second));
        assert_eq!(a.unwrap(), [Written::Fresh, Written::Fresh]);
        assert_eq!(b.unwrap(), [Written::Duplicate, Written::Fresh]);
        assert_eq!(recorded(&pg).await, 3);
        drop_postgres(pg, &name).await;
    }

    /// The server drops the pipeline's connection (restarted, or an
    /// administrator ended it) while Sam's group is quiet: his next tap is
    /// written on a fresh one.
    #[tokio::test]
    async fn a_connection_the_server_closed_is_made_again() {
        let (pg, name) = on_postgres(&[]).await;
        let pipeline = Pipeline::new(pg.clone());
        let first = Commit::sams("tap:1");
        assert_eq!(pipeline.write(&[&first]).await.unwrap(), [Written::Fresh]);
        sqlx::query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
        .execute(&pg)
        .await
        .unwrap();
        // Quiet for a moment (the pool's own idle connections are checked
        // after a tenth of a second).
        tokio::time::sleep(Duration::from_millis(200)).await;
        let second = Commit::sams("tap:2");
        assert_eq!(pipeline.write(&[&second]).await.unwrap(), [Written::Fresh]);
        assert_eq!(recorded(&pg).await, 2);
        drop_postgres(pg, &name).await;
    }

    /// While the pipeline rests (it could not connect), batches are
    /// written through sqlx instead, just the same.
    #[tokio::test]
    async fn a_resting_pipeline_writes_through_sqlx() {
        let (pg, name) = on_postgres(&[]).await;
        let later = Instant::now() + Duration::from_secs(60);
        let pipeline = Pipeline::resting(pg.clone(), Some(later));
        for (key, written) in [("tap:1", Written::Fresh), ("tap:1", Written::Duplicate)] {
            let commit = Commit::sams(key);
            assert_eq!(pipeline.write(&[&commit]).await.unwrap(), [written]);
        }
        assert!(pipeline.state.lock().await.conn.is_none());
        assert_eq!(recorded(&pg).await, 1);
        drop_postgres(pg, &name).await;
    }

    /// A server that cannot be reached: the batch fails (through sqlx
    /// too), and the pipeline rests before it tries again.
    #[tokio::test]
    async fn a_pipeline_that_cannot_connect_rests() {
        let pipeline = Pipeline::new(pool("postgres://sam@127.0.0.1:1/kettle?connect_timeout=1"));
        let commit = Commit::sams("tap:1");
        assert!(pipeline.write(&[&commit]).await.is_err());
        let resting_until = pipeline.state.lock().await.resting_until;
        assert!(resting_until.is_some_and(|t| t > Instant::now()));
    }
}
