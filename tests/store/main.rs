//! The storage contract: every test runs on SQLite and on Postgres, so both
//! backends keep the same behaviour (and the same tables).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // tests say what they expect by panicking, and tell whole stories

#[macro_use]
#[path = "../support/mod.rs"]
mod support;

mod identity_support;
mod store_cloud_contract;
mod store_contract;
mod store_digests_contract;
mod store_first_taps_contract;
mod store_identities_contract;
mod store_identity_votes_contract;
mod store_jobs_contract;
mod store_known_contract;
mod store_lanes_contract;
mod store_links_contract;
mod store_meetings_contract;
mod store_newcomer_taps_contract;
mod store_newcomer_votes_contract;
mod store_polls_contract;
mod store_pool_contract;
mod store_privacy_contract;
mod store_processes_contract;
mod store_sending_contract;
mod store_settings_contract;
mod store_taps_contract;
