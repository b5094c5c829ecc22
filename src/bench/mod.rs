//! `kettle-bench` (feature `bench`): pushes synthetic updates through the real ingest path
//! (inbox → handler → outbox) and, in the same run and database, plain
//! single-row inserts through sqlx as the reference. Prints throughput,
//! latency and peak memory. A benchmark, not a test: it never fails on numbers.

mod acks;
pub mod digest_mix;
mod digest_seed;
mod digests;
mod floors;
mod growth;
mod parts;
mod processes;
mod report;
pub mod statements;
mod storm;
mod timing;
mod traffic_seed;

use report::{print_acks, print_digests, print_row, print_storm};
use timing::{measure, reference_inserts, Measured};
mod tally;
mod taps;
mod votes;

use taps::checkin_taps;

use crate::app::Engine;
use crate::clock::SystemClock;
use crate::config::Config;
use crate::domain::{
    Channel, ChatAddress, ChatKind, Inbound, InboundEvent, MembershipFact, PlatformContext,
    PlatformUser,
};
use crate::store::Store;
use anyhow::Context;
use sqlx::{Connection, Executor};
use std::sync::Arc;

#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// Updates (and reference inserts) per backend.
    #[arg(long, default_value_t = 5000)]
    pub updates: usize,
    /// How many are in flight at once.
    #[arg(long, default_value_t = 8)]
    pub concurrency: usize,
    /// Postgres server to create a throwaway database on.
    #[arg(
        long,
        env = "TEST_DATABASE_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    pub postgres: String,
    /// Only this backend (sqlite or postgres).
    #[arg(long)]
    pub only: Option<String>,
    /// Only these workloads (the reference inserts always run): ingest,
    /// taps, votes, acks, storm, digests. All when none is named.
    #[arg(long = "workload", value_name = "NAME")]
    pub workloads: Vec<String>,
    /// Also print, per path, where the database time went, statement by
    /// statement.
    #[arg(long)]
    pub profile: bool,
    /// Instead of the workloads: ingest and taps from one process, then
    /// from two at once on one Postgres database.
    #[arg(long)]
    pub two_processes: bool,
    /// Instead of the workloads: how the cost of ingest, taps and votes
    /// grows from 1,000 to 100,000 communities already in the database.
    #[arg(long)]
    pub growth: bool,
    /// (For --growth) the two database sizes, in communities.
    #[arg(long, value_delimiter = ',', default_values_t = [1_000, 100_000])]
    pub growth_sizes: Vec<usize>,
    /// (For --two-processes) run as one of the two, against this database.
    #[arg(long, hide = true)]
    pub worker_url: Option<String>,
    /// (For --two-processes) this worker's name, for its update keys.
    #[arg(long, hide = true, default_value = "worker")]
    pub worker_tag: String,
    /// (Set by the benchmark itself) this process runs one backend's part
    /// of a run: no heading, no tally.
    #[arg(long, hide = true)]
    pub part: bool,
}

impl BenchArgs {
    fn runs(&self, workload: &str) -> bool {
        self.workloads.is_empty() || self.workloads.iter().any(|w| w == workload)
    }
}

const GROUPS: usize = 50;
const MEMBERS: usize = 500;

pub async fn run(args: BenchArgs, config: Config) -> anyhow::Result<()> {
    if let Some(url) = &args.worker_url {
        return processes::worker(&args, url, &config).await;
    }
    if args.two_processes {
        return processes::run(&args, &config).await;
    }
    if args.growth {
        return growth::run(&args, &config).await;
    }
    if !args.part {
        println!(
            "Kettle ingest benchmark: {} updates per backend, {} at a time",
            args.updates, args.concurrency
        );
        println!(
            "{:<9} {:<18} {:>10} {:>8} {:>8}",
            "backend", "path", "per sec", "p50 ms", "p99 ms"
        );
    }
    let peaks = if args.only.is_none() && !args.part {
        parts::run_each(&args).await?
    } else {
        for backend in parts::chosen(args.only.as_deref()) {
            one_backend(&args, &config, backend).await?;
            parts::print_peak(backend, parts::peak_rss_mb());
        }
        vec![]
    };
    if args.part {
        return Ok(());
    }
    let t = tally::run();
    println!(
        "tally: {} ranked ballots over {} options: Schulze {:.2} s, instant runoff {:.2} s ({} rounds)",
        tally::BALLOTS,
        tally::OPTIONS,
        t.schulze_seconds,
        t.runoff_seconds,
        t.runoff_rounds
    );
    parts::print_peaks(&peaks, parts::peak_rss_mb());
    Ok(())
}

