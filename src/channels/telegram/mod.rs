//! Telegram, through teloxide's Bot API client. Long polling by default;
//! webhook mode when a public URL and secret are configured (that is how
//! several Kettle processes share one bot behind a load balancer).

mod commands;
mod inbound;
mod ingest;
mod outbound;
mod polling;

pub use inbound::to_inbound;
pub use ingest::TelegramIngest;
pub use outbound::{classify, keyboard, TelegramDelivery};

use crate::app::Engine;
use crate::channels::sender::Sender;
use crate::config::{Config, TelegramConfig};
use crate::domain::{Abilities, Capabilities};
use crate::http::{router, HttpState, TELEGRAM_WEBHOOK_PATH};
use anyhow::Context;
use std::sync::Arc;
use std::time::Duration;
use teloxide::payloads::SetWebhookSetters;
use teloxide::prelude::Requester;
use teloxide::Bot;

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

/// Runs the bot until Ctrl-C or SIGTERM.
pub async fn serve(
    engine: Engine,
    config: &Config,
    telegram: TelegramConfig,
) -> anyhow::Result<()> {
    let bot = Bot::new(telegram.token.expose()).set_api_url(telegram.api_url.clone());
    let me = bot
        .get_me()
        .await
        .context("could not reach Telegram (check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL)")?;
    tracing::info!(bot_id = me.id.0, "connected to Telegram");
    commands::register(&bot, &engine.translator).await;
    let ingest = Arc::new(TelegramIngest::new(bot.clone(), engine.clone(), me.id));
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let owner = format!(
        "kettle-{}-{:08x}",
        std::process::id(),
        rand::random::<u32>()
    );
    let mut tasks = tokio::task::JoinSet::new();
    crate::jobs::start_housekeeping(&engine).await?;

    let sender = Sender {
        store: engine.store.clone(),
        delivery: Arc::new(TelegramDelivery {
            bot: bot.clone(),
            username: me.username.clone(),
        }),
        limits: config.send_limits,
        clock: engine.clock.clone(),
    };
    tasks.spawn(sender.run_forever(
        engine.outbox_ready.clone(),
        engine.answers_ready.clone(),
        Duration::from_millis(100),
        stopped.clone(),
    ));
    tasks.spawn(crate::jobs::run_forever(
        engine.clone(),
        owner,
        Duration::from_millis(500),
        stopped.clone(),
    ));

    let webhook = telegram.webhook.clone().map(|w| (ingest.clone(), w.secret));
    let state = HttpState {
        engine: engine.clone(),
        metrics: crate::metrics::install(),
        telegram: webhook,
    };
    let listener = tokio::net::TcpListener::bind(config.http_addr)
        .await
        .with_context(|| {
            format!(
                "could not listen on {} (KETTLE_HTTP_ADDR)",
                config.http_addr
            )
        })?;
    tracing::info!(addr = %listener.local_addr()?, "http listening");
    let mut http_stop = stopped.clone();
    tasks.spawn(async move {
        let shutdown = async move {
            let _ = http_stop.changed().await;
        };
        if let Err(e) = axum::serve(listener, router(state))
            .with_graceful_shutdown(shutdown)
            .await
        {
            tracing::error!(error = %e, "http server stopped");
        }
    });

    match &telegram.webhook {
        Some(hook) => {
            bot.set_webhook(hook.public_url.clone())
                .secret_token(hook.secret.expose().to_string())
                .allowed_updates(polling::allowed_updates())
                .await
                .context("could not set the Telegram webhook")?;
            tracing::info!(path = TELEGRAM_WEBHOOK_PATH, "receiving updates by webhook");
        }
        None => {
            bot.delete_webhook()
                .await
                .context("could not switch Telegram to long polling")?;
            tasks.spawn(polling::poll(ingest, stopped.clone()));
            tracing::info!("receiving updates by long polling");
        }
    }

    shutdown_signal().await;
    tracing::info!("shutting down");
    let _ = stop.send(true);
    let _ = tokio::time::timeout(Duration::from_secs(10), async {
        while tasks.join_next().await.is_some() {}
    })
    .await;
    engine.store.close().await;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => return std::future::pending().await,
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
