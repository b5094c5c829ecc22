//! The `kettle` binary: parse the command line, read the configuration,
//! set up logging, hand over.

use clap::Parser;
use kettle::cli::{Cli, Command};
use kettle::config::Config;

fn main() -> anyhow::Result<()> {
    kettle::startup::runtime()?.block_on(run())
}

async fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("kettle: configuration problem: {e}");
            std::process::exit(2);
        }
    };
    let command = cli.command.unwrap_or(Command::Run);
    // The console chat is for people at a terminal: keep the log to warnings there.
    let quiet = matches!(
        command,
        Command::Console(_) | Command::Digest(_) | Command::Coordinator(_)
    ) || config.telegram.is_none();
    let filter = if quiet { "warn" } else { "warn,kettle=info" };
    kettle::telemetry::init(&config.log_format, filter);
    match command {
        Command::Run => kettle::startup::run(config).await,
        Command::Console(args) => kettle::startup::run_console(config, args.profile).await,
        Command::Migrate => kettle::startup::migrate(config).await,
        Command::Digest(args) => kettle::startup::digest(args, config).await,
        Command::Coordinator(args) => kettle::startup::coordinator(args, config).await,
    }
}