/// One backend's part of a run: a throwaway database, the reference
/// inserts, then each workload asked for.
async fn one_backend(args: &BenchArgs, config: &Config, backend: &str) -> anyhow::Result<()> {
    let (url, cleanup) = throwaway_database(backend, &args.postgres).await?;
    let store = crate::startup::open_store(&url).await?;
    let reference = reference_inserts(&store, args).await?;
    if args.profile {
        statements::profile();
        crate::store::census::time_updates();
    }
    let engine = engine_for(&store, config)?;
    print_row(backend, "reference inserts", &reference, None);
    if args.runs("ingest") {
        let ingest = ingest(&engine, args, "bench").await?;
        print_row(backend, "kettle ingest", &ingest, Some(&reference));
    }
    if args.runs("taps") {
        let one_round = checkin_taps(&engine, &store, args, 1, "tap").await?;
        let many_rounds = checkin_taps(&engine, &store, args, GROUPS, "tap").await?;
        print_row(backend, "taps, one round", &one_round, Some(&reference));
        print_row(backend, "taps, 50 rounds", &many_rounds, Some(&reference));
        if args.profile {
            floors::run(&store, args, &reference).await?;
        }
    }
    if args.runs("votes") {
        let burst = votes::run(&engine, &store, args).await?;
        print_row(backend, "vote burst", &burst.measured, Some(&reference));
        println!(
            "{backend:<9}   vote burst over {} open polls (half anonymous), 20% duplicate deliveries, 1% from the wrong chat: {} votes counted, {} expected{}",
            votes::POLLS,
            burst.counted,
            burst.expected,
            if burst.counted == burst.expected { "" } else { "  MISMATCH" }
        );
        print_row(backend, "votes again", &burst.again, Some(&reference));
        println!(
            "{backend:<9}   the same voters again, each on the next option: {} voters counted, {} expected; {} of {} named ballots changed{}",
            burst.counted_again,
            burst.expected,
            burst.changed,
            burst.named,
            if burst.counted_again == burst.expected && burst.changed == burst.named { "" } else { "  MISMATCH" }
        );
    }
    if args.runs("acks") {
        let acks = acks::run(&engine, &store, &config.send_limits, args.updates).await?;
        print_acks(backend, &acks);
    }
    if args.runs("storm") {
        let storm = storm::run(&engine, &config.send_limits).await?;
        print_storm(backend, &storm, &reference, &config.send_limits);
    }
    if args.runs("digests") {
        let d = digests::run(&engine, &store, args.concurrency).await?;
        print_digests(backend, &d, &reference);
    }
    store.close().await;
    cleanup.await?;
    Ok(())
}

/// The engine the workloads run: the real one, on the system clock.
fn engine_for(store: &Store, config: &Config) -> anyhow::Result<Engine> {
    // The benchmark's simulated members tap far faster than people:
    // it measures the work, not the flood limits.
    let unlimited = Config {
        flood: None,
        ..config.clone()
    };
    crate::startup::engine(store.clone(), Arc::new(SystemClock), &unlimited)
}

/// Sets up groups and members (untimed), then times a mix of real commands.
/// `tag` keeps each run's update keys apart (several runs may share a
/// database, as in [`processes`]).
async fn ingest(engine: &Engine, args: &BenchArgs, tag: &str) -> anyhow::Result<Measured> {
    for g in 0..GROUPS {
        engine
            .handle(update(
                format!("setup:{g}"),
                g,
                None,
                InboundEvent::BotAdded,
            ))
            .await?;
    }
    let (engine, tag) = (engine.clone(), tag.to_string());
    measure(args.updates, args.concurrency, move |i| {
        let (engine, key) = (engine.clone(), format!("{tag}:{i}"));
        async move {
            let (member, group) = (i % MEMBERS, i % GROUPS);
            let text = match i % 10 {
                0..=5 => "/help",
                6..=7 => "/settings",
                8 => "/tz Europe/Warsaw",
                _ => "thanks all, see you Tuesday",
            };
            let event = InboundEvent::Text(text.to_string());
            engine
                .handle(update(key, group, Some(member), event))
                .await?;
            Ok(())
        }
    })
    .await
}

/// Benchmark member `m`, as the platform names them.
fn member(m: usize) -> PlatformUser {
    PlatformUser {
        user_id: format!("{}", 10_000 + m),
        display_name: format!("Member {m}"),
        language_code: Some(["en", "pl", "cy", "uk", "ar"][m % 5].into()),
    }
}

