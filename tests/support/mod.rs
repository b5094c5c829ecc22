//! Shared test support: fresh databases on both backends, the fake Bot API
//! and fake WAHA, and the real `kettle` binary as a child process.
#![allow(dead_code)]

pub mod checkin;
pub mod cloud;
pub mod digest;
pub mod meeting;
pub mod poll;
#[macro_use]
pub mod store;
pub mod telegram;
pub mod telegram_updates;
pub mod waha;
mod waha_server;

use kettle::app::{Engine, Settings};
use kettle::clock::SharedClock;
use kettle::domain::{Language, TimeZone};
use kettle::i18n::Translator;
use kettle::store::Store;
use sqlx::{Connection, Executor, PgConnection};
use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;
use tokio::process::{Child, Command};

/// The server where tests create their databases. `scripts/test` sets
/// TEST_DATABASE_URL; without it the local server is tried.
pub fn postgres_admin_url() -> String {
    std::env::var("TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A fresh, empty database of either kind. Files and databases it made are
/// removed when it is dropped (Postgres ones by `scripts/test` at the end).
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    /// The Postgres database made for the test, dropped with it.
    postgres: Option<String>,
}

/// A test's Postgres database goes with the test: left behind, hundreds of
/// them slowed the shared server (and the benchmark on it) down.
impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(name) = self.postgres.take() else {
            return;
        };
        let admin = postgres_admin_url();
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(async {
                let mut conn = PgConnection::connect(&admin).await.ok()?;
                let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                conn.execute(sql.as_str()).await.ok()
            })
        });
        let _ = dropped.join();
    }
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let path: PathBuf = dir.path().join("kettle.db");
        TestDb {
            url: format!("sqlite:{}", path.display()),
            _dir: Some(dir),
            postgres: None,
        }
    }

    /// A new database on the test Postgres server. A missing server is a
    /// failure with instructions, never a skip.
    pub async fn postgres() -> TestDb {
        let admin = postgres_admin_url();
        let mut conn = PgConnection::connect(&admin).await.unwrap_or_else(|e| {
            panic!("these tests need Postgres ({e}). Set TEST_DATABASE_URL, or run scripts/test, which provides one")
        });
        let name = format!("kettle_t_{:016x}", rand::random::<u64>());
        conn.execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create test database");
        let mut url = reqwest::Url::parse(&admin).expect("TEST_DATABASE_URL is a URL");
        url.set_path(&format!("/{name}"));
        TestDb {
            url: url.to_string(),
            _dir: None,
            postgres: Some(name),
        }
    }

    pub async fn of(backend: &str) -> TestDb {
        match backend {
            "sqlite" => TestDb::sqlite().await,
            _ => TestDb::postgres().await,
        }
    }

    /// A migrated store on this database.
    pub async fn store(&self) -> Store {
        let store = Store::connect(&self.url).await.expect("connect");
        store.migrate().await.expect("migrate");
        store
    }

    /// Postgres: ends every session of this database (but the asker's),
    /// as a server that went away and came back would; how many it ended.
    pub async fn server_ends_every_session(&self) -> usize {
        let name = self.url.rsplit('/').next().unwrap().to_string();
        let mut admin = PgConnection::connect(&postgres_admin_url()).await.unwrap();
        let ended: Vec<(bool,)> = sqlx::query_as(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity \
             WHERE datname = $1 AND pid <> pg_backend_pid()",
        )
        .bind(&name)
        .fetch_all(&mut admin)
        .await
        .unwrap();
        ended.len()
    }
}

pub const BACKENDS: [&str; 2] = ["sqlite", "postgres"];

/// A free port on loopback for a child process to listen on.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The real binary, with a clean environment plus `vars`. Its log goes to a
/// file in the temp dir, printed if the test fails to find what it wants.
pub struct Kettle {
    pub child: Child,
    pub log: PathBuf,
}

