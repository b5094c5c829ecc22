//! Handing one update to the engine, the same for every channel: ask the
//! platform once when the engine needs to know whether the sender is in a
//! group, retry a little, and never let one bad update block the rest.

use crate::app::{AppError, Engine, Handled};
use crate::domain::{ChatAddress, Inbound, MembershipFact};
use std::future::Future;
use std::time::Duration;

const ATTEMPTS: u32 = 3;

/// The wait before the first retry; each later one waits twice as long.
const FIRST_RETRY: Duration = Duration::from_millis(200);

// A retry must find the pool's idle connections checked (see
// `store::CHECKED_AFTER_IDLE`): one dropped with the server then costs an
// update one attempt, not all of them.
const _: () = assert!(crate::store::CHECKED_AFTER_IDLE.as_millis() < FIRST_RETRY.as_millis());

/// Handles `inbound`. `Err` only when even recording the failure failed
/// (the database is down): the caller must not acknowledge the update.
pub async fn hand_over<F, Fut>(
    engine: &Engine,
    mut inbound: Inbound,
    ask_membership: F,
) -> Result<(), AppError>
where
    F: Fn(ChatAddress, Inbound) -> Fut,
    Fut: Future<Output = MembershipFact>,
{
    let mut attempt = 0;
    loop {
        match engine.handle(inbound.clone()).await {
            // Asked once per update: the answer comes back with it.
            Ok(Handled::AskPlatform { chat }) if inbound.context.membership.is_none() => {
                inbound.context.membership = Some(ask_membership(chat, inbound.clone()).await);
            }
            Ok(_) => return Ok(()),
            Err(e) if attempt + 1 < ATTEMPTS => {
                tracing::warn!(key = %inbound.key, error = %e, "update failed; retrying");
                tokio::time::sleep(FIRST_RETRY * (1 << attempt)).await;
                attempt += 1;
            }
            Err(e) => {
                tracing::error!(key = %inbound.key, error = %e, "update failed; giving up on it");
                return engine.give_up(&inbound).await;
            }
        }
    }
}
