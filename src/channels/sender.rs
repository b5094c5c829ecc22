//! Drains the outbox for one channel: claims what the limits allow, delivers
//! it, records the outcome. Many senders (in many processes) can run at once.

use crate::app::Wake;
use crate::config::SendLimits;
use crate::domain::Channel;
use crate::store::{ClaimedMessage, Store, StoreResult};
use async_trait::async_trait;
use chrono::Duration;
use std::sync::Arc;

/// Why a delivery did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeliveryError {
    /// The platform asked us to slow down for this chat.
    #[error("rate limited for {0:?}")]
    RetryAfter(std::time::Duration),
    /// The platform says the whole number is over its throughput: every
    /// chat of the channel waits this long.
    #[error("throttled for {0:?}")]
    Throttled(std::time::Duration),
    /// Not sendable now for a reason of the chat's own (a WhatsApp member
    /// outside the 24-hour window): the chat waits this long, or until
    /// something lifts its pause (the member writing).
    #[error("held: {1}")]
    Held(std::time::Duration, String),
    /// The chat has a new id; the message should go there.
    #[error("chat moved")]
    ChatMigrated { new_chat_id: String },
    /// The platform could not be reached: nothing is wrong with the message,
    /// so it waits (and its chat with it) until the platform is back.
    #[error("unreachable: {0}")]
    Temporary(String),
    /// The platform failed on its side (a 5xx): tried again a few times,
    /// quickly, then given up, so one message never holds its chat for
    /// more than a few seconds.
    #[error("platform error: {0}")]
    ServerError(String),
    /// Will never work (blocked by the user, chat gone, message invalid,
    /// any client error but a 429).
    #[error("permanent: {0}")]
    Permanent(String),
}

impl From<crate::store::StoreError> for DeliveryError {
    /// The database failed mid-delivery: nothing is wrong with the message.
    fn from(e: crate::store::StoreError) -> DeliveryError {
        DeliveryError::Temporary(e.to_string())
    }
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
/// Tries of a message the platform failed on (0.5 s, 1 s, 2 s apart).
const SERVER_ERROR_ATTEMPTS: i32 = 4;
/// The longest wait between tries while the platform is unreachable.
const MAX_BACKOFF_MS: i64 = 5_000;
/// Answers claimed at once: a burst of presses is acknowledged in batches.
const ANSWER_BATCH: usize = 200;

pub struct Sender {
    pub store: Store,
    pub delivery: Arc<dyn Delivery>,
    pub limits: SendLimits,
    pub clock: crate::clock::SharedClock,
}

impl Sender {
    /// Claims and delivers one batch of answers to presses, then one of
    /// messages. Returns how many were claimed.
    pub async fn run_once(&self) -> StoreResult<usize> {
        Ok(self.answers_once().await? + self.messages_once().await?)
    }

    /// Answers to presses go out at once, all together: they take no send
    /// slot and wait for no chat.
    pub async fn answers_once(&self) -> StoreResult<usize> {
        let channel = self.delivery.channel();
        let now = self.clock.now();
        let batch = self
            .store
            .claim_answers(channel, now, LEASE, ANSWER_BATCH)
            .await?;
        let results =
            futures::future::join_all(batch.iter().map(|m| self.delivery.deliver(m))).await;
        let mut delivered = vec![];
        for (m, result) in batch.iter().zip(results) {
            match result {
                Ok(_) => delivered.push(m.id),
                failed => self.record(channel, m, failed).await?,
            }
        }
        metrics::counter!("kettle_messages_sent_total", "channel" => channel.as_str())
            .increment(delivered.len() as u64);
        self.store
            .mark_answers_sent(&delivered, self.clock.now())
            .await?;
        Ok(batch.len())
    }

    /// Claims and delivers one batch of messages within the send limits.
    pub async fn messages_once(&self) -> StoreResult<usize> {
        self.messages_until(None).await
    }

