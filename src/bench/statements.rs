//! Counting the SQL statements Kettle sends, to say per path how many one
//! operation costs (sqlx reports each statement as a `sqlx::query` event
//! at debug level; this layer counts them without printing them).

use std::sync::atomic::{AtomicU64, Ordering};
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::util::SubscriberInitExt;

static STATEMENTS: AtomicU64 = AtomicU64::new(0);

/// Statements sent so far (0 when counting is not installed).
pub fn sent() -> u64 {
    STATEMENTS.load(Ordering::Relaxed)
}

struct Count;

impl<S: tracing::Subscriber> Layer<S> for Count {
    fn on_event(&self, _: &tracing::Event<'_>, _: Context<'_, S>) {
        STATEMENTS.fetch_add(1, Ordering::Relaxed);
    }
}

/// Logs warnings (or `RUST_LOG`) to stderr, and counts every statement.
pub fn install() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let logs = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_filter(filter);
    let statements = Targets::new().with_target("sqlx::query", LevelFilter::DEBUG);
    let _ = tracing_subscriber::registry()
        .with(logs)
        .with(Count.with_filter(statements))
        .try_init();
}
