//! The real binary from outside: its command line, the console transcripts,
//! `kill -9` in the middle of work, and two processes on one database.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // tests say what they expect by panicking, and tell whole stories

#[macro_use]
#[path = "../support/mod.rs"]
mod support;

mod cli;
mod console;
mod crash_recovery;
mod forget;
mod two_processes;