    /// As [`Sender::messages_once`], but once `stop` turns true no message
    /// still waiting for its slot is sent: each goes back to the outbox as
    /// it was, for the next start (or another process) to send at once,
    /// rather than stay leased and unsent for the lease's 30 s. (A batch's
    /// slots reach about a second ahead, a bridge's one gap further.) A
    /// send already under way is finished and recorded.
    async fn messages_until(&self, stop: Option<&Stop>) -> StoreResult<usize> {
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
            match self.deliver_on_time(m, stop).await {
                Some(result) => self.record(channel, m, result).await.map(|()| 0),
                None => self.store.release_unsent(m.id).await.map(|()| 1),
            }
        });
        let mut held_back = 0;
        for outcome in futures::future::join_all(outcomes).await {
            held_back += outcome?;
        }
        if held_back > 0 {
            tracing::info!(
                channel = channel.as_str(),
                held_back,
                "stopping: messages not yet due are left for the next start"
            );
        }
        Ok(count)
    }

    /// Waits for the message's slot in the send schedule, then sends it;
    /// `None` when `stop` came first.
    async fn deliver_on_time(
        &self,
        msg: &ClaimedMessage,
        stop: Option<&Stop>,
    ) -> Option<Result<Option<String>, DeliveryError>> {
        let wait = (msg.send_at - self.clock.now())
            .to_std()
            .unwrap_or_default();
        let slot = async {
            if wait >= std::time::Duration::from_millis(2) {
                tokio::time::sleep(wait).await;
            }
        };
        match stop {
            // `stopped` resolves at once if the stop has already come.
            Some(stop) => tokio::select! {
                biased;
                () = stopped(stop.clone()) => return None,
                () = slot => {}
            },
            None => slot.await,
        }
        Some(self.delivery.deliver(msg).await)
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
                metrics::counter!("kettle_messages_sent_total", "channel" => channel.as_str())
                    .increment(1);
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
            Err(DeliveryError::Throttled(wait)) => {
                let until = now + Duration::from_std(wait).unwrap_or(Duration::seconds(1));
                tracing::warn!(
                    wait_s = wait.as_secs_f64(),
                    "over the number's throughput; pausing every chat"
                );
                self.store.pause_channel(channel, until).await?;
                self.store.mark_retry(msg.id, until, "throttled").await
            }
            Err(DeliveryError::Held(wait, why)) => {
                let until = now + Duration::from_std(wait).unwrap_or(Duration::hours(1));
                tracing::info!(message = msg.id, why = %why, "held; that chat waits");
                self.store.pause_chat(channel, &msg.chat_id, until).await?;
                self.store.mark_retry(msg.id, until, &why).await
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
            Err(DeliveryError::Temporary(e)) => {
                metrics::counter!("kettle_send_failures_total", "channel" => channel.as_str())
                    .increment(1);
                tracing::warn!(message = msg.id, attempts = msg.attempts, error = %e, "platform unreachable; will retry");
                self.store
                    .mark_retry(msg.id, now + backoff(msg.attempts), &e)
                    .await
            }
            Err(DeliveryError::ServerError(e)) if msg.attempts < SERVER_ERROR_ATTEMPTS => {
                metrics::counter!("kettle_send_failures_total", "channel" => channel.as_str())
                    .increment(1);
                tracing::warn!(message = msg.id, attempts = msg.attempts, error = %e, "platform error; will retry");
                self.store
                    .mark_retry(msg.id, now + backoff(msg.attempts), &e)
                    .await
            }
            Err(e) => {
                metrics::counter!("kettle_send_failures_total", "channel" => channel.as_str())
                    .increment(1);
                tracing::error!(message = msg.id, error = %e, "send failed; giving up");
                self.store.mark_failed(msg.id, &e.to_string()).await
            }
        }
    }

    /// Keeps draining until `shutdown`: messages waking on `ready`, answers
    /// on `answers_ready`, each also every `poll`. Two loops, so answers
    /// never wait behind a batch of messages waiting for their slots.
    pub async fn run_forever(
        self,
        ready: Wake,
        answers_ready: Wake,
        poll: std::time::Duration,
        shutdown: tokio::sync::watch::Receiver<bool>,
    ) {
        let stop = shutdown.clone();
        let messages = drain(
            || self.messages_until(Some(&stop)),
            ready.subscribe(),
            poll,
            shutdown.clone(),
        );
        let answers = drain(
            || self.answers_once(),
            answers_ready.subscribe(),
            poll,
            shutdown,
        );
        tokio::join!(messages, answers);
    }
}

async fn drain<F, Fut>(
    mut once: F,
    mut ready: tokio::sync::watch::Receiver<u64>,
    poll: std::time::Duration,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = StoreResult<usize>>,
{
    loop {
        if *shutdown.borrow() {
            return;
        }
        match once().await {
            Ok(n) if n > 0 => continue,
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "outbox sender error"),
        }
        tokio::select! {
            woken = ready.changed() => {
                if woken.is_err() {
                    // Nobody can wake us any more: fall back to polling.
                    tokio::time::sleep(poll).await;
                }
            }
            _ = tokio::time::sleep(poll) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// Turns true when the process is stopping.
type Stop = tokio::sync::watch::Receiver<bool>;

/// Resolves once `stop` turns true; never, should its sender be gone first.
async fn stopped(mut stop: Stop) {
    if stop.wait_for(|stopping| *stopping).await.is_err() {
        std::future::pending::<()>().await;
    }
}

/// 0.5 s, 1 s, 2 s, 4 s, then 5 s between tries.
fn backoff(attempts: i32) -> Duration {
    let ms = 250i64 << attempts.clamp(1, 8);
    Duration::milliseconds(ms.min(MAX_BACKOFF_MS))
}

#[cfg(test)]
#[path = "sender_tests.rs"]
mod tests;
