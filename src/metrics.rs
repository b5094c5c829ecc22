//! Prometheus metrics. Counters are bumped where things happen, labelled by
//! channel where one is known; gauges that live in the database (outbox
//! depth, job lag) are read when scraped.

use crate::store::Store;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

const COUNTERS: [(&str, &str); 5] = [
    ("kettle_updates_handled_total", "Inbound updates handled"),
    (
        "kettle_duplicates_ignored_total",
        "Inbound updates ignored because they were seen before",
    ),
    (
        "kettle_updates_failed_total",
        "Inbound updates given up on after retries",
    ),
    (
        "kettle_messages_sent_total",
        "Outgoing messages, edits and answers delivered",
    ),
    ("kettle_send_failures_total", "Failed delivery attempts"),
];

/// Installs the process-wide recorder once and returns its handle.
pub fn install() -> PrometheusHandle {
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new().build_recorder();
            let handle = recorder.handle();
            if metrics::set_global_recorder(recorder).is_ok() {
                for (name, help) in COUNTERS {
                    metrics::describe_counter!(name, help);
                    metrics::counter!(name).increment(0);
                }
                metrics::describe_gauge!("kettle_outbox_depth", "Messages waiting to be sent");
                metrics::describe_gauge!(
                    "kettle_job_lag_seconds",
                    "How late the most overdue job is"
                );
                metrics::describe_gauge!(
                    "kettle_channel_up",
                    "1 while a channel can deliver (a WhatsApp session WORKING), else 0"
                );
            }
            handle
        })
        .clone()
}

/// The Prometheus text, with database gauges read fresh.
pub async fn render(
    handle: &PrometheusHandle,
    store: &Store,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    if let Ok(depth) = store.outbox_depth().await {
        metrics::gauge!("kettle_outbox_depth").set(depth as f64);
    }
    if let Ok(lag) = store.job_lag_seconds(now).await {
        metrics::gauge!("kettle_job_lag_seconds").set(lag);
    }
    handle.render()
}
