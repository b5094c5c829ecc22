//! WhatsApp end to end: the real binary against a fake WAHA on loopback,
//! on both databases. Residents' own group, their own words; Kettle acts
//! only on what is for it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)] // tests say what they expect by panicking, and tell whole stories

#[macro_use]
#[path = "../support/mod.rs"]
mod support;

mod both;
mod bridge;
mod cloud;
mod cloud_team;
mod group;
mod linked;
mod linked_people;
mod meeting;
mod poll;
mod privacy;
