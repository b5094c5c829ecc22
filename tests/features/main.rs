//! The features as people use them, through the engine, on both backends:
//! check-ins, meetings, polls, digests, the paths an update takes, the
//! counting references and the translations.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // tests say what they expect by panicking, and tell whole stories

#[macro_use]
#[path = "../support/mod.rs"]
mod support;

mod checkin_races;
mod checkin_weeks;
mod checkins;
// Its varied groups are written by the benchmark's seeding (`--features bench`,
// as `scripts/test` runs).
#[cfg(feature = "bench")]
mod digest_batches;
#[cfg(feature = "bench")]
mod digest_job_batches;
mod digest_records;
mod digest_routes;
mod digest_text;
mod digests;
mod engine_paths;
mod job_batches;
mod known_members;
mod linked_chats;
mod linked_leaving;
mod locales;
mod meeting_changes;
mod meetings;
mod newcomers_across_groups;
mod poll_ballots;
mod poll_membership;
mod poll_races;
mod poll_standing;
mod polls;
mod reminder_batches;
mod tally_reference;
mod writer_connection;
