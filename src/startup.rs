//! Putting Kettle together from its configuration.

use crate::app::{Engine, Settings};
use crate::channels::console::{self, Console};
use crate::channels::sender::Sender;
use crate::channels::{telegram, whatsapp, whatsapp_cloud, ChannelParts};
use crate::clock::{ManualClock, SharedClock, SystemClock};
use crate::config::Config;
use crate::domain::Channel;
use crate::http::{router, HttpState};
use crate::i18n::Translator;
use crate::store::Store;
use anyhow::Context;
use std::io::IsTerminal;
use std::sync::Arc;
use std::time::Duration;

/// The embedded default: a SQLite file beside where Kettle runs.
pub const DEFAULT_DATABASE_URL: &str = "sqlite:kettle.db";

/// The runtime both binaries run on, built once the allocator has been
/// told its arenas (`memory`), so that none of its threads starts with an
/// arena of its own beyond them.
pub fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    crate::memory::few_malloc_arenas();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
}

/// Connects and migrates. Errors never include the URL (it may hold a password).
pub async fn open_store(url: &str) -> anyhow::Result<Store> {
    let store = Store::connect(url)
        .await
        .context("could not open the database (check DATABASE_URL)")?;
    store
        .migrate()
        .await
        .context("could not apply database migrations")?;
    Ok(store)
}

pub fn engine(store: Store, clock: SharedClock, config: &Config) -> anyhow::Result<Engine> {
    let translator = Translator::load().map_err(anyhow::Error::msg)?;
    let settings = Settings {
        default_time_zone: config.default_time_zone,
        default_language: config.default_language,
        join_nudge_after: chrono::Duration::from_std(config.join_nudge_after)?,
        operator_contact: config.operator_contact.clone(),
        inbox_days: config.inbox_days,
        flood: config.flood,
    };
    Ok(Engine::new(store, translator, clock, settings))
}

/// The configured database (`DATABASE_URL`, else the embedded default),
/// opened and migrated.
async fn configured_store(config: &Config) -> anyhow::Result<Store> {
    let url = config
        .database_url
        .as_ref()
        .map_or(DEFAULT_DATABASE_URL, |u| u.expose());
    open_store(url).await
}

/// `kettle run`: the configured chat channels (Telegram, WhatsApp, or
/// both in one process), else the console chat.
pub async fn run(config: Config) -> anyhow::Result<()> {
    let whatsapp = config.whatsapp.is_some() || config.whatsapp_cloud.is_some();
    if config.telegram.is_none() && !whatsapp {
        return run_console(config, console::Profile::default()).await;
    }
    let store = configured_store(&config).await?;
    let mut engine = engine(store, Arc::new(SystemClock), &config)?;
    if config.telegram.is_some() {
        engine = engine.declare(Channel::Telegram, telegram::CAPABILITIES);
    }
    if config.whatsapp.is_some() {
        engine = engine.declare(Channel::Whatsapp, whatsapp::CAPABILITIES);
    }
    if config.whatsapp_cloud.is_some() {
        engine = engine.declare_door(
            Channel::Whatsapp,
            crate::domain::whatsapp_ids::CLOUD_CHAT,
            whatsapp_cloud::CAPABILITIES,
        );
    }
    let mut parts = vec![];
    if let Some(telegram) = &config.telegram {
        parts.push(telegram::connect(&engine, telegram, config.send_limits).await?);
    }
    let bridge = match &config.whatsapp {
        Some(bridge) => Some(whatsapp::connect(&engine, bridge).await?),
        None => None,
    };
    match (&config.whatsapp_cloud, bridge) {
        (Some(cloud), bridge) => {
            parts.push(whatsapp_cloud::connect(&engine, cloud, bridge).await?);
        }
        (None, Some((bridge, _))) => parts.push(bridge),
        (None, None) => {}
    }
    serve(engine, &config, parts).await
}

