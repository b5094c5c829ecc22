//! The command line. With no subcommand Kettle runs.

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "kettle",
    version,
    about = "A friendly chat bot for community meetings"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run Kettle: the Telegram bot when TELEGRAM_BOT_TOKEN is set, otherwise the console chat.
    Run,
    /// Open the local console chat (reads a script from standard input when piped).
    Console,
    /// Apply database migrations and exit.
    Migrate,
    /// Measure the ingest path against plain inserts on the same database.
    Bench(crate::bench::BenchArgs),
}
