//! Long polling: the default way to receive updates. An update is only
//! acknowledged (by asking for the next offset) after it is in the inbox.

use super::ingest::TelegramIngest;
use std::sync::Arc;
use std::time::Duration;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::Requester;
use teloxide::types::AllowedUpdate;

pub fn allowed_updates() -> Vec<AllowedUpdate> {
    vec![
        AllowedUpdate::Message,
        AllowedUpdate::CallbackQuery,
        AllowedUpdate::MyChatMember,
        AllowedUpdate::ChatMember,
    ]
}

pub async fn poll(ingest: Arc<TelegramIngest>, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    let mut offset: i32 = 0;
    let mut backoff = Duration::from_secs(1);
    loop {
        let request = ingest
            .bot
            .get_updates()
            .offset(offset)
            .timeout(10)
            .allowed_updates(allowed_updates());
        let result = tokio::select! {
            r = request => r,
            _ = shutdown.changed() => return,
        };
        let updates = match result {
            Ok(updates) => updates,
            Err(e) => {
                tracing::warn!(error = %e, wait_s = backoff.as_secs(), "getUpdates failed");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(30));
                continue;
            }
        };
        backoff = Duration::from_secs(1);
        for update in updates {
            let next = update.id.0 as i32 + 1;
            if let Err(e) = ingest.ingest(update).await {
                tracing::error!(error = %e, "database unavailable; will ask for this update again");
                tokio::time::sleep(Duration::from_secs(2)).await;
                break;
            }
            offset = next;
        }
    }
}
