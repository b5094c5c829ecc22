//! Kettle: a friendly chat bot for arranging informal community meetings.
//!
//! - [`domain`]: pure rules and types, no I/O.
//! - [`app`]: use cases, one transaction per update.
//! - [`store`]: one storage API, Postgres and SQLite behind it.
//! - [`channels`]: console and Telegram adapters, and the outbox sender.
//! - [`jobs`]: timed work with leases.
//! - [`http`]: webhooks, health and metrics.

pub mod app;
#[cfg(feature = "bench")]
pub mod bench;
pub mod channels;
pub mod cli;
pub mod clock;
pub mod config;
pub mod domain;
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod fuzz;
pub mod http;
pub mod i18n;
pub mod jobs;
pub mod memory;
pub mod metrics;
pub mod startup;
pub mod store;
pub mod telemetry;
