//! Channel adapters. Each turns its platform's updates into
//! [`crate::domain::Inbound`] and delivers [`crate::domain::Outgoing`] its
//! own way; the outbox [`sender`] is shared by all of them.

pub mod console;
pub mod sender;
pub mod telegram;
pub mod whatsapp;

pub use sender::{Delivery, DeliveryError};