/// Runs the process around the connected channels until Ctrl-C or
/// SIGTERM: a sender per channel, timed jobs, housekeeping, one HTTP server
/// (health, metrics and the channels' routes) and each channel's receiving
/// task. Shutdown stops them all and waits (up to ten seconds) for work in
/// hand to finish.
pub async fn serve(
    engine: Engine,
    config: &Config,
    channels: Vec<ChannelParts>,
) -> anyhow::Result<()> {
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let owner = format!(
        "kettle-{}-{:08x}",
        std::process::id(),
        rand::random::<u32>()
    );
    let mut tasks = tokio::task::JoinSet::new();
    crate::jobs::start_housekeeping(&engine).await?;
    let mut routes = vec![];
    let mut receivers = vec![];
    let mut health = vec![];
    for parts in channels {
        let sender = Sender {
            store: engine.store.clone(),
            delivery: parts.delivery,
            limits: parts.limits,
            clock: engine.clock.clone(),
        };
        tasks.spawn(sender.run_forever(
            engine.outbox_ready.clone(),
            engine.answers_ready.clone(),
            Duration::from_millis(100),
            stopped.clone(),
        ));
        routes.extend(parts.routes);
        receivers.extend(parts.receiver);
        health.extend(parts.health);
    }
    tasks.spawn(crate::jobs::run_forever(
        engine.clone(),
        owner,
        Duration::from_millis(500),
        stopped.clone(),
    ));
    let state = HttpState {
        engine: engine.clone(),
        metrics: crate::metrics::install(),
        channels: health,
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
        if let Err(e) = axum::serve(listener, router(state, routes))
            .with_graceful_shutdown(shutdown)
            .await
        {
            tracing::error!(error = %e, "http server stopped");
        }
    });
    for receive in receivers {
        tasks.spawn(receive(stopped.clone()));
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

/// `kettle console`. Typed at a terminal it keeps its data in `kettle.db`;
/// piped, it starts from nothing at a fixed time so a script always gives
/// the same output (unless DATABASE_URL says otherwise).
pub async fn run_console(config: Config, profile: console::Profile) -> anyhow::Result<()> {
    let interactive = std::io::stdin().is_terminal();
    let url = match (&config.database_url, interactive) {
        (Some(url), _) => url.expose().to_string(),
        (None, true) => DEFAULT_DATABASE_URL.to_string(),
        (None, false) => "sqlite::memory:".to_string(),
    };
    let start = if interactive {
        chrono::Utc::now()
    } else {
        console::script_start()
    };
    let clock = ManualClock::new(start);
    let store = open_store(&url).await?;
    // One person at a terminal floods nobody.
    let config = Config {
        flood: None,
        ..config
    };
    let engine = engine(store.clone(), clock.clone(), &config)?;
    if interactive {
        println!("{}", banner(&url));
    }
    let mut console = Console::new(
        engine,
        clock,
        Box::new(std::io::stdout()),
        !interactive,
        profile,
    );
    console
        .run(tokio::io::BufReader::new(tokio::io::stdin()))
        .await?;
    store.close().await;
    Ok(())
}

fn banner(url: &str) -> String {
    let place = if url.starts_with("sqlite:") {
        format!(
            "a local SQLite database ({})",
            url.trim_start_matches("sqlite:")
        )
    } else {
        "the database in DATABASE_URL".to_string()
    };
    format!(
        "Kettle console chat: a local test group, not a real chat. Data is kept in {place}.\n\
         Type as members of the group:  alice: /help   alice (dm): /start   bob: !1 (press choice 1)\n\
         Move time with  :clock +90m  and make someone a coordinator with  :coordinator alice.  Ctrl-D leaves.\n"
    )
}

/// `kettle migrate`.
pub async fn migrate(config: Config) -> anyhow::Result<()> {
    let store = configured_store(&config).await?;
    store.close().await;
    eprintln!("kettle: database is up to date");
    Ok(())
}

/// `kettle digest`: prints one community's digest for a week and stores it.
pub async fn digest(args: crate::cli::DigestArgs, config: Config) -> anyhow::Result<()> {
    use crate::app::digest::{report, Audience};
    use crate::domain::time::week::IsoWeek;
    use crate::domain::Language;
    let week = match &args.week {
        Some(w) => Some(
            IsoWeek::parse(w)
                .with_context(|| format!("\"{w}\" is not an ISO week: write it like 2026-W47"))?,
        ),
        None => None,
    };
    let lang =
        match &args.language {
            Some(code) => Some(Language::from_platform_code(code).with_context(|| {
                format!("no language \"{code}\": use one of en, cy, pl, uk, ar")
            })?),
            None => None,
        };
    let store = configured_store(&config).await?;
    let engine = engine(store.clone(), Arc::new(SystemClock), &config)?;
    let audience = if args.group_copy {
        Audience::Group
    } else {
        Audience::Coordinators
    };
    let found = report(&engine, args.community, week, lang, audience, args.rebuild).await?;
    store.close().await;
    let Some((digest, text)) = found else {
        anyhow::bail!("there is no community {}", args.community);
    };
    if args.format == "json" {
        println!("{}", serde_json::to_string_pretty(&digest)?);
    } else {
        println!("{text}");
    }
    Ok(())
}

/// `kettle coordinator`: an operator names a Groups API group's
/// coordinators, which WhatsApp cannot say (the business made the group).
pub async fn coordinator(args: crate::cli::CoordinatorArgs, config: Config) -> anyhow::Result<()> {
    use crate::domain::whatsapp_ids::{is_cloud_chat, person_of_wa_id};
    let digits: String = args.number.chars().filter(char::is_ascii_digit).collect();
    if !(7..=15).contains(&digits.len()) {
        anyhow::bail!(
            "\"{}\" is not a WhatsApp number: write it with the country code, like +44 7700 900123",
            args.number
        );
    }
    let store = configured_store(&config).await?;
    let engine = engine(store.clone(), Arc::new(SystemClock), &config)?;
    let mut tx = store.begin().await?;
    let community = tx.community_by_id(args.community).await?;
    tx.rollback().await?;
    let Some(community) = community else {
        anyhow::bail!("there is no community {}", args.community);
    };
    if community.channel != Channel::Whatsapp || !is_cloud_chat(&community.chat_id) {
        anyhow::bail!(
            "community {} takes its coordinators from its group's admins: make them an admin there",
            community.id
        );
    }
    let user = crate::domain::PlatformUser {
        user_id: person_of_wa_id(&digits),
        display_name: String::new(),
        language_code: None,
    };
    engine
        .set_coordinator(&community.chat(), &user, !args.remove, false)
        .await?;
    store.close().await;
    let now = if args.remove { "no longer" } else { "now" };
    println!(
        "+{digits} is {now} a coordinator of community {}.",
        community.id
    );
    Ok(())
}
