//! Telegram end to end: the adapter and the real process against a fake
//! Bot API on loopback, and the HTTP server around it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // tests say what they expect by panicking, and tell whole stories

#[macro_use]
#[path = "../support/mod.rs"]
mod support;

mod http;
mod telegram_adapter;
mod telegram_checkin;
mod telegram_digest;
mod telegram_linked;
mod telegram_meeting;
mod telegram_poll;
mod telegram_privacy;
mod telegram_process;
