//! Kettle's small HTTP surface: `/healthz` and `/metrics`, and whatever
//! routes the channels bring (their webhooks), all on one server.

use crate::app::Engine;
use crate::channels::ChannelHealth;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::PrometheusHandle;

#[derive(Clone)]
pub struct HttpState {
    pub engine: Engine,
    pub metrics: PrometheusHandle,
    /// Channels that can be unwell on their own (a WhatsApp bridge).
    pub channels: Vec<ChannelHealth>,
}

/// Health and metrics, with each channel's own routes merged in.
pub fn router(state: HttpState, channels: Vec<Router>) -> Router {
    let own = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .with_state(state);
    channels
        .into_iter()
        .fold(own, Router::merge)
        .layer(axum::extract::DefaultBodyLimit::max(MAX_BODY))
}

/// The largest request body accepted (a webhook's event): far more than
/// any update Kettle reads, so a huge body is refused before it is read.
pub const MAX_BODY: usize = 256 * 1024;

/// 503 when the database is unreachable (nothing can work). A channel
/// that cannot deliver makes Kettle degraded, not down: it still answers
/// 200, so nothing restarts it (a restart would not help), and each
/// unwell channel gets a line saying what to do.
async fn healthz(State(state): State<HttpState>) -> (StatusCode, String) {
    if let Err(e) = state.engine.store.ping().await {
        tracing::warn!(error = %e, "health check: database unreachable");
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "database unreachable\n".into(),
        );
    }
    let problems: Vec<String> = state
        .channels
        .iter()
        .filter_map(|c| {
            c.problem()
                .map(|p| format!("{}: degraded: {p}\n", c.name()))
        })
        .collect();
    if problems.is_empty() {
        (StatusCode::OK, "ok\n".into())
    } else {
        (StatusCode::OK, format!("degraded\n{}", problems.concat()))
    }
}

async fn metrics(State(state): State<HttpState>) -> String {
    crate::metrics::render(
        &state.metrics,
        &state.engine.store,
        state.engine.clock.now(),
    )
    .await
}

/// Compares without stopping at the first difference, so response timing
/// tells an attacker nothing about the secret.
pub fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
