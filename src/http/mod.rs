//! Kettle's small HTTP surface: `/healthz` and `/metrics`, and whatever
//! routes the channels bring (their webhooks), all on one server.

use crate::app::Engine;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::PrometheusHandle;

#[derive(Clone)]
pub struct HttpState {
    pub engine: Engine,
    pub metrics: PrometheusHandle,
}

/// Health and metrics, with each channel's own routes merged in.
pub fn router(state: HttpState, channels: Vec<Router>) -> Router {
    let own = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .with_state(state);
    channels.into_iter().fold(own, Router::merge)
}

async fn healthz(State(state): State<HttpState>) -> (StatusCode, &'static str) {
    match state.engine.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(e) => {
            tracing::warn!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable\n")
        }
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
