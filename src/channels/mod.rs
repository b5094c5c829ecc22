//! Channel adapters. Each turns its platform's updates into
//! [`crate::domain::Inbound`] and delivers [`crate::domain::Outgoing`] its
//! own way; the outbox [`sender`] is shared by all of them.

pub mod console;
pub mod handover;
pub mod health;
pub mod sender;
pub mod telegram;
pub mod whatsapp;
pub mod whatsapp_cloud;

pub use health::ChannelHealth;
pub use sender::{Delivery, DeliveryError};

use crate::config::SendLimits;
use futures::future::BoxFuture;
use std::sync::Arc;
use tokio::sync::watch;

/// A task that receives a channel's updates until told to stop.
pub type Receiver = Box<dyn FnOnce(watch::Receiver<bool>) -> BoxFuture<'static, ()> + Send>;

/// What a connected channel brings to the running process. Start-up owns
/// the process (senders, jobs, housekeeping, the HTTP server, shutdown);
/// each channel contributes only these.
pub struct ChannelParts {
    /// Delivers its outbox messages.
    pub delivery: Arc<dyn Delivery>,
    /// How fast its outbox may drain.
    pub limits: SendLimits,
    /// Routes for the one HTTP server (its webhook), if it takes updates so.
    pub routes: Option<axum::Router>,
    /// Its receiving task (long polling), if it pulls updates.
    pub receiver: Option<Receiver>,
    /// Its own states, shown on `/healthz`, where it can be unwell on its
    /// own (a bridge's session, the Cloud API's token).
    pub health: Vec<ChannelHealth>,
}