impl Kettle {
    pub fn spawn(vars: &[(&str, String)]) -> Kettle {
        let log =
            std::env::temp_dir().join(format!("kettle-test-{:016x}.log", rand::random::<u64>()));
        let file = std::fs::File::create(&log).expect("log file");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kettle"));
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("RUST_LOG", "warn,kettle=debug")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::from(file))
            .kill_on_drop(true);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        Kettle {
            child: cmd.spawn().expect("start kettle"),
            log,
        }
    }

    /// Telegram mode against the fake Bot API, with the given database.
    pub fn telegram(
        fake: &telegram::FakeTelegram,
        database_url: &str,
        extra: &[(&str, String)],
    ) -> Kettle {
        let mut vars = vec![
            ("TELEGRAM_BOT_TOKEN", telegram::TOKEN.to_string()),
            ("TELEGRAM_API_URL", fake.url.clone()),
            ("DATABASE_URL", database_url.to_string()),
            ("KETTLE_HTTP_ADDR", format!("127.0.0.1:{}", free_port())),
        ];
        for (k, v) in extra {
            vars.retain(|(name, _)| name != k);
            vars.push((k, v.clone()));
        }
        Kettle::spawn(&vars)
    }

    /// WhatsApp mode against the fake WAHA, with the given database; sends
    /// are paced for tests (no jitter, 10 ms between messages). Returns
    /// Kettle and its base URL.
    pub fn whatsapp(
        fake: &waha::FakeWaha,
        database_url: &str,
        extra: &[(&str, String)],
    ) -> (Kettle, String) {
        let addr = format!("127.0.0.1:{}", free_port());
        let mut vars = vec![
            ("WHATSAPP_BRIDGE_URL", fake.url.clone()),
            ("WHATSAPP_BRIDGE_API_KEY", waha::API_KEY.to_string()),
            ("WHATSAPP_BRIDGE_HMAC_KEY", waha::HMAC_KEY.to_string()),
            ("WHATSAPP_SEND_JITTER", "0".to_string()),
            ("WHATSAPP_SEND_PER_MINUTE", "6000".to_string()),
            ("WHATSAPP_SEND_CHAT_INTERVAL", "10ms".to_string()),
            ("WHATSAPP_SEND_GROUP_PER_MINUTE", "6000".to_string()),
            ("DATABASE_URL", database_url.to_string()),
            ("KETTLE_HTTP_ADDR", addr.clone()),
        ];
        for (k, v) in extra {
            vars.retain(|(name, _)| name != k);
            vars.push((k, v.clone()));
        }
        let addr = vars
            .iter()
            .find(|(k, _)| *k == "KETTLE_HTTP_ADDR")
            .map_or(addr, |(_, v)| v.clone());
        (Kettle::spawn(&vars), format!("http://{addr}"))
    }

    /// `kill -9`.
    pub async fn kill_hard(&mut self) {
        self.child.start_kill().expect("kill");
        let _ = self.child.wait().await;
    }

    /// `kill -TERM`, as a supervisor stops it; how long it took to exit
    /// (at most `within`, after which it is killed).
    pub async fn stop(&mut self, within: Duration) -> Duration {
        let started = std::time::Instant::now();
        let pid = self.child.id().expect("kettle is running");
        // The shell's own `kill`: a fresh Debian need not have procps's.
        let signalled = std::process::Command::new("sh")
            .args(["-c", &format!("kill -TERM {pid}")])
            .status()
            .expect("kill -TERM");
        assert!(signalled.success(), "kill -TERM {pid}");
        if tokio::time::timeout(within, self.child.wait())
            .await
            .is_err()
        {
            self.kill_hard().await;
        }
        started.elapsed()
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

/// Polls `url` until it answers 200.
pub async fn wait_healthy(url: &str) {
    let client = reqwest::Client::new();
    for _ in 0..200 {
        if let Ok(r) = client.get(url).send().await {
            if r.status().is_success() {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{url} never became healthy");
}

/// One number from the database.
pub async fn count(store: &Store, sql: &str) -> i64 {
    match store {
        Store::Postgres(p) => sqlx::query_scalar::<_, i64>(sql)
            .fetch_one(p)
            .await
            .expect(sql),
        Store::Sqlite(p) => sqlx::query_scalar::<_, i64>(sql)
            .fetch_one(p)
            .await
            .expect(sql),
    }
}

/// One number from the database once it reaches `at_least` (or after ten
/// seconds, whatever it is then): for work another process finishes.
pub async fn count_reaching(store: &Store, sql: &str, at_least: i64) -> i64 {
    count_when(store, sql, |n| n >= at_least).await
}

/// One number from the database once `done` holds for it (or after ten
/// seconds, whatever it is then).
pub async fn count_when(store: &Store, sql: &str, done: impl Fn(i64) -> bool) -> i64 {
    for _ in 0..200 {
        let n = count(store, sql).await;
        if done(n) {
            return n;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    count(store, sql).await
}

/// A column of text from the database.
pub async fn strings(store: &Store, sql: &str) -> Vec<String> {
    match store {
        Store::Postgres(p) => sqlx::query_scalar(sql).fetch_all(p).await,
        Store::Sqlite(p) => sqlx::query_scalar(sql).fetch_all(p).await,
    }
    .expect(sql)
}

/// An engine with Kettle's defaults (London, English, a nudge after a day).
/// Lets the live messages catch up: the clock moves past the current
/// redraw stretch and the redraw jobs run, as they do a few seconds after
/// taps and votes (see `kettle::app::redraw`). Returns how many jobs ran.
pub async fn redrawn(kettle: &Engine, clock: &kettle::clock::ManualClock) -> usize {
    clock.advance(chrono::Duration::seconds(6));
    kettle::jobs::run_due(kettle, "redraw").await.unwrap()
}

pub fn engine(store: Store, clock: SharedClock) -> Engine {
    let settings = Settings {
        default_time_zone: TimeZone::default(),
        default_language: Language::En,
        join_nudge_after: chrono::Duration::hours(24),
        operator_contact: Some("the Riverside tenants' committee, @riverside_help".into()),
        inbox_days: 7,
        flood: None,
    };
    Engine::new(store, Translator::load().expect("locales"), clock, settings)
}

/// The text of a GET.
pub async fn get_text(url: &str) -> String {
    reqwest::get(url).await.expect(url).text().await.expect(url)
}

/// Hands every update to Kettle at once and waits for all of them.
pub async fn all_at_once(kettle: &Engine, updates: Vec<kettle::domain::Inbound>) {
    let mut handling = tokio::task::JoinSet::new();
    for update in updates {
        let kettle = kettle.clone();
        handling.spawn(async move { kettle.handle(update).await.unwrap() });
    }
    while let Some(done) = handling.join_next().await {
        done.unwrap();
    }
}
