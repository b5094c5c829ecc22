//! Telegram, through teloxide's Bot API client. Long polling by default;
//! webhook mode when a public URL and secret are configured (that is how
//! several Kettle processes share one bot behind a load balancer). The
//! process around it is start-up's ([`crate::startup::serve`]).

mod commands;
pub(crate) mod inbound;
mod ingest;
mod outbound;
mod polling;
pub mod webhook;

pub use inbound::to_inbound;
pub use ingest::TelegramIngest;
pub use outbound::{classify, keyboard, TelegramDelivery};

use super::{ChannelParts, Receiver};
use crate::app::Engine;
use crate::config::{SendLimits, TelegramConfig};
use crate::domain::{Abilities, Capabilities};
use anyhow::Context;
use std::sync::Arc;
use teloxide::payloads::SetWebhookSetters;
use teloxide::prelude::Requester;
use teloxide::Bot;
use webhook::TELEGRAM_WEBHOOK_PATH;

/// What Telegram chats can do: edit, acknowledge presses (a notice only the
/// presser sees), carry a keyboard of inline buttons, open a private chat
/// through a `t.me/<bot>?start=<payload>` link. Counts are edited at most
/// every five seconds, well inside 20 messages a minute per group.
pub const CAPABILITIES: Capabilities = Capabilities {
    group: TELEGRAM_CHAT,
    private: TELEGRAM_CHAT,
};

const TELEGRAM_CHAT: Abilities = Abilities {
    native_polls: true,
    ..Capabilities::RICH.group
};

/// Connects to Telegram and readies what the process runs for it: its
/// delivery, its receiving (long polling, or the webhook's route) and its
/// send limits (`KETTLE_SEND_*`). The engine must already know Telegram's
/// [`CAPABILITIES`].
pub async fn connect(
    engine: &Engine,
    telegram: &TelegramConfig,
    limits: SendLimits,
) -> anyhow::Result<ChannelParts> {
    let bot = Bot::new(telegram.token.expose()).set_api_url(telegram.api_url.clone());
    let me = bot
        .get_me()
        .await
        .context("could not reach Telegram (check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL)")?;
    tracing::info!(bot_id = me.id.0, "connected to Telegram");
    commands::register(&bot, &engine.translator).await;
    let ingest = Arc::new(TelegramIngest::new(bot.clone(), engine.clone(), me.id));
    let delivery = Arc::new(TelegramDelivery {
        bot: bot.clone(),
        username: me.username.clone(),
    });
    let (routes, receiver): (_, Option<Receiver>) = match &telegram.webhook {
        Some(hook) => {
            bot.set_webhook(hook.public_url.clone())
                .secret_token(hook.secret.expose().to_string())
                .allowed_updates(polling::allowed_updates())
                .await
                .context("could not set the Telegram webhook")?;
            tracing::info!(path = TELEGRAM_WEBHOOK_PATH, "receiving updates by webhook");
            (Some(webhook::routes(ingest, hook.secret.clone())), None)
        }
        None => {
            bot.delete_webhook()
                .await
                .context("could not switch Telegram to long polling")?;
            tracing::info!("receiving updates by long polling");
            let receiver: Receiver = Box::new(move |stop| Box::pin(polling::poll(ingest, stop)));
            (None, Some(receiver))
        }
    };
    Ok(ChannelParts {
        delivery,
        limits,
        routes,
        receiver,
        health: vec![],
    })
}
