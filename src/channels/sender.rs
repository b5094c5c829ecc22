//! Drains the outbox for one channel: claims what the limits allow, delivers
//! it, records the outcome. Many senders (in many processes) can run at once.

use crate::config::SendLimits;
use crate::domain::Channel;
use crate::store::{ClaimedMessage, Store, StoreResult};
use async_trait::async_trait;
use chrono::Duration;
use std::sync::Arc;
use tokio::sync::Notify;

/// Why a delivery did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeliveryError {
    /// The platform asked us to slow down for this chat.
    #[error("rate limited for {0:?}")]
    RetryAfter(std::time::Duration),
    /// The chat has a new id; the message should go there.
    #[error("chat moved")]
    ChatMigrated { new_chat_id: String },
    /// Worth trying again later (network trouble, platform hiccup).
    #[error("temporary: {0}")]
    Temporary(String),
    /// Will never work (blocked by the user, chat gone, message invalid).
    #[error("permanent: {0}")]
    Permanent(String),
}

/// Something that can deliver outbox messages for one channel.
#[async_trait]
pub trait Delivery: Send + Sync {
    fn channel(&self) -> Channel;
    /// Sends or edits; returns the platform's message id when there is one.
    async fn deliver(&self, msg: &ClaimedMessage) -> Result<Option<String>, DeliveryError>;
}

/// How long a claimed message is ours. Longer than any single send takes.
const LEASE: Duration = Duration::seconds(30);
const MAX_ATTEMPTS: i32 = 8;

pub struct Sender {
    pub store: Store,
    pub delivery: Arc<dyn Delivery>,
    pub limits: SendLimits,
    pub clock: crate::clock::SharedClock,
}

impl Sender {
    /// Claims and delivers one batch. Returns how many messages were claimed.
    pub async fn run_once(&self) -> StoreResult<usize> {
        let channel = self.delivery.channel();
        let now = self.clock.now();
        let batch = self
            .store
            .claim_outbox(channel, now, &self.limits, LEASE, 30)
            .await?;
        let count = batch.len();
        // Each outcome is recorded the moment it is known: a crash can then
        // repeat only a send whose answer never arrived.
        let outcomes = batch.iter().map(|m| async move {
            let result = self.deliver_on_time(m).await;
            self.record(channel, m, result).await
        });
        for outcome in futures::future::join_all(outcomes).await {
            outcome?;
        }
        Ok(count)
    }

    /// Waits for the message's slot in the send schedule, then sends it.
    async fn deliver_on_time(&self, msg: &ClaimedMessage) -> Result<Option<String>, DeliveryError> {
        let wait = (msg.send_at - self.clock.now())
            .to_std()
            .unwrap_or_default();
        if wait >= std::time::Duration::from_millis(2) {
            tokio::time::sleep(wait).await;
        }
        self.delivery.deliver(msg).await
    }

    async fn record(
        &self,
        channel: Channel,
        msg: &ClaimedMessage,
        result: Result<Option<String>, DeliveryError>,
    ) -> StoreResult<()> {
        let now = self.clock.now();
        match result {
            Ok(platform_id) => {
                metrics::counter!("kettle_messages_sent_total").increment(1);
                self.store
                    .mark_sent(msg.id, platform_id.as_deref(), now)
                    .await
            }
            Err(DeliveryError::RetryAfter(wait)) => {
                let until = now + Duration::from_std(wait).unwrap_or(Duration::seconds(1));
                tracing::warn!(
                    message = msg.id,
                    wait_s = wait.as_secs_f64(),
                    "rate limited; pausing that chat"
                );
                self.store.pause_chat(channel, &msg.chat_id, until).await?;
                self.store.mark_retry(msg.id, until, "rate limited").await
            }
            Err(DeliveryError::ChatMigrated { new_chat_id }) => {
                let mut tx = self.store.begin().await?;
                tx.migrate_community_chat(channel, &msg.chat_id, &new_chat_id)
                    .await?;
                tx.repoint_outbox(channel, &msg.chat_id, &new_chat_id)
                    .await?;
                tx.commit().await?;
                self.store.mark_retry(msg.id, now, "chat migrated").await
            }
            Err(DeliveryError::Temporary(e)) if msg.attempts < MAX_ATTEMPTS => {
                metrics::counter!("kettle_send_failures_total").increment(1);
                let backoff = Duration::seconds(2i64.pow(msg.attempts.clamp(0, 10) as u32));
                tracing::warn!(message = msg.id, attempts = msg.attempts, error = %e, "send failed; will retry");
                self.store.mark_retry(msg.id, now + backoff, &e).await
            }
            Err(e) => {
                metrics::counter!("kettle_send_failures_total").increment(1);
                tracing::error!(message = msg.id, error = %e, "send failed; giving up");
                self.store.mark_failed(msg.id, &e.to_string()).await
            }
        }
    }

    /// Keeps draining until `shutdown`, waking on `ready` or every `poll`.
    pub async fn run_forever(
        self,
        ready: Arc<Notify>,
        poll: std::time::Duration,
        mut shutdown: tokio::sync::watch::Receiver<bool>,
    ) {
        loop {
            match self.run_once().await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "outbox sender error"),
            }
            tokio::select! {
                _ = ready.notified() => {}
                _ = tokio::time::sleep(poll) => {}
                _ = shutdown.changed() => return,
            }
        }
    }
}