/// An update in a group. Presses carry the platform's word that the
/// presser is in the group, as the Telegram adapter adds it once asked.
/// Group `g` gets Kettle and a coordinator (member `g`), who says `text`
/// there: how each workload sets up its groups, untimed.
async fn coordinator_says(
    engine: &Engine,
    g: usize,
    workload: &str,
    text: &str,
) -> anyhow::Result<()> {
    let added = update(
        format!("{workload}-setup:{g}"),
        g,
        None,
        InboundEvent::BotAdded,
    );
    engine.handle(added).await?;
    let said = update(
        format!("{workload}-say:{g}"),
        g,
        Some(g),
        InboundEvent::Text(text.to_string()),
    );
    let who = said.sender.clone().context("a coordinator")?;
    let chat = ChatAddress {
        channel: Channel::Telegram,
        chat_id: chat_of(g),
        kind: ChatKind::Group,
    };
    engine.set_coordinator(&chat, &who, true, false).await?;
    engine.handle(said).await?;
    Ok(())
}

/// The chat id of benchmark group `g` (a Telegram group's negative id).
fn chat_of(g: usize) -> String {
    format!("-{}", 1000 + g)
}

/// The benchmark group a chat id of [`chat_of`] names.
fn group_of(chat_id: &str) -> anyhow::Result<usize> {
    let n: usize = chat_id.trim_start_matches('-').parse()?;
    n.checked_sub(1000)
        .with_context(|| format!("{chat_id} is not a benchmark group"))
}

/// The tokens of the buttons `condition` picks (on `buttons b`), by
/// benchmark group. Only the benchmark's own groups, whose chats are
/// numbered (`chat_of`: a leading `-`), are pressed in: not the growth
/// table's seeded ones, left out by the query itself (at 100,000 groups,
/// their 1.2 million buttons were read only to be dropped).
async fn tokens_by_group(
    store: &Store,
    condition: &str,
) -> anyhow::Result<std::collections::HashMap<usize, Vec<String>>> {
    let sql = format!(
        "SELECT c.chat_id, b.token FROM buttons b JOIN communities c ON c.id = b.community_id \
         WHERE c.chat_id LIKE '-%' AND {condition} ORDER BY c.chat_id, b.token"
    );
    let rows: Vec<(String, String)> =
        crate::store::on_pool!(store, |p| sqlx::query_as(&sql).fetch_all(p).await?);
    let mut tokens: std::collections::HashMap<usize, Vec<String>> = Default::default();
    for (chat, token) in rows {
        tokens.entry(group_of(&chat)?).or_default().push(token);
    }
    Ok(tokens)
}

fn update(key: String, group: usize, member: Option<usize>, event: InboundEvent) -> Inbound {
    let chat_id = chat_of(group);
    let membership = matches!(event, InboundEvent::ButtonPressed { .. }).then(|| MembershipFact {
        chat_id: chat_id.clone(),
        member: true,
    });
    Inbound {
        key,
        chat: ChatAddress {
            channel: Channel::Telegram,
            chat_id,
            kind: ChatKind::Group,
        },
        chat_title: Some(format!("Group {group}")),
        sender: member.map(self::member),
        event,
        context: PlatformContext {
            membership,
            ..PlatformContext::default()
        },
        received_at: chrono::Utc::now(),
    }
}

type Cleanup = std::pin::Pin<Box<dyn std::future::Future<Output = anyhow::Result<()>>>>;

/// A fresh database for one run, and how to remove it afterwards.
async fn throwaway_database(backend: &str, postgres: &str) -> anyhow::Result<(String, Cleanup)> {
    if backend == "sqlite" {
        let dir = tempfile::tempdir()?;
        let url = format!("sqlite:{}", dir.path().join("bench.db").display());
        return Ok((url, Box::pin(async move { Ok(dir.close()?) })));
    }
    let name = format!("kettle_bench_{:08x}", rand::random::<u32>());
    let mut admin = sqlx::PgConnection::connect(postgres)
        .await
        .context("the benchmark needs Postgres (--postgres or TEST_DATABASE_URL)")?;
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await?;
    let mut url = reqwest::Url::parse(postgres)?;
    url.set_path(&format!("/{name}"));
    let cleanup = async move {
        admin
            .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
            .await?;
        Ok(())
    };
    Ok((url.to_string(), Box::pin(cleanup)))
}
