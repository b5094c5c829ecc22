//! Counting the SQL statements Kettle sends, to say per path how many one
//! operation costs and how long the database took over them (sqlx reports
//! each statement as a `sqlx::query` event at debug level, with its time;
//! this layer adds them up without printing them). With `--profile` it
//! also keeps the time per statement, to say where a path's time goes.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use tracing::field::{Field, Visit};
use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::util::SubscriberInitExt;

static STATEMENTS: AtomicU64 = AtomicU64::new(0);
static NANOS: AtomicU64 = AtomicU64::new(0);
static PROFILING: AtomicBool = AtomicBool::new(false);
static PROFILE: Mutex<Option<HashMap<String, (u64, f64)>>> = Mutex::new(None);

/// Statements sent so far, and the seconds they took (0 when counting is
/// not installed).
pub fn sent() -> (u64, f64) {
    (
        STATEMENTS.load(Ordering::Relaxed),
        NANOS.load(Ordering::Relaxed) as f64 / 1e9,
    )
}

/// Keep the time per statement from now on.
pub fn profile() {
    PROFILING.store(true, Ordering::Relaxed);
}

/// The statements seen since the last call, most time first: what each
/// starts with, how many were sent and their seconds in all.
pub fn take_profile() -> Vec<(String, u64, f64)> {
    let seen = PROFILE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
        .unwrap_or_default();
    let mut seen: Vec<_> = seen.into_iter().map(|(k, (n, s))| (k, n, s)).collect();
    seen.sort_by(|a, b| b.2.total_cmp(&a.2));
    seen
}

/// How much of a statement's text names it in the profile.
const KEY_CHARS: usize = 110;

/// The start of `text` with its whitespace made single spaces, `most`
/// bytes or a little more. Only the start: Kettle's statements run
/// to kilobytes, and normalizing all of each, in the path being measured,
/// cost Kettle's own process a tenth of its time (`perf`, check-in taps).
fn words(text: &str, most: usize) -> String {
    let mut out = String::with_capacity(most + 16);
    for word in text.split_whitespace() {
        if out.len() >= most {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[derive(Default)]
struct Fields {
    /// Whether to keep the statement's text (`--profile`): without it only
    /// the time is read, and nothing is copied.
    profiling: bool,
    statement: String,
    seconds: f64,
}

impl Visit for Fields {
    fn record_f64(&mut self, field: &Field, value: f64) {
        if field.name() == "elapsed_secs" {
            self.seconds = value;
        }
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        match field.name() {
            _ if !self.profiling => {}
            "summary" if self.statement.is_empty() => self.statement = value.to_string(),
            // The whole text (when the summary shortened it) tells apart
            // statements that start alike.
            "db.statement" if !value.trim().is_empty() => {
                self.statement = words(value, KEY_CHARS);
            }
            _ => {}
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if self.profiling && field.name() == "summary" && self.statement.is_empty() {
            self.statement = format!("{value:?}");
        }
    }
}

struct Count;

impl<S: tracing::Subscriber> Layer<S> for Count {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        let profiling = PROFILING.load(Ordering::Relaxed);
        let mut fields = Fields {
            profiling,
            ..Fields::default()
        };
        event.record(&mut fields);
        STATEMENTS.fetch_add(1, Ordering::Relaxed);
        NANOS.fetch_add((fields.seconds * 1e9) as u64, Ordering::Relaxed);
        if profiling {
            let key: String = fields.statement.chars().take(KEY_CHARS).collect();
            let mut profile = PROFILE.lock().unwrap_or_else(|e| e.into_inner());
            let entry = profile.get_or_insert_with(HashMap::new).entry(key);
            let (n, s) = entry.or_default();
            *n += 1;
            *s += fields.seconds;
        }
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

#[cfg(test)]
mod tests {
    use super::words;

    #[test]
    fn a_statements_name_is_its_first_words_spaced_once() {
        let sql = "WITH ins AS (\n        INSERT INTO inbox\t(channel, key)\n VALUES ($1, $2))";
        assert_eq!(
            words(sql, 110),
            "WITH ins AS ( INSERT INTO inbox (channel, key) VALUES ($1, $2))"
        );
        assert_eq!(words(sql, 10), "WITH ins AS");
        assert_eq!(words("   ", 10), "");
    }
}
